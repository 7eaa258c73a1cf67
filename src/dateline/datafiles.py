"""The package's data files and the user's overlay of them.

Every table of knowledge (lexicons, actors, sectors, word classes, ACLED tables, gazetteer
overlay, holidays) is a file under ``dateline/data``. ``DATELINE_DATA_PATH`` names a folder, or
several joined by ``os.pathsep``, laid out the same way: a file there with the same relative path
as a packaged one (``actors/organizations.tsv``, ``lexicon/verbs.tsv``) *extends* it — its rows
are read before the packaged rows, so where a table keeps the first entry for a key, the user's
wins. A file whose first line is ``# dateline: replace`` *replaces* the packaged file (and the
files of folders listed after it) instead. Folders listed first take precedence.

Loaders ask :func:`data_files` for the files of a table, in precedence order, and cache what
they read with :func:`per_overlay`, so that changing ``DATELINE_DATA_PATH`` (as tests do) is seen
on the next call. Within :func:`overlay_held` (the coding of one document, which asks for its
tables many thousand times) the variable is read once, on entering.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache, wraps
from importlib import resources
from pathlib import Path
from typing import TypeVar

from .errors import ConfigError, DataFileError

__all__ = ["OVERLAY_ENV", "REPLACE_MARK", "overlay_dirs", "data_files", "packaged_file",
           "per_overlay", "overlay_key", "overlay_held", "held_overlay", "describe", "data_rows",
           "read_table", "table_rows", "is_iso3"]

OVERLAY_ENV = "DATELINE_DATA_PATH"
#: The first line of an overlay file that replaces the packaged file instead of extending it.
REPLACE_MARK = "# dateline: replace"

T = TypeVar("T")

_HELD: ContextVar[str | None] = ContextVar("held_overlay", default=None)


def overlay_key() -> str:
    """The value of ``DATELINE_DATA_PATH`` ("" when unset), which keys what is read from the
    tables; the one read on entering :func:`overlay_held`, within it."""
    held = _HELD.get()
    return os.environ.get(OVERLAY_ENV, "") if held is None else held


#: The value :func:`overlay_held` read, or ``None`` outside it: for the hottest callers, which
#: fall back on :func:`overlay_key` only outside (a call less per look-up).
held_overlay = _HELD.get


@contextmanager
def overlay_held() -> Iterator[str]:
    """A stretch of work (one document's coding) that reads ``DATELINE_DATA_PATH`` once: the
    variable changed within it counts from the next stretch."""
    token = _HELD.set(os.environ.get(OVERLAY_ENV, ""))
    try:
        yield _HELD.get() or ""
    finally:
        _HELD.reset(token)


@lru_cache(maxsize=1)
def _data_root() -> Path:
    # where the package lies does not change while it runs; asking importlib costs a lookup
    return Path(str(resources.files("dateline") / "data"))


def packaged_file(rel: str) -> Path:
    """The packaged file ``dateline/data/<rel>`` (whether or not it exists)."""
    return _data_root() / rel


def overlay_dirs() -> tuple[Path, ...]:
    """The folders named by ``DATELINE_DATA_PATH``, first (highest precedence) first."""
    value = os.environ.get(OVERLAY_ENV, "")
    dirs = tuple(Path(p).expanduser() for p in value.split(os.pathsep) if p.strip())
    for d in dirs:
        if not d.is_dir():
            raise ConfigError(f"{OVERLAY_ENV}: {d} is not a folder; set it to folders laid out "
                              "like dateline/data, joined by "
                              f"{'; ' if os.pathsep == ';' else ':'!r}")
    return dirs


def _replaces(path: Path) -> bool:
    with path.open(encoding="utf-8") as fh:
        return fh.readline().strip() == REPLACE_MARK


def data_files(rel: str) -> tuple[Path, ...]:
    """The files of the table ``rel`` (``"actors/agents.tsv"``), in precedence order: each
    overlay folder's file of that name, then the packaged file, stopping after a file that
    replaces the rest."""
    out: list[Path] = []
    for folder in overlay_dirs():
        path = folder / rel
        if path.is_file():
            out.append(path)
            if _replaces(path):
                return tuple(out)
    packaged = packaged_file(rel)
    if packaged.is_file():
        out.append(packaged)
    return tuple(out)


def describe(path: Path) -> str:
    """How an error names a data file: its path under ``data/`` when packaged, else in full."""
    try:
        return path.relative_to(_data_root()).as_posix()
    except ValueError:
        return str(path)


def per_overlay(load: Callable[[], T]) -> Callable[[], T]:
    """Cache ``load()`` once per value of ``DATELINE_DATA_PATH`` (``cache_clear`` empties it)."""
    cache: dict[str, T] = {}

    @wraps(load)
    def cached() -> T:
        # asked tens of thousands of times a corpus: one look-up when the table is read
        key = held_overlay()
        if key is None:
            key = overlay_key()
        try:
            return cache[key]
        except KeyError:
            pass  # (loaded outside the handler: a bad table's error carries no KeyError)
        found = cache[key] = load()
        return found

    cached.cache_clear = cache.clear  # type: ignore[attr-defined]
    return cached


def data_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """The rows of one tab-separated file, their cells stripped, with their line numbers;
    comment (``#``) and blank lines are skipped."""
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if line.strip() and not line.startswith("#"):
                yield lineno, [c.strip() for c in line.rstrip("\n").split("\t")]


def read_table(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, list[str]]]:
    """The data rows of one tab-separated file whose header row names ``columns``, with their
    line numbers; comment (``#``) and blank lines are skipped, short rows padded."""
    header: list[str] | None = None
    for lineno, row in data_rows(path):
        if header is None:
            header = row
            if tuple(row) != columns:
                raise DataFileError(f"{describe(path)} line {lineno}: expected the header "
                                    f"{' '.join(columns)!r}")
            continue
        row += [""] * (len(columns) - len(row))
        if len(row) != len(columns):
            raise DataFileError(f"{describe(path)} line {lineno}: expected {len(columns)} "
                                f"columns, got {len(row)}")
        yield lineno, row


def table_rows(rel: str, columns: tuple[str, ...]) -> Iterator[tuple[str, list[str]]]:
    """The rows of the table ``rel`` over all its files (:func:`data_files`, the user's first),
    each with where it was read (``"acled/cues.tsv line 4"``) for error messages."""
    for path in data_files(rel):
        for lineno, row in read_table(path, columns):
            yield f"{describe(path)} line {lineno}", row


def is_iso3(code: str) -> bool:
    """Whether ``code`` has the shape of an ISO 3166 alpha-3 country code ("SYR")."""
    return len(code) == 3 and code.isascii() and code.isalpha() and code.isupper()
