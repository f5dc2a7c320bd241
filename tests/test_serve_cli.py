"""`parley serve` starts the server on the given port, says where, and serves the UI and the API."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from web_corpus import corpus

from parley.store import open_store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, str, str]:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (loopback only)
        return response.status, response.headers.get("content-security-policy", ""), response.read().decode()


def test_serve_prints_the_url_and_serves(tmp_path: Path) -> None:
    db = tmp_path / "serve.db"
    with open_store(db) as store:
        store.add_articles(corpus())
    port = _free_port()
    parley = Path(sys.executable).with_name("parley")
    env = {k: v for k, v in os.environ.items() if k != "PARLEY_TOKEN"}
    server = subprocess.Popen([str(parley), "serve", "--db", str(db), "--port", str(port)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                status, csp, body = _get(f"http://127.0.0.1:{port}/api/stats")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"server did not start: {server.stderr.read() if server.stderr else ''}") from None
                time.sleep(0.1)
        assert status == 200 and json.loads(body)["articles"] == 5
        assert "script-src 'self'" in csp
        status, _, html = _get(f"http://127.0.0.1:{port}/")
        assert status == 200 and "Who said what" in html
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=10)
    assert f"http://127.0.0.1:{port}/" in stderr
