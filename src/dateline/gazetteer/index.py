"""The loaded gazetteer index: names folded into lookup keys, and the places they stand for."""

from __future__ import annotations

import math
import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .variants import variant_keys


#: How many names' spelling variants a loaded index remembers before it forgets them all.
_MAX_REMEMBERED = 50_000

#: Bump when the index layout or the build rules change: old caches are then ignored.
INDEX_VERSION = 6


#: Feature kinds, in the order of their codes in the index.
KINDS = (
    "city", "country", "admin1", "region", "camp", "crossing", "neighbourhood", "settlement",
    "base", "landmark", "area", "admin2",
)
KIND_CODE = {k: i for i, k in enumerate(KINDS)}


#: Kinds that stand for a whole region or country (ACLED precision 3).
REGION_KINDS = frozenset({"country", "admin1", "region", "area", "admin2"})


LATIN = re.compile(r"^[\x20-\x7e\u00c0-\u024f\u1e00-\u1eff\u2018\u2019\u02bb\u02bf\u02be]+$")
_QUOTES = re.compile(r"[\u2018\u2019\u02bb\u02bf\u02be'`´.]")
_SEPARATORS = re.compile(r"[\s\-_/,()]+")
_ARTICLES = ("al ", "el ", "ad ", "an ", "ar ", "as ", "ash ", "at ", "az ", "ed ", "ez ", "es ",
             "en ", "et ", "ath ", "adh ", "ad dh ")


def _unmarked(name: str) -> str:
    """``name`` with its diacritics dropped ("Khān" → "Khan")."""
    if name.isascii():
        return name  # nothing to decompose (most names in English text)
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)  # the place stages fold the same words and names again and again
def fold(name: str) -> str:
    """The lookup key of a name: ASCII, lower case, apostrophes and dots dropped, hyphens as spaces.

    >>> fold("Khān Yūnis"), fold("Deir al-Balah"), fold("Ma‘arrat")
    ('khan yunis', 'deir al balah', 'maarrat')
    """
    text = _QUOTES.sub("", _unmarked(name).lower())
    return _SEPARATORS.sub(" ", text).strip()


def plain(name: str) -> str:
    """The name without diacritics when that leaves it ASCII, as English news writes it
    ("Herāt" → "Herat", "Rafaḩ" → "Rafah"); otherwise unchanged.

    >>> plain("Khān Yūnis"), plain("Москва")
    ('Khan Yunis', 'Москва')
    """
    text = _unmarked(name)
    return text if text.isascii() else name


def strip_article(key: str) -> str | None:
    """``"al burayj"`` → ``"burayj"``; ``None`` when the key has no Arabic article."""
    for art in _ARTICLES:
        if key.startswith(art) and len(key) > len(art) + 2:
            return key[len(art):]
    return None


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place. ``country`` is ISO 3166 alpha-3; ``admin1`` the region's name."""

    index: int
    name: str
    kind: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    geonameid: int | None
    n_names: int = 0  # how many names GeoNames knows it by: a measure of how well known it is


class Gazetteer:
    """The loaded index. ``lookup(name)`` gives the entries a name may stand for."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._names: list[str] = data["names"]
        self._countries: list[str] = data["countries"]
        self._admin1s: list[str] = data["admin1s"]
        self._lat = array("d")
        self._lat.frombytes(data["lat"])
        self._lon = array("d")
        self._lon.frombytes(data["lon"])
        self._pop = array("q")
        self._pop.frombytes(data["pop"])
        self._gid = array("q")
        self._gid.frombytes(data["gid"])
        self._kind = array("b")
        self._kind.frombytes(data["kind"])
        self._cc = array("H")
        self._cc.frombytes(data["cc"])
        self._a1 = array("I")
        self._a1.frombytes(data["a1"])
        self._nalt = array("H")
        self._nalt.frombytes(data["nalt"])
        self._index: dict[str, int | tuple[int, ...]] = data["index"]
        self.sources: tuple[str, ...] = tuple(data.get("sources", ()))
        self._cache: dict[int, Entry] = {}
        self._variants: dict[str, tuple[int, ...]] = {}

    def __len__(self) -> int:
        return len(self._names)

    @property
    def n_names(self) -> int:
        return len(self._index)

    def entry(self, i: int) -> Entry:
        hit = self._cache.get(i)
        if hit is not None:
            return hit
        lat, lon = self._lat[i], self._lon[i]
        known = not (math.isnan(lat) or math.isnan(lon))
        gid = self._gid[i]
        e = Entry(
            index=i, name=self._names[i], kind=KINDS[self._kind[i]],
            country=self._countries[self._cc[i]] or None,
            admin1=self._admin1s[self._a1[i]] or None,
            lat=lat if known else None, lon=lon if known else None,
            population=self._pop[i], geonameid=gid if gid > 0 else None,
            n_names=self._nalt[i],
        )
        self._cache[i] = e
        return e

    def ids(self, key: str) -> tuple[int, ...]:
        """Entry indices under a folded key."""
        hit = self._index.get(key)
        if hit is None:
            return ()
        return (hit,) if isinstance(hit, int) else hit

    def variant_ids(self, key: str) -> tuple[int, ...]:
        """Entry indices under the first spelling variant of the folded name ``key`` that the
        index holds ("dier ez zor" → Deir ez-Zor; see :mod:`.variants`), or ``()``. Remembered:
        a report names the same people ("Bashar al-Assad") again and again."""
        hit = self._variants.get(key)
        if hit is None:
            if len(self._variants) > _MAX_REMEMBERED:
                self._variants.clear()
            hit = self._variants[key] = next(filter(None, map(self.ids, variant_keys(key))), ())
        return hit

    def lookup(self, name: str) -> list[Entry]:
        """Entries that ``name`` may stand for (folded; an Arabic article may be left out)."""
        key = fold(name)
        found = self.ids(key)
        if not found:
            bare = strip_article(key)
            if bare:
                found = self.ids(bare)
        return [self.entry(i) for i in found]
