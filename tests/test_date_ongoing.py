"""Stage ``date``: a campaign told as going on, or an act told as done a while before the report,
has no date (``before publication``), not the report's day; the news of the day keeps it."""

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
    # the present perfect progressive: a campaign begun before the report
    (_OPEN + "Turkish forces have been pounding the border towns with artillery.", "pounding",
     _BEFORE),
    # a present "continue" or "keep": the same
    (_OPEN + "Army units continue to pound the hills, backed by allied jets.", "pound",
     _BEFORE),
    (_OPEN + "The militia keeps shelling the villages near the river.", "shelling", _BEFORE),
    # ... a deed only: words told so are most often said again on the report's day
    (_OPEN + "The envoy has been urging the rebels to disarm.", "urging", _REPORT),
    # ... not one to come, nor one the text dates
    (_OPEN + "Rebels will continue to attack the base.", "attack", _REPORT),
    # ... nor one told as going on in the past: a past "continued" is no campaign of now
    ("Rebels continued to shell the base.", "shell", _REPORT),
    # a present "continue" with the campaign as its object
    (_OPEN + "The army continues its offensive against the rebels in the hills.", "offensive",
     _BEFORE),
    # ... and a participle hanging on the act told as going on shares its time
    (_OPEN + "Army jets continue to pound the port, killing at least 40 people, health officials "
     "said.", "killing", _BEFORE),
    # ... but not what is only asked for: the demand for a release is words, no deed going on
    (_OPEN + "Protesters have been demanding the release of the detainees.", "demanding",
     _REPORT),
    # force named as what a party is under, told as lasting
    (_OPEN + "The town, which has been under intense attack by the army for weeks, is the last "
     "refuge of the rebels.", "attack", _BEFORE),
    (_OPEN + "The old city has remained under bombardment for weeks.", "bombardment", _BEFORE),
    (_OPEN + "The hotel has been under attack by gunmen for three days.", "attack", _BEFORE),
    (_OPEN + "The village, which has been under attack by the militia, is now empty.", "attack",
     _BEFORE),
    (_OPEN + "The hotel has been under attack by gunmen.", "attack", _REPORT),
    # ... not one a party came under, an act of a day, nor was under, a state of then
    (_OPEN + "The convoy came under attack by rebels near the border.", "attack", _REPORT),
    (_OPEN + "The town was under attack by the army.", "attack", _REPORT),
    # ... nor with no span, in the lead, or in words quoted or told as someone's: the news
    (_OPEN + "The old city remains under bombardment by government forces.", "bombardment",
     _REPORT),
    ("The airport is under attack by rebel fighters, officials said.", "attack", _REPORT),
    (_OPEN + "The embassy is under attack by gunmen, witnesses said.", "attack", _REPORT),
    (_OPEN + '"We are under attack by the army," the mayor said.', "attack", _REPORT),
    (_OPEN + "The hotel stays under attack by gunmen.", "attack", _REPORT),
    # an act done a while before the report
    (_OPEN + "A Vestian transport plane was shot down recently by militants.", "shot", _BEFORE),
    (_OPEN + "In recent weeks, the army has shelled the villages near the border.", "shelled",
     _BEFORE),
    (_OPEN + "The army seized the dam in the last two weeks.", "seized", _BEFORE),
    (_OPEN + "The militia has lately shelled the villages.", "shelled", _BEFORE),
    (_OPEN + "The army shelled the villages during the past two weeks.", "shelled", _BEFORE),
    # ... and what a saying done a while ago tells as done before it
    (_OPEN + "Police recently announced that they arrested 30 people.", "arrested", _BEFORE),
    (_OPEN + "Officials said that troops withdrew from the town.", "withdrew", _REPORT),
    # ... but not an act told as just done: news of the day
    (_OPEN + "Police have just arrested 30 protesters.", "arrested", _REPORT),
    # ... also of a noun told with its verb
    (_OPEN + "The army launched an offensive against the rebels in recent weeks.", "offensive",
     _BEFORE),
    # ... so is a verb joined to it with no subject of its own
    (_OPEN + "The minister, who recently toured the border and met the village chiefs, spoke.",
     "met", _BEFORE),
    # what a clause in the past perfect says was so, in the past
    (_OPEN + "Mira had heard her officers were withdrawing the reserve units.", "withdrawing",
     _BEFORE),
    (_OPEN + "Mira had learned that troops left the town.", "left", _BEFORE),
    (_OPEN + "Mira had heard the units were withdrawn from the town.", "withdrawn", _BEFORE),
    # ... under a verb of learning: what was hoped for is not known to be so
    (_OPEN + "Officials had hoped that the rebels were withdrawing from the town.", "withdrawing",
     _REPORT),
    # ... but not a past perfect in another's words: maybe of the report's day
    (_OPEN + "Officials said troops had withdrawn from the town.", "withdrawn", _REPORT),
    # the news of the day keeps the report's day
    ("Five people were killed when a bomb exploded in the market.", "exploded", _REPORT),
    (_OPEN + "Police arrested 30 protesters in the capital.", "arrested", _REPORT),
]


@pytest.mark.parametrize(("text", "word", "want"), CASES)
def test_date_ongoing_told_as_older(pipeline, text, word, want):
    from dateline import Article

    events = pipeline.extract(Article(doc_id="t", text=text, pubdate="2018-03-10"))
    found = [e for e in events if e.trigger == word]
    assert found, f"no event on {word!r} in {[(e.event_type, e.trigger) for e in events]}"
    assert (found[0].date, found[0].date_precision, found[0].date_source) == want
