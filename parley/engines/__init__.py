"""Ways to run ingestion. ``local`` is :func:`parley.runner.ingest`; ``ray`` is :mod:`parley.engines.ray`."""

from __future__ import annotations

__all__ = ["ENGINES"]

ENGINES = ("local", "ray")
