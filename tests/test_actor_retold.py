"""An act told again with no doer of its own ("the attack", "that raid", "died in the strikes")
takes the doer of its earlier telling in the same article, when it is the same act
(table-driven, on short articles written for the project)."""

from __future__ import annotations

import pytest


def _event(events_in_unfiltered, text, trigger, nth=0):
    """The ``nth`` event on ``trigger``, the realness veto off (what is tested is the doer)."""
    found = [e for e in events_in_unfiltered(text) if e.trigger == trigger]
    assert len(found) > nth, trigger
    return found[nth]


# (text, trigger of the retelling, the doer's country and sector, its antecedent)
RETOLD = [
    # a definite noun of the act, in the next sentence
    ("Kenyan troops attacked a militant camp near Lamu on Sunday. The attack killed nine "
     "fighters.", "attack", ("KEN", "MIL"), "Kenyan troops"),
    # a seizure by force retold as a raid: one family of acts of force
    ("Estonian special forces raided a farmhouse near Tartu at dawn. The raid left three men "
     "dead.", "raid", ("EST", "MIL"), "Estonian special forces"),
    # a demonstrative noun, two sentences on
    ("Chilean police stormed a squat in Valparaiso on Friday. Residents fled into the street. "
     "That operation injured six people.", "operation", ("CHL", "COP"), "Chilean police"),
    # someone dying in the act told again
    ("Peruvian jets bombed a rebel camp in the jungle on Monday. Eleven fighters died in the "
     "strikes.", "died", ("PER", "MIL"), "Peruvian jets"),
    # the other side acted before the earlier telling, not in between
    ("Bolivian rebels shelled an army post on Sunday. Bolivian troops shelled a rebel camp on "
     "Monday. The attack killed twelve fighters.", "attack", ("BOL", "MIL"), "Bolivian troops"),
]


@pytest.mark.parametrize("text, trigger, doer, antecedent", RETOLD)
def test_actor_retold_act_takes_the_earlier_doer(events_in_unfiltered, text, trigger, doer,
                                                 antecedent):
    source = _event(events_in_unfiltered, text, trigger).source
    assert source is not None and (source.country, source.sector) == doer, source
    assert source.text == "" and source.antecedent == antecedent, source


# (text, trigger): not the same act, or not safely one party's
NOT_RETOLD = [
    # two sides fought in the earlier telling's sentence: whose attack is told again is not said
    ("Bolivian troops shelled a village on Monday, and Bolivian rebels shelled an army post. "
     "The attack killed twelve people.", "attack"),
    # the state's own forces receive it: the other side's act
    ("The Chilean army shelled rebel positions. The attack killed two soldiers.", "attack"),
    # the retelling is placed where the earlier telling was not
    ("Estonian troops shelled a village near Tartu on Friday. The attack in Narva killed five "
     "people.", "attack"),
    # told too far back
    ("Kenyan troops attacked a camp near Lamu. The camp lies near the border. Families live "
     "there. Goats graze nearby. Markets open weekly. The attack killed nine people.",
     "attack"),
    # an indefinite noun tells another act (in a fight of two sides, whose is not said)
    ("Kenyan troops attacked al-Shabaab fighters near Lamu. An attack killed nine people.",
     "attack"),
    # ... and so does "the latest"
    ("Kenyan troops attacked al-Shabaab fighters near Lamu on Sunday. The latest attack killed "
     "nine people.", "attack"),
]


@pytest.mark.parametrize("text, trigger", NOT_RETOLD)
def test_actor_retold_left_without_a_doer(events_in_unfiltered, text, trigger):
    found = [e for e in events_in_unfiltered(text) if e.trigger == trigger]
    assert all(e.source is None or e.source.antecedent is None for e in found), \
        [e.source for e in found]

