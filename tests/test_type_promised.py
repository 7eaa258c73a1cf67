"""A promise is typed by what it promises: a vow of conflict is one THREATEN, a promise to help
or to cooperate one AGREE; a refused entry is a restriction; a visit made to investigate is the
investigation. Sentences written for the project."""

from __future__ import annotations

import pytest

# (sentence, trigger, expected (type, mode) of its event, triggers that must carry no event)
PROMISES = [
    # a promised act of conflict: what is threatened, through verbs of going on with it
    ("The rebel commander vowed to keep fighting until the capital falls.", "vowed",
     ("THREATEN", "violence"), ["fighting"]),
    ("The general vowed to defeat the insurgency in the north.", "vowed",
     ("THREATEN", "violence"), []),
    ("The army vowed to clear the militants out of the valley.", "vowed",
     ("THREATEN", "violence"), ["clear"]),
    ("The prime minister vowed to win the war against the drug gangs.", "vowed",
     ("THREATEN", "violence"), []),
    ("The rebels promised to continue their attacks on the army.", "promised",
     ("THREATEN", "violence"), ["attacks"]),
    ("The president pledged to destroy the militia within a month.", "pledged",
     ("THREATEN", "violence"), ["destroy"]),
    ("The leader vowed he would continue to drive the fighters from the border.", "vowed",
     ("THREATEN", "violence"), []),
    ("Her pledge to destroy the militia alarmed the neighbouring states.", "pledge",
     ("THREATEN", "violence"), ["destroy"]),
    ("The minister swore to punish the gunmen behind the ambush.", "swore",
     ("THREATEN", "violence"), []),
    ("The commander vowed to keep clearing Kurdish militants from the ridge.", "vowed",
     ("THREATEN", "violence"), []),
    # a verb of harm done to no party (a cause, a thing, the promiser's own) is no threat
    ("The mayor promised to fight poverty in the old districts.", "promised",
     ("AGREE", None), []),
    ("The relief agency vowed to clear unexploded shells from the farmland.", "vowed",
     ("AGREE", None), []),
    ("The republic pledged to destroy its stock of nerve agents before the summer.", "pledged",
     ("AGREE", None), ["destroy"]),
    # a promise to help, to meet or to comply stays a promise to cooperate
    ("The government vowed to help the families of the flood victims.", "vowed",
     ("AGREE", None), ["help"]),
    ("The donors pledged to send aid to the refugees in the camps.", "pledged",
     ("AGREE", None), []),
    ("The minister pledged to comply with the ruling of the court.", "pledged",
     ("AGREE", None), []),
    ("The candidate pledged to end the wars abroad.", "pledged", ("AGREE", None), []),
    # a threat of a conflict act no event stands for threatens violence
    ("The army threatened to clear the militants from the town.", "threatened",
     ("THREATEN", "violence"), ["clear"]),
]


@pytest.mark.parametrize("text, trigger, want, none", PROMISES)
def test_type_promised_by_content(events_in_unfiltered, text, trigger, want, none):
    events = events_in_unfiltered(text)
    found = [(e.event_type, e.mode) for e in events if e.trigger == trigger]
    assert found == [want], [(e.event_type, e.mode, e.trigger) for e in events]
    assert not [e for e in events if e.trigger in none]


# (sentence, trigger, expected (type, mode), CAMEO root)
RETYPED = [
    # a party kept out of a place: its movement restricted
    ("The government denied entry to two foreign journalists.", "denied",
     ("COERCE", "restrict"), "17"),
    ("The ministry refused the delegation access to the prison.", "refused",
     ("COERCE", "restrict"), "17"),
    # a refusal in words stays one
    ("The minister refused the offer of talks.", "refused", ("REJECT", None), "12"),
    # a visit to a place made to investigate is the investigation
    ("A team from the watchdog visited the camp to investigate the reports of abuse.",
     "investigate", ("ACCUSE", "investigate"), "09"),
    ("Forensic experts visited the site of the blast on Monday.", "visited",
     ("ACCUSE", "investigate"), "09"),
    ("The security service visited the site and found no trace of the gas.", "visited",
     ("ACCUSE", "investigate"), "09"),
    ("The health ministry visited the site and collected samples from the wells.", "visited",
     ("ACCUSE", "investigate"), "09"),
    # a leader looking over a place, with no evidence found, made a visit
    ("The queen visited the scene of the flood and inspected the damage.", "visited",
     ("CONSULT", "visit"), "04"),
    ("The premier visited the camp and found conditions there dreadful.", "visited",
     ("CONSULT", "visit"), "04"),
    # a visit that meets a party is a meeting
    ("The foreign minister visited the president in the capital.", "visited",
     ("CONSULT", "visit"), "04"),
    # asking a state to take back its own people asks for cooperation, not a release
    ("The Kurdish authorities urged European states to take back their fighters.", "urged",
     ("REQUEST", "assist"), "02"),
]


@pytest.mark.parametrize("text, trigger, want, root", RETYPED)
def test_type_promised_retyped_classes(events_in_unfiltered, text, trigger, want, root):
    events = events_in_unfiltered(text)
    found = [(e.event_type, e.mode, e.cameo_root) for e in events if e.trigger == trigger]
    assert found == [(*want, root)], [(e.event_type, e.mode, e.trigger) for e in events]
    if trigger == "investigate":
        assert not [e for e in events if e.trigger == "visited"]
        assert [e.status for e in events if e.trigger == trigger] == ["actual"]
