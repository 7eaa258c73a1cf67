"""Stage ``date`` across a document: acts told as its history, not as the day's news, have no date
(``before publication``); the day's news keeps the report's day."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipeline(nlp):
    """Every event is read: the learned realness veto is not what these rows test."""
    from dateline import Pipeline

    return Pipeline(real_threshold=0)


_BEFORE = (None, None, "before publication")
_REPORT = ("2018-03-10", None, "publication")

# Articles written for the project (illustrative), published on 10 March 2018.
_MISSING = ("Families of detained students appealed to the governor on Friday to publish the "
            "names of those held. Lawyers say dozens have never been charged. Rights groups "
            "hope a new inquiry will help. One of them is Lena Moris, whose brother was seized "
            "at a checkpoint in May 2012. ")
_DENIED = "Police refused to confirm his arrest."
_SOCHI = ("Leaders of three countries met in Sochi on Friday. The summit is meant to end the "
          "war. Officials hope it will help. ")
_CLANS = "For a decade the mountain clans of the east have been nobody's allies. "
_RAID = "Government jets bombed the mountain town of Dorna, residents said. "
_HISTORY = ("The clans elected a council in 2014. In 2016 the council declared self-rule. Their "
            "elders say they want autonomy. Their pact with the capital is fragile. Many fear "
            "it will not last. ")
_NOW = ("Their elders say they want autonomy. Their pact with the capital is fragile. Many fear "
        "it will not last. ")
_SHELLED = "Dorna was shelled by the army and allied militias. "
_APPEAL = "The clans appealed for help."

# (article, trigger, (date, precision, date_source))
CASES = [
    # a sentence dating an act to a time before the news opens a stretch of history, which the
    # simple past with no time of its own goes on telling
    (_MISSING + _DENIED, "arrest", _BEFORE),
    # ... until a sentence tells what is now
    (_MISSING + "The inquiry has promised to look into her case. " + _DENIED, "arrest",
     _REPORT),
    # ... a state in the past opens none
    (_SOCHI + "The region is poorer than it was in 2010. Russia hosted the leaders of Iran and "
     "Turkey.", "hosted", _REPORT),
    # the lead's act keeps the report's day, however much history follows it
    ("Five people were killed when a bomb exploded in the market. Police said the bomber was "
     "a teenager. The market was built in 1990. It was bombed in 2015. Officials say the "
     "town is calm.", "exploded", _REPORT),
    # in an account of a history, a happening told in the simple past with no time is of it
    (_CLANS + _HISTORY + _SHELLED + _APPEAL, "shelled", _BEFORE),
    # ... but not one near a time of the news
    (_CLANS + _HISTORY + _SHELLED + "On Tuesday the clans appealed for help.", "shelled",
     _REPORT),
    # ... nor one of a kind the lead tells: told again, it keeps the lead's day
    (_RAID + _HISTORY + _SHELLED + _APPEAL, "shelled", _REPORT),
    # ... nor one the text times against another act
    (_CLANS + _HISTORY + "One such raid came hours before the vote. " + _APPEAL, "raid",
     _REPORT),
    # ... a deed, not words: what an account of a history quotes its people saying is most
    # often said for the occasion, and keeps the report's day
    (_CLANS + _HISTORY + "The governor criticised the pact. " + _APPEAL, "criticised",
     _REPORT),
    (_CLANS + _HISTORY + "The governor urged the clans to disarm. " + _APPEAL, "urged",
     _REPORT),
    # ... though words inside a dated stretch of history are of it
    (_MISSING + "The governor criticised the police. ", "criticised", _BEFORE),
    # ... but not a statement of a kind the lead tells
    ("The governor criticised the clans of the east, his office said. " + _HISTORY + "The "
     "governor condemned the pact. " + _APPEAL, "condemned", _REPORT),
    # ... and a report that dates no history tells the day's news
    (_CLANS + _NOW + _SHELLED + _APPEAL, "shelled", _REPORT),
]


@pytest.mark.parametrize(("text", "word", "want"), CASES)
def test_date_history_undates_what_history_tells(pipeline, text, word, want):
    from dateline import Article

    events = pipeline.extract(Article(doc_id="t", text=text, pubdate="2018-03-10"))
    found = [e for e in events if e.trigger == word]
    assert found, f"no event on {word!r} in {[(e.event_type, e.trigger) for e in events]}"
    assert (found[0].date, found[0].date_precision, found[0].date_source) == want


# (ages in days before the report of a document's times, tells a history): more times before
# the news than in it
AGES = [
    ([400, 900, 3], True),
    ([400, 3, 1], False),
    ([400, 3], False),
    ([], False),
]


@pytest.mark.parametrize(("ages", "history"), AGES)
def test_date_history_document_tells_history(ages, history):
    from dateline.date_history import tells_history

    assert tells_history(ages) is history
