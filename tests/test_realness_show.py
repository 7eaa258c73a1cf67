"""Spectacles (dateline.realness_show): sentences written for the project."""

from __future__ import annotations

import pytest

# (text, trigger, whether the event stays)
CASES = [
    ("The town marked the holiday on Saturday. A drone show of 300 drones formed the shape of a "
     "star.", "formed", False),
    ("The town marked the holiday on Saturday. A drone show lit up the sky and formed the shape "
     "of a star.", "formed", False),
    # a clause of "as" or "when" hung on the show's clause is no part of the show
    ("The festival went on even as gunmen opened fire on guards nearby.", "opened", True),
    ("The laser show ended when police detained two men in the square.", "detained", True),
    ("Gunmen attacked a concert in the capital on Friday.", "attacked", True),
    ("The festival was attacked by gunmen on Friday.", "attacked", True),
    ("Rebels shelled the town during a concert on Friday.", "shelled", True),
]


@pytest.mark.parametrize(("text", "trigger", "kept"), CASES)
def test_realness_show_drops_acts_of_a_show(events_in, text, trigger, kept):
    assert (trigger in [e.trigger for e in events_in(text)]) is kept
