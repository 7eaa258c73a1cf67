"""Stage ``locate``: words of a foreign speaker take no place the story only lends."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.locate import speaks_elsewhere
from dateline.records import Actor, Place

_SYRIA = Place(name="Syria", country="SYR", precision=3)
_GENEVA = Place(name="Geneva", country="CHE", precision=1)


@pytest.mark.parametrize(("kind", "mode", "country", "country_from", "lent", "elsewhere"), [
    # a foreign speaker's words are not said in the story's country
    ("ACCUSE", "", "RUS", None, "focus", True),
    ("REQUEST", "", "USA", None, "carried", True),
    ("CONSULT", "phone", "FRA", None, "focus", True),
    # the text placing the words, the speaker's own country, or a deed keep the place
    ("ACCUSE", "", "RUS", None, "clause", False),
    ("ACCUSE", "", "RUS", None, "dateline", False),
    ("ACCUSE", "", "SYR", None, "focus", False),
    ("ASSAULT", "", "RUS", None, "focus", False),
    # what is yielded happens on the ground; a visit is where it visits
    ("CONCEDE", "", "RUS", None, "focus", False),
    ("CONSULT", "visit", "RUS", None, "focus", False),
    # a speaker whose country the text does not say of it is not known to be foreign
    ("ACCUSE", "", None, None, "focus", False),
    ("ACCUSE", "", "RUS", "document focus", "focus", False),
    ("ACCUSE", "", "RUS", "antecedent", "focus", False),
    # an armed force speaking of a war often fights it where the story is
    ("THREATEN", "", "RUS", None, "focus", False),
])
def test_speaks_elsewhere(kind, mode, country, country_from, lent, elsewhere):
    sector = "MIL" if kind == "THREATEN" else "GOV"
    source = Actor(text="the ministry", country=country, sector=sector,
                   country_from=country_from)
    sense = SimpleNamespace(event_type=kind, mode=mode)
    assert speaks_elsewhere(sense, source, _SYRIA, lent) is elsewhere


def test_speaks_elsewhere_keeps_a_town_the_story_lends():
    # a town the story is set in is often the venue of the talks
    source = Actor(text="the delegation", country="SYR")
    sense = SimpleNamespace(event_type="REJECT", mode="")
    assert not speaks_elsewhere(sense, source, _GENEVA, "focus")


@pytest.mark.parametrize(("text", "trigger", "country"), [
    # a foreign government's words in a story set in another country: not the story's place,
    # but its seat's (dateline.place_voice)
    ("Rebels shelled the city of Aleppo in Syria on Monday. Syrian troops fought back near "
     "Aleppo. A Russian diplomat accused the rebels of breaking the truce.",
     "accused", "RUS"),
    # a deed of the same story keeps the story's place
    ("Rebels shelled the city of Aleppo in Syria on Monday. Syrian troops fought back near "
     "Aleppo. Russian jets bombed the rebels.", "bombed", "SYR"),
])
def test_foreign_speaker_takes_no_story_place(event_on, text, trigger, country):
    event = event_on(text, trigger)
    assert (event.location.country if event.location else None) == country


def test_reported_deed_takes_no_speakers_scene(event_on):
    # where someone spoke is not where what they tell of happened: the story's town, not the
    # camp the speaker was in
    text = ("Syrian jets bombed Idlib on Monday. Rebels fought back in Idlib. Thousands fled "
            "Idlib. In a camp near Hasakah, a woman said she knew the family. She confirmed that "
            "her husband had been shot dead by soldiers in January.")
    place = event_on(text, "shot").location
    assert place is not None and place.name == "Idlib"


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # what a villager or a resident tells of happened where they live: their place goes on
    # to what they say next
    ("Afghan forces have fought the Taliban across the north for weeks. In Kunduz, a villager "
     "said Taliban fighters had burned his house. He said they also killed his brother.",
     "killed", "Kunduz"),
    ("Fighting went on in northern Afghanistan. Residents of Kunduz said government aircraft "
     "had bombed a market. \u201cThey killed my neighbour and his two sons,\u201d one villager "
     "said.", "killed", "Kunduz"),
    # anyone else's scene is where they spoke, not where what they tell of happened
    ("Afghan forces have fought the Taliban across the north for weeks. In Kunduz, a doctor "
     "said Taliban fighters had burned a school. He said they also killed a teacher.",
     "killed", None),
    # a trade tells nothing of where one lives
    ("Afghan forces have fought the Taliban across the north for weeks. In Kunduz, a farmer "
     "said Taliban fighters had burned a school. He said they also killed a teacher.",
     "killed", None),
])
def test_locals_words_tell_of_where_they_live(event_on, text, trigger, town):
    place = event_on(text, trigger).location
    assert (place.name if place is not None and place.precision < 3 else None) == town
