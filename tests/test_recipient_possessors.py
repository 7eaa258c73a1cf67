"""The possessor of an act's noun whose phrase names the party or place it is done to, or of an
armed body's acts told in the plural, is the doer and never the recipient; a possessor of an act
alone, with a time or a charge, or with a "by" phrase, may be."""

from __future__ import annotations

import pytest

from dateline.code.recipient_possessors import doer_possessor

# (sentence, the act's noun, the possessor's words taken as its doer or None, why)
POSSESSORS = [
    ("He took part in the militia's attacks on the town.", "attacks", "the militia's",
     "an object in an 'on' phrase"),
    ("The army's shelling of Douma killed ten.", "shelling", "The army's",
     "an object in an 'of' phrase"),
    ("He took part in the militia's executions.", "executions", "the militia's",
     "acts told in the plural of an armed body: its many acts"),
    ("The hostages' beheadings were filmed by the gang.", "beheadings", None,
     "acts told in the plural: their possessor may be whom they are done to"),
    ("The reporter's killing at the hands of state agents shocked the town.", "killing", None,
     "'at the hands of' names the doer, as 'by' does"),
    ("The activist's detention on spying charges drew condemnation.", "detention", None,
     "an 'on' phrase of a charge names no object"),
    ("Her poisoning on 4 March was blamed on the state.", "poisoning", None,
     "an 'on' phrase of a date names no object"),
    ("Police confirmed his arrest on Monday.", "arrest", None,
     "one act, no object phrase: the possessor may be whom it is done to"),
    ("Kuwait's invasion by Iraq began the war.", "invasion", None,
     "a 'by' phrase names the doer"),
]


@pytest.mark.parametrize("text, noun, words, why", POSSESSORS)
def test_recipient_possessors_doer_not_recipient(nlp, text, noun, words, why):
    doc = nlp(text)
    at = next(t.i for t in doc if t.text == noun)
    found = sorted(doer_possessor(doc, at))
    assert (doc[found[0]:found[-1] + 1].text if found else None) == words, why


def test_recipient_possessors_no_recipient_from_the_doer(event_on):
    e = event_on("He took part in the militia's attacks on the town.", "attacks")
    assert e.target is None or e.target.text != "the militia"
