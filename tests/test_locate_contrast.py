"""Stage ``locate``: clauses set against each other ("while") or telling a doer's past keep
their own places."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.locate import locator
from dateline.records import Article


def _place(nlp, sentence: str, word: str, event_type: str):
    doc = nlp(sentence)
    i = next(t.i for t in doc if t.text == word)
    mention = SimpleNamespace(trigger=i, trigger_span=(i, i + 1), source=None, target=None,
                              sense=SimpleNamespace(event_type=event_type))
    place, _ = locator(doc, Article(doc_id="t", text=sentence))(mention)
    return place.name if place is not None else None


@pytest.mark.parametrize(("sentence", "word", "event_type", "other"), [
    # the other side's town is not the event's, whichever side the event is on
    ("A farmer died in the city of Mosul, while a former soldier was killed fighting near the "
     "front.", "killed", "ASSAULT", "Mosul"),
    ("The first woman had been killed, while the other had decided to stay in Kirkuk.",
     "killed", "ASSAULT", "Kirkuk"),
    ("Police arrested two men, whereas soldiers raided a house in Basra.", "arrested", "ARREST",
     "Basra"),
    # a concession ("though") tells a fact of its own
    ("Most of those who are fighting in Basra against the army are veterans, though Iran has "
     "trained them to change their tactics.", "trained", "MOBILIZE", "Basra"),
    # a relative clause telling another's deed lends its place to no other event
    ("That cooperation has continued to alarm the envoy, who launched an operation last month "
     "in the enclave of Basra against the militia.", "cooperation", "COOPERATE", "Basra"),
])
def test_locate_contrast_lends_no_place_across(nlp, sentence, word, event_type, other):
    assert _place(nlp, sentence, word, event_type) != other


@pytest.mark.parametrize(("sentence", "word", "event_type", "town"), [
    # each side keeps its own place
    ("Rebels shelled Mosul, while troops attacked Kirkuk.", "attacked", "ASSAULT", "Kirkuk"),
    ("Rebels shelled Mosul, while troops attacked Kirkuk.", "shelled", "ASSAULT", "Mosul"),
    # a "while" telling when, with no doer of its own, is the deed's scene
    ("The soldier was killed while fighting in Mosul.", "killed", "ASSAULT", "Mosul"),
    # a concession naming no place of its own happens in the place of the clause it answers
    ("Police dispersed the protesters in Cairo on Friday, though hundreds marched again on "
     "Saturday.", "marched", "PROTEST", "Cairo"),
])
def test_locate_contrast_keeps_each_side_its_place(nlp, sentence, word, event_type, town):
    assert _place(nlp, sentence, word, event_type) == town


@pytest.mark.parametrize(("sentence", "word", "event_type", "news"), [
    # a relative clause telling of the doer's past takes no place from the news after it
    ("Jones, who joined the militia to fight the insurgents, appeared at a court in Leeds.",
     "fight", "ASSAULT", "Leeds"),
])
def test_locate_background_clause_takes_no_later_place(nlp, sentence, word, event_type, news):
    assert _place(nlp, sentence, word, event_type) != news


@pytest.mark.parametrize(("sentence", "word", "event_type", "town"), [
    # ... though its own place, and a scene set before it, are its
    ("Jones, who fought the insurgents in Mosul, appeared at a court in Leeds.", "fought",
     "ASSAULT", "Mosul"),
    ("In Mosul, the soldiers, who had stormed the town, arrested two men.", "stormed",
     "ASSAULT", "Mosul"),
])
def test_locate_background_clause_keeps_its_own_place(nlp, sentence, word, event_type, town):
    assert _place(nlp, sentence, word, event_type) == town


@pytest.mark.parametrize(("sentence", "word", "event_type", "other"), [
    # a relative or participle clause tells of its noun: the sentence's other places are not its
    ("Although the children have lived in Leeds for two years, Iraq is among the countries "
     "targeted by the ban.", "targeted", "ASSAULT", "Leeds"),
    ("A statement issued by the delegation in Riyadh demanded a transition in which the "
     "president would not take part.", "take", "COOPERATE", "Riyadh"),
    ("The pullout of troops from Basra, ordered by the president against the wishes of the "
     "general, who resigned in protest, ends the alliance.", "resigned", "RETREAT", "Basra"),
])
def test_locate_relative_clause_takes_no_place_beside_its_noun(nlp, sentence, word,
                                                                event_type, other):
    assert _place(nlp, sentence, word, event_type) != other


@pytest.mark.parametrize(("sentence", "word", "event_type", "town"), [
    # ... though a place within its noun's phrase is its
    ("Rebels in Mosul who were wounded by the shelling were taken away.", "wounded", "ASSAULT",
     "Mosul"),
    ("The gas attack on the town of Kirkuk, which killed dozens, was condemned.", "killed",
     "ASSAULT", "Kirkuk"),
    ("The families came from the town of Tikrit, the last stronghold of the militants, which "
     "has been under heavy attack.", "attack", "ASSAULT", "Tikrit"),
    # ... and a clause of where its noun keeps places it, and the deed done to it there
    ("Troops detained four men who were hiding in a barn in Kirkuk on Monday.", "detained",
     "ARREST", "Kirkuk"),
    ("Gunmen shot a nurse who worked at a clinic in Tikrit on Monday.", "shot", "ASSAULT",
     "Tikrit"),
])
def test_locate_relative_clause_keeps_places_of_its_noun(nlp, sentence, word, event_type, town):
    assert _place(nlp, sentence, word, event_type) == town


@pytest.mark.parametrize(("sentence", "word", "event_type", "other"), [
    # a condition is set apart, with or without a comma
    ("The army abandoned its posts without a plan for what happens if the rebels sweep into "
     "Kabul.", "abandoned", "RETREAT", "Kabul"),
    # a clause of its own that there is something ("there is a case for ...") is another's
    ("Three women were arrested, and there is a case for prosecuting them in Leeds.", "arrested",
     "ARREST", "Leeds"),
    # what an act follows is another deed's place ("in the aftermath of", "in the wake of")
    ("The army halted the deliveries in the aftermath of the Raqqa campaign.", "halted",
     "RETREAT", "Raqqa"),
    ("Police sealed the roads in the wake of the siege of Mosul.", "sealed", "COERCE",
     "Mosul"),
    # where a person comes from: "a father of two from Leeds"
    ("Jones, a father of two from Leeds, was arrested last month.", "arrested", "ARREST",
     "Leeds"),
    # a country as the passive subject of a verb that does not take ground is a party
    ("Russia and the US are both involved in a contest for influence.", "involved", "ASSAULT",
     "United States"),
])
def test_locate_another_clause_or_role_lends_no_place(nlp, sentence, word, event_type, other):
    assert _place(nlp, sentence, word, event_type) != other


@pytest.mark.parametrize(("sentence", "word", "event_type", "place"), [
    ("Russia and the US are both involved in a contest for influence in Syria.", "involved",
     "ASSAULT", "Syria"),
    # a country that is the ground of a passive deed stays its place
    ("Iraq was invaded by a coalition of armies.", "invaded", "ASSAULT", "Iraq"),
    ("Yemen was pounded by air strikes on Monday.", "pounded", "ASSAULT", "Yemen"),
    ("Rebels met in the Black Sea resort of Sochi.", "met", "CONSULT", "Sochi"),
])
def test_locate_the_ground_beside_a_party_is_the_place(nlp, sentence, word, event_type,
                                                       place):
    assert _place(nlp, sentence, word, event_type) == place
