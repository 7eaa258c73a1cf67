"""Stage ``date``: an act told as an earlier step of what is so now, or as done over a stretch
up to now, has no date (``before publication``), not the report's day; the news of the day
keeps it."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipeline(nlp):
    """Every event is read: the learned realness veto is not what these rows test."""
    from dateline import Pipeline

    return Pipeline(real_threshold=0)


_BEFORE = (None, None, "before publication")
_REPORT = ("2018-03-10", None, "publication")
_OPEN = "Talks resumed in Geneva. "

# (text, trigger, (date, precision, date_source)); published on Saturday 10 March 2018
CASES = [
    # a verb's phrase of "after" on a state told in the present
    (_OPEN + "The activist is held in a prison in the capital after surrendering to police.",
     "surrendering", _BEFORE),
    # ... on a clause told in the future, a second "after" joined to the first
    (_OPEN + "Ana Ruiz has been told that she will lose her citizenship after leaving the country "
     "to join the militia, and after surrendering to government forces in the south.",
     "surrendering", _BEFORE),
    # ... a step before a gerund of "after", itself a step before a clause in the future
    (_OPEN + "Ana Ruiz has been told that she will lose her citizenship after leaving the country "
     "and pledging loyalty to the militia after surrendering to government forces.",
     "surrendering", _BEFORE),
    # ... a bare gerund joined to the gerund of "after", which the parse may hang on the verb
    (_OPEN + "Ana Ruiz has been told that she will be stripped of her citizenship after leaving "
     "the country to join the militia, and pledging loyalty to its leaders after surrendering "
     "to government forces in the south.", "surrendering", _BEFORE),
    # ... a happening named as the object of a verb of "after"
    (_OPEN + "The two men are being questioned after soldiers launched a raid on the camp.", "raid",
     _BEFORE),
    # ... in the passive, on a clause with a modal
    (_OPEN + "A spokeswoman says the mayor believes the rules should be fair, after being "
     "targeted in attacks by the president.", "targeted", _BEFORE),
    # a clause of "after" on a present passive
    (_OPEN + "The two men are being questioned after soldiers captured them near the border.",
     "captured", _BEFORE),
    # a happening named after "after"
    (_OPEN + "The road is closed after rebel shelling of the town.", "shelling", _BEFORE),
    # a clause of "after" on an act told as before the report
    (_OPEN + "The family had fled to the coast after soldiers burned the village.", "burned",
     _BEFORE),
    # ... but not on a past act: the step shares its days
    (_OPEN + "Police arrested two men after they stormed the bank.", "stormed", _REPORT),
    # ... nor on a present perfect, the news of the report's days
    (_OPEN + "The army has withdrawn from the town after rebels attacked a checkpoint.",
     "attacked", _REPORT),
    # ... nor in the article's first sentence, whose news a clause of "after" may tell
    ("Two men are being questioned after soldiers captured them near the border.", "captured",
     _REPORT),
    # a present perfect over a stretch up to now
    (_OPEN + "Two men have so far been charged under the terrorism law.", "charged", _BEFORE),
    (_OPEN + "The pair have since been questioned by soldiers and police.", "questioned",
     _BEFORE),
    (_OPEN + "Police have thus far arrested 12 people in the province.", "arrested", _BEFORE),
    # ... but not one told with no stretch, nor the lead's news
    (_OPEN + "Police have arrested 12 people in the province.", "arrested", _REPORT),
    ("Police have so far arrested 12 people in the province.", "arrested", _REPORT),
    # the news of the day keeps the report's day
    ("Five people were killed when a bomb exploded in the market.", "exploded", _REPORT),
]


@pytest.mark.parametrize(("text", "word", "want"), CASES)
def test_date_steps_told_as_earlier(pipeline, text, word, want):
    from dateline import Article

    events = pipeline.extract(Article(doc_id="t", text=text, pubdate="2018-03-10"))
    found = [e for e in events if e.trigger == word]
    assert found, f"no event on {word!r} in {[(e.event_type, e.trigger) for e in events]}"
    assert (found[0].date, found[0].date_precision, found[0].date_source) == want
