"""CSV input: one document per row, its text, date and id taken from named columns.

Column names are matched without regard to case. Unless told otherwise, the text is the first
of ``text``, ``body``, ``content``, ``article``, ``story`` present; the date ``date``,
``pubdate``, ``published``, ``publication_date``; the id ``id``, ``doc_id``, ``article_id``,
``url`` (rows without an id are numbered).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass

from .errors import ConfigError, ReadError

__all__ = ["Columns", "Row", "read_csv", "check_columns"]

_DEFAULTS = {
    "text": ("text", "body", "content", "article", "story"),
    "date": ("date", "pubdate", "published", "publication_date", "pub_date"),
    "id": ("id", "doc_id", "article_id", "url"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "source": ("source", "outlet", "publisher"),
}


@dataclass(frozen=True, slots=True)
class Row:
    """One row's document: its text and what the other columns say of it."""

    doc_id: str | None  # None when the row has no id (the reader names it by its number)
    text: str
    number: int = 0  # the row's number, the header not counted
    where: str = ""  # file:line for messages, the header counted
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Columns:
    """Which CSV columns hold a document's text, date and id (``None``: the usual names)."""

    text: str | None = None
    date: str | None = None
    id: str | None = None


def _pick(header: list[str], wanted: str | None, role: str, spec: str) -> int | None:
    lowered = [h.strip().lower() for h in header]
    if wanted is not None:
        if wanted.strip().lower() in lowered:
            return lowered.index(wanted.strip().lower())
        raise ReadError(spec, f"no column {wanted!r} for the {role} (columns: "
                              f"{', '.join(h.strip() for h in header)})")
    for name in _DEFAULTS[role]:
        if name in lowered:
            return lowered.index(name)
    return None


def read_csv(text: str, spec: str, columns: Columns | None = None, *,
             max_cell: int = 10 * 1024 * 1024) -> Iterator[Row | ReadError]:
    """Documents of the decoded text of a CSV file with a header row (``spec`` names it in
    messages; cells may hold up to ``max_cell`` characters); a bad row is reported and
    skipped."""
    columns = columns or Columns()
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:20000],
                                                                      delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    old_limit = csv.field_size_limit(max_cell)
    try:
        rows = csv.reader(io.StringIO(text, newline=""), dialect)
        header = next(rows, None)
        if not header:
            yield ReadError(spec, "empty CSV file (a header row is needed)")
            return
        try:
            at = {role: _pick(header, getattr(columns, role, None), role, spec)
                  for role in _DEFAULTS}
        except ReadError as err:
            yield err
            return
        if at["text"] is None:
            yield ReadError(spec, "no text column; name it with --text-col (columns: "
                                  f"{', '.join(h.strip() for h in header)})")
            return
        yield from _documents(rows, at, spec)
    except csv.Error as err:
        yield ReadError(spec, f"malformed CSV: {err}")
    finally:
        csv.field_size_limit(old_limit)


def _documents(rows: Iterator[list[str]], at: dict[str, int | None],
               spec: str) -> Iterator[Row | ReadError]:
    def cell(row: list[str], role: str) -> str | None:
        i = at[role]
        return (row[i].strip() or None) if i is not None and i < len(row) else None

    for number, row in enumerate(rows, start=1):
        where = f"{spec}:{number + 1}"  # line numbers count the header
        if not any(c.strip() for c in row):
            continue
        body = cell(row, "text")
        if body is None:
            yield ReadError(where, "empty text cell; row skipped")
            continue
        yield Row(doc_id=cell(row, "id"), text=body, number=number, where=where,
                  title=cell(row, "title"), url=cell(row, "url"), outlet=cell(row, "source"),
                  date=cell(row, "date"))


def check_columns(columns: Columns) -> Columns:
    """Refuse empty column names given on the command line."""
    for role in ("text", "date", "id"):
        value = getattr(columns, role)
        if value is not None and not value.strip():
            raise ConfigError(f"--{role}-col must name a column (got an empty name)")
    return columns
