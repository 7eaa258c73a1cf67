"""Clitics written apart (text kept as space-separated tokens) are rejoined before the parse,
offsets unchanged, and what an event quotes is still the text as written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.annotate import parse
from dateline.clitics import rejoin_clitics


@pytest.mark.parametrize("text, parsed", [
    ("Kenya ’ s navy", "Kenya’s   navy"),  # curly possessive
    ("the navy ' s boats", "the navy's   boats"),  # straight possessive
    ("Peru ´ s envoy", "Peru’s   envoy"),  # an accent for an apostrophe
    ("I ’ m sure they ’ ve left", "I’m   sure they’ve   left"),
    ("we ’ ll see what he ’ d say", "we’ll   see what he’d   say"),
    ("they don ’ t agree", "they don’t   agree"),
    ("they do n’t agree", "they do n't agree"),  # split as treebanks split it, curly
    ("the miners ’ union", "the miners ' union"),  # plural possessive
    ("the ‘ miners ’ union", "the ‘ miners ’ union"),  # a closing quote, kept
    ("they do n't agree", "they do n't agree"),  # parsed well as it is
    ("the navy 's boats", "the navy 's boats"),
    ("the chargé d ' affaires", "the chargé d ' affaires"),
    ("Kenya’s navy", "Kenya’s navy"),  # ordinary text
])
def test_clitics_rejoin_keeps_length(text, parsed):
    assert rejoin_clitics(text) == parsed
    assert len(rejoin_clitics(text)) == len(text)


@given(st.text(alphabet=" \n’'´ʼ‘snmtdrevlxA."))
def test_clitics_rejoin_keeps_length_of_any_text(text):
    assert len(rejoin_clitics(text)) == len(text)


@pytest.mark.parametrize("text, word, tag", [
    ("Kenya ’ s navy seized a boat .", "’s", "POS"),
    ("Peru ´ s envoy left .", "’s", "POS"),
    ("The miners ’ union called a strike .", "'", "POS"),
    ("They don ’ t want a war .", "n’t", "RB"),
    ("They do n’t want a war .", "n't", "RB"),
])
def test_clitics_parse_reads_the_clitic(text, word, tag):
    doc = next(iter(parse([text])))
    tok = next(t for t in doc if t.text == word)
    assert tok.tag_ == tag or tok.dep_ in ("case", "neg")


@pytest.mark.parametrize("text, country", [
    ("Kenya ’ s navy seized a fishing boat off Somalia ’ s coast .", "KEN"),
    ("The envoy John Smith pledged Canada ’ s support for the new schools .", "CAN"),
])
def test_clitics_event_quotes_the_text_as_written(events_in, text, country):
    events = events_in(text)
    assert events
    for e in events:
        assert e.sentence == text
        assert text[e.char_start:e.char_end] == e.trigger
        for actor in (e.source, e.target):
            if actor is not None and actor.char_start is not None:
                assert actor.text == text[actor.char_start:actor.char_end]
    assert any(a and a.country == country for e in events for a in (e.source, e.target))
