"""Stage ``date``, across a story: a happening named with a party ("the offensive against the
militia") with no time of its own takes the time a later bare telling of it dates in its own
clause ("The offensive began on 20 January"), which names no other happening."""

from __future__ import annotations

import pytest

from dateline.date import DATE_SOURCES
from test_date_story import _dated

# (article written for the project, publication date, trigger ("#0": the first of its word),
# date, precision, date_source)
CASES = [
    ("Troops entered the valley on Sunday as the offensive against the YPG continued. The "
     "offensive began on Saturday 20 January.", "2018-01-22", "offensive#0", "2018-01-20", "day",
     "story"),
    ("Troops entered the valley on Sunday as the offensive against the YPG continued. The "
     "operation, which began on Saturday 20 January, aims to drive the fighters out.",
     "2018-01-22", "offensive", "2018-01-20", "day", "story"),
    # ... a later telling naming another party is another happening
    ("Troops entered the valley on Sunday as the offensive against the YPG continued. The "
     "offensive against the rebels in Idlib began on 2 January.", "2018-01-22", "offensive#0",
     "2018-01-21", "day", "sentence"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_story_bare_later_telling(nlp, text, pubdate, word, date, precision, source):
    assert source in DATE_SOURCES
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)
