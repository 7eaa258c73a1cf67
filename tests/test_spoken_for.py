"""A pronoun of reported speech as an actor: the speaker's phrase are its words, whatever
construction read the event (a noun's, a refusal's), as they are for a verb's (table-driven,
one illustrative sentence per row)."""

from __future__ import annotations

import pytest

PUBDATE = "2019-03-11"


def _source(events_in, text, kind):
    events = [e for e in events_in(text, PUBDATE) if e.event_type == kind]
    assert events, f"no {kind} event in {text!r}"
    return events[0].source


# (sentence, event type, the actor's words or None when it keeps the pronoun, its country)
SPOKEN_FOR = [
    # a noun's event: the body that announced it
    ("The Norwegian government announced that it will not lift the ban on the militia.",
     "REJECT", "The Norwegian government", "NOR"),
    # a noun's event, a group speaking of itself in the plural
    ("Nurses have insisted that they will not end the strike until their pay is raised.",
     "REJECT", "Nurses", None),
    # an organisation's suspension of aid
    ("The European Commission said on Monday that it had suspended aid to the province.",
     "SANCTION", "The European Commission", "IGO"),
]


@pytest.mark.parametrize("text, kind, words, country", SPOKEN_FOR)
def test_spoken_for_names_the_speaker(events_in, text, kind, words, country):
    source = _source(events_in, text, kind)
    assert source is not None and source.text == words, source
    if country is not None:
        assert source.country == country, source


# (sentence, event type, the pronoun the doer is said by, which names no one: an empty doer
# at its offsets)
KEPT = [
    # no one speaks: the pronoun stays
    ("It lifted the ban on the newspaper on Monday.", "CONCEDE", "It"),
    # one person speaks: "they" is someone else
    ("The minister said they would not end the strike until wages rise.", "REJECT", "they"),
]


@pytest.mark.parametrize("text, kind, words", KEPT)
def test_spoken_for_keeps_a_pronoun_no_speaker_stands_for(events_in, text, kind, words):
    source = _source(events_in, text, kind)
    assert source is not None and source.char_start is not None, source
    assert text[source.char_start:source.char_end] == words, source
    assert not source.name and not source.antecedent, source
