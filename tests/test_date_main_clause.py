"""Stage ``date``: a main clause bounds no span of time, even where the parse hangs a span word
on it ("Just before Christmas the Orvan league conceded …": "before" read as marking the main
clause), so the time it opens with dates what the clause says was done."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipeline(nlp):
    """Every event is read: the learned realness veto is not what these rows test."""
    from dateline import Pipeline

    return Pipeline(real_threshold=0)


# (sentence written for the project, trigger, (date, precision, date_source)); published on
# 3 January 2019
CASES = [
    # a holiday with "just" or "shortly" before its span word, opening the sentence
    ("Just before Christmas the Orvan league conceded that Morvania had rejected the plan.",
     "rejected", ("2018-12-25", "month", "sentence")),
    ("Shortly after Easter the Orvan league conceded that Morvania had rejected the plan.",
     "rejected", ("2018-04-01", "month", "sentence")),
    ("Just before Christmas the Orvan league conceded it had failed to convince Morvania to "
     "agree to form a panel.", "agree", ("2018-12-25", "month", "sentence")),
    # a clause the span word really marks still bounds the span: the shelling has no date
    ("Before the pair surrendered, troops shelled the town for weeks.", "shelled",
     (None, None, "before publication")),
]


@pytest.mark.parametrize(("text", "word", "want"), CASES)
def test_date_main_clause_time_dates_its_content(pipeline, text, word, want):
    from dateline import Article

    events = pipeline.extract(Article(doc_id="t", text=text, pubdate="2019-01-03"))
    found = [e for e in events if e.trigger == word]
    assert found, f"no event on {word!r} in {[(e.event_type, e.trigger) for e in events]}"
    assert (found[0].date, found[0].date_precision, found[0].date_source) == want


# (sentence written for the project, word, whether its clause bounds a span)
BOUNDS = [
    ("Just before Christmas the Orvan league conceded that Morvania had rejected the plan.",
     "conceded", False),
    ("Before the pair surrendered, troops shelled the town for weeks.", "surrendered", True),
]


@pytest.mark.parametrize(("text", "word", "bounds"), BOUNDS)
def test_date_main_clause_bounds_no_span(nlp, text, word, bounds):
    from dateline.aspect import bounds_a_span

    tok = next(t for t in nlp(text) if t.text == word)
    assert bounds_a_span(tok) is bounds
