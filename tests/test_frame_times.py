"""A gerund of time on a frame verb dates the frame and takes the frame verb's own status; on
the framed act it stays under the frame (code/frame_times.py)."""

from __future__ import annotations

import pytest

TIMED = [
    # a gerund of time on a frame verb told as done is done
    ("Before invading the valley last month, the army told the villagers to leave.", "invading",
     "actual"),
    ("The senator told reporters after meeting with the vice president.", "meeting",
     "actual"),
    ("The minister told reporters before visiting the camp in Jordan.", "visiting", "actual"),
    # on a frame verb to come, said or expected, it is to come as well
    ("The army said it would warn civilians before bombing the town.", "bombing", "proposed"),
    ("\"We will warn civilians before bombing the town,\" the general said.", "bombing",
     "proposed"),
    ("Before invading the valley, the army will tell the villagers to leave.", "invading",
     "proposed"),
    ("The minister will tell reporters after meeting the president.", "meeting", "proposed"),
    ("The minister is expected to tell reporters after meeting the president.", "meeting",
     "proposed"),
    # on the framed act, it stays under the frame
    ("The envoy urged the rebels to disarm before signing the truce.", "truce", "demanded"),
]


@pytest.mark.parametrize(("text", "trigger", "status"), TIMED)
def test_frame_times_time_of_a_frame_is_no_part_of_it(event_on, text, trigger, status):
    assert event_on(text, trigger).status == status
