"""Stage ``date``: what the parties of a meeting dated in the news are told to have done next,
with no time of their own, is of that meeting; others' acts, acts told in the present perfect or
the past perfect, and what follows an old meeting are not."""

from __future__ import annotations

import pytest

# (text written for the project, trigger, date, precision, date_source); published on Friday
# 8 February 2019
CASES = [
    # a definite count of the parties
    ("The prime minister hosted the presidents of Chad and Niger in Paris on Tuesday. The three "
     "leaders discussed the drought and condemned the militants.", "condemned", "2019-02-05",
     "day", "carried"),
    # a party named again
    ("The envoy held talks with Haftar in Benghazi on Wednesday. Haftar demanded guarantees for "
     "his fighters.", "demanded", "2019-02-06", "day", "carried"),
    # the sentence opens on the meeting
    ("The envoy held talks with Haftar in Benghazi on Wednesday. At the meeting, the commander "
     "demanded guarantees for his fighters.", "demanded", "2019-02-06", "day", "carried"),
    # someone else's act
    ("The envoy held talks with Haftar in Benghazi on Wednesday. Protesters in Tripoli condemned "
     "the visit.", "condemned", "2019-02-08", None, "publication"),
    # told in the present perfect: of now
    ("The envoy held talks with Haftar in Benghazi on Wednesday. Haftar has demanded guarantees "
     "for his fighters.", "demanded", "2019-02-08", None, "publication"),
    # in the past perfect: before the meeting, by a span not said (no date)
    ("The envoy held talks with Haftar in Benghazi on Wednesday. Haftar had demanded guarantees "
     "for his fighters.", "demanded", None, None, "before publication"),
    # a meeting long before the news is no day of the parties' acts, but the story's frame:
    # what is told next in the simple past is of its year (dateline.date_frame)
    ("The envoy met Haftar in Benghazi in 2015. Haftar demanded guarantees for his fighters.",
     "demanded", "2015-01-01", "year", "carried"),
    # ... and what is told next in the present perfect is news of the report's days
    ("The envoy met Haftar in Benghazi in 2015. Haftar has demanded guarantees for his "
     "fighters.", "demanded", "2019-02-08", None, "publication"),
]


@pytest.mark.parametrize(("text", "word", "date", "precision", "source"), CASES)
def test_date_meeting_parties_act_on_its_day(events_in, text, word, date, precision, source):
    found = [e for e in events_in(text, "2019-02-08") if e.trigger == word]
    assert found, f"no event on {word!r}"
    e = found[-1]
    assert (e.date, e.date_precision, e.date_source) == (date, precision, source)
