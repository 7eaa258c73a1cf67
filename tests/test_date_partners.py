"""Stage ``date``: an act shares the time of a dated partner: a clause it is joined to by
"and" that the parse splits from it, or a gathering the story dated that it was done at ("At
the summit, …") (sentences written for the project)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipeline(nlp):
    """The learned realness veto is not what these rows test."""
    from dateline import Pipeline

    return Pipeline(real_threshold=0)


def _dated(pipeline, text: str, pubdate: str, trigger: str) -> tuple[str | None, ...]:
    from dateline import Article

    events = pipeline.extract(Article(doc_id="t", text=text, pubdate=pubdate))
    found = [e for e in events if e.trigger == trigger]
    assert found, f"no event on {trigger!r}"
    return found[0].date, found[0].date_precision, found[0].date_source


# (text, publication date, trigger, (date, precision)): taken as ``sentence``
SHARED = [
    # a relative clause's second act, which the parse joins to the main verb
    ("That deal has angered Ankara, which launched an offensive last month in the valley, and "
     "threatened to attack the border town.", "2018-06-07", "threatened", ("2018-05-01", "month")),
    ("Many families came from the suburb, where an armed group surrendered to the army in "
     "April, and accepted being moved to the north.", "2018-06-07", "accepted",
     ("2018-04-01", "month")),
    # a participle whose partner after "and" ends the coordination with its time
    ("The fate of two boys abducted by their father and taken abroad four years ago is still "
     "unknown.", "2019-02-20", "abducted", ("2015-02-20", "year")),
]


@pytest.mark.parametrize(("text", "pubdate", "trigger", "when"), SHARED)
def test_date_conjuncts_share_the_partner_time(pipeline, text, pubdate, trigger, when):
    assert _dated(pipeline, text, pubdate, trigger) == (*when, "sentence")


UNDATED = [
    # a main clause's first act may have come before the time its partner ends with
    ("Police arrested the editor and charged him with sedition on Monday.", "2019-02-20",
     "arrested"),
    # a verb of the main clause's tense after a clause of the relative pronoun is its own
    ("Police detained the men, who fled in May, and questioned them.", "2018-06-07",
     "questioned"),
    # a verb of another tense than the relative clause is the main clause's
    ("He visited the town, which was shelled in May, and met the mayor.", "2018-06-07", "met"),
]


@pytest.mark.parametrize(("text", "pubdate", "trigger"), UNDATED)
def test_date_conjuncts_leave_other_acts_undated(pipeline, text, pubdate, trigger):
    assert _dated(pipeline, text, pubdate, trigger) == (pubdate, None, "publication")


GATHERINGS = [
    # the gathering told by a verb, named again by a noun of the same kind
    ("Leaders of the three countries met in Sochi last week to discuss the war. Aid groups "
     "warned of a new exodus. At the summit, the Russian president demanded concrete steps "
     "against the militants.", "2019-02-17", "demanded", ("2019-02-10", "week", "story")),
    # ... or by the same noun
    ("Ministers held a conference in Vienna on 12 March. Observers expected little. At the "
     "conference, the envoy urged both sides to talk.", "2019-04-02", "urged",
     ("2019-03-12", "day", "story")),
    # "at the scene" names no happening: the text gives the arrest no time
    ("Police cordoned off the square. At the scene, officers arrested two men.", "2019-02-17",
     "arrested", ("2019-02-17", None, "publication")),
]


@pytest.mark.parametrize(("text", "pubdate", "trigger", "dated"), GATHERINGS)
def test_date_gathering_dates_acts_done_at_it(pipeline, text, pubdate, trigger, dated):
    assert _dated(pipeline, text, pubdate, trigger) == dated
