"""What the story's place does not carry on to
(:func:`dateline.place_telling.apart_from_the_story`), the one test :mod:`dateline.locate`,
``place_within``, ``place_guess`` and ``place_lead`` share."""

from __future__ import annotations

import pytest

APART = [  # (text, word, not the story's scene)
    ("The militia could storm the depot next week.", "storm", True),  # only may happen
    ("Twelve guards have been wounded since the siege began.", "wounded", True),  # a tally
    ("They freed a teacher who had been held by the militia.", "held", True),  # a noun's past
    ("The envoy cancelled her other trips to the border.", "trips", True),  # other happenings
    ("Guards detained four smugglers at the depot on Sunday.", "detained", False),
]


@pytest.mark.parametrize("text, word, expected", APART)
def test_place_telling_apart_from_the_story(nlp, text, word, expected):
    from dateline.place_telling import apart_from_the_story

    doc = nlp(text)
    assert apart_from_the_story(next(t for t in doc if t.text == word)) is expected
