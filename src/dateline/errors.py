"""One exception tree for everything dateline raises on purpose."""

from __future__ import annotations

__all__ = [
    "printable",
    "DatelineError",
    "ReadError",
    "DocumentError",
    "ConfigError",
    "ModelError",
    "StoreError",
    "WriteError",
    "DataFileError",
]


_CONTROL = {c: f"\\x{c:02x}" for c in (*range(0x20), 0x7f)} | {
    0x09: "\\t", 0x0a: "\\n", 0x0d: "\\r", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def printable(text: str) -> str:
    """``text`` made safe for one line of a message or a database column: control characters and
    line separators escaped, bytes that were not UTF-8 (surrogate escapes from a file name)
    shown as ``\\xNN``."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:  # lone surrogates that never were bytes
            text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text.translate(_CONTROL)


class DatelineError(Exception):
    """Root of every error dateline raises; its message is meant for the user, on one line."""


class ReadError(DatelineError):
    """An input (file, record, stream) could not be read as a document."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = printable(source)
        self.reason = printable(reason)
        super().__init__(f"{self.source}: {self.reason}")


class DocumentError(ReadError):
    """A document was read but could not be cleaned, parsed or coded; the batch goes on."""


class ConfigError(DatelineError):
    """A flag, option or setting has a value dateline cannot use."""


class ModelError(DatelineError):
    """The spaCy pipeline could not be loaded."""


class WriteError(DatelineError):
    """An output file could not be opened or put in place."""


class StoreError(DatelineError):
    """The DuckDB store could not be opened, read or written."""


class DataFileError(DatelineError):
    """A lexicon, dictionary or gazetteer data file is malformed."""
