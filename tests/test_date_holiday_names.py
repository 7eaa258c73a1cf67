"""Stage ``date``: a holiday's name is found however its apostrophe is written, straight or
curly, as news text writes it ("New Year\u2019s Eve")."""

from __future__ import annotations

import pytest

from dateline.date import time_expressions

# (text written for the project, publication date, date, precision)
CASES = [
    ("Gunmen attacked a nightclub on New Year's Eve.", "2018-01-03", "2017-12-31", "day"),
    ("Gunmen attacked a nightclub on New Year\u2019s Eve.", "2018-01-03", "2017-12-31", "day"),
    ("The ceasefire was broken on New Year\u2019s Day.", "2018-01-03", "2018-01-01", "day"),
    ("Crowds gathered on the Prophet\u2019s Birthday.", "2018-12-03", "2018-11-20", "day"),
]


@pytest.mark.parametrize(("text", "pubdate", "date", "precision"), CASES)
def test_date_holiday_names_with_either_apostrophe(text, pubdate, date, precision):
    [t] = time_expressions(text, pubdate)
    assert (t.date, t.precision) == (date, precision)
