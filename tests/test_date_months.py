"""Stage ``date``: a month named without its year takes the year the tense gives it: what was
done "in March", told in February, was done last March; what will be done, the coming one."""

from __future__ import annotations

import pytest

from dateline.date import DATE_SOURCES, time_expressions
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
    # a day more than a week after the report, told as done, is last year's
    ("Troops launched an offensive on the town on 20 January.", "2019-01-10", "launched",
     "2018-01-20", "day", "clause"),
    # ... but one a few days after it is the report's (its date may lag): not after it
    ("Rebels attacked the base on 12 January.", "2019-01-10", "attacked", "2019-01-10", None,
     "publication"),
    # ... so does a 29 February after it whose year before has none (no error, no date lost)
    ("Rebels launched an offensive on 29 February.", "2024-02-10", "launched", "2024-02-10",
     None, "publication"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_months_take_the_year_of_their_tense(nlp, text, pubdate, word, date, precision,
                                                  source):
    assert source in DATE_SOURCES
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)


# (text written for the project, publication date, the date its one time expression names)
SCHEDULED = [
    # the day a thing is scheduled or set for is to come, though told by a past participle
    ("The envoys agreed to attend talks scheduled for 20 January.", "2019-01-10", "2019-01-20"),
    ("A vote set for 24 January was called off.", "2019-01-10", "2019-01-24"),
    # ... as is the day of a thing in a past sentence that is not the act's own
    ("The suspect was granted bail until his hearing on 1 March.", "2019-02-14", "2019-03-01"),
    # ... not a day an act was done on
    ("Troops launched an offensive on the town on 20 January.", "2019-01-10", "2018-01-20"),
    ("The attack on the convoy on 20 January killed five soldiers.", "2019-01-10",
     "2018-01-20"),
]


@pytest.mark.parametrize(("text", "pubdate", "date"), SCHEDULED)
def test_date_months_scheduled_day_to_come(nlp, text, pubdate, date):
    assert [t.date for t in time_expressions(text, pubdate, nlp(text))] == [date]


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
