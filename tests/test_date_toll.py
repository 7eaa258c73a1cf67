"""Stage ``date``: a toll a lasting happening has taken up to now, told in the present perfect,
has no date (``before publication``); a toll of one occasion, the lead's news and a present
perfect with no count keep the report's day."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipeline(nlp):
    """Every event is read: the learned realness veto is not what these rows test."""
    from dateline import Pipeline

    return Pipeline(real_threshold=0)


_BEFORE = (None, None, "before publication")
_REPORT = ("2018-03-10", None, "publication")
_OPEN = "Ministers met in the capital. "

# (text, trigger, (date, precision, date_source)); published on Saturday 10 March 2018
CASES = [
    # the toll of a campaign, a siege, a bombardment: summed over its course
    (_OPEN + "The campaign has killed dozens of civilians.", "killed", _BEFORE),
    (_OPEN + "The bombardment has destroyed 40 homes in the old town.", "bombardment", _BEFORE),
    # ... and the happening named as its subject goes on over the same stretch
    (_OPEN + "The regime's offensive has displaced thousands of people.", "offensive", _BEFORE),
    # ... happenings of one occasion counted in the plural
    (_OPEN + "The strikes have killed 30 people in the province.", "strikes", _BEFORE),
    # ... a toll in the hundreds or more of any happening, and a verb joined to it
    (_OPEN + "The attack has displaced 5,000 people and killed scores of civilians.", "killed",
     _BEFORE),
    # a toll of one occasion is the news of the day
    ("A bomb exploded in a market in the capital. The attack has killed 12 people.", "attack",
     _REPORT),
    # ... and so is the lead's present perfect
    ("The siege has killed 40 people.", "killed", _REPORT),
    # the news of the day keeps the report's day
    ("Five people were killed when a bomb exploded in the market.", "exploded", _REPORT),
]


@pytest.mark.parametrize(("text", "word", "want"), CASES)
def test_date_toll_summed_up_to_now(pipeline, text, word, want):
    from dateline import Article

    events = pipeline.extract(Article(doc_id="t", text=text, pubdate="2018-03-10"))
    found = [e for e in events if e.trigger == word]
    assert found, f"no event on {word!r} in {[(e.event_type, e.trigger) for e in events]}"
    for e in found:
        assert (e.date, e.date_precision, e.date_source) == want
