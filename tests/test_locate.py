"""Stage ``locate``: toponyms and each event's place."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.locate import distance_km, locator, toponyms
from dateline.records import Article

GOLD = Path(__file__).parent / "gold" / "geo_time" / "sentences.jsonl"


def _mention(doc, word: str, source=None):
    i = next(t.i for t in doc if t.text == word)
    return SimpleNamespace(trigger=i, trigger_span=(i, i + 1), source=source, target=None)


@pytest.mark.parametrize(("text", "name", "country", "precision"), [
    # the small model tags these as PERSON, ORG or NORP, or not at all
    ("Troops raided homes in Khan Younis on Monday.", "Khan Younis", "PSE", 1),
    ("Militants attacked a police station in Sheikh Zuweid.", "Sheikh Zuweid", "EGY", 1),
    ("Rebels shelled positions in eastern Aleppo.", "Aleppo", "SYR", 2),
    ("Gunmen attacked a checkpoint 20 km south of Mosul.", "Mosul", "IRQ", 2),
    ("Shells fell near Idlib overnight.", "Idlib", "SYR", 2),
    ("A strike hit a school in Jabalia refugee camp.", "Jabalia refugee camp", "PSE", 1),
    ("Fighting spread across North Darfur.", "North Darfur", "SDN", 3),
    ("Israeli troops demolished a house in Jenin.", "Jenin", "PSE", 1),
])
def test_locate_toponyms(nlp, text, name, country, precision):
    found = toponyms(nlp(text), Article(doc_id="t", text=text))
    hit = [t for t in found if t.text == name]
    assert hit, found
    assert hit[0].place.country == country
    assert hit[0].place.precision == precision


@pytest.mark.parametrize("text", [
    "The Gaza Health Ministry said the toll had risen.",
    "Police said the men were released on Friday.",
    "President Mahmoud Abbas met reporters.",
])
def test_locate_no_false_places(nlp, text):
    assert toponyms(nlp(text), Article(doc_id="t", text=text)) == []


def test_locate_event_takes_the_place_of_its_clause(nlp):
    text = "Hamas officials said in Gaza that Israeli troops raided Jenin."
    doc = nlp(text)
    place = locator(doc, Article(doc_id="t", text=text))(_mention(doc, "raided"))
    assert place is not None and place.name.startswith("Jan")  # GeoNames: Janīn
    assert distance_km(place.lat, place.lon, 32.46, 35.30) < 5


def test_locate_country_as_actor_is_not_the_place(nlp):
    text = "Washington condemned the raid."
    doc = nlp(text)
    assert locator(doc, Article(doc_id="t", text=text))(_mention(doc, "condemned")) is None


def test_locate_falls_back_to_the_paragraph_then_the_dateline(nlp):
    text = "Troops entered Tulkarm at dawn.\nThey arrested two men.\n\nOfficials met later."
    doc = nlp(text)
    art = Article(doc_id="t", text=text, dateline_place="Nablus")
    place_for = locator(doc, art)
    assert place_for(_mention(doc, "arrested")).country == "PSE"
    dl = place_for(_mention(doc, "met"))
    assert dl is not None and dl.precision >= 2 and "Nablus" in dl.name


def test_locate_unknown_place_is_none_never_invented(nlp):
    text = "The two leaders met and agreed to talk again."
    doc = nlp(text)
    assert locator(doc, Article(doc_id="t", text=text))(_mention(doc, "met")) is None


def test_locate_gold_floors(nlp):
    """Floors for the illustrative gold set; they may only go up."""
    rows = [json.loads(x) for x in GOLD.read_text().splitlines() if x]
    topo_ok = topo_n = loc_ok = 0
    for r in rows:
        doc = nlp(r["text"])
        art = Article(doc_id=r["id"], text=r["text"], pubdate=r["pubdate"],
                      dateline_place=r.get("dateline"))
        found = toponyms(doc, art)
        for g in r["toponyms"]:
            topo_n += 1
            topo_ok += any(t.place.lat is not None and distance_km(
                t.place.lat, t.place.lon, g["lat"], g["lon"]) <= 25 for t in found)
        trig = next(t.i for t in doc if t.text.lower() == r["event"]["trigger"].lower())
        m = SimpleNamespace(trigger=trig, trigger_span=(trig, trig + 1), source=None, target=None)
        p = locator(doc, art)(m)
        loc_ok += p is not None and p.lat is not None and distance_km(
            p.lat, p.lon, r["event"]["lat"], r["event"]["lon"]) <= 25
    assert topo_ok / topo_n >= 0.9
    assert loc_ok / len(rows) >= 0.9


def test_locate_and_date_the_design_example(pipeline):
    """The brief's example: the raid in Rafah yesterday, the similar raid a day before it."""
    text = ("Ramallah, Illustrative Wire- The Hamas movement recently failed to impose an "
            "agreement on the salafi groups in the Gaza Strip, informed sources said.\n\n"
            "Yesterday, Israeli planes carried out a raid on the tunnels area in the border strip "
            "in Rafah, one day after a similar raid that killed two Palestinians.")
    events = [e for e in pipeline.extract(text, pubdate="2009-06-10") if "Rafah" in e.sentence]
    assert events
    for e in events:
        assert e.location is not None and e.location.country == "PSE"
        assert distance_km(e.location.lat, e.location.lon, 31.30, 34.24) < 5
    for e in events:  # the raid yesterday, and the similar (killing) raid the day before it
        later = e.char_start - e.sent_start >= e.sentence.index("similar raid")
        expected = "2009-06-08" if later else "2009-06-09"
        assert e.date == expected, (e.trigger, e.char_start)


_NAMES = ["Gaza", "Rafah", "US", "Us", "the", "south", "of", "Mosul", "near", "in", "eastern",
          "Al", "al-", "Bank", "West", "Khan", "Younis", ",", "and", "Deir", "camp", "Kennedy",
          "Center", "Israeli", "said", "Police", "raided", "Ma‘arrat", "Ḩalab", "12", "km",
          "\n", "Gaza Strip", "crossing", "’s", "of the", "Jenin"]


@given(st.lists(st.sampled_from(_NAMES), max_size=25))
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_locate_hostile_text_never_crashes(nlp, words):
    text = " ".join(words)
    doc = nlp(text)
    art = Article(doc_id="h", text=text, dateline_place="Gaza")
    place_for = locator(doc, art)
    for tok in doc:
        m = SimpleNamespace(trigger=tok.i, trigger_span=(tok.i, tok.i + 1), source=None,
                            target=None)
        p = place_for(m)
        assert p is None or p.precision in (1, 2, 3)


def test_locate_caseless_text_needs_place_context(nlp):
    """Some archives store text in lower case: names then count only after "in", "near" …"""
    text = ("ahmedabad: the violence-hit state of gujarat was returning to normal as police "
            "patrolled the streets of godhra and the temple town remained calm. a train was "
            "stopped near vadodara on thursday, officials said in the report, a level of calm "
            "that surprised residents. " * 2)
    found = {t.place.name for t in toponyms(nlp(text), Article(doc_id="t", text=text))}
    assert {"Godhra", "Vadodara"} <= found
    assert not found & {"Normal", "Temple", "Train", "Levél"}
