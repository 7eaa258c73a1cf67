"""Stage ``date`` across events: a known happening an event noun names again ("the detention",
"their capture") takes the time the text gives where it tells that happening."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipeline(nlp):
    """Every event is read: the learned realness veto is not what these rows test."""
    from dateline import Pipeline

    return Pipeline(real_threshold=0)


# (article, publication date, trigger, date, precision, date_source); written for the project
CASES = [
    # the detention in the land of the town where the arrest was dated: that arrest
    ("Police arrested a Dutch aid worker in Izmir on 3 June. The ministry in The Hague said it "
     "was aware of the detention of a Dutch citizen in Turkey.", "2019-06-20", "detention",
     "2019-06-03", "day", "story"),
    # ... not a detention in another land
    ("Police arrested a Dutch aid worker in Izmir on 3 June. The ministry in The Hague said it "
     "was aware of the detention of a Dutch citizen in Belarus.", "2019-06-20", "detention",
     "2019-06-20", None, "publication"),
    # the lead's act retold by a participle of the same one recipient: the time the story gave
    # the lead (:mod:`dateline.date_twins`, a twin dated by its story)
    ("A Dutch nurse working in Idlib has been killed, her employers have said. She was "
     "travelling to a clinic when her convoy was struck by a missile on 16 March. She is the "
     "first Dutch nurse killed in Syria.", "2018-03-20", "killed#2", "2018-03-16", "day",
     "carried"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_retold_names_a_dated_happening_again(pipeline, text, pubdate, word, date,
                                                   precision, source):
    from dateline import Article

    events = pipeline.extract(Article(doc_id="t", text=text, pubdate=pubdate))
    word, _, nth = word.partition("#")  # "killed#2": the second event on the word
    found = [e for e in events if e.trigger == word]
    e = found[int(nth or 1) - 1] if len(found) >= int(nth or 1) else None
    assert e is not None, [(x.event_type, x.trigger) for x in events]
    assert (e.date, e.date_precision, e.date_source) == (date, precision, source)


# (sentence, event noun, named again as a known happening)
NOUNS = [
    ("The ministry was aware of the detention of a citizen.", "detention", True),
    ("Their capture was a relief to the families.", "capture", True),
    ("Turkey's offensive drew protests.", "offensive", True),
    ("Another detention followed in the capital.", "detention", False),
    ("The latest attack killed four people.", "attack", False),
    ("A detention like this is rare.", "detention", False),
    # an owner does not make a happening marked as another one known
    ("Their latest capture worried the families.", "capture", False),
    ("His second detention came a month on.", "detention", False),
]


@pytest.mark.parametrize(("sentence", "word", "known"), NOUNS)
def test_date_retold_named_again(nlp, sentence, word, known):
    from dateline.date_retold import named_again

    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    assert named_again(tok) is known
