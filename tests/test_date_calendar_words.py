"""Stage ``date``: the calendar's words as news text writes them: a holiday's name with its
apostrophe straight or curly ("New Year\u2019s Eve"), feasts by their calendars ("on the eve of
Arbaeen"), a season with the year it is of ("in the spring of last year")."""

from __future__ import annotations

import pytest

from dateline.date import time_expressions

# (text written for the project, publication date, date, precision)
CASES = [
    ("Gunmen attacked a nightclub on New Year's Eve.", "2018-01-03", "2017-12-31", "day"),
    ("Gunmen attacked a nightclub on New Year\u2019s Eve.", "2018-01-03", "2017-12-31", "day"),
    ("The ceasefire was broken on New Year\u2019s Day.", "2018-01-03", "2018-01-01", "day"),
    ("Crowds gathered on the Prophet\u2019s Birthday.", "2018-12-03", "2018-11-20", "day"),
    # feasts and days the news dates acts by
    ("Bombers struck pilgrims on the eve of Arbaeen.", "2018-03-14", "2017-11-08", "day"),
    ("Shops were looted on Boxing Day.", "2018-01-03", "2017-12-26", "day"),
    # a season of the year before the report's, though the report's own has begun
    ("The rebels took the town in the spring of last year.", "2018-04-14", "2017-03-01", "year"),
    ("The army withdrew in the summer of this year.", "2018-09-14", "2018-06-01", "year"),
    # ... or of the year after it
    ("The talks will resume in the spring of next year.", "2018-09-14", "2019-03-01", "year"),
]


@pytest.mark.parametrize(("text", "pubdate", "date", "precision"), CASES)
def test_date_calendar_words_as_news_writes_them(text, pubdate, date, precision):
    [t] = time_expressions(text, pubdate)
    assert (t.date, t.precision) == (date, precision)
