"""How many CPUs each Ray extraction actor asks for, so that the reads that feed the actors fit too."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from parley.engines.ray import actor_cpus
from parley.errors import InputError

REPO = Path(__file__).resolve().parents[1]
VOA = REPO / "examples" / "voa" / "voa_stories.jsonl"


@pytest.mark.parametrize(
    "cluster_cpus, workers, expected",
    [
        (3.0, 2, 1.0),     # the local engine's own cluster: workers + 1 CPUs
        (16.0, 4, 1.0),    # a roomy cluster: one CPU each
        (2.0, 2, 0.75),    # `ray start --num-cpus=2`, 2 workers: shares leave half a CPU to read
        (2.0, 1, 1.0),
        (4.0, 4, 0.875),
        (1.0, 1, 0.5),
    ],
)
def test_actor_cpus(cluster_cpus: float, workers: int, expected: float) -> None:
    assert actor_cpus(cluster_cpus, workers) == expected


@pytest.mark.parametrize("cluster_cpus, workers", [(2.0, 4), (1.0, 2), (0.0, 1), (0.5, 1)])
def test_actor_cpus_refuses_a_cluster_too_small_with_the_size_needed(cluster_cpus: float, workers: int) -> None:
    with pytest.raises(InputError, match=r"needs at least [0-9.]+ \(half a CPU per extraction actor"):
        actor_cpus(cluster_cpus, workers)


def test_actor_cpus_refuses_zero_workers() -> None:
    with pytest.raises(InputError, match="--workers"):
        actor_cpus(8.0, 0)


@pytest.mark.slow
def test_two_workers_on_a_two_cpu_cluster_do_not_hang(tmp_path: Path) -> None:
    """Bug: on a cluster of 2 CPUs (`ray start --num-cpus=2`) with --workers 2, both actors took a CPU
    each, the read tasks that feed them were never scheduled, and the ingest waited forever."""
    pytest.importorskip("ray", reason="the Ray engine needs parley[ray]")
    stories = tmp_path / "three.jsonl"
    stories.write_text("".join(VOA.read_text(encoding="utf-8").splitlines(keepends=True)[:3]), encoding="utf-8")
    script = textwrap.dedent(f"""
        import ray
        from parley.engines.ray import ingest_ray
        ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False)
        try:
            summary = ingest_ray([{str(stories)!r}], {str(tmp_path / "r.db")!r}, workers=2)
            print("ingested", summary.ingested)
        finally:
            ray.shutdown()
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "ingested 3" in done.stdout


def test_local_ray_starts_its_own_cluster_beside_a_ray_start_cluster(monkeypatch: pytest.MonkeyPatch) -> None:
    """Bug: with `ray start --head` running on the machine, the local engine's ray.init(num_cpus=...)
    joined that cluster and failed ("When connecting to an existing cluster, num_cpus and num_gpus must
    not be provided"). The local engine asks for a cluster of its own; --ray-address joins one."""
    ray = pytest.importorskip("ray", reason="the Ray engine needs parley[ray]")
    from parley.engines import ray as engine

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(ray, "is_initialized", lambda: False)
    monkeypatch.setattr(ray, "init", lambda **kwargs: calls.append(kwargs))
    monkeypatch.setattr(engine, "_WATCHDOG", object())  # no watchdog thread for a fake init
    monkeypatch.delenv("RAY_ADDRESS", raising=False)
    engine._init_ray(None, 2)
    engine._init_ray("10.0.0.5:6379", 2)
    assert calls[0]["address"] == "local" and calls[0]["num_cpus"] == 3
    assert calls[1]["address"] == "10.0.0.5:6379" and "num_cpus" not in calls[1]
