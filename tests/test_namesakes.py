"""Far-away namesakes: a place name read against the report's own geography."""

from __future__ import annotations

import pytest

from dateline.gazetteer import Entry
from dateline.locate import toponyms
from dateline.namesakes import is_stray, vouching_countries
from dateline.records import Article


def _found(nlp, text: str) -> dict[str, str | None]:
    return {t.text: t.place.country for t in toponyms(nlp(text), Article(doc_id="t", text=text))}


@pytest.mark.parametrize(("text", "name", "country"), [
    # regions spanning several countries are no towns ("Levant", Maine; "Africa", Tunisia)
    ("Jihadist groups have spread across the Levant since the war in Syria began.",
     "Levant", None),
    ("Drought drove herders across the Sahel, officials in Mali and Niger said.", "Sahel", None),
    ("Aid agencies warned of famine in Africa as fighting in Sudan went on.", "Africa", None),
    # quarters of a Syrian city that share a name with small towns in west Africa
    ("Kurdish-led forces cleared the al-Badou quarter of Raqqa, in northern Syria, on Monday.",
     "al-Badou", None),
    # ... but a town named with its country stands
    ("Police fired tear gas at protesters in Badou, Togo, on Saturday.", "Badou", "TGO"),
    # a state rather than a small town abroad of the same name (Florida, Uruguay)
    ("Two children of an American doctor from Florida died when a strike hit a building in "
     "Raqqa, Syria.", "Florida", "USA"),
    # a well-known town abroad stays, however small
    ("Syrian officials compared the siege of Ghouta to the massacre at Srebrenica.",
     "Srebrenica", "BIH"),
])
def test_namesakes_read_against_the_report(nlp, text, name, country):
    found = _found(nlp, text)
    assert found, text  # the report's other places are found
    assert found.get(name) == country, found


def _town(country: str, population: int, names: int, lat: float, lon: float) -> Entry:
    return Entry(index=0, name="X", kind="city", country=country, admin1=None, lat=lat, lon=lon,
                 population=population, geonameid=None, n_names=names)


_SYRIA = {"SYR": 0.7, "USA": 0.1}
_RAQQA = [(35.95, 39.01, "SYR")]


@pytest.mark.parametrize(("entry", "vouched", "own_name", "shared", "stray"), [
    (_town("TGO", 24_000, 6, 7.58, 0.60), frozenset(), True, False, True),  # small, far abroad
    (_town("TGO", 24_000, 6, 7.58, 0.60), frozenset({"TGO"}), True, False, False),  # "X, Togo"
    (_town("SYR", 2_000, 2, 36.0, 38.9), frozenset(), True, False, False),  # the report's country
    (_town("TUR", 2_000, 2, 36.7, 38.9), frozenset(), True, False, False),  # near its places
    (_town("BIH", 3_000, 30, 44.1, 19.3), frozenset(), True, False, False),  # well known
    (_town("BIH", 3_000, 30, 44.1, 19.3), frozenset(), False, False, True),  # ... not by this name
    (_town("USA", 39_000, 47, 39.2, -75.5), frozenset(), True, True, True),  # a shared name
    (_town("RUS", 196_000, 15, 51.5, 46.1), frozenset(), True, False, False),  # a big town
])
def test_namesakes_stray_towns(entry, vouched, own_name, shared, stray):
    assert is_stray(entry, _SYRIA, _RAQQA, vouched, own_name=own_name, shared=shared) is stray


def test_namesakes_without_focus_nothing_is_stray():
    assert not is_stray(_town("TGO", 500, 1, 7.58, 0.60), {}, [])


@pytest.mark.parametrize(("between", "kinds", "vouched"), [
    ([","], ["country"], {"TGO"}),  # "Badou, Togo"
    (["("], ["country"], {"TGO"}),  # "Badou (Togo)"
    (["in"], ["admin1"], {"TGO"}),  # "Badou in Plateaux"
    ([","], ["city"], set()),  # "Aleppo, Homs": a list of towns
    (["and"], ["country"], set()),  # "Badou and Togo"
    ([",", "in"], ["country"], set()),  # words further apart
])
def test_namesakes_vouching_countries(between, kinds, vouched):
    cands = [Entry(index=i, name="Y", kind=k, country="TGO", admin1=None, lat=None, lon=None,
                   population=0, geonameid=None) for i, k in enumerate(kinds)]
    assert vouching_countries(between, cands) == vouched


_IDLIB = ("Government forces shelled Idlib on Saturday. Rebels in Idlib said dozens were killed, "
          "and aircraft struck Saraqib. ")


@pytest.mark.parametrize(("text", "name", "country"), [
    # a town of a country the report names elsewhere, by name or by its people, beats its
    # namesakes abroad, and is no stray however little the report says of that country
    (_IDLIB + "Britain blamed Russia for the nerve agent attack in Salisbury.", "Salisbury",
     "GBR"),
    (_IDLIB + "British police stopped two men at Dover on their way home.", "Dover", "GBR"),
    (_IDLIB + "The volunteer was killed in Aleppo, the British Foreign Office said; his mother "
     "lives in Leeds.", "Leeds", "GBR"),
    ("The boys were reunited with their mother, who had never left Trinidad, after the "
     "Trinidad and Tobago government issued their papers.", "Trinidad", "TTO"),
    # ... but not a town read from another of its names ("Roj" for Roy, Utah)
    ("The wives were kept at Camp Roj with the kin of slain militants, Kurdish officials said.",
     "Camp Roj", "SYR"),
    # a country whose name joins two with "and"
    ("Talks on Bosnia and Herzegovina and on Syria and Iraq stalled.", "Bosnia and Herzegovina",
     "BIH"),
])
def test_namesakes_prefer_the_countries_the_report_names(nlp, text, name, country):
    found = _found(nlp, text)
    assert found.get(name) == country, found


def test_namesakes_a_named_country_keeps_its_towns_of_some_size():
    town = _town("GBR", 44_000, 30, 51.07, -1.79)
    hamlet = _town("GBR", 900, 3, 51.07, -1.79)
    kw = dict(focus=_SYRIA, home=_RAQQA, shared=True)
    assert is_stray(town, **kw)  # Britain not named: a small town abroad
    assert not is_stray(town, named=frozenset({"GBR"}), **kw)
    assert is_stray(hamlet, named=frozenset({"GBR"}), **kw)


def test_namesakes_a_named_country_does_not_outweigh_a_far_better_known_city(nlp):
    text = ("US and Russian diplomats met in Geneva on Tuesday, and American officials said the "
            "talks in Geneva would go on. Washington and Moscow blamed each other.")
    assert _found(nlp, text).get("Geneva") == "CHE"


@pytest.mark.parametrize(("text", "town"), [
    # a body named for a town meets in the town of that name in the report's own country
    ("The foreign secretary spoke in Leeds and Manchester this week. At the Cambridge Union on "
     "Friday he defended the strikes.", "GBR"),
    # ... and where the report's country has no such town, its town is unknown: not the
    # namesake near a city named in passing
    ("Iraqi forces shelled Mosul and Tikrit on Monday, and the militia's leader fled to "
     "Baghdad. The vice-president, who once studied in Boston, spoke at the Cambridge Union.",
     None),
    ("Rebels shelled Idlib and Aleppo overnight. The envoy told the Oxford Union that talks in "
     "Geneva had failed.", None),
])
def test_namesakes_body_named_for_a_town_meets_in_the_reports_country(nlp, text, town):
    found = _found(nlp, text)
    assert found, text
    name = next(w for w in ("Cambridge", "Oxford") if w in text)
    assert found.get(name) == town, found
