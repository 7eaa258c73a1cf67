"""A verb the parse joins to a passive across a clause of time is no second act of the passive's
subject: in "two guards were hurt after a shell from the hills hit the post" the guards hit
nothing. Only a verb joined by "and"/"but" right before it shares the passive's subject."""

from __future__ import annotations

import pytest

# (text, trigger, words the actor must not be)
NOT_THE_STRUCK = [
    ("A boy was killed and six hurt after a shell from Lebanon hit the Israeli town of Metula.",
     "hit", "A boy"),
]


@pytest.mark.parametrize("text, trigger, victim", NOT_THE_STRUCK)
def test_actor_not_the_struck(event_on, text, trigger, victim):
    event = event_on(text, trigger)
    assert event.source is None or event.source.text != victim, event.source
