"""Stage ``date``: a month named without its year takes the year the tense gives it: what was
done "in March", told in February, was done last March; what will be done, the coming one."""

from __future__ import annotations

import pytest

from dateline.date import DATE_SOURCES
from test_date_story import _dated


# (article written for the project, publication date, trigger (the last of its word), date,
# precision, date_source)
CASES = [
    # a month not yet begun, told as done: last year's
    ("The two envoys met in Geneva in March.", "2018-02-02", "met", "2017-03-01", "month",
     "clause"),
    ("Rebels shelled the airport in December.", "2018-11-20", "shelled", "2017-12-01", "month",
     "clause"),
    # ... the report's own month stays this year's
    ("Rebels shelled the airport in February.", "2018-02-20", "shelled", "2018-02-01", "month",
     "clause"),
    # what will be done: the coming month
    ("The envoys will meet in March.", "2018-02-02", "meet", "2018-03-01", "month", "clause"),
    # a day of a month just begun after the report, told as done, keeps the nearest year
    ("Rebels attacked the base on 28 December.", "2018-01-03", "attacked", "2017-12-28", "day",
     "clause"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_months_take_the_year_of_their_tense(nlp, text, pubdate, word, date, precision,
                                                  source):
    assert source in DATE_SOURCES
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)


# a month after an owner names the time of the owner's act; a month after a first name is a
# surname
OWNED = [
    ("Ankara accused Moscow of breaching Russia's September deal with Turkey.", "2019-03-26",
     "deal", "2018-09-01", "month", "clause"),
    ("Their December announcement shocked the allies.", "2019-03-26", "announcement",
     "2018-12-01", "month", "clause"),
    ("The rebels' March offensive stalled near the dam.", "2019-03-26", "offensive",
     "2019-03-01", "month", "clause"),
    ("Theresa May's visit to Paris was cancelled.", "2019-03-26", "visit", "2019-03-26", None,
     "publication"),
    ("Britain's May government was criticised.", "2019-03-26", "criticised", "2019-03-26", None,
     "publication"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), OWNED)
def test_date_months_after_an_owner(nlp, text, pubdate, word, date, precision, source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)
