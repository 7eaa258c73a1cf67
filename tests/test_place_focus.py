"""The article's focus (:mod:`dateline.place_focus`): which town, region or country the places
of a report point to. Places are built by hand: only the counting is tested."""

from __future__ import annotations

import pytest

from dateline.place_focus import focus_place
from dateline.records import Place
from dateline.toponyms import Toponym

_AFRIN = Place(name="Afrin", country="SYR", admin1="Aleppo", lat=36.5, lon=36.9, precision=1)
_ROJAVA = Place(name="Rojava", country="SYR", lat=36.9, lon=40.0, precision=3)
_IDLIB = Place(name="Idlib", country="SYR", admin1="Idlib", lat=35.9, lon=36.6, precision=3)
_SYRIA = Place(name="Syria", country="SYR", lat=35.0, lon=38.0, precision=3)


def _names(*places: tuple[Place, str]) -> list[Toponym]:
    return [Toponym(start=10 * i, end=10 * i + 1, text=p.name, place=p, kind=kind)
            for i, (p, kind) in enumerate(places)]


@pytest.mark.parametrize(("rival", "kind", "focus"), [
    # a region that may hold the town the opening names is no rival of it
    (_ROJAVA, "area", "Afrin"),
    # a province of its own is
    (_IDLIB, "admin1", "Syria"),
])
def test_place_focus_scene_town_against_regions(rival, kind, focus):
    places = _names((_AFRIN, "city"), (_SYRIA, "country"), *[(_AFRIN, "city")] * 3,
                    *[(rival, kind)] * 3, *[(_SYRIA, "country")] * 4)
    got = focus_place(places, opening={0})
    assert got is not None and got.name == focus


_IRAQ = Place(name="Iraq", country="IRQ", lat=33.0, lon=44.0, precision=3)
_MOSUL = Place(name="Mosul", country="IRQ", admin1="Nineveh", lat=36.3, lon=43.1, precision=1)
_FRANCE = Place(name="France", country="FRA", lat=46.0, lon=2.0, precision=3)


@pytest.mark.parametrize(("opening", "focus"), [
    # two countries named as often, none of the three the lead's: the one the opening
    # sentences name is the story's
    ({10}, "Syria"),
    ({40}, "Iraq"),
    # an opening naming no place, or both rivals, decides nothing
    (set(), None),
    ({10, 40}, None),
])
def test_place_focus_opening_decides_close_rivals(opening, focus):
    places = _names((_AFRIN, "city"), (_SYRIA, "country"), (_SYRIA, "country"),
                    (_MOSUL, "city"), (_IRAQ, "country"), (_IRAQ, "country"),
                    (_SYRIA, "country"), (_IRAQ, "country"), (_FRANCE, "country"))
    got = focus_place(places, lead={100}, opening=opening)
    assert (got.name if got is not None else None) == focus


_RAQQA = Place(name="Raqqa", country="SYR", admin1="Raqqa", lat=35.95, lon=39.0, precision=1)


@pytest.mark.parametrize(("afrin", "raqqa", "focus"), [
    # named far more often than any other part of its country, outside the opening too
    (4, 2, "Afrin"),
    # not twice as often as another town: the country
    (4, 3, "Syria"),
    # named too seldom: the country
    (2, 1, "Syria"),
])
def test_place_focus_town_named_far_more_often(afrin, raqqa, focus):
    places = _names(*[(_SYRIA, "country")] * 4, *[(_AFRIN, "city")] * afrin,
                    *[(_RAQQA, "city")] * raqqa)
    got = focus_place(places, opening={0})
    assert got is not None and got.name == focus


_BAGHUZ = Place(name="Baghuz", country="SYR", admin1="Dayr az Zawr", lat=34.46, lon=40.94,
                precision=1)
_KESHMA = Place(name="Keshma", country="SYR", admin1="Dayr az Zawr", lat=34.45, lon=40.92,
                precision=1)


@pytest.mark.parametrize(("near", "focus"), [
    # a village named next to the town the story is about is the same scene: it adds to it
    (_KESHMA, "Baghuz"),
    # a town far off is another scene, and splits the story's places
    (_RAQQA, "Syria"),
])
def test_place_focus_village_next_to_the_town(near, focus):
    places = _names(*[(_SYRIA, "country")] * 3, *[(_BAGHUZ, "city")] * 2,
                    *[(near, "city")] * 2)
    got = focus_place(places, opening={0})
    assert got is not None and got.name == focus
