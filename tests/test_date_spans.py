"""Stage ``date``: a relative span is reckoned at the precision it gives, and a party named by
what was done to it is named by an act before the report, on no day the text gives."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipeline(nlp):
    """Every event is read: the learned realness veto is not what these rows test."""
    from dateline import Pipeline

    return Pipeline(real_threshold=0)


_BEFORE = (None, None, "before publication")
_REPORT = ("2019-03-20", None, "publication")

# (sentence written for the project, trigger, (date, precision, date_source)); published on
# 20 March 2019
CASES = [
    # a counted span: its unit
    ("Militia fighters shelled the border post three months ago.", "shelled",
     ("2018-12-20", "month", "clause")),
    # a span whose count is not given: one step coarser ("a few weeks": the month)
    ("Militia fighters shelled the border post a few weeks ago.", "shelled",
     ("2019-02-27", "month", "clause")),
    # ... also when it is shifted from a time ("several months earlier": the year, not a month)
    ("Militia fighters shelled the border post several months earlier.", "shelled",
     ("2018-12-20", "year", "sentence")),
    # ... and a counted shift keeps its unit
    ("Militia fighters shelled the border post three months earlier.", "shelled",
     ("2018-12-20", "month", "sentence")),
    # no count at all: before the report, undated, not the report's day
    ("Militia fighters shelled the border post years ago.", "shelled", _BEFORE),
    ("Militia fighters shelled the border post decades ago.", "shelled", _BEFORE),
    # a party named by a bare participle of what was done to it: before, undated
    ("Lawyers are pressing for the two nurses kidnapped near the dam to be freed.",
     "kidnapped", _BEFORE),
    ("The widow of a guard killed at the depot is suing the firm.", "killed", _BEFORE),
    ("Three guards wounded at the depot were flown to the capital on Monday.", "wounded",
     _BEFORE),
    # ... not a participle on a happening: the happening's own time
    ("Militia fighters launched an assault backed by heavy artillery on the depot.", "assault",
     _REPORT),
    # ... nor on a party ranked among those it was done to: a record, maybe the news
    ("Mira Tolan is believed to be the second teacher prosecuted under the Velmar decree.",
     "prosecuted", _REPORT),
    # ... nor on a party tied to a happening: the happening's time, maybe the news
    ("Medics treated nine guards wounded by the blast.", "wounded", _REPORT),
    # ... nor a headline's fragment, which tells the news itself
    ("Three guards killed in depot blast", "killed", _REPORT),
    # ... nor such a fragment framed by a verb of saying or by "there be"
    ("Police say 14 miners arrested in Velmar.", "arrested", _REPORT),
    ("There were six guards wounded near the Dorvik depot.", "wounded", _REPORT),
    # ... but a subject whose clause has its own verb is named by its past
    ("Police said the miners arrested in Velmar were freed.", "arrested", _BEFORE),
]


@pytest.mark.parametrize(("text", "word", "want"), CASES)
def test_date_spans_at_the_precision_given(pipeline, text, word, want):
    from dateline import Article

    events = pipeline.extract(Article(doc_id="t", text=text, pubdate="2019-03-20"))
    found = [e for e in events if e.trigger == word]
    assert found, f"no event on {word!r} in {[(e.event_type, e.trigger) for e in events]}"
    assert (found[0].date, found[0].date_precision, found[0].date_source) == want
