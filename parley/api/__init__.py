"""REST API and web server: ``create_app(db, token)`` returns the FastAPI application."""

from __future__ import annotations

from parley.api.app import create_app

__all__ = ["create_app"]
