"""A pronoun acted on by a hostile act keeps the antecedent the resolver found, of the doer's
own side too (a state arrests, suspends or charges its own people; a rival of one country
accuses another), an organisation the model did not read as one name is a party "it" may
stand for, of its name but not of its dictionary country, and "they" of an act of talk after
two persons of two countries is the two sides; sentences written for the project
(table-driven)."""

from __future__ import annotations

import pytest

from dateline.coref_phrases import organisation_subjects

PUBDATE = "2019-05-02"

# (text, trigger, the recipient's antecedent words): the antecedent the resolver found, though
# it is of the doer's own state or country
RECIPIENTS = [
    ("Russian generals failed to take Kharkiv last spring. Moscow accused them of "
     "incompetence.", "accused", "Russian generals"),
    ("Police shot dead two students in the old town on Saturday. The interior ministry "
     "suspended them on Monday.", "suspended", "Police"),
    ("Two senior Chinese officials took money from a builder. Beijing arrested them in May.",
     "arrested", "Two senior Chinese officials"),
    ("Turkish police officers beat a Kurdish reporter in Diyarbakir. Ankara suspended them on "
     "Friday.", "suspended", "Turkish police officers"),
]


@pytest.mark.parametrize("text, trigger, antecedent", RECIPIENTS)
def test_coref_sides_hostile_pronoun_keeps_own_side(event_on_unfiltered, text, trigger,
                                                    antecedent):
    target = event_on_unfiltered(text, trigger, PUBDATE).target
    assert target is not None and target.antecedent == antecedent, target


# (text, trigger, the actor's name, the place's country or None for any): "it" and "its" after
# an organisation the model read as a nationality and a noun, or named by a part of it; the
# organisation lends its name, not its country, so the place is the one the text names
ORGANISATIONS = [
    ("Islamic State claimed the attack on the checkpoint. It said that it killed ten soldiers.",
     "killed", "Islamic State", None),
    ("Islamic State claimed the attack on the checkpoint. It said its fighters killed ten "
     "soldiers.", "killed", "Islamic State fighters", None),
    ("An Isis affiliate claimed the attack on the checkpoint. It said its fighters killed ten "
     "soldiers.", "killed", "Islamic State fighters", None),
    ("An Isis affiliate claimed the raid on a post in Cabo Delgado, Mozambique. It said that "
     "it killed six guards.", "killed", "Islamic State", "MOZ"),
    ("An al-Qaeda affiliate claimed the raid on the post. It said its fighters killed six "
     "soldiers.", "killed", "al-Qaeda fighters", None),
    # a supporter is no part of the organisation: "it" stands for no one
    ("An Isis supporter claimed the attack on the checkpoint. It said that it killed ten "
     "soldiers.", "killed", None, None),
]


@pytest.mark.parametrize("text, trigger, name, country", ORGANISATIONS)
def test_coref_sides_organisation_subject_is_antecedent(event_on_unfiltered, text, trigger,
                                                        name, country):
    event = event_on_unfiltered(text, trigger, PUBDATE)
    source = event.source
    assert (source.name if source is not None else None) == name, source
    if name is not None:
        assert source.country is None, source
    if country is not None:
        assert event.location is not None and event.location.country == country, event.location


# (text, trigger): the victims of an organisation's fighters in a country the text names are
# not of the organisation's dictionary country
VICTIMS = [
    ("Islamic State claimed the raid on a post in northern Nigeria. It said its fighters "
     "killed six soldiers.", "killed"),
    ("An Isis affiliate claimed the raid on a post in Borno state. It said its fighters killed "
     "six soldiers.", "killed"),
]


@pytest.mark.parametrize("text, trigger", VICTIMS)
def test_coref_sides_victims_not_of_organisations_country(event_on_unfiltered, text, trigger):
    target = event_on_unfiltered(text, trigger, PUBDATE).target
    assert target is None or target.country in (None, "NGA"), target


# (text): subjects whose words are no organisation's name written as one: a relative pronoun,
# a given name, though the dictionary lists them lower-cased as aliases
NOT_ORGANISATIONS = [
    "A nurse who treated the wounded was arrested.",
    "Ana said she was leaving.",
]


@pytest.mark.parametrize("text", NOT_ORGANISATIONS)
def test_coref_sides_no_organisation_subject(nlp, text):
    doc = nlp(text)
    assert list(organisation_subjects(doc, 0, len(doc), set())) == []


# (text, trigger, the doer's antecedent, the recipient's antecedent): "they" of an act of talk
# after two persons of two countries one clause names is the two sides, the first as the doer
TALK = [
    ("Theresa May met Emmanuel Macron in Paris on Monday. They discussed the war in Syria.",
     "discussed", "Theresa May", "Emmanuel Macron"),
    ("The Dutch prime minister, Mark Rutte, rang the German chancellor, Olaf Scholz, late "
     "on Friday, and they discussed energy prices for an hour.", "discussed",
     "Mark Rutte", "Olaf Scholz"),
    # a group and its hosts are no two persons: the pronoun's own reading stands
    ("Police met the protesters on Monday. They discussed the march.", "discussed", "Police",
     None),
]


@pytest.mark.parametrize("text, trigger, doer, recipient", TALK)
def test_coref_sides_they_talked_are_two_sides(event_on_unfiltered, text, trigger, doer,
                                               recipient):
    event = event_on_unfiltered(text, trigger, PUBDATE)
    assert event.source is not None and event.source.antecedent == doer, event.source
    assert (event.target.antecedent if event.target is not None else None) == recipient, \
        event.target


# (text, trigger): a visit the two made together, or a talk denied, is no act of one of the
# two on the other
NOT_TALK = [
    ("The French president, Claude Marchetti, hosted the German chancellor, Dieter Hallmann, "
     "in Paris on Friday. They visited a synagogue in Lyon.", "visited"),
    ("The French president, Claude Marchetti, met the German chancellor, Dieter Hallmann, in "
     "Paris on Friday. They did not discuss the war in Syria.", "discuss"),
]


@pytest.mark.parametrize("text, trigger", NOT_TALK)
def test_coref_sides_they_not_talked(events_in_unfiltered, text, trigger):
    for e in events_in_unfiltered(text, PUBDATE):
        if e.trigger == trigger:
            names = {a.antecedent for a in (e.source, e.target) if a is not None}
            assert len(names) < 2, (e.source, e.target)
