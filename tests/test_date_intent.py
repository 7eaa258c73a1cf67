"""Stage ``date``: what a speaker said would be done is dated by the saying ("Last month the
ministry said it would withdraw its troops": last month), never by a time of its own clause's
neighbours, and stays undated when the saying has no time."""

from __future__ import annotations

import pytest

# (text written for the project, trigger, date, precision, date_source); published on
# Thursday 10 January 2019
CASES = [
    # a time opening the sentence, before the saying
    ("Last month the ministry said it would withdraw its troops from the border.", "withdraw",
     "2018-12-01", "month", "sentence"),
    ("On Monday the ministry said it would withdraw its troops from the border.", "withdraw",
     "2019-01-07", "day", "sentence"),
    # a reporting verb with its time after it
    ("The premier announced last month that he would withdraw the troops from the border.",
     "withdraw", "2018-12-01", "month", "sentence"),
    # a promise, a vow or a pledge of what the speaker's side will do
    ("Last month the premier promised that troops would withdraw from the border.", "withdraw",
     "2018-12-01", "month", "sentence"),
    ("On Monday the minister pledged that the government would release the prisoners.",
     "release", "2019-01-07", "day", "sentence"),
    ("In 2015 the president vowed that the army would withdraw from the valley.", "withdraw",
     "2015-01-01", "year", "sentence"),
    # ... with no time of its own: undated
    ("The minister has promised that the government will release the prisoners.", "release",
     "2019-01-10", None, "publication"),
    # a plan said with no time: the report's date, marked as such
    ("The ministry said it would withdraw its troops from the border.", "withdraw",
     "2019-01-10", None, "publication"),
]


# a refusal told in what the saying says would be: the saying's
DECLARED = [
    ("On Monday the ministry said the truce would not affect its operation against the rebels.",
     "operation", "REJECT", "2019-01-07", "day", "sentence"),
]


@pytest.mark.parametrize(("text", "word", "event_type", "date", "precision", "source"), DECLARED)
def test_date_intent_declared_by_saying(events_in_unfiltered, text, word, event_type, date,
                                        precision, source):
    found = [e for e in events_in_unfiltered(text, "2019-01-10")
             if e.trigger == word and e.event_type == event_type]
    assert found, f"no {event_type} event on {word!r}"
    e = found[-1]
    assert (e.date, e.date_precision, e.date_source) == (date, precision, source)


@pytest.mark.parametrize(("text", "word", "date", "precision", "source"), CASES)
def test_date_intent_dated_by_saying(events_in_unfiltered, text, word, date, precision,
                                     source):
    found = [e for e in events_in_unfiltered(text, "2019-01-10") if e.trigger == word]
    assert found, f"no event on {word!r}"
    e = found[-1]
    assert e.status == "proposed"
    assert (e.date, e.date_precision, e.date_source) == (date, precision, source)
