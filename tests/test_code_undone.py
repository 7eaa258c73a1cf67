"""Types and statuses by definition, for whole families of words: an act that came close to its
end is attempted, what a verb of demanding asks for in the subjunctive is demanded, a deal
reached is a commitment to cooperate (AGREE) while one signed is SUPPORT, and a party refused
entry or access is restricted (COERCE) whichever of two objects names it."""

from __future__ import annotations

import pytest


def _find(pipeline, text, trigger):
    return [e for e in pipeline.extract(text) if e.trigger == trigger]


@pytest.mark.parametrize("text, trigger, status", [
    ("The militia nearly killed the mayor in an ambush last week.", "killed", "attempted"),
    ("The judge was almost killed by a car bomb.", "killed", "attempted"),
    ("Rebels almost captured the airport on Sunday.", "captured", "attempted"),
    # the number is near, not the act: "nearly" hangs on the count
    ("The gunmen killed nearly forty villagers.", "killed", "actual"),
    ("Nearly fifty people were arrested after the march.", "arrested", "actual"),
    # the act named by the subject was done; only its outcome was not reached
    ("The shelling nearly destroyed the clinic.", "shelling", "actual"),
    # on a verb of amount the adverb measures; the raids were made
    ("The militia nearly tripled its raids on the border villages.", "raids", "actual"),
    # how near a verb's own act came is not passed to the act its object names ...
    ("The army nearly justified its raids on the border villages.", "raids", "actual"),
    # ... unless the verb only carries that act out
    ("The rebels almost launched an assault on the airport.", "assault", "attempted"),
])
def test_code_undone_nearly_done_is_attempted(pipeline, text, trigger, status):
    found = _find(pipeline, text, trigger)
    assert found and all(e.status == status for e in found), \
        [(e.trigger, e.status) for e in pipeline.extract(text)]


@pytest.mark.parametrize("text, asked", [
    ("The tribal leaders insisted that the army withdraw its units.", "withdraw"),
    ("The families demanded that the guards be punished.", "punished"),
    ("The council recommended that the troops leave the valley.", "leave"),
    # no "-s" after a singular subject: a subjunctive, whatever the tag
    ("The envoys insisted that Ankara withdraw its soldiers from the border.", "withdraw"),
])
def test_code_undone_subjunctive_of_demand_is_no_deed(pipeline, text, asked):
    assert not any(e.trigger == asked and e.status == "actual"
                   for e in pipeline.extract(text)), \
        [(e.trigger, e.status) for e in pipeline.extract(text)]


@pytest.mark.parametrize("text, told", [
    # a clause told in the indicative is a report, not a demand
    ("The minister insisted that the army had withdrawn its units.", "withdrawn"),
    # a plain present after a plural subject may report what is so: "insist" tells both
    ("The envoy insisted that the rebel units target clinics in the north.", "target"),
    ("The party insisted that the police arrest its members without cause.", "arrest"),
    # an order is given by one with the power to have it carried out: the act ordered is done
    ("The minister ordered that the activist be stripped of her citizenship.", "stripped"),
])
def test_code_undone_told_clause_is_done(pipeline, text, told):
    assert any(e.trigger == told and e.status == "actual"
               for e in pipeline.extract(text)), \
        [(e.trigger, e.status) for e in pipeline.extract(text)]


@pytest.mark.parametrize("text, trigger, event_type, root", [
    ("The two factions struck a deal on prisoner swaps on Monday.", "deal", "AGREE", "03"),
    ("Kabul and the rebels reached an agreement on the new border.", "agreement", "AGREE", "03"),
    ("The neighbours concluded a pact on water rights.", "pact", "AGREE", "03"),
    ("The two leaders signed a deal on trade in the capital.", "deal", "SUPPORT", "05"),
    ("Parliament ratified the treaty on Tuesday.", "treaty", "SUPPORT", "05"),
])
def test_code_undone_deal_reached_agrees_deal_signed_supports(pipeline, text, trigger,
                                                             event_type, root):
    found = _find(pipeline, text, trigger) or [
        e for e in pipeline.extract(text) if e.event_type in ("AGREE", "SUPPORT")]
    assert found and found[0].event_type == event_type and found[0].cameo_root == root, \
        [(e.trigger, e.event_type, e.cameo_root) for e in pipeline.extract(text)]


@pytest.mark.parametrize("text", [
    "The army denied reporters access to the valley.",
    "Border guards refused the refugees entry into the country.",
    "The authorities denied entry to the visiting monitors.",
])
def test_code_undone_refused_entry_restricts(pipeline, text):
    events = pipeline.extract(text)
    assert any(e.event_type == "COERCE" and e.mode == "restrict" for e in events), \
        [(e.trigger, e.event_type, e.mode) for e in events]
    assert not any(e.event_type == "REJECT" for e in events)


@pytest.mark.parametrize("text, trigger, event_type, mode", [
    # only a verb of giving or refusing takes a second object, the thing given or refused;
    # after another verb the parse's second object is a phrase set beside the sentence
    ("Soldiers fired shots on Monday, a warning to the crowd.", "fired", "ASSAULT",
     "firearms"),
])
def test_code_undone_second_object_only_after_giving(pipeline, text, trigger, event_type, mode):
    found = _find(pipeline, text, trigger)
    assert found and (found[0].event_type, found[0].mode) == (event_type, mode), \
        [(e.trigger, e.event_type, e.mode) for e in pipeline.extract(text)]
