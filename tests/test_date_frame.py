"""Stage ``date`` across events: the story's time frame, set by a past time in the main clause
of a sentence just before, dates what is told next in the past with no time of its own
(:mod:`dateline.date_frame`)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipeline(nlp):
    """Every event is read: the learned realness veto is not what these rows test."""
    from dateline import Pipeline

    return Pipeline(real_threshold=0)


# (article, publication date, trigger, date, precision, date_source); articles written for the
# project. None: not dated by the frame, whatever else dates it
CASES = [
    # the frame of the sentence before, long before the report
    ("The Soviet Union invaded Afghanistan in 1979. Mujahideen fighters attacked Soviet convoys "
     "across the country.", "2019-03-19", "attacked", "1979-01-01", "year", "carried"),
    ("The army retook the town in May 2016. The rebels refused to surrender.", "2019-03-19",
     "refused", "2016-05-01", "month", "carried"),
    # a participle under a main clause told in the past
    ("Militants captured the city in early 2014. Aid workers held by the group were moved "
     "there before being killed.", "2019-03-19", "killed", "2014-01-01", "year", "carried"),
    # "later": after the frame by a span not said, so at a coarser precision
    ("Militants seized the town in July 2016. The commander was later killed in an airstrike.",
     "2019-03-19", "killed", "2016-07-01", "year", "carried"),
    # a past perfect lies before the frame: a month's frame gives the year
    ("The army retook the town in May 2016. The rebels had attacked the police station.",
     "2019-03-19", "attacked", "2016-05-01", "year", "carried"),
    # ... and a year's frame no time
    ("The army retook the town in 2016. The rebels had attacked the police station.",
     "2019-03-19", "attacked", None, None, None),
    # the time of a thing in the main clause is no frame
    ("Moscow's intervention in 2015 has changed the war. Putin hosted the two leaders in "
     "Sochi.", "2019-03-19", "hosted", None, None, None),
    # nor the time of a clause describing someone
    ("An aunt flew to Iraq to find the cousins seized from her three years ago. As bombs "
     "fell on the town, a woman implored the guards to free them.", "2019-03-19", "implored",
     None, None, None),
    # nor what is told in the present perfect
    ("The army retook the town in May 2016. Residents say the army has shelled the town.",
     "2019-03-19", "shelled", None, None, None),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_frame_dates_the_story_told_on(pipeline, text, pubdate, word, date, precision,
                                            source):
    from dateline import Article

    events = pipeline.extract(Article(doc_id="t", text=text, pubdate=pubdate))
    found = [e for e in events if e.trigger == word]
    assert found, f"no event on {word!r} in {[(e.event_type, e.trigger) for e in events]}"
    e = found[-1]
    if source is None:
        assert e.date_source != "carried" or e.date_precision is None
    else:
        assert (e.date, e.date_precision, e.date_source) == (date, precision, source)
