"""Event types read from what the type is, whatever the verb's dictionary row says: the dead
are never the doers of the violence that killed them (ASSAULT's recipient, not its actor), and
the side that ousts, dislodges or expels armed forces takes ground (COERCE seize); PLOVER's
RETREAT is the act of the side that withdraws."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, dead", [
    ("A seven-year-old girl who died in border custody was buried on Monday.", "girl"),
    ("Two prisoners died in detention last year, the rights group said.", "prisoners"),
    ("The activist is said to have died in custody.", "activist"),
    ("Four soldiers died in clashes with rebels near the border.", "soldiers"),
])
def test_code_the_dead_are_recipients_not_actors(pipeline, text, dead):
    events = [e for e in pipeline.extract(text) if e.event_type == "ASSAULT"]
    assert events, text
    for e in events:
        assert e.source is None or dead not in e.source.text, (e.source, e.target)
        assert e.target is not None and dead in e.target.text, (e.source, e.target)


@pytest.mark.parametrize("text, actor", [
    ("Government jets are trying to oust rebel fighters from the town.", "jets"),
    ("The army ousted the militants from the district on Monday.", "army"),
    ("Kurdish forces dislodged the jihadist fighters from the dam.", "forces"),
    ("Troops expelled the insurgents from the northern villages.", "Troops"),
])
def test_code_ousting_armed_forces_takes_ground(pipeline, text, actor):
    events = pipeline.extract(text)
    assert any(e.event_type == "COERCE" and e.mode == "seize" and e.source is not None
               and actor in e.source.text for e in events), \
        [(e.event_type, e.mode, e.source) for e in events]
    assert not any(e.event_type == "RETREAT" for e in events)


@pytest.mark.parametrize("text, event_type", [
    ("The country expelled two Russian diplomats.", "SANCTION"),
    ("The rebels retreated from the town after heavy losses.", "RETREAT"),
])
def test_code_expulsions_and_retreats_keep_their_types(pipeline, text, event_type):
    assert any(e.event_type == event_type for e in pipeline.extract(text))



@pytest.mark.parametrize("text, held", [
    ("The others arrested while travelling in cars included a senior leader.", "others"),
    ("Four leaders arrested while proceeding to the town included two MPs.", "leaders"),
])
def test_code_a_bare_participle_is_a_reduced_passive(pipeline, text, held):
    events = [e for e in pipeline.extract(text) if e.mode == "arrest"]
    assert events and all(e.target is not None and held in e.target.text and (
        e.source is None or held not in e.source.text) for e in events), \
        [(e.source, e.target) for e in events]


@pytest.mark.parametrize("text, doer", [
    ("The police arrested 20 people.", "police"),
    ("Police said they arrested the suspects on Monday.", "Police"),
])
def test_code_active_arrests_keep_their_doers(pipeline, text, doer):
    assert any(e.mode == "arrest" and e.source is not None and doer in e.source.text
               for e in pipeline.extract(text))


@pytest.mark.parametrize("text, mode", [
    ("Police fired ten rounds in the air.", "firearms"),
    ("Soldiers fired shots into the air near the market.", "firearms"),
    ("The air force bombed rebel positions.", "aerial"),
])
def test_code_shots_in_the_air_are_no_air_strike(pipeline, text, mode):
    events = [e for e in pipeline.extract(text) if e.event_type == "ASSAULT"]
    assert events and all(e.mode == mode for e in events), [e.mode for e in events]


@pytest.mark.parametrize("text, event_type", [
    ("The senator attacked the president over his tax plan.", "ACCUSE"),
    ("The mayor was attacked by the governor in a speech on Monday.", "ACCUSE"),
    ("The senator attacked the president on Monday.", "ACCUSE"),
    ("The minister attacked the governor for failing to build the dam.", "ACCUSE"),
    ("Tom Brell attacked the mayor in a radio interview.", "ACCUSE"),
    # a passive with a bare named agent, a scene of bodily harm: force
    ("The mayor was attacked by Tom Brell.", "ASSAULT"),
    ("The mayor was attacked by Tom Brell outside her home and taken to hospital.", "ASSAULT"),
    ("The senator attacked the president outside his house.", "ASSAULT"),
    ("Gunmen attacked the mayor outside his home.", "ASSAULT"),
    ("A man attacked the minister with a knife.", "ASSAULT"),
    ("Putin attacked Ukraine.", "ASSAULT"),
    ("Police attacked the protesters.", "ASSAULT"),
])
def test_code_an_attack_between_office_holders_is_in_words(pipeline, text, event_type):
    events = [e for e in pipeline.extract(text) if e.trigger.startswith("attack")]
    assert events and all(e.event_type == event_type for e in events), \
        [(e.event_type, e.mode) for e in events]
