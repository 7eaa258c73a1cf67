"""Stage ``locate``: where words were said, not where the party or the thing they tell of is."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.locate import home_ground
from dateline.place_pick import named_doer
from dateline.records import Actor, Place

_SCENE = ("Rebels shelled the city of Aleppo in Syria on Monday. Syrian troops fought back near "
          "Aleppo. ")
_SYRIA = Place(name="Syria", country="SYR", precision=3)


@pytest.mark.parametrize(("text", "trigger", "country", "name"), [
    # the party words go to is where it is, not where they were said: the speaker's country ...
    ("The US president has asked the Kurdish fighters in Syria to leave by the summer.",
     "asked", "USA", "United States"),
    ("The Turkish president has urged the Kurdish fighters in Manbij to leave the town.",
     "urged", "TUR", "Turkey"),
    # ... save one met face to face
    ("The French president received the Syrian opposition leader in Paris.", "received",
     "FRA", "Paris"),
    ("The envoy met insurgents in Iraq.", "met", "IRQ", None),
    # where the speaker is, said in a relative clause of its own, is where it speaks ...
    ("The Iranian foreign minister, who is in Moscow for talks, condemned the rebels.",
     "condemned", "RUS", "Moscow"),
    ("Lavrov, who was in Ankara on Tuesday, accused the rebels of breaking the truce.",
     "accused", "TUR", "Ankara"),
    # ... and where its words go on being said
    ("Lavrov, who was in Ankara on Tuesday, said the deal would hold. He also accused the "
     "rebels of breaking the truce.", "accused", "TUR", "Ankara"),
    # a place in the words a speaker is quoted saying is not where they were said: the
    # speaker's country is
    ("The Russian president demanded “firm steps … to destroy this nest of terrorists "
     "[in Idlib]”.", "demanded", "RUS", "Russia"),
])
def test_locate_words_not_where_their_party_is(event_on, text, trigger, country, name):
    place = event_on(_SCENE + text, trigger).location
    assert (place.country if place is not None else None) == country
    assert name is None or place.name == name


@pytest.mark.parametrize(("sector", "kind", "place", "home"), [
    # a politician whose country is the one the report's people are of speaks not in the
    # country the report's places name, nor surely at home: nowhere the text says ...
    ("PTY", "ACCUSE", _SYRIA, None),
    ("GOV", "REJECT", _SYRIA, None),
    # ... but lends it to no deed, and not where the report has no place of its own
    ("GOV", "COERCE", _SYRIA, False),
    ("PTY", "ACCUSE", None, False),
])
def test_locate_words_of_the_reports_own_people(sector, kind, place, home):
    source = Actor(text="the shadow home secretary", country="GBR", sector=sector,
                   country_from="document focus")
    sense = SimpleNamespace(event_type=kind, mode="")
    got, how = home_ground(sense, source, None, place, "focus" if place else None)
    if home is None:
        assert (got, how) == (None, None)
    else:
        assert got == place


@pytest.mark.parametrize(("text", "doer", "named"), [
    # a doer named by a noun acts for itself, not for the institution of a governing clause
    ("The Senate accused the prince of ordering the killing.", "prince", True),
    # a pronoun may stand for that institution
    ("The Kremlin said it would respond.", "it", False),
])
def test_locate_words_doer_named_apart(nlp, text, doer, named):
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == doer)
    assert named_doer(doc, (i, i + 1)) is named


@pytest.mark.parametrize(("text", "trigger", "not_at"), [
    # words going on after a sentence that names a place only as what they are about
    ("“The only way to protect the civilians in Idlib is to stop the violence. We urge the "
     "world’s powers to act now,” the aid group said.", "urge", "Idlib"),
])
def test_locate_words_carry_no_place_they_are_about(event_on, text, trigger, not_at):
    place = event_on(_SCENE + text, trigger).location
    assert place is None or place.name != not_at
