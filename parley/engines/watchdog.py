"""A watchdog that ends the local Ray cluster's processes when the ingest that started it dies.

``ray.init`` on one machine starts a cluster (GCS, raylet, agents, actors) from the ingest process.
A clean exit shuts it down; ``kill -9`` of the ingest does not: Ray's dashboard and runtime-env
agents were still alive afterwards, orphaned. The watchdog is a small process in its own session
that holds the read end of a pipe whose write end only the ingest has, so it learns of the
ingest's death (any death: the kernel closes the pipe) at once. While the ingest lives it notes
every Ray process below it (from /proc, with each one's start time, so a reused pid is never
hit); when the pipe closes it gives them a moment to stop on their own, then SIGKILLs the rest.
Linux only (/proc); elsewhere :func:`start` does nothing.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

__all__ = ["start", "ray_processes_below"]

_SCAN_SECONDS = 0.5
_GRACE_SECONDS = 2.0


def start() -> subprocess.Popen[bytes] | None:
    """Watch this process; the watchdog exits once it has cleaned up after it (or with it, normally)."""
    if not sys.platform.startswith("linux"):
        return None
    return subprocess.Popen(
        [sys.executable, "-m", "parley.engines.watchdog", str(os.getpid())],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True, close_fds=True,
    )


def _stat(pid: int) -> tuple[int, str, int] | None:
    """(parent pid, state, start time) of a process, or None when it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(fields[1]), fields[0], int(fields[19])


def _is_ray(pid: int) -> bool:
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
    except OSError:
        return False
    return command.startswith(b"ray::") or b"/ray/" in command


def ray_processes_below(root: int) -> dict[int, int]:
    """Ray processes descending from ``root``: pid -> start time."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (stat := _stat(int(entry.name))) is not None:
            parents.setdefault(stat[0], []).append(int(entry.name))
    found: dict[int, int] = {}
    todo = list(parents.get(root, []))
    while todo:
        pid = todo.pop()
        todo.extend(parents.get(pid, []))
        stat = _stat(pid)
        if stat is not None and stat[1] != "Z" and _is_ray(pid):
            found[pid] = stat[2]
    return found


def _still(pid: int, started: int) -> bool:
    stat = _stat(pid)
    return stat is not None and stat[1] != "Z" and stat[2] == started


def watch(driver: int, pipe: int) -> int:
    """Note the driver's Ray processes until ``pipe`` closes, then kill those left. Returns how many."""
    seen: dict[int, int] = {}
    while True:
        seen.update(ray_processes_below(driver))
        ready, _, _ = select.select([pipe], [], [], _SCAN_SECONDS)
        if ready and not os.read(pipe, 4096):
            break
    deadline = time.monotonic() + _GRACE_SECONDS
    while time.monotonic() < deadline and any(_still(p, s) for p, s in seen.items()):
        time.sleep(0.1)
    killed = 0
    for pid, started in seen.items():
        if _still(pid, started):
            try:
                os.kill(pid, signal.SIGKILL)
                killed += 1
            except OSError:
                pass
    return killed


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a Ctrl-C meant for the ingest must not stop the cleanup
    watch(int(sys.argv[1]), sys.stdin.fileno())
