"""Stage ``date``: an act done by saying so in words quoted over several sentences has the time
of the saying that reports them, sentences later."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipeline(nlp):
    """Every event is read: the learned realness veto is not what these rows test."""
    from dateline import Pipeline

    return Pipeline(real_threshold=0)


# (article written for the project, trigger, (date, precision, date_source)); published on
# Saturday 10 March 2018
CASES = [
    # the saying after the quotation is dated in its own sentence
    ("“We demand the release of our people. They must be freed,” the minister said on Monday.",
     "demand", ("2018-03-05", "day", "sentence")),
    # ... or goes on with a speech the text dates before the quotation
    ("In his address last month the president announced a new order on the prison. “I am asking "
     "Congress to give us the power to detain them. Many of them will now go there,” the "
     "president said.", "asking", ("2018-02-01", "month", "carried")),
    # a quotation the saying of which the text does not date: the report's day
    ("“We demand the release of our people. They must be freed,” the minister said.", "demand",
     ("2018-03-10", None, "publication")),
]


@pytest.mark.parametrize(("text", "word", "want"), CASES)
def test_date_of_words_quoted_over_sentences(pipeline, text, word, want):
    from dateline import Article

    events = pipeline.extract(Article(doc_id="t", text=text, pubdate="2018-03-10"))
    found = [e for e in events if e.trigger == word]
    assert found, f"no event on {word!r} in {[(e.event_type, e.trigger) for e in events]}"
    assert (found[0].date, found[0].date_precision, found[0].date_source) == want
