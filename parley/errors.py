"""The exception tree. Every error parley raises on purpose is a :class:`ParleyError`.

Lower layers raise the specific class and chain the cause (``raise ... from exc``);
interfaces (CLI, API) convert them to a message and an exit code or HTTP status.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "ExtractionError",
    "InputError",
    "ModelNotInstalledError",
    "NotFoundError",
    "ParleyError",
    "ReadError",
    "StoreError",
    "UnsupportedFormatError",
]


class ParleyError(Exception):
    """Base class of all parley errors."""


class InputError(ParleyError):
    """The user gave something parley cannot use (bad path, option, query)."""


class ConfigError(InputError):
    """A configuration or data file (notions file, lexicon) is malformed."""


class ReadError(ParleyError):
    """An input could not be read as an article; ``reason`` is one groupable line."""

    def __init__(self, reason: str, detail: str | None = None) -> None:
        super().__init__(reason if not detail else f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


class UnsupportedFormatError(ReadError):
    """No reader understands this input."""


class ExtractionError(ParleyError):
    """The NLP pipeline failed on an article."""


class ModelNotInstalledError(ExtractionError):
    """The spaCy English model is missing from this environment."""


class StoreError(ParleyError):
    """The database could not be opened, migrated, read or written."""


class NotFoundError(StoreError):
    """A requested record does not exist."""
