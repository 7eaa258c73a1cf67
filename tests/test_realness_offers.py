"""The status the real-event model reads for a proposal (dateline.realness_offers): sentences
written for the project."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.realness_offers import read_status

# (text, trigger word, the event's status, the status the model reads)
CASES = [
    # an offer, proposal or invitation made is a happening: read as done
    ("The minister offered compensation to the families.", "offered", "proposed", "actual"),
    ("The minister offered compensation to the families.", "compensation", "proposed",
     "actual"),
    ("Compensation was offered to the families by the ministry.", "Compensation", "proposed",
     "actual"),
    ("The envoy offered to mediate between the two sides.", "mediate", "proposed", "actual"),
    ("The government invited the rebel leaders to talks in the capital.", "invited",
     "proposed", "actual"),
    ("The envoy repeated his offer to mediate.", "offer", "proposed", "actual"),
    # one still to be made, or only wished, keeps its status
    ("The ministry will offer compensation to the families.", "offer", "proposed",
     "proposed"),
    ("The ministry could offer compensation to the families.", "offer", "proposed",
     "proposed"),
    ("The envoy will make an offer to the rebels.", "offer", "proposed", "proposed"),
    # a plan that is no offer keeps its status; other statuses are their own
    ("The army plans to attack the town.", "attack", "proposed", "proposed"),
    ("The minister offered compensation to the families.", "offered", "negated", "negated"),
]


@pytest.mark.parametrize(("text", "word", "status", "read"), CASES)
def test_realness_offers_reads_an_offer_made_as_done(nlp, text, word, status, read):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert read_status(SimpleNamespace(status=status), tok) == read


def _against_proposed():
    """A model that finds every event it reads as ``proposed`` unlikely (and nothing else)."""
    import numpy as np

    from dateline.learned import hashed
    from dateline.realness import RealnessModel

    n = 1 << 10
    weights = np.zeros(n, dtype=np.float32)
    weights[hashed({"status:proposed"}, n)] = -8.0
    return RealnessModel(n, weights, 3.0, 0.5, 0.5)


_LEAD = "Soldiers shelled the rebel positions outside the town on Monday. "

# (second sentence, trigger, whether a model against plans keeps it)
JUDGED = [
    ("The government offered to free the prisoners.", "free", True),
    ("The governor offered compensation to the families.", "offered", True),
    ("France invited the rebel leaders to Paris for talks.", "invited", True),
    ("The government plans to free the prisoners.", "free", False),
    ("The governor will offer compensation to the families.", "offer", False),
]


@pytest.mark.parametrize(("second", "trigger", "kept"), JUDGED)
def test_realness_offers_made_are_not_read_as_plans(nlp, second, trigger, kept):
    from dateline.genre import genre_of
    from dateline.pipeline import DocumentCoder, events_from_doc
    from dateline.realness import judge
    from dateline.records import Article

    text = _LEAD + second
    art = Article(doc_id="t", text=text, pubdate="2024-05-15").with_(genre=genre_of(text))
    doc = nlp(text)
    events = events_from_doc(doc, art, realness=False)
    put = [e for e in events if e.trigger == trigger and e.status == "proposed"]
    assert put, [(e.trigger, e.status) for e in events]
    out = judge(doc, DocumentCoder(doc, art).sents.spans, events, genre="news",
                pubdate="2024-05-15", model=_against_proposed())
    assert all(e in out for e in put) is kept
