"""Scorers for parley's gold sets; each returns plain metric dicts that ``parley eval`` prints and gates."""
