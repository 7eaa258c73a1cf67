"""Stage ``date``: the past perfect, progressive or not, tells an act done before the time the
text speaks of (``before publication`` when it gives no time), unless a verb of saying governs
it (another's words: a present perfect told in the past) or "according to" is hung on it."""

from __future__ import annotations

import pytest


_BEFORE = (None, None, "before publication")
_REPORT = ("2018-03-10", None, "publication")

# (sentence written for the project, trigger, (date, precision, date_source)); published on
# 10 March 2018
CASES = [
    # the past perfect progressive is a past perfect
    ("Norland had been urging the council to attend the conference.", "urging", _BEFORE),
    ("The militia had been shelling the villages around the dam.", "shelling", _BEFORE),
    # ... as the simple past perfect is
    ("Norland had urged the council to attend the conference.", "urged", _BEFORE),
    # a source the sentence names for another clause does not make the act another's words
    ("The envoy had pleaded with the Norlanders to press the delegates, but the chief "
     "delegate said it was not possible.", "pleaded", _BEFORE),
    # ... a verb of saying governing it does: a present perfect told in the past
    ("Officials said troops had withdrawn from the town.", "withdrawn", _REPORT),
    ("Officials said the militia had been shelling the villages.", "shelling", _REPORT),
    ("The militia, the ministry said, had withdrawn from the hills.", "withdrawn", _REPORT),
    # ... and so does "according to" hung on its clause
    ("According to witnesses, troops had killed 12 militants near the border.", "killed",
     _REPORT),
]


@pytest.mark.parametrize(("text", "word", "want"), CASES)
def test_when9_perfect_dates(event_on_unfiltered, text, word, want):
    event = event_on_unfiltered(text, word, "2018-03-10")
    assert (event.date, event.date_precision, event.date_source) == want


# (sentence written for the project, word, a past perfect)
FORMS = [
    ("The militia had been shelling the villages.", "shelling", True),
    ("The militia had shelled the villages.", "shelled", True),
    ("The militia has been shelling the villages.", "shelling", False),
    ("The villages had been shelled for a week.", "shelled", True),
    ("The militia was shelling the villages.", "shelling", False),
]


@pytest.mark.parametrize(("text", "word", "perfect"), FORMS)
def test_when9_perfect_progressive_is_past_perfect(nlp, text, word, perfect):
    from dateline.aspect import past_perfect

    tok = next(t for t in nlp(text) if t.text == word)
    assert past_perfect(tok) is perfect


# (sentences written for the project, trigger, (date, precision, date_source)); published on
# 10 March 2018: a clause of "where" or "when" tells what was done at a place or a time, the
# account going on, not what describes a party or a thing (which has no date)
RELATIVES = [
    ("The minister toured the region this week. After Varna, she flew on to Kavala, where she "
     "met the mayor.", "met", _REPORT),
    ("The minister toured the region this week. She praised the mayor, who criticised the plan.",
     "criticised", _BEFORE),
    # ... a clause of "where" whose doer is not the main clause's tells the place's past
    ("The minister toured the region this week. She laid flowers at the bridge, where soldiers "
     "shot 12 farmers.", "shot", _BEFORE),
]


@pytest.mark.parametrize(("text", "word", "want"), RELATIVES)
def test_when9_perfect_where_clause_goes_on(event_on_unfiltered, text, word, want):
    event = event_on_unfiltered(text, word, "2018-03-10")
    assert (event.date, event.date_precision, event.date_source) == want
