"""Generic agent nouns give an actor its sector, and so the country of the state it is in."""

from __future__ import annotations

import pytest

# (sentence, trigger, recipient's sector, recipient's country)
RECIPIENTS = [
    ("Police in Chad arrested opponents of the president.", "arrested", "OPP", "TCD"),
    ("The military government of Chad declared a state of siege on Saturday, arresting "
     "political opponents.", "arresting", "OPP", "TCD"),
]


@pytest.mark.parametrize(("text", "trigger", "sector", "country"), RECIPIENTS)
def test_agent_words_opponents_are_domestic_opposition(event_on, text, trigger, sector,
                                                        country):
    e = event_on(text, trigger)
    assert e.target is not None
    assert (e.target.sector, e.target.country) == (sector, country)
