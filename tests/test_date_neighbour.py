"""Stage ``date`` across a document: an act told in the simple past with no time of its own takes
the time the sentence right before gives its act in the past; a break keeps the report's day."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipeline(nlp):
    """Every event is read: the learned realness veto is not what these rows test."""
    from dateline import Pipeline

    return Pipeline(real_threshold=0)


_REPORT = ("2018-03-10", None, "publication")

# Articles written for the project (illustrative), published on Saturday 10 March 2018.
CASES = [
    # a time hung on the main clause of the sentence before dates the next sentence's act
    ("The foreign minister spoke to his Turkish counterpart on Thursday. The two governments "
     "openly criticised the decision.", "criticised", ("2018-03-08", "day", "carried")),
    # ... an opening phrase of time as well
    ("Earlier in the week, it appeared a deal had been reached on the budget. But the president "
     "abruptly changed his mind and accused the senators of betrayal.", "accused",
     ("2018-03-07", "week", "carried")),
    # ... not a time the sentence before gives another act told in it ("as the army attacked
    # ... on 2 March")
    ("The minister met the envoy on Thursday, as the army attacked the suburbs on 2 March. The "
     "two governments openly criticised the decision.", "criticised",
     ("2018-03-08", "day", "carried")),
    # ... and the date so carried goes on with the story told on
    ("The foreign minister spoke to his Turkish counterpart on Thursday. The two governments "
     "openly criticised the decision. The opposition accused the government of weakness.",
     "accused", ("2018-03-08", "day", "carried")),
    # the lead keeps the report's day: it tells the day's news
    ("Five people were killed when a bomb exploded in the market. Police arrested two men.",
     "arrested", _REPORT),
    # a sentence in the present between the two breaks the story
    ("The foreign minister spoke to his Turkish counterpart on Thursday. The talks are tense. "
     "The two governments openly criticised the decision.", "criticised", _REPORT),
    # ... as a word of now in the act's own sentence does
    ("The foreign minister spoke to his Turkish counterpart on Thursday. The two governments, "
     "now allies, openly criticised the decision.", "criticised", _REPORT),
    # an act not in the simple past is not carried
    ("The foreign minister spoke to his Turkish counterpart on Thursday. The two governments have "
     "openly criticised the decision.", "criticised", _REPORT),
    # nor by a time the sentence before gives another act ("after the army ...")
    ("The minister resigned after the army shelled the town on Thursday. The two governments "
     "openly criticised the decision.", "criticised", _REPORT),
    # nor by a span's bound ("since 2011")
    ("The two countries have clashed since 2011. The two governments openly criticised the "
     "decision.", "criticised", _REPORT),
    # nor when the sentence before tells what someone says in quotation marks
    ("“We met them on Thursday,” the minister said. The two governments openly criticised the "
     "decision.", "criticised", _REPORT),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_date_neighbour_carries_the_time_before(pipeline, text, trigger, expected):
    events = pipeline.extract(text, pubdate="2018-03-10")
    found = [(e.date, e.date_precision, e.date_source) for e in events if e.trigger == trigger]
    assert found, f"no event for {trigger!r}: {[e.trigger for e in events]}"
    assert found[0] == expected
