"""The accused of an accusation told by a noun, one illustrative sentence per construction
(table-driven): the subject of the clause of what the accusation says was done is the
recipient, whether the noun is the subject of the sentence or the object of a light verb, and
the accuser stays the actor; a pronoun there is left unread."""

from __future__ import annotations

import pytest

# (sentence, trigger, the accuser's words, the accused's words)
ACCUSED = [
    ("The ministry says Norland's accusation that Vesta directed the attack is absurd.",
     "accusation", "Norland", "Vesta"),
    ("Vesta made accusations that Norland was arming the rebels in the hills.", "accusations",
     "Vesta", "Norland"),
    ("The union's allegation that the police had beaten strikers was widely reported.",
     "allegation", "The union", "the police"),
]


@pytest.mark.parametrize("text, trigger, accuser, accused", ACCUSED)
def test_noun_accused_clause_subject(event_on_unfiltered, text, trigger, accuser, accused):
    event = event_on_unfiltered(text, trigger)
    parties = tuple(a.text if a is not None else None for a in (event.source, event.target))
    assert (event.event_type, *parties) == ("ACCUSE", accuser, accused)


def test_noun_accused_pronoun_left(event_on_unfiltered):
    event = event_on_unfiltered("The party's accusation that they had rigged the vote was "
                                "widely reported.", "accusation")
    assert event.target is None or event.target.text != "they", event.target
