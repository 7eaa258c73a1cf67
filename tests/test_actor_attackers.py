"""An act of violence told with no doer ("three soldiers were killed in an ambush", "a car
bomb exploded") takes as its doer the one armed party the story has carrying out acts of
violence just before it, and keeps its own (none, or an unidentified armed group) where the
story names two sides or none (table-driven, on short articles written for the project)."""

from __future__ import annotations

import pytest


def _events(events_in_unfiltered, text, trigger):
    """The events on ``trigger``, the realness veto off (what is tested is the doer)."""
    found = [e for e in events_in_unfiltered(text) if e.trigger == trigger]
    assert found, trigger
    return found


# (text, trigger of the act with no doer, the doer's country and sector, its antecedent)
LENT = [
    # a rebel group's attack, then soldiers killed in an ambush
    ("The Taliban attacked a checkpoint in Helmand province on Sunday. Three soldiers were "
     "killed in an ambush in Helmand.", "killed", ("AFG", "REB"), "The Taliban"),
    # an indefinite attack after one side's attack, the sentence before
    ("Kenyan troops attacked a camp near Lamu. An attack killed nine people.", "attack",
     ("KEN", "MIL"), "Kenyan troops"),
    # an outcome with no doer two sentences after one side's shelling
    ("Estonian troops shelled a village near Tartu on Friday. The village stands near the "
     "border. Three men were killed.", "killed", ("EST", "MIL"), "Estonian troops"),
    # a bomb that exploded after an armed group's attack on a village
    ("Islamic State fighters attacked a village in Nineveh on Sunday. A car bomb exploded near "
     "the market, killing nine people.", "exploded", ("IRQ", "REB"), "Islamic State fighters"),
    # a state's forces, two sentences before
    ("Ethiopian troops shelled villages in Tigray on Monday. Aid workers left the area. Four "
     "farmers were killed near Adigrat.", "killed", ("ETH", "MIL"), "Ethiopian troops"),
]


@pytest.mark.parametrize("text, trigger, doer, antecedent", LENT)
def test_actor_attackers_lend_the_one_attacking_side(events_in_unfiltered, text, trigger,
                                                     doer, antecedent):
    source = _events(events_in_unfiltered, text, trigger)[0].source
    assert source is not None and (source.country, source.sector) == doer, source
    assert source.text == "" and source.antecedent == antecedent, source


# (text, trigger): no one side the story names safely
NOT_LENT = [
    # two sides attack before it
    ("The Taliban attacked a checkpoint in Helmand on Sunday. Afghan troops shelled a village "
     "near Musa Qala. Shops stayed shut. Three people were killed in an ambush near Lashkar "
     "Gah.", "killed"),
    # the side struck is armed: a fight, whose act this is not said
    ("Islamic State fighters attacked an army base in Nineveh on Sunday. A car bomb exploded "
     "near the market, killing nine people.", "exploded"),
    # the act is done to the party's own state's forces
    ("Ethiopian troops shelled villages in Tigray on Monday. Four Ethiopian soldiers were "
     "killed near Adigrat.", "killed"),
    # the attacking side is named too far back
    ("The Taliban attacked a checkpoint in Helmand on Sunday. Markets opened later. Schools "
     "stayed shut. Roads were blocked. Prices rose. Three men were killed near Lashkar Gah.",
     "killed"),
    # its own sentence ties it to the named party's act: the other side's
    ("Ethiopian troops shelled villages in Tigray on Monday. The army said it struck a depot "
     "near Adigrat after a bomb killed four farmers.", "bomb"),
    # the one attacking side is left unidentified
    ("Gunmen attacked a checkpoint in Helmand province on Sunday. Three soldiers were killed "
     "in an ambush near Lashkar Gah.", "killed"),
]


@pytest.mark.parametrize("text, trigger", NOT_LENT)
def test_actor_attackers_keep_no_named_doer(events_in_unfiltered, text, trigger):
    for e in _events(events_in_unfiltered, text, trigger):
        assert e.source is None or not e.source.antecedent, e.source


# (sentence, trigger, whether an unidentified armed group is its doer): a fight told by its
# word is waged by two sides, no one armed group; an ambush with no doer keeps the fallback
FIGHTS = [
    ("The battle for the town of Keshma began in September.", "battle", False),
    ("Clashes near the village of Tarhuna killed four people on Sunday.", "Clashes", False),
    ("Three soldiers were killed in an ambush near Lashkar Gah on Sunday.", "killed", True),
]


@pytest.mark.parametrize("text, trigger, fallback", FIGHTS)
def test_actor_attackers_no_unidentified_group_wages_a_fight(events_in_unfiltered, text,
                                                             trigger, fallback):
    for e in _events(events_in_unfiltered, text, trigger):
        given = e.source is not None and e.source.sector == "UAF" and not e.source.text
        assert given == fallback, e.source


# (text, trigger): no doer lent
NOT_LENT_MORE = [
    # a fight told by its word is two sides'
    ("The Taliban attacked a checkpoint in Helmand province on Sunday. Heavy fighting "
     "continued in the area on Monday.", "fighting"),
    # an act denied is no act done
    ("The Taliban denied attacking the checkpoint in Helmand. On Sunday a roadside bomb killed "
     "three farmers in Helmand.", "roadside bomb"),
    # an air strike is never an armed group's
    ("Hamas fired rockets at Israel on Friday. An air strike killed five people in Gaza City "
     "hours later.", "air strike"),
    # a lent doer lends no further: past the window from the side's own words
    ("The Taliban attacked a checkpoint in Helmand on Sunday. Markets stayed shut. A roadside "
     "bomb killed two farmers in Helmand. Prices rose. Roads were empty. Banks were shut. A "
     "landmine killed a shepherd in Helmand.", "landmine"),
]


@pytest.mark.parametrize("text, trigger", NOT_LENT_MORE)
def test_actor_attackers_lend_no_doer_to_fights_or_past_the_window(events_in_unfiltered, text,
                                                                  trigger):
    source = _events(events_in_unfiltered, text, trigger)[0].source
    assert source is None or source.antecedent is None, source


def test_actor_attackers_lend_to_each_act_of_a_sentence(events_in_unfiltered):
    """A doer lent to one act of a sentence does not block the next."""
    text = ("Islamic State fighters attacked a village in Nineveh on Sunday. A car bomb exploded "
            "near the market and a rocket hit a bus station.")
    source = _events(events_in_unfiltered, text, "rocket")[0].source
    assert source is not None and source.antecedent == "Islamic State fighters", source


def test_actor_attackers_lend_from_a_doer_carried_near_its_words(events_in_unfiltered):
    """A doer carried to an act the sentence before (no words of its own there) still names the
    one side, while its own words are near."""
    text = ("Government forces shelled the enclave of Lomar on Friday, killing 30 people. At "
            "least nine more people were killed in Lomar on Saturday. A chlorine attack injured "
            "18 people in Lomar on Sunday.")
    source = _events(events_in_unfiltered, text, "attack")[0].source
    assert source is not None and source.sector in ("MIL", "GOV"), source
