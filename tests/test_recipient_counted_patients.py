"""A count in the "of" phrase of an act's noun ("the abduction of hundreds of schoolgirls by the
gang") does not make an event whose doer is lost, nor a new event of a killing an anniversary
recalls (table-driven, sentences written for the project)."""

from __future__ import annotations

import pytest

# (sentence, trigger): an event of the act keeps the doer of its "by" phrase, or is none
DOERS = [
    ("The abduction of hundreds of villagers by al-Shabaab shocked the region.",
     "abduction"),
]


@pytest.mark.parametrize("text, trigger", DOERS)
def test_recipient_counted_patient_keeps_the_doer(events_in_unfiltered, text, trigger):
    found = [e for e in events_in_unfiltered(text) if e.trigger == trigger]
    assert all(e.source is not None for e in found), found


# (sentence, trigger): an act an anniversary recalls is no event of the day
RECALLED = [
    ("The town marked the anniversary of the killing of thousands of villagers in 1952.",
     "killing"),
]


@pytest.mark.parametrize("text, trigger", RECALLED)
def test_recipient_counted_patient_recalled_is_no_new_event(events_in_unfiltered, text,
                                                            trigger):
    found = [e for e in events_in_unfiltered(text) if e.trigger == trigger]
    assert all(e.date is None or not str(e.date).startswith("2021") for e in found), found
