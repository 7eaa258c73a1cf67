"""One exception tree for everything dateline raises on purpose."""

from __future__ import annotations

__all__ = [
    "DatelineError",
    "ReadError",
    "ConfigError",
    "ModelError",
    "StoreError",
    "DataFileError",
]


class DatelineError(Exception):
    """Root of every error dateline raises; its message is meant for the user, on one line."""


class ReadError(DatelineError):
    """An input (file, record, stream) could not be read as a document."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class ConfigError(DatelineError):
    """A flag, option or setting has a value dateline cannot use."""


class ModelError(DatelineError):
    """The spaCy pipeline could not be loaded."""


class StoreError(DatelineError):
    """The DuckDB store could not be opened, read or written."""


class DataFileError(DatelineError):
    """A lexicon, dictionary or gazetteer data file is malformed."""
