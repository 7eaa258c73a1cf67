"""The parties of acts told by nouns, one illustrative sentence per construction
(table-driven): whom an act is aimed at, said on a participle that tells it ("launched by X
against Y", "waged by X on Y", "targeting Y") or hung by the parse on its doer ("operations by X
against Y"), before a place after "for" or "in", which is only where the act is done."""

from __future__ import annotations

import pytest

# (sentence, trigger, the actor's words, the recipient's words)
AIMED = [
    # a reduced relative that launches the act names its doer and whom it is against; the
    # place fought over is no party
    ("The battle for Homs, launched by the army against the rebels in May, ended on Sunday.",
     "battle", "the army", "the rebels"),
    # "waged by X on Y"
    ("The offensive, waged by the army on the rebels, lasted three weeks.", "offensive",
     "the army", "the rebels"),
    # "waged war on Y": the light verb carries the war
    ("The army waged war on the rebels.", "war", "The army", "the rebels"),
    # the parse hangs "against Y" on the doer of the "by" phrase
    ("Operations by the national guard against Islamic State cells continued on Monday.",
     "Operations", "the national guard", "Islamic State cells"),
    # ... and "on Y" likewise
    ("Raids by the police on the gang continued for a week.", "Raids", "the police", "the gang"),
    # the ground the act is done in gives way to whom it is against
    ("The offensive in Idlib, launched by the army against the rebels, lasted a month.",
     "offensive", "the army", "the rebels"),
    # a participle of aiming
    ("Strikes targeting the rebels were launched by the air force.", "Strikes",
     "the air force", "the rebels"),
]


@pytest.mark.parametrize("text, trigger, actor, recipient", AIMED)
def test_noun_parties_aimed_at(event_on_unfiltered, text, trigger, actor, recipient):
    event = event_on_unfiltered(text, trigger)
    assert event.source is not None and event.source.text == actor, event.source
    assert event.target is not None and event.target.text == recipient, event.target


# (sentence, trigger, the recipient's words): a party the noun's own phrase names stays
OWN_PARTY = [
    ("The army's assault on the rebels resumed.", "assault", "the rebels"),
    ("The army launched an attack on the rebels in Homs.", "attack", "the rebels in Homs"),
    ("The assault, carried out by the police against the gang, ended at dawn.", "assault",
     "the gang"),
    # an act of force "into" ground is done to the ground's holder
    ("The army launched a raid into rebel-held territory on Monday.", "raid",
     "rebel-held territory"),
]


@pytest.mark.parametrize("text, trigger, recipient", OWN_PARTY)
def test_noun_parties_own_party_stays(event_on_unfiltered, text, trigger, recipient):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and event.target.text == recipient, event.target


# (sentence, trigger, the actor's words): a doer named by a modifier before the act, hung by
# the parse on the noun or on a modifier that names the act or its weapon
MODIFIER_DOERS = [
    ("Twelve people died when a coalition bombing raid hit an apartment block.", "raid",
     "coalition"),
    ("An army mortar attack hit the village.", "attack", "army"),
    ("A regime offensive began on Monday.", "offensive", "regime"),
]


@pytest.mark.parametrize("text, trigger, actor", MODIFIER_DOERS)
def test_noun_parties_modifier_doer(event_on_unfiltered, text, trigger, actor):
    event = event_on_unfiltered(text, trigger)
    assert event.source is not None and event.source.text == actor, event.source


# (sentence, trigger, the actor's words): a modifier that names what is struck names no doer
STRUCK_MODIFIERS = [
    ("Gunmen carried out an army base attack near the border.", "attack", "Gunmen"),
]


@pytest.mark.parametrize("text, trigger, actor", STRUCK_MODIFIERS)
def test_noun_parties_struck_modifier_no_doer(event_on_unfiltered, text, trigger, actor):
    event = event_on_unfiltered(text, trigger)
    assert event.source is not None and event.source.text == actor, event.source
