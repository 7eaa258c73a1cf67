"""Stage ``date``: a bare weekday in words a dated saying reports, told as done, is counted from
the day of the saying, never after it ("said on Thursday that rebels attacked on Monday": the
Monday before that Thursday)."""

from __future__ import annotations

import pytest

from dateline.date import DATE_SOURCES

PUB = "2018-03-20"  # a Tuesday: the Thursday before is 15 March, the Monday before it 12 March


# (sentence written for the project, trigger:type, date, precision, source)
CASES = [
    # the reported clause's weekday: the one on or before the saying's day
    ("The minister said on Thursday that rebels attacked the base on Monday.",
     "attacked:ASSAULT", "2018-03-12", "day", "clause"),
    ("On Thursday the army said it had repelled an attack on Monday night.",
     "repelled:ASSAULT", "2018-03-12", "day", "clause"),
    ("The mayor said on 15 March that police arrested two men on Monday.",
     "arrested:COERCE", "2018-03-12", "day", "clause"),
    # ... and a quotation's, in the sentence of its saying
    ("\u201cThey shelled the market on Monday,\u201d the governor said on Thursday.",
     "shelled:ASSAULT", "2018-03-12", "day", "clause"),
    # ... the saying's own weekday is its day
    ("The minister said on Thursday that rebels attacked the base on Thursday morning.",
     "attacked:ASSAULT", "2018-03-15", "day", "clause"),
    # not a weekday of the main clause, after the saying told in a clause of its own
    ("Rebels attacked the base on Monday, days after the minister said on Thursday that the "
     "talks had failed.", "attacked:ASSAULT", "2018-03-19", "day", "clause"),
    # nor what is told as to come
    ("The minister told reporters on Thursday that troops would withdraw on Monday.",
     "withdraw", "2018-03-19", "day", "clause"),
    # with no day of the saying, the weekday counts from the report
    ("The minister said that rebels attacked the base on Monday.",
     "attacked:ASSAULT", "2018-03-19", "day", "clause"),
]


@pytest.mark.parametrize(("text", "word", "date", "precision", "source"), CASES)
def test_date_said_weekday_counted_from_the_saying(event_on_unfiltered, text, word, date,
                                                   precision, source):
    assert source in DATE_SOURCES
    e = event_on_unfiltered(text, word.partition(":")[0], PUB)
    assert (e.date, e.date_precision, e.date_source) == (date, precision, source)
