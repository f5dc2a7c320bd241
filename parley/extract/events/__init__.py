"""PLOVER-coded events with their actor, recipient and who asserts them (the ``events`` step)."""

from __future__ import annotations

from parley.extract.events.coder import code_events
from parley.extract.pipeline import Step

__all__ = ["STEP", "code_events"]

STEP = Step(name="events", field="events", run=code_events)
