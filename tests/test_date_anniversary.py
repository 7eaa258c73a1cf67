"""Stage ``date``: a happening named by its anniversary lies as many years before the
anniversary as its ordinal says; an anniversary of no ordinal tells no year."""

from __future__ import annotations

import pytest

from dateline.date import DATE_SOURCES
from test_date_story import _dated


# (article written for the project, publication date, trigger (the last of its word), date,
# precision, date_source)
CASES = [
    # the anniversary's day, an ordinal's years before
    ("Protesters on Monday marked the first anniversary of the massacre.", "2018-02-02",
     "massacre", "2017-01-29", "day", "clause"),
    ("Residents gathered on Sunday for the second anniversary of the siege.", "2018-03-06",
     "siege", "2016-03-04", "day", "clause"),
    # ... a numbered ordinal, with no time told: that many years before the report
    ("Veterans gathered to mark the 25th anniversary of the invasion.", "2018-02-02",
     "invasion", "1993-01-01", "year", "clause"),
    # an anniversary of no ordinal tells no year
    ("Crowds gathered on Monday on the anniversary of the massacre.", "2018-02-02", "massacre",
     "2018-02-02", None, "publication"),
    # what is no anniversary's happening keeps its time
    ("Protesters on Monday condemned the massacre.", "2018-02-02", "massacre", "2018-01-29",
     "day", "clause"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_anniversary_dates_the_happening_years_before(nlp, text, pubdate, word, date,
                                                           precision, source):
    assert source in DATE_SOURCES
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)
