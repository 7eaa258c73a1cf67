"""Stage ``date``: the start of a span told with a hedge ("since at least 2013") is read as
the span's start, as "since 2013" is, so no other time of the sentence or the story dates
what goes on over it."""

from __future__ import annotations

import pytest

# (text written for the project, the expression found or None, its date)
CASES = [
    ("Agents watched the defector since at least 2014, the report said.",
     "since at least 2014", "2014-01-01"),
    ("The group has held the town since as early as 2012.", "since as early as 2012",
     "2012-01-01"),
    ("Agents watched the defector since 2014, the report said.", "since 2014", "2014-01-01"),
    # a count is no year
    ("At least 2014 people fled the town, the report said.", None, None),
]


@pytest.mark.parametrize(("text", "said", "date"), CASES)
def test_date_span_starts_hedged_since(text, said, date):
    from dateline.timex import time_expressions

    found = time_expressions(text, "2018-04-13")
    if said is None:
        assert found == []
    else:
        assert [(t.text, t.date, t.precision) for t in found] == [(said, date, "year")]
