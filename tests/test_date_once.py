"""Stage ``date`` across events: a happening the text dates once, long before the report, keeps
that date where it is told again with no time of its own (:mod:`dateline.date_once`)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipeline(nlp):
    """Every event is read: the learned realness veto is not what these rows test."""
    from dateline import Pipeline

    return Pipeline(real_threshold=0)


# (article, publication date, trigger, date, precision, date_source); articles written for the
# project
CASES = [
    # the year of a deed noun dates the deed told again by its verb
    ("The 2014 beheadings of aid workers shocked the world. The two men were arrested last "
     "week. Prosecutors say the men beheaded the hostages.", "2019-03-19", "beheaded",
     "2014-01-01", "year", "story"),
    # a time phrase on a deed noun: "since his capture in 2017" dates the capture, not the span
    ("Since his capture in 2017, Omar has been held in Erbil. His family says soldiers captured "
     "him without a warrant.", "2019-03-19", "captured", "2017-01-01", "year", "story"),
    # a dated verb and a later telling of the same party ("her brother" of "Ali's brother")
    ("Ali's brother was kidnapped by gunmen in November 2013. The militants later denied they "
     "had kidnapped her brother.", "2019-03-19", "kidnapped", "2013-11-01", "month", "story"),
    # the time of a saying of the report's days is not the time of a deed it tells again
    ("The Soviet invasion of Afghanistan in 1979 changed the region. On Monday the president "
     "said the Soviets invaded his country to crush its people.", "2019-03-19", "invaded",
     "1979-01-01", "year", "story"),
    ("He was arrested in mid-2017 on terrorism charges. His lawyer said on Monday that police "
     "arrested him without a warrant.", "2019-03-19", "arrested", "2017-01-01", "year", "story"),
    # ... but a dated verb of other parties is another happening
    ("Gunmen kidnapped a doctor in November 2013. Last month the militants kidnapped two "
     "nurses.", "2019-03-19", "kidnapped", "2019-02-01", "month", "clause"),
    # two dated tellings that disagree name no one happening
    # (None: not dated as that happening, whatever else dates it)
    ("The 2014 beheadings shocked the world. The 2015 beheadings were filmed. Prosecutors say "
     "the men beheaded the hostages.", "2019-03-19", "beheaded", None, None, None),
    # the bound of a span dates no deed: "since 2014" is when the detaining began, not one act
    ("The militia has held critics since 2014. Prosecutors say the militia detained the "
     "journalist.", "2019-03-19", "detained", None, None, None),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_once_keeps_a_happenings_date(pipeline, text, pubdate, word, date, precision,
                                           source):
    from dateline import Article

    events = pipeline.extract(Article(doc_id="t", text=text, pubdate=pubdate))
    found = [e for e in events if e.trigger == word]
    assert found, f"no event on {word!r} in {[(e.event_type, e.trigger) for e in events]}"
    e = found[-1]  # the later telling
    if source is None:
        assert e.date_source != "story"
    else:
        assert (e.date, e.date_precision, e.date_source) == (date, precision, source)


def test_date_once_finds_the_dated_deed(nlp):
    from dateline.date_once import dated_deed
    from dateline.timex import time_expressions

    text = "Since his capture in 2017, he was held. Until 2015 troops occupied the town."
    doc = nlp(text)
    deeds = {t.text: dated_deed(doc, t.start, t.end, t.kind)
             for t in time_expressions(text, "2019-03-19", doc)}
    assert deeds["in 2017"] is not None and deeds["in 2017"].text == "capture"
    assert deeds["Until 2015"] is None
