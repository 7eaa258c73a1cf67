"""Stage ``date``: an act its own clause or sentence sets after the report's day is planned, not
done ("the two sides hold talks on Monday", written on a Saturday): proposed, with a
proposal's CAMEO root and no ACLED type, at the coming time the text gives; an act on the
report's day or before it is left as told."""

from __future__ import annotations

import pytest

# Published on Saturday 16 March 2024.
PUB = "2024-03-16"

# (text written for the project, trigger, status, date, precision, date_source)
CASES = [
    # a scheduled act told in the present progressive, on a coming weekday
    ("The two delegations are holding talks in Vienna on Monday and Tuesday.", "talks",
     "proposed", "2024-03-18", "day", "clause"),
    # ... in the simple present
    ("The foreign ministers meet in Geneva on Monday to discuss the truce.", "meet",
     "proposed", "2024-03-18", "day", "clause"),
    # ... next week
    ("Opposition leaders are meeting in Riyadh next week to choose a new team.", "meeting",
     "proposed", "2024-03-23", "week", "clause"),
    # an act of a past weekday: done, as told
    ("Rebels attacked a checkpoint near Aleppo on Monday.", "attacked", "actual",
     "2024-03-11", "day", "clause"),
    # an act of the report's day: done, as told
    ("Police arrested two men in Leeds on Saturday.", "arrested", "actual", "2024-03-16",
     "day", "clause"),
]


@pytest.mark.parametrize(("text", "word", "status", "date", "precision", "source"), CASES)
def test_date_coming_planned_not_done(events_in_unfiltered, text, word, status, date,
                                      precision, source):
    found = [e for e in events_in_unfiltered(text, PUB) if e.trigger == word]
    assert found, f"no event on {word!r}"
    e = found[0]
    assert e.status == status
    assert (e.date, e.date_precision, e.date_source) == (date, precision, source)
    if status == "proposed":
        assert e.cameo_root == "03"
        assert e.acled_event_type is None


def test_date_coming_attack_set_ahead_is_a_threat(events_in_unfiltered):
    """An attack set on a coming day is a plan to attack: a threat's root (CAMEO 13)."""
    found = [e for e in events_in_unfiltered(
        "The army launches its offensive on the northern town on Tuesday.", PUB)
        if e.event_type == "ASSAULT"]
    assert found, "no ASSAULT event"
    for e in found:
        assert e.status == "proposed"
        assert e.cameo_root == "13"
        assert e.acled_event_type is None


def test_date_coming_past_tense_stays_done(events_in_unfiltered):
    """An act told in the past is done by its tense, though its day falls after the report's
    stamp (a report updated the next day)."""
    text = ("The truce begins on Tuesday. The monitor said calm had prevailed since midnight, "
            "though four rockets had hit the town on Tuesday morning.")
    found = [e for e in events_in_unfiltered(text, "2024-03-18") if e.event_type == "ASSAULT"]
    assert found, "no ASSAULT event"
    assert all(e.status == "actual" for e in found)



def test_date_coming_time_of_a_described_noun_is_not_the_acts(events_in_unfiltered):
    """A coming time told in a participle describing a noun is that noun's, not the act's: the
    violation stays told as done."""
    text = "Both sides are guilty of violating the truce agreed in May 2025, a monitor said."
    found = [e for e in events_in_unfiltered(text, PUB) if e.trigger == "violating"]
    assert found, "no event on 'violating'"
    assert all(e.status == "actual" for e in found)
