"""Stage ``date``: an act told as done before the clause it hangs on (a perfect participle, a past
perfect) keeps its time to itself; a span before the report with no date, an account of how
things happened and a past description within a statement of now leave an act undated; a plural
event noun told again takes the time of the happening the story told before it."""

from __future__ import annotations

import pytest


_BEFORE = (None, None, "before publication")
_REPORT = ("2019-03-20", None, "publication")

# (text written for the project, trigger, (date, precision, date_source)); published on
# Wednesday 20 March 2019
CASES = [
    # a perfect participle's time is its own, not the time of the clause it hangs on
    ("Having surrendered to the army last year, the commander urged his men to lay down their "
     "arms.", "surrendered", ("2018-01-01", "year", "clause")),
    ("Having surrendered to the army last year, the commander urged his men to lay down their "
     "arms.", "urged", _REPORT),
    # ... as the past perfect's is
    ("The commander, who had surrendered to the army in 2017, urged his men to lay down their "
     "arms.", "urged", _REPORT),
    # ... and with no time of its own it lies before the clause it hangs on, on no day given
    ("As shells fell on the town, a Dutch nurse, having surrendered to the army weeks before, "
     "urged the fighters to release the hostages.", "surrendered", _BEFORE),
    # ... but the clause it hangs on dates it when the sentence opens with a time
    ("On Monday, having met the envoy, the minister rejected the plan.", "met",
     ("2019-03-18", "day", "sentence")),
    # a span before the report counted with "over", "more than", "nearly"
    ("Officials have refused for over a year to repatriate the women.", "refused", _BEFORE),
    ("The governor refused for nearly two years to meet the protesters.", "refused", _BEFORE),
    # ... but not a span counted from a day the text gives
    ("Seven clinics have been bombed since Monday.", "bombed", _REPORT),
    # an account of how things happened is done before the telling, on no day it gives
    ("The talks failed again. He told reporters how soldiers tortured him and accused him of "
     "spying.", "tortured", _BEFORE),
    ("The talks failed again. He told reporters how soldiers tortured him and accused him of "
     "spying.", "accused", _BEFORE),
    # ... but not what a telling says "that" was done
    ("The talks failed again. He told reporters that soldiers tortured him.", "tortured",
     _REPORT),
    # a past description of a party in a statement of now: done before it
    ("The talks failed again. The families of men who were abducted by militants are demanding "
     "answers.", "abducted", _BEFORE),
    # ... not in the article's first sentence, whose news it may be
    ("Police have arrested a man who stabbed three people in Leeds.", "stabbed", _REPORT),
    # ... nor in a statement of the past: a party described by what was done to it before
    # (:mod:`dateline.date_recalled`)
    ("The talks failed again. Relatives of men who were abducted by militants met the governor.",
     "abducted", _BEFORE),
    # a plural event noun told again: the happening the story told and dated before
    ("Jets struck rebel positions near Idlib last weekend, killing 12 people. The UN condemned "
     "the violence on Monday. The strikes destroyed a hospital.", "strikes",
     ("2019-03-16", "week", "story")),
    ("Rebels shelled the airport on Saturday. The government condemned the violence on Sunday. "
     "The shells destroyed two planes.", "shells", ("2019-03-16", "day", "story")),
    # ... not one marked as other happenings
    ("Jets struck rebel positions near Idlib last weekend. The UN condemned the violence on "
     "Monday. The latest strikes destroyed a hospital.", "strikes",
     ("2019-03-18", "day", "carried")),
]


@pytest.mark.parametrize(("text", "word", "want"), CASES)
def test_date_perfect_and_retold_plurals(event_on_unfiltered, text, word, want):
    """Every event is read: the learned realness veto is not what these rows test."""
    e = event_on_unfiltered(text, word, pubdate="2019-03-20")
    assert (e.date, e.date_precision, e.date_source) == want


# (text written for the project, word, a perfect participle)
PARTICIPLES = [
    ("Having fled the town, the family reached the camp.", "fled", True),
    ("Having been freed, the hostage flew home.", "freed", True),
    ("The family, who fled the town, reached the camp.", "fled", False),
]


@pytest.mark.parametrize(("text", "word", "want"), PARTICIPLES)
def test_date_perfect_participle(nlp, text, word, want):
    from dateline.aspect import perfect_participle

    assert [perfect_participle(t) for t in nlp(text) if t.text == word] == [want]
