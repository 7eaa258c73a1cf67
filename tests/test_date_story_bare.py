"""Stage ``date``, across a story: a happening named with a party ("the offensive against the
YPG") with no time of its own takes the time a later bare telling of it dates in its own
clause ("The offensive began on 20 January"), which names no other happening; a battle for a
place is one happening told again; a happening told as begun now is of the report's time."""

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
    # a happening named by its maker's name is one told before: "Turkey's offensive"
    ("Turkey launched an offensive on Afrin on 20 January. Thousands fled. Kurdish leaders "
     "condemned Turkey's offensive.", "2018-01-28", "offensive", "2018-01-20", "day", "story"),
    # ... not one another party made
    ("Russia launched an offensive on Idlib on 2 January. Kurdish leaders condemned Turkey's "
     "offensive in Afrin.", "2018-01-28", "offensive", "2018-01-28", None, "publication"),
    # a battle for a place is one happening, told again: what was done in it is of its time
    ("Kurdish fighters led the battle for Raqqa in 2017. They fought in the battle for Raqqa "
     "alongside US troops.", "2018-01-27", "fought", "2017-01-01", "year", "story"),
    # a happening named again as begun now is of the report's time, not the one told before
    ("A war killed millions between 1997 and 2003. The killing has started again in the east.",
     "2018-03-04", "killing", "2018-03-04", None, "publication"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_story_bare_later_telling(nlp, text, pubdate, word, date, precision, source):
    assert source in DATE_SOURCES
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)
