"""The police as a sentence's teller, not its doer (illustrative sentences written for these
tests)."""

from __future__ import annotations

import pytest

from dateline.code.police_speech import reporting, speech_of


def _police_word(doc):
    return next(t for t in doc if t.lower_ in ("police", "policemen"))


@pytest.mark.parametrize("text, told", [
    ("The situation in the old town was calm, police said.", True),  # comment clause
    ("Police say four people were arrested.", True),  # a present statement tells too
    ("A senior police official said the roads were quiet.", True),  # compound of the speaker
    ("Police believe the mob set the shops on fire.", True),  # a judgement tells too
    ("Two shops were set on fire, according to police.", True),  # according to
    ("Two shops were set on fire, according to police officials.", True),  # its compound
    ("The police dispersed the crowd near the station.", False),  # a doer
    ("The mob threw stones at the police near the temple.", False),  # done to
    ("Police did not say who set the shops on fire.", True),  # a teller, if of nothing
])
def test_police_speech_reporting(nlp, text, told):
    assert reporting(_police_word(nlp(text))) is told


@pytest.mark.parametrize("text", [
    "Police say four people were arrested.",  # not told as made: no police statement
    "Police believe the mob set the shops on fire.",  # a judgement, no statement
])
def test_police_speech_teller_without_a_statement(nlp, text):
    police = _police_word(nlp(text))
    assert reporting(police) and speech_of(police) is None
