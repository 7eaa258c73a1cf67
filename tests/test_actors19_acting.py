"""A killing or wounding whose subject is an act told before ("the offensive has displaced
thousands and killed dozens") is done by whoever did that act (table-driven, on short
articles written for the project)."""

from __future__ import annotations

import pytest

# (text, trigger of the outcome, the doer's country and sector, its antecedent)
ACTING = [
    # the act noun is the subject of the first of two coordinated verbs
    ("Mongolian troops launched an offensive against a rebel camp near Darkhan. The offensive "
     "has displaced hundreds and killed eleven fighters.", "killed", ("MNG", "MIL"),
     "Mongolian troops"),
    # ... an operation told again, by the police
    ("Nepalese police stormed a protest camp in Pokhara on Friday. The operation has "
     "displaced families and killed two men.", "killed", ("NPL", "COP"), "Nepalese police"),
]


@pytest.mark.parametrize("text, trigger, doer, antecedent", ACTING)
def test_actors19_acting_act_lends_its_doer(events_in_unfiltered, text, trigger, doer,
                                            antecedent):
    found = [e for e in events_in_unfiltered(text) if e.trigger == trigger]
    assert found, trigger
    source = found[0].source
    assert source is not None and (source.country, source.sector) == doer, source
    assert source.text == "" and source.antecedent == antecedent, source


# (text, trigger): the subject is no act told before, or not definite
NOT_ACTING = [
    # an indefinite act noun is another act
    ("Mongolian troops launched an offensive against rebels near Darkhan. An offensive has "
     "displaced hundreds and killed eleven fighters.", "killed"),
    # a subject that is a party, not an act
    ("Mongolian troops launched an offensive near Darkhan. The villagers fled and killed "
     "their cattle.", "killed"),
]


@pytest.mark.parametrize("text, trigger", NOT_ACTING)
def test_actors19_acting_left_alone(events_in_unfiltered, text, trigger):
    found = [e for e in events_in_unfiltered(text) if e.trigger == trigger]
    assert all(e.source is None or e.source.antecedent is None for e in found), \
        [e.source for e in found]


# (text, trigger, the doer's words): a sentence opened by an adverbial set off by a comma,
# which the parse may hang on the subject noun it made the root
OPENED = [
    ("On Friday night, up to 20 Shabaab fighters on motorbikes attempted to storm an army "
     "base near Kismayo.", "storm", "up to 20 Shabaab fighters"),
    ("Late on Tuesday, dozens of gunmen in pickup trucks tried to seize the police station in "
     "Gao.", "seize", "dozens of gunmen"),
]


@pytest.mark.parametrize("text, trigger, words", OPENED)
def test_actors19_acting_opener_is_not_the_doer(events_in_unfiltered, text, trigger, words):
    found = [e for e in events_in_unfiltered(text) if e.trigger == trigger]
    assert found and found[0].source is not None, found
    assert found[0].source.text == words, found[0].source
