"""``parley serve``: the web UI and REST API over a store."""

from __future__ import annotations

import errno
import os
import socket

import click

from parley.cli.app import CONTEXT_SETTINGS, db_option, err, main, open_existing_store
from parley.errors import InputError


@main.command(context_settings=CONTEXT_SETTINGS)
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 exposes the server to the network.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]), default="warning",
              show_default=True)
def serve(db: str, host: str, port: int, log_level: str) -> None:
    """Serve the web UI and the REST API (OpenAPI docs at /docs).

    Read-only unless the environment sets PARLEY_TOKEN: then POST /api/ingest
    exists and requires 'Authorization: Bearer $PARLEY_TOKEN'. Every asset is
    served locally, so the UI works without internet.

    \b
    Examples:
      parley serve --db parley.db
      parley serve --db parley.db --host 0.0.0.0 --port 8080
      PARLEY_TOKEN=s3cret parley serve --db news.db
    """
    import uvicorn

    from parley.server import create_app

    token = os.environ.get("PARLEY_TOKEN") or None
    if not token:  # read-only: a mistyped --db must not serve a fresh empty database
        open_existing_store(db).close()
    listening = _bind(host, port)
    app = create_app(db, token=token)
    port = listening.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    err.print(f"parley serving [bold]{db}[/bold] at [bold]http://{shown}:{port}/[/bold] "
              f"(API docs http://{shown}:{port}/docs){' · ingest enabled' if token else ''} · Ctrl+C stops", soft_wrap=True)
    config = uvicorn.Config(app, log_level=log_level, access_log=False, server_header=False)
    uvicorn.Server(config).run(sockets=[listening])


def _bind(host: str, port: int) -> socket.socket:
    """The listening socket, bound before anything is printed: a busy port is one clear error."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto IPPROTO_TCP, not 0: asyncio turns Nagle off only on connections whose socket says TCP, and with
    # Nagle on, a response written in two pieces (head, body) waits out the client's 40 ms delayed ACK.
    listening = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listening.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # inherited by accepted connections
    try:
        listening.bind((host, port))
        listening.listen(2048)
    except OSError as exc:
        listening.close()
        hint = "; pick another with --port" if exc.errno == errno.EADDRINUSE else ""
        raise InputError(f"cannot listen on {host}:{port}: {exc.strerror or exc}{hint}") from exc
    listening.set_inheritable(True)
    return listening
