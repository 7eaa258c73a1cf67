"""Event types and modes by the definitions of PLOVER and CAMEO where a word has more than one
reading: "sanctioned" an act is approving it, insisting on one's own act or on what a thing
ought to be is no demand, a promise of a withdrawal is the withdrawal to come (CONCEDE, by the
PLOVER manual), a vow that one's side will not allow a thing is a threat, an attack's own
weapon decides its mode, and one killing told with its means is one event. Sentences written
for the project."""

from __future__ import annotations

import pytest

# (sentence, trigger, PLOVER type, mode)
TYPED = [
    # to sanction an act or a plan is to approve it (CAMEO 05); a party is punished (CAMEO 16)
    ("The council sanctioned the use of force against the cartel.", "sanctioned", "SUPPORT",
     None),
    ("The night raids were sanctioned by the minister.", "sanctioned", "SUPPORT", None),
    ("The treasury sanctioned four generals over the crackdown.", "sanctioned", "SANCTION",
     "discontinue"),
    # an attack from the air is aerial, whatever the noun
    ("The air force began an aerial bombardment of the valley.", "aerial bombardment",
     "ASSAULT", "aerial"),
    ("Army helicopters bombarded the village with barrel bombs.", "bombarded", "ASSAULT",
     "aerial"),
    ("The shepherd died in an airstrike on the market.", "died", "ASSAULT", "aerial"),
    # a bomb that no suicide word names is an explosive device
    ("A patrol officer was killed by a roadside bomb planted by the gang.", "killed", "ASSAULT",
     "explosives"),
    # a passive's "by" attack gives the verb its weapon
    ("The aid lorry was hit by a government airstrike.", "hit", "ASSAULT", "aerial"),
    # the strike's own weapon, not the fighting of the people it hit
    ("The volunteer died while fighting beside the militia when her truck was hit by an "
     "airstrike.", "hit", "ASSAULT", "aerial"),
    # a withdrawal promised is a concession to come (PLOVER CONCEDE), not one done
    ("The envoy criticised the pullout promised by the president.", "pullout", "CONCEDE",
     "withdraw"),
    ("The governor's promised withdrawal of the police worried the town.", "withdrawal",
     "CONCEDE", "withdraw"),
    # leaving talks or calling diplomats home is a withdrawal of ties (PLOVER SANCTION
    # withdraw); troops pulled back retreat
    ("The delegation pulled out of the talks on Monday.", "pulled", "SANCTION", "withdraw"),
    ("The republic pulled its diplomats out of the capital.", "pulled", "SANCTION", "withdraw"),
    ("The army pulled its troops back from the frontier.", "pulled", "RETREAT", "withdraw"),
    # criticism in a written or spoken text is an accusation, no assault
    ("The mayor posted messages attacking the council.", "attacking", "ACCUSE", "disapprove"),
    # a vow that one's side will never allow a thing is a threat, not a promise
    ("The president vowed that his army would never allow a rebel enclave on the border.",
     "vowed", "THREATEN", None),
]


@pytest.mark.parametrize("text, trigger, etype, mode", TYPED)
def test_type_senses_by_definition(event_on, text, trigger, etype, mode):
    e = event_on(text, trigger)
    assert (e.event_type, e.mode) == (etype, mode)


# (sentence, the (type, trigger) pairs of all its events)
ONE_EVENT = [
    # a promise named by a noun whose content is a withdrawal: the withdrawal to come only
    ("The president's promise to withdraw the troops worried the allies.",
     [("CONCEDE", "withdraw")]),
    # a warning that one's side will not allow a thing: one threat, no rejection beside it
    ("The minister warned it would not allow a militia state on the border.",
     [("THREATEN", "warned")]),
    # a killing told with its means ("by shooting them", "who shot them"): one event
    ("The guards killed two prisoners by shooting them.", [("ASSAULT", "killed")]),
    ("Six villagers were killed by bandits, who shot them in the square.",
     [("ASSAULT", "killed")]),
    # insisting on one's own act, or on what a thing ought to be, asks nothing of anyone
    ("The nurse insisted on staying at the clinic.", []),
    ("The envoy insisted that a vote must be the first step.", []),
    ("The agency insists it cannot feed the camp for long.", []),
]


@pytest.mark.parametrize("text, expected", ONE_EVENT)
def test_type_senses_one_event(events_in, text, expected):
    events = events_in(text)
    assert sorted((e.event_type, e.trigger) for e in events) == sorted(expected)


# a demand on another party stays a request
ASKED = [
    ("The rebels insisted that the governor step down.", "insisted"),
    ("The mediators insisted on a ceasefire.", "insisted"),
]


@pytest.mark.parametrize("text, trigger", ASKED)
def test_type_senses_demands_kept(event_on, text, trigger):
    assert event_on(text, trigger).event_type == "REQUEST"


def test_type_senses_cameo_modes_by_plover_list():
    """The CAMEO-derived verb rows take PLOVER's own modes: CAMEO 195 employs aerial weapons
    (1952 remotely piloted ones), and CAMEO 183 is suicide only where a row names a suicide."""
    from dateline.code.lexicon import load_lexicon

    rows = [s for senses in load_lexicon().verbs.values() for s in senses if s.cameo_code]
    aerial = {s.mode for s in rows if s.cameo_code == "195"}
    assert aerial == {"aerial"}
    assert {s.mode for s in rows if s.cameo_code == "1952"} == {"drone"}
    assert all("suicide" in (s.condition or "") for s in rows
               if s.cameo_code == "183" and s.mode == "suicide-attack")
