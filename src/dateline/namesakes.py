"""Far-away namesakes: when a place name of a report stands for a small town abroad.

Many names are shared by a well-known place and small towns on other continents ("Badou", a
quarter of Raqqa and a town in Togo; "Levant", a region and a village in Maine). Among a name's
gazetteer candidates the resolver prefers those in the report's own countries; this module says
when the candidate left over is still a misreading: a small town in none of the report's countries
and far from the places it names in them. Such a town stands only with strong evidence — its
country named right after it ("Badou, Togo", "Badou (Togo)", "Badou in Togo").

Names of regions that span several countries (Levant, Sahel, Maghreb ...) are not matched at
all: they are listed in ``data/gazetteer/stopnames.txt``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from .gazetteer import Entry

__all__ = ["HOME_SHARE", "INSTITUTION_WORDS", "Anchor", "distance_km", "is_stray",
           "home_anchors", "institution_towns", "vouching_countries"]

#: A country with at least this share of a report's place mentions is one of its own.
HOME_SHARE = 0.2
#: A name borne by towns in one country only (Srebrenica) is a small town there unless it has
#: this many people or names; a name shared across countries (Dover, Florida, Levant) is read
#: as a small town abroad unless it has this many people and names. A town read from one of
#: its other names ("Pompeo" for Pompeu) must be a big one.
_SMALL_POPULATION = 100_000
_FEW_NAMES = 25
_SHARED_POPULATION = 50_000
_SHARED_NAMES = 20
#: A town of a country the report names somewhere stands if it has this many people.
_NAMED_MIN_POPULATION = 10_000
#: How near a town must be to a place of the report's own countries to count as nearby.
_NEAR_KM = 300.0
#: Words between a town and its country: "Badou, Togo", "Badou (Togo)", "Badou in Togo".
_LINKS = frozenset({",", "(", "in"})

Anchor = tuple[float, float, str | None]  # latitude, longitude, ISO3 country

#: Words after a town's name that make the whole a body named for the town, meeting in it:
#: "the Cambridge Union", "the Durham Union Society".
INSTITUTION_WORDS = frozenset({"union", "society"})


def institution_towns(cands: Iterable[Entry], focus: Mapping[str, float]) -> list[Entry]:
    """The towns a body named for a town ("the Cambridge Union") may meet in: those of the
    country the report is about (the one with the largest share of its place mentions, if that
    share makes it one of its own). A body's name says nothing of its country, so where the
    report has no such country, or that country has no town of the name, the body's town is
    unknown (Cambridge, Massachusetts is not the Cambridge Union's town in a report on Iraq
    that names Boston in passing)."""
    home = max(focus.items(), key=lambda kv: kv[1], default=None)
    if home is None or home[1] < HOME_SHARE:
        return []
    return [c for c in cands if c.kind == "city" and c.country == home[0]]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def home_anchors(anchors: Iterable[Anchor], focus: Mapping[str, float]) -> list[Anchor]:
    """The unambiguous places of the report that lie in its own countries: strays abroad may not
    vouch for each other (two Raqqa quarters read as towns in Togo and Côte d'Ivoire)."""
    return [a for a in anchors if a[2] is not None and focus.get(a[2], 0.0) >= HOME_SHARE]


def is_stray(e: Entry, focus: Mapping[str, float], home: Sequence[Anchor],
             vouched: frozenset[str] = frozenset(), own_name: bool = True,
             shared: bool = False, named: frozenset[str] = frozenset()) -> bool:
    """Whether town ``e`` is a far-away namesake: small and little-known (small or little-known
    where the name is ``shared`` by places of other countries; small where the text uses
    another of its names, not ``own_name``), in none of the report's countries
    (``focus``: country → share of its place mentions), more than a few hundred km from every
    place of ``home``, and its country not named next to it (``vouched``) nor, for a town of
    some size called by its own name, anywhere in the report (``named``: "Salisbury" in a
    report on Syria that names Britain)."""
    if e.kind != "city" or not focus:
        return False
    if own_name and e.country in named and e.population >= _NAMED_MIN_POPULATION:
        return False
    if shared:
        if e.population >= _SHARED_POPULATION and e.n_names >= _SHARED_NAMES:
            return False
    elif e.population >= _SMALL_POPULATION or own_name and e.n_names >= _FEW_NAMES:
        return False
    country = e.country or ""
    if country in vouched or focus.get(country, 0.0) >= HOME_SHARE:
        return False
    if e.lat is None or e.lon is None:
        return True
    return not any(distance_km(e.lat, e.lon, la, lo) <= _NEAR_KM for la, lo, _ in home)


def vouching_countries(words_between: Sequence[str], next_cands: Sequence[Entry]) -> frozenset[str]:
    """The countries a following name vouches for: ``words_between`` are the words from the end
    of one name to the start of the next ("," in "Badou, Togo"), ``next_cands`` the next name's
    candidates; only a country or a first-level region ("Springfield, Illinois") vouches."""
    if len(words_between) != 1 or words_between[0].lower() not in _LINKS:
        return frozenset()
    return frozenset(c.country for c in next_cands
                     if c.kind in ("country", "admin1") and c.country)
