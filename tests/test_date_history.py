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
_FAMILIES = ("Families of detained students protested outside the governor's office on Friday. "
             "Lawyers say dozens have never been charged. Rights groups hope a new inquiry will "
             "help. ")
_SEIZED = (_FAMILIES + "Lena Moris lost her brother years ago. He was seized at a checkpoint in "
           "May 2012. ")
_WHOSE = (_FAMILIES + "One of them is Lena Moris, whose brother was seized at a checkpoint in May "
          "2012. ")
_DENIED = "Police refused to confirm his arrest."
_SOCHI = ("Leaders of three countries met in Sochi on Friday. The summit is meant to end the "
          "war. Officials hope it will help. ")
_MARCH = ("Thousands of protesters marched through the capital on Friday. Organisers said the "
          "march was peaceful. The government called it illegal. ")
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
    # a sentence whose main clause dates an act to a time before the news opens a stretch of
    # history, which the simple past with no time of its own goes on telling
    (_SEIZED + _DENIED, "arrest", _BEFORE),
    (_SEIZED + "Police refused to confirm his arrest, his lawyer said.", "arrest", _BEFORE),
    # ... until a sentence tells what is now
    (_SEIZED + "The inquiry has promised to look into her case. " + _DENIED, "arrest", _REPORT),
    # ... or the act's own sentence does ("Police say they arrested": the day's news)
    (_SEIZED + "Police say they arrested two protesters.", "arrested", _REPORT),
    # ... and an act told in the present perfect is news
    (_SEIZED + "Police have arrested two protesters.", "arrested", _REPORT),
    # ... a state in the past opens none
    (_SOCHI + "The region is poorer than it was in 2010. Russia hosted the leaders of Iran and "
     "Turkey.", "hosted", _REPORT),
    # ... nor a time in a relative clause: it dates an aside about a party, not the story
    (_MARCH + "Leading the crowd was Ana Diaz, who founded the movement in 2019. Police fired "
     "tear gas at the crowd.", "fired", _REPORT),
    (_WHOSE + "Riot police dispersed the crowd with water cannon.", "dispersed", _REPORT),
    (_WHOSE + "The families were dispersed by riot police.", "dispersed", _REPORT),
    (_WHOSE + "The governor criticised the police. ", "criticised", _REPORT),
    # ... nor a sentence that also gives a time of the news
    (_FAMILIES + "Troops seized the town in 2014 and retook it on Friday. " + _DENIED, "arrest",
     _REPORT),
    # the lead's acts keep the report's day, whatever time a sentence before them gives
    ("His brother was seized at a checkpoint in May 2012. Police refused to confirm his "
     "arrest. Lawyers say dozens have never been charged.", "arrest", _REPORT),
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
