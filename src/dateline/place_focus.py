"""The article's focus: the place most of its names point to, where events the text places
nowhere else happen (:mod:`dateline.locate` falls back to it, ``place_source`` ``focus``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence

from .focus import dominant_country, set_by_opening
from .gazetteer import REGION_KINDS
from .records import Place
from .toponyms import Toponym, country_place

__all__ = ["OPENING", "coarser", "focus_place", "place_key"]


#: A town is the article's focus when it is named at least this often and in this share of
#: its country's places, or, named in the opening sentences, in this smaller share and this
#: many times as often as any other part of its country (the story's scene: "Baghuz" in a
#: report on the battle for it; not a town a long report on the war names often).
_FOCUS_TOWN_MIN = 3
_FOCUS_TOWN_SHARE = 0.5
_FOCUS_SCENE_SHARE = 1 / 3
_FOCUS_TOWN_LEAD = 2
#: The opening sentences of an article, which set its scene, and the kinds of place a scene is.
OPENING = 3
_SCENE_KINDS = frozenset({"city", "admin1", "admin2", "area"})
#: Places a lead names that set no scene of their own: a country ("fled to Syria") or a region.
_NO_SCENE = REGION_KINDS


def focus_place(places: Sequence[Toponym], lead: Collection[int] = (),
                seats: Mapping[str, int] | None = None, lead_seats: Collection[str] = (),
                opening: Collection[int] = ()) -> Place | None:
    """The town most of the article's places name (near it: precision 2), or the town or
    province its opening sentences (token offsets ``opening``) name that the rest name far more
    often than any other part of its country (precision 2 or 3), else the country that
    dominates them (precision 3, see :func:`dateline.focus.dominant_country`), the places of
    the lead sentence (token offsets ``lead``) and the seats it names (``lead_seats``) deciding
    between close rivals, else the one of them the opening sentences name. Each seat of
    government the article names counts for its country as its name would (``seats``: country
    → mentions, "the Home Office")."""
    named = Counter(t.place.country for t in places if t.place.country)
    counts = named + Counter(seats or {})
    in_lead = [t for t in places if t.place.country and t.start in lead]
    iso = dominant_country(counts, {t.place.country for t in in_lead} | set(lead_seats),
                           {t.place.country for t in in_lead if t.kind not in _NO_SCENE})
    if iso is None:
        # (no country dominates, nor does the lead decide: the opening sentences may)
        iso = set_by_opening(counts, {t.place.country for t in places
                                      if t.place.country and t.start in opening})
    if iso is None:
        return None
    towns = Counter(_key(t) for t in places
                    if t.kind not in REGION_KINDS and t.place.country == iso)
    if towns:
        key, k = towns.most_common(1)[0]
        if k >= _FOCUS_TOWN_MIN and k >= _FOCUS_TOWN_SHARE * named[iso]:
            return coarser(next(t.place for t in places if _key(t) == key), 2)
    # the scene the opening sentences set, named far more often than any other part of the
    # country: a town (a camp or a site named often is where the story's people are, not
    # always where its deeds are) or a province or district ("eastern Ghouta")
    parts = Counter(_key(t) for t in places if t.kind != "country" and t.place.country == iso)
    held_by = {_key(t): t for t in places}
    if parts:
        (key, k), *others = parts.most_common()
        scene = next((t for t in places if t.start in opening and _key(t) == key
                      and t.kind in _SCENE_KINDS), None)
        # (a region that may hold a town is no rival of it: "Afrin" in a report that also
        # names "Rojava" often)
        rivals = [n for other, n in others if scene is None or scene.kind in REGION_KINDS
                  or not _may_hold(held_by[other], scene.place)]
        if scene is not None and k >= _FOCUS_TOWN_MIN and k >= _FOCUS_SCENE_SHARE * named[iso] \
                and all(k >= _FOCUS_TOWN_LEAD * n for n in rivals):
            return coarser(scene.place, 3 if scene.kind in REGION_KINDS else 2)
    country = next((t.place for t in places if t.kind == "country" and t.place.country == iso),
                   None)
    if country is None:
        country = country_place(iso)
    return coarser(country, 3) if country is not None else None


def _may_hold(region: Toponym, town: Place) -> bool:
    """``region`` is a region that may hold ``town``: one of no province, or its province."""
    return region.kind in REGION_KINDS and region.place.country == town.country and (
        region.place.admin1 is None or region.place.admin1 == town.admin1)


def _key(t: Toponym) -> tuple[str, float | None, float | None]:
    return place_key(t.place)


def place_key(p: Place) -> tuple[str, float | None, float | None]:
    return p.name, p.lat, p.lon


def coarser(p: Place, precision: int) -> Place:
    return Place(name=p.name, country=p.country, admin1=p.admin1, lat=p.lat, lon=p.lon,
                 geonameid=p.geonameid, precision=max(p.precision or 1, precision))
