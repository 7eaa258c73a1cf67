"""Stage ``date``: a weekday told as any day of its name ("on a Wednesday morning", "one
Friday", "every Monday") or as a habit ("on Fridays") is no day the text dates; a weekday told
as one day ("on Monday", "last Friday") still is."""

from __future__ import annotations

import pytest

from test_date_story import _dated

# (text written for the project, publication date, trigger, date, precision, date_source)
CASES = [
    # some Wednesday of a story told without its date
    ("The family waited for months. On a Wednesday morning, the call came. They flew to Canada "
     "the next day.", "2018-05-13", "flew", "2018-05-13", None, "publication"),
    ("The villagers slept in the fields. One Friday, soldiers raided the tents.", "2018-05-13",
     "raided", "2018-05-13", None, "publication"),
    # a habit: each Monday, no one of them
    ("Police arrested protesters on Mondays outside the ministry.", "2018-05-13", "arrested",
     "2018-05-13", None, "publication"),
    ("Every Friday, militias raided the market.", "2018-05-13", "raided", "2018-05-13", None,
     "publication"),
    # a weekday told as one day keeps its date
    ("Police arrested ten protesters on Monday.", "2018-05-13", "arrested", "2018-05-07", "day",
     "clause"),
    ("Last Friday, soldiers raided the camp.", "2018-05-13", "raided", "2018-05-11", "day",
     "clause"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_any_weekday_dates_nothing(nlp, text, pubdate, word, date, precision, source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)
