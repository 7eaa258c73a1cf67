"""Number words, one table (``data/numbers.tsv``) for casualty counts and relative dates."""

from __future__ import annotations

from .datafiles import per_overlay, table_rows
from .errors import DataFileError

__all__ = ["number_words", "KINDS"]

KINDS = ("number", "scale", "vague")


@per_overlay
def _table() -> dict[str, dict[str, int | None]]:
    out: dict[str, dict[str, int | None]] = {k: {} for k in KINDS}
    for where, (word, value, kind) in table_rows("numbers.tsv", ("word", "value", "kind")):
        if kind not in out:
            raise DataFileError(f"{where}: kind must be one of {', '.join(KINDS)}")
        if not word or not (value.isdigit() or (value == "-" and kind == "vague")):
            raise DataFileError(f"{where}: expected a word and a whole number (or '-' for a "
                                "vague word that gives none)")
        out[kind].setdefault(word.lower(), None if value == "-" else int(value))
    return out


def number_words(kind: str) -> dict[str, int | None]:
    """Word → value for the words of ``kind`` (number, scale or vague)."""
    return dict(_table()[kind])
