"""A pronoun acted on by a hostile act stands for a party of another side than the doer's, and
an organisation the model did not read as one name is a party "it" may stand for; sentences
written for the project (table-driven)."""

from __future__ import annotations

import pytest

from dateline.coref_sides import own_side
from dateline.records import Actor

PUBDATE = "2019-05-02"

# (text, trigger, the recipient's antecedent words or None): the antecedent, or no one
RECIPIENTS = [
    # the subject of the sentence before is the accuser's own army: the side it fought
    ("Turkish troops shelled Kurdish fighters near the border on Sunday. Ankara accused them "
     "of firing rockets.", "accused", "Kurdish fighters"),
    ("Russian jets bombed the rebels near the town. Moscow accused them of using civilians as "
     "shields.", "accused", "the rebels"),
    # no party of another side named: no one, rather than the accuser's army
    ("Syrian troops shelled rebel positions outside the town. Damascus accused them of breaking "
     "the truce.", "accused", None),
    # of no country: the police who did the act before are the ministry's side
    ("Police detained dozens of protesters in the capital. The interior ministry accused them "
     "of rioting.", "accused", "protesters"),
    # ... but soldiers acted on are not their army's side
    ("The army arrested ten soldiers on Monday. It accused them of desertion.", "accused",
     "ten soldiers"),
    # an act that is not hostile may be done to one's own side
    ("Kenyan troops entered the town on Monday. Nairobi later withdrew them.", "withdrew",
     "Kenyan troops"),
]


@pytest.mark.parametrize("text, trigger, antecedent", RECIPIENTS)
def test_coref_sides_hostile_pronoun_not_doers_side(event_on_unfiltered, text, trigger,
                                                    antecedent):
    target = event_on_unfiltered(text, trigger, PUBDATE).target
    if antecedent is None:
        assert target is None or target.antecedent is None, target
        return
    assert target is not None and target.antecedent == antecedent, target


# (text, trigger, the doer's antecedent words): the pronoun accused is the doer of what it is
# accused of, the same party
DOERS = [
    ("Turkish troops shelled Kurdish fighters near the border on Sunday. Ankara accused them "
     "of firing rockets.", "firing", "Kurdish fighters"),
]


@pytest.mark.parametrize("text, trigger, antecedent", DOERS)
def test_coref_sides_accused_pronoun_is_the_doer(event_on_unfiltered, text, trigger,
                                                 antecedent):
    source = event_on_unfiltered(text, trigger, PUBDATE).source
    assert source is not None and source.antecedent == antecedent, source


# (text, trigger, the actor's name): "it" and "its" after an organisation the model read as a
# nationality and a noun, or named by a part of it
ORGANISATIONS = [
    ("Islamic State claimed the attack on the checkpoint. It said that it killed ten soldiers.",
     "killed", "Islamic State"),
    ("Islamic State claimed the attack on the checkpoint. It said its fighters killed ten "
     "soldiers.", "killed", "Islamic State fighters"),
    ("An Isis affiliate claimed the attack on the checkpoint. It said its fighters killed ten "
     "soldiers.", "killed", "Islamic State fighters"),
    # a supporter is no part of the organisation: "it" stands for no one
    ("An Isis supporter claimed the attack on the checkpoint. It said that it killed ten "
     "soldiers.", "killed", None),
]


@pytest.mark.parametrize("text, trigger, name", ORGANISATIONS)
def test_coref_sides_organisation_subject_is_antecedent(event_on_unfiltered, text, trigger,
                                                        name):
    source = event_on_unfiltered(text, trigger, PUBDATE).source
    assert (source.name if source is not None else None) == name, source


# (party, doer, doers before, same side?)
SIDES = [
    (Actor("them", "Türkiye military", "TUR", "MIL"), Actor("Ankara", "Türkiye", "TUR", "GOV"),
     (), True),
    (Actor("them", "rebels", "TUR", "REB"), Actor("Ankara", "Türkiye", "TUR", "GOV"), (), False),
    (Actor("them", "police", None, "COP", antecedent="Police"),
     Actor("The ministry", "government", None, "GOV"), ("Police",), True),
    (Actor("them", "military", None, "MIL", antecedent="ten soldiers"),
     Actor("It", "military", None, "MIL"), ("The army",), False),
    (Actor("it", "Hamas", "PSE", "REB"), Actor("Hamas", "Hamas", "PSE", "REB"), (), True),
]


@pytest.mark.parametrize("party, doer, before, expected", SIDES)
def test_coref_sides_own_side(party, doer, before, expected):
    assert own_side(party, doer, before) is expected


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
