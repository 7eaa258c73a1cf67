"""Stage ``date`` across a document: an act told in the simple past with no time of its own takes
the time of the week the sentence right before gives its act in the past, when the two tell one
account; a break, another party's story, an older time or a step back keeps the report's day."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipeline_all(nlp):
    """Every event is read: the learned realness veto is not what these rows test (``nlp``
    loads the shared model first)."""
    from dateline import Pipeline

    return Pipeline(real_threshold=0)


_REPORT = ("2018-03-10", None, "publication")
_BEFORE = (None, None, "before publication")
_THURSDAY = ("2018-03-08", "day", "carried")

# Articles written for the project (illustrative), published on Saturday 10 March 2018.
CASES = [
    # a time hung on the main verb of the sentence before dates the next sentence's act when it
    # names a party of that act again
    ("Foreign Minister Arlo Venn visited Ankara on Thursday. Opposition leaders openly "
     "criticised Venn.", "criticised", _THURSDAY),
    ("Foreign Minister Arlo Venn visited Ankara on Thursday. Venn's party openly criticised the "
     "decision.", "criticised", _THURSDAY),
    # ... an opening phrase of time as well
    ("Earlier in the week, it appeared Senator Ilka Moss had won a deal on the budget. But Moss "
     "abruptly changed her mind and accused the other senators of betrayal.", "accused",
     ("2018-03-07", "week", "carried")),
    # ... not a time the sentence before gives another act told in it ("as the army attacked
    # ... on Monday")
    ("Foreign Minister Arlo Venn visited Ankara on Thursday, as the army attacked the suburbs on "
     "Monday. Opposition leaders openly criticised Venn.", "criticised", _THURSDAY),
    # ... an act told as reported ("reportedly") as well
    ("Senator Ilka Moss visited the border on Thursday. Moss reportedly accused the governor of "
     "neglect.", "accused", _THURSDAY),
    # ... and the date so carried goes on with the story told on, as far as a date carries:
    # four sentences after the one that tells it, not five
    ("Senator Ilka Moss visited the border on Thursday. Opposition leaders accused Moss of "
     "scaremongering. Moss denounced the leaders. Her aides condemned the leaders. Her party "
     "criticised the leaders. Her allies blamed the leaders.", "criticised", _THURSDAY),
    ("Senator Ilka Moss visited the border on Thursday. Opposition leaders accused Moss of "
     "scaremongering. Moss denounced the leaders. Her aides condemned the leaders. Her party "
     "criticised the leaders. Her allies blamed the leaders.", "blamed", _REPORT),
    # the lead keeps the report's day: it tells the day's news
    ("Five people were killed when a bomb exploded in the market. Police arrested two men.",
     "arrested", _REPORT),
    # a sentence in the present between the two breaks the story
    ("Foreign Minister Arlo Venn visited Ankara on Thursday. The talks are tense. Opposition "
     "leaders openly criticised Venn.", "criticised", _REPORT),
    # ... as a word of now in the act's own sentence does
    ("Foreign Minister Arlo Venn visited Ankara on Thursday. Opposition leaders, now allies, "
     "openly criticised Venn.", "criticised", _REPORT),
    # ... and a new paragraph
    ("Senator Ilka Moss visited the border on Thursday. They praised the army.\nMoss criticised "
     "the governor.", "criticised", _REPORT),
    # an act not in the simple past is not carried
    ("Foreign Minister Arlo Venn visited Ankara on Thursday. Opposition leaders have openly "
     "criticised Venn.", "criticised", _REPORT),
    # ... nor one joined to a first act in the present perfect ("has criticised ... and
    # accused")
    ("Senator Ilka Moss visited the border on Thursday. Moss's party has criticised the governor "
     "and accused the army of neglect.", "accused", _REPORT),
    # nor by a time the sentence before gives another act ("after the army ...")
    ("Foreign Minister Arlo Venn resigned after the army shelled the town on Thursday. Opposition "
     "leaders openly criticised Venn.", "criticised", _REPORT),
    # nor by a span's bound ("since 2011")
    ("The two countries have clashed since 2011. The two governments openly criticised the "
     "decision.", "criticised", _REPORT),
    # nor when the sentence before tells what someone says in quotation marks
    ("“We met them on Thursday,” the minister said. The two governments openly criticised the "
     "decision.", "criticised", _REPORT),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_date_neighbour_carries_the_time_before(pipeline_all, text, trigger, expected):
    _check(pipeline_all, text, trigger, expected, "2018-03-10")


_NOW = ("2024-03-16", None, "publication")

# Articles written for the project (illustrative), published on Saturday 16 March 2024: a time
# the sentence before gives is not carried to an act that is not of its account, of its week,
# of the lead's time on, or that the text tells as done before the report.
NOT_CARRIED = [
    # the sentence before steps back from the lead's time: a reaction is of the report's days
    ("Norland's foreign minister, Oren Talby, said on Thursday that Britain was behaving like a "
     "colonial power. Talby visited London on Monday. A Foreign Office spokesman condemned his "
     "remarks.", "condemned", _NOW),
    ("Norland's foreign minister has accused Britain of behaving like a colonial power. Oren "
     "Talby visited London on Tuesday. A Foreign Office spokesman condemned his remarks.",
     "condemned", _NOW),
    # ... nor a time older than the week before the report
    ("Norland's foreign minister, Oren Talby, said on Thursday that Britain was behaving like a "
     "colonial power. Talby visited London on 20 February. A Foreign Office spokesman condemned "
     "his remarks.", "condemned", _NOW),
    ("Norland's foreign minister says Britain is behaving like a colonial power. Oren Talby "
     "visited London three weeks ago. A Foreign Office spokesman condemned his remarks.",
     "condemned", _NOW),
    ("Oren Talby told reporters on 20 February that Britain was a colonial power. A Foreign "
     "Office spokesman condemned his remarks.", "condemned", _NOW),
    ("The army shelled Idlib on Friday, killing five people. The town was captured by rebels in "
     "2015. The UN condemned the shelling.", "condemned", _NOW),
    # an act told as done before the report stays so ("repeatedly", "once")
    ("The president visited Ankara on Thursday. Turkey repeatedly accused Greece of "
     "provocations.", "accused", _BEFORE),
    ("The president visited Ankara on Thursday. Turkey once accused Greece of provocations.",
     "accused", _BEFORE),
    # a time of a thing or a topic is not the main act's
    ("President Mara Quill cancelled Thursday's meeting with the envoy. Opposition leaders "
     "criticised Quill.", "criticised", _NOW),
    ("President Mara Quill spoke on television about the bombing of 11 March. Opposition "
     "leaders criticised Quill.", "criticised", _NOW),
    ("A court in Cairo jailed Dan Orrin over the bombing on 11 March. Rights groups denounced "
     "Orrin's sentence.", "denounced", _NOW),
    # another party acting on its own tells no account with the sentence before
    ("The president visited Ankara on Thursday. Turkey accused Greece of provocations.",
     "accused", _NOW),
    ("The president visited Ankara on Thursday. Turkey accused Greece of provocations, according "
     "to officials.", "accused", _NOW),
    ("The president visited Ankara on Thursday. Greece was accused by Turkey of provocations.",
     "accused", _NOW),
    ("The president visited Ankara on Thursday. Turkey accused Greece of provocations. Greece "
     "rejected the claim. The EU urged calm. Russia criticised the EU.", "criticised", _NOW),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), NOT_CARRIED)
def test_date_neighbour_keeps_the_report_day(pipeline_all, text, trigger, expected):
    _check(pipeline_all, text, trigger, expected, "2024-03-16")


def _check(pipeline, text, trigger, expected, pubdate):
    events = pipeline.extract(text, pubdate=pubdate)
    found = [(e.date, e.date_precision, e.date_source) for e in events if e.trigger == trigger]
    assert found, f"no event for {trigger!r}: {[e.trigger for e in events]}"
    assert found[0] == expected
