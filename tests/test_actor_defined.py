"""The doer an act's own definition names: only a state takes away the citizenship or the
passport it granted, so the passive names its government; what captives undergo with no doer
named is their captors' doing, when the text has just named them. One text written for these
tests per construction."""

from __future__ import annotations

import pytest

# (text, trigger, the doer's country and sector, or None where the act names no state)
DEFINED = [
    # the citizenship a state grants: its government takes it away
    ("The three sailors, who were stripped of their British citizenship last spring, now live "
     "on a ship in the bay.", "stripped", ("GBR", "GOV")),
    ("Okafor and Mensah have been stripped of their Dutch citizenship, and the case will be "
     "heard in Belgium.", "stripped", ("NLD", "GOV")),
    # a citizenship of no named state names no doer
    ("The activist was stripped of his citizenship in 2017.", "stripped", None),
]


@pytest.mark.parametrize("text, trigger, doer", DEFINED)
def test_actor_defined_doer_of_a_grant_taken(event_on, text, trigger, doer):
    source = event_on(text, trigger).source
    if doer is None:
        assert source is None, source
    else:
        assert source is not None and (source.country, source.sector) == doer, source
        assert source.text == "" and source.antecedent, source


# (text, trigger, the words that name the doer, or None where it stays unnamed)
CAPTIVES = [
    # jailers named two sentences before the passive, holding the captives
    ("Their Belgian jailers kept the prisoners in a cellar, the farmer recalled. Six of them "
     "shared one small room. Their hands were tied, and they were beaten.", "beaten",
     "Their Belgian jailers"),
    # kidnappers named in the sentence before
    ("The kidnappers moved the hostages every week. The two aid workers were beaten and "
     "starved.", "beaten", "The kidnappers"),
]

# (text, trigger): captors acted on, or letting their captives go, are not the doers
NOT_CAPTORS = [
    # the captors are jailed; the later arrest is no captor's act
    ("The judge sentenced the kidnappers to ten years. Forty marchers were arrested outside "
     "the hall.", "arrested"),
    # the kidnappers let their captive go: a later shooting is not theirs
    ("Kidnappers released the teacher on Monday. Two suspects were later shot dead in a raid "
     "in Kano.", "shot"),
]


@pytest.mark.parametrize("text, trigger", NOT_CAPTORS)
def test_actor_defined_captors_not_named_as_holding(event_on, text, trigger):
    source = event_on(text, trigger).source
    assert source is None or source.antecedent is None, source
    assert source is None or source.name is not None or source.country is not None, source


@pytest.mark.parametrize("text, trigger, words", CAPTIVES)
def test_actor_defined_captors_do_what_captives_undergo(event_on, text, trigger, words):
    source = event_on(text, trigger).source
    assert source is not None and source.text == "" and source.antecedent == words, source
