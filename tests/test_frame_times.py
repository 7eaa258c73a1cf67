"""A gerund of time on the framed act stays under the frame (code/frame_times.py): what the frame
asks for or attempts includes it."""

from __future__ import annotations

import pytest

TIMED = [
    ("The envoy urged the rebels to disarm before signing the truce.", "truce", "demanded"),
]


@pytest.mark.parametrize(("text", "trigger", "status"), TIMED)
def test_frame_times_gerund_of_time_stays_under_the_frame(event_on, text, trigger, status):
    assert event_on(text, trigger).status == status
