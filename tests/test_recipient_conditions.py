"""Whom a warning is put to when the warned clause sets a condition, one illustrative sentence
per construction (table-driven): the subject of the "if" or "unless" clause of the clause that
tells what the warner's side will do, also where the parse joins that clause as a conjunct; a
condition whose subject is a happening or a pronoun names no party."""

from __future__ import annotations

import pytest

# (sentence, trigger, (event type, the recipient's words))
CONDITIONS = [
    ("The minister warned that the army would strike if the rebels crossed the river.",
     "warned", ("THREATEN", "the rebels")),
    ("The government warned that its forces would respond swiftly and appropriately if the "
     "militia used rockets again.", "warned", ("THREATEN", "the militia")),
    ("Norland warned on Friday that it would act unless Vesta withdrew its troops.", "warned",
     ("THREATEN", "Vesta")),
]


@pytest.mark.parametrize("text, trigger, expected", CONDITIONS)
def test_recipient_conditions_party(event_on, text, trigger, expected):
    event = event_on(text, trigger)
    assert event.target is not None and (event.event_type, event.target.text) == expected


# (text, trigger): no party in the condition
NO_PARTY = [
    ("The minister warned that the army would strike if it came to that.", "warned"),
]


@pytest.mark.parametrize("text, trigger", NO_PARTY)
def test_recipient_conditions_no_party(event_on, text, trigger):
    assert event_on(text, trigger).target is None
