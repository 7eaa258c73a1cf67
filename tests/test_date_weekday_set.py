"""Stage ``date``: a weekday named again is the day the report set for it first
(:mod:`dateline.date_weekday`), a span of years is dated by its first year, and a verb's own
time comes before that of a clause describing its subject (:func:`date_reach.of_the_verb`)."""

from __future__ import annotations

import pytest

from dateline.date import DATE_SOURCES, time_expressions
from test_date_story import _dated

# (article written for the project, publication date, trigger (the last of its word), date,
# precision, date_source)
CASES = [
    # a Tuesday set as to come, then told as done: that same Tuesday, not the week before's
    ("The army ordered a truce to begin on Tuesday. Rebels shelled the town on Tuesday morning.",
     "2018-02-26", "shelled", "2018-02-27", "day", "clause"),
    # ... but told first as done, it stays the last Tuesday up to the report
    ("Rebels shelled the town on Tuesday. Talks will resume on Tuesday.", "2018-02-26",
     "shelled", "2018-02-20", "day", "clause"),
    # ... and "last Tuesday" says which week it means
    ("Talks will resume on Tuesday. Rebels shelled the town last Tuesday.", "2018-02-26",
     "shelled", "2018-02-20", "day", "clause"),
    # a span of years: its first year
    ("Militants killed hundreds of villagers between 2014 and 2015.", "2018-03-01", "killed",
     "2014-01-01", "year", "clause"),
    ("Rebels shelled the town from 2012 to 2016.", "2018-03-01", "shelled", "2012-01-01", "year",
     "clause"),
    # ... "from" a year alone is no time of the act
    ("Refugees from 2015 marched in the capital on Monday.", "2018-03-01", "marched",
     "2018-02-26", "day", "clause"),
    # the verb's own time, not that of a participle describing its subject
    ("The withdrawal, announced in December, was criticised by the rebels on Tuesday.",
     "2019-02-20", "criticised", "2019-02-19", "day", "clause"),
    ("The president's demand, posted online on Sunday, was rejected by the allies on Tuesday.",
     "2019-02-20", "rejected", "2019-02-19", "day", "clause"),
    # ... which dates the verb when its other words give none
    ("The withdrawal, announced in December, was criticised by the rebels.", "2019-02-20",
     "criticised", "2018-12-01", "month", "clause"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_weekday_set_cases(nlp, text, pubdate, word, date, precision, source):
    assert source in DATE_SOURCES
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)


def test_date_weekday_set_years_of_a_span(nlp):
    text = "Jets bombed the valley between 2014 and 2016, and from 2017 to 2018."
    assert [(t.date, t.precision) for t in time_expressions(text, "2019-01-01", nlp(text))] == [
        ("2014-01-01", "year"), ("2017-01-01", "year")]


# a day closing a parenthesis after a comma cites a piece by its title and day: no event's time
CITED = [
    ("The columnist is wrong (Opinion, 4 January). Rebels attacked on 3 January.",
     ["2019-01-03"]),
    ("Troops left the town (Withdrawal is a gift to the militants, 22 December).", []),
    ("Talks began (on 4 January) in Geneva.", ["2019-01-04"]),
]


@pytest.mark.parametrize(("text", "dates"), CITED)
def test_date_weekday_set_cited_day_is_no_time(nlp, text, dates):
    assert [t.date for t in time_expressions(text, "2019-01-06", nlp(text))] == dates
