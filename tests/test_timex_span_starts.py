"""Time expressions: the start of a span told with a hedge ("since at least 2013", "since as
far back as March 2014") is read as the span's start, as "since 2013" is, so no other time of
the sentence or the story dates what goes on over it."""

from __future__ import annotations

import pytest

# (text written for the project, the expression found or None, its date)
CASES = [
    ("Agents watched the defector since at least 2014, the report said.",
     "since at least 2014", "2014-01-01"),
    ("The group has held the town since as early as 2012.", "since as early as 2012",
     "2012-01-01"),
    ("Spies have tracked the envoy since as far back as 2011.", "since as far back as 2011",
     "2011-01-01"),
    ("Spies have tracked the envoy since around 2011.", "since around 2011", "2011-01-01"),
    ("Spies have tracked the envoy since at least mid-2011.", "since at least mid-2011",
     "2011-01-01"),
    ("Agents watched the defector since 2014, the report said.", "since 2014", "2014-01-01"),
    # a count is no year
    ("At least 2014 people fled the town, the report said.", None, None),
]


@pytest.mark.parametrize(("text", "said", "date"), CASES)
def test_timex_span_starts_hedged_since(text, said, date):
    from dateline.timex import time_expressions

    found = time_expressions(text, "2018-04-13")
    if said is None:
        assert found == []
    else:
        assert [(t.text, t.date, t.precision) for t in found] == [(said, date, "year")]


# ... and of a time of any kind: (text, the expression found, its date, its precision)
OTHER_KINDS = [
    ("Spies have tracked the envoy since at least March 2011.", "since at least March 2011",
     "2011-03-01", "month"),
    ("Spies have tracked the envoy since as early as the 1990s.", "since as early as the 1990s",
     "1990-01-01", "decade"),
]


@pytest.mark.parametrize(("text", "said", "date", "precision"), OTHER_KINDS)
def test_timex_span_starts_hedged_since_any_kind(text, said, date, precision):
    from dateline.timex import time_expressions

    found = time_expressions(text, "2018-04-13")
    assert [(t.text, t.date, t.precision) for t in found] == [(said, date, precision)]


# what goes on over the span takes no other time of the story, nor the report's day
SPANS = [
    "Police raided the house on Tuesday. The army has bombed the town since as early as 2014.",
    "Police raided the house on Tuesday. The army has bombed the town since as far back as "
    "2014.",
    "Police raided the house on Tuesday. The army has bombed the town since at least March "
    "2014.",
]


@pytest.mark.parametrize("text", SPANS)
def test_timex_span_starts_date_nothing_over_the_span(unfiltered, text):
    from dateline import Article

    events = unfiltered.extract(Article(doc_id="t", text=text, pubdate="2018-03-10"))
    assert not [e for e in events if e.trigger == "bombed" and e.date in (
        "2018-03-06", "2018-03-10")]
