"""PLOVER-coded events with their actor, recipient and who asserts them (the ``events`` step)."""

from __future__ import annotations

from parley.extract.events.coder import code_events
from parley.extract.events.rules import EventRules, default_rules, load_rules
from parley.extract.pipeline import Step

__all__ = ["STEP", "EventRules", "code_events", "default_rules", "load_rules"]

STEP = Step(name="events", field="events", run=code_events)
