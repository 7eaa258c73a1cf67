"""Stage ``date``: what a clause of "who" tells of a person, as who they are, is background
at a time the text does not give (``before publication``): the present perfect of experience,
and the simple past of a clause set off by commas; not the first sentence's news, not a
progressive going on now, nor what a clause of "which" tells of a group; and the past
progressive in someone's words is past, as the simple past is (sentences written for the
project)."""

from __future__ import annotations

import pytest


_BEFORE = (None, None, "before publication")
_REPORT = ("2018-03-10", None, "publication")

# (sentences written for the project, trigger, (date, precision, date_source)); published on
# 10 March 2018
CASES = [
    # the present perfect of a person's experience
    ("The camps are crowded. The senator, who has visited the camps, added that the children "
     "must be brought home.", "visited", _BEFORE),
    ("Aid is short. The plan is backed by the mayor, who has called for the border to be "
     "reopened.", "called", _BEFORE),
    # the simple past of a clause set off by commas, and a clause joined to it
    ("The report came out. It was written by the envoy, who toured the camps and met the families "
     "of the prisoners.", "met", _BEFORE),
    ("The report came out. It was written by the envoy, who visited the region and investigated "
     "the shelling of hospitals.", "investigated", _BEFORE),
    # ... so is one telling its act as recent: a while before the report (date_ongoing)
    ("The report came out. It was written by the envoy, who recently visited the region.",
     "visited", _BEFORE),
    ("The talks stalled. The minister, who has now expelled the ambassador, appealed for calm.",
     "expelled", _REPORT),
    # ... nor a progressive going on now
    ("The talks stalled. The minister, who has been urging the rebels to disarm, said more "
     "time was needed.", "urging", _REPORT),
    # ... nor what a clause of "which" tells of a group, an act maybe of the report's days
    ("The talks stalled. The militia, which has shelled the posts, said it would fight on.",
     "shelled", _REPORT),
]


@pytest.mark.parametrize(("text", "word", "want"), CASES)
def test_when10_person_described(event_on_unfiltered, text, word, want):
    event = event_on_unfiltered(text, word, "2018-03-10")
    assert (event.date, event.date_precision, event.date_source) == want


# (sentences written for the project, trigger, (date, precision, date_source)); published on
# 10 March 2018: the past progressive in someone's words is past, as the simple past is
WORDS = [
    ("The siege ended. She says the guards were beating the prisoners every night.",
     "beating", _BEFORE),
    ("The siege ended. “They were shelling the clinic every night,” she said.", "shelling",
     _BEFORE),
    # ... not in a party's words, the news style of a report
    ("The siege ended. The army says rebels were shelling the town.", "shelling", _REPORT),
    # ... nor a present progressive
    ("The siege ended. She says the guards are beating the prisoners.", "beating", _REPORT),
    # ... nor a plan of then, a future in the past
    ("The siege ended. She says the soldiers were going to burn the village.", "burn", _REPORT),
]


@pytest.mark.parametrize(("text", "word", "want"), WORDS)
def test_when10_progressive_in_own_words(event_on_unfiltered, text, word, want):
    event = event_on_unfiltered(text, word, "2018-03-10")
    assert (event.date, event.date_precision, event.date_source) == want
