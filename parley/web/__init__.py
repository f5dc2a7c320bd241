"""The web UI: server-rendered pages. :mod:`parley.server` mounts the router and the static files."""

from __future__ import annotations

from parley.web.views import STATIC_DIR, render_error, router

__all__ = ["STATIC_DIR", "render_error", "router"]
