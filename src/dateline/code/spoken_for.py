"""The actor a pronoun in reported speech stands for, whatever read the event: "the government
announced that it will not lift the ban" (the government), "teachers said they will not end the
strike" (the teachers). The verb rules name the speaker already; the events of nouns, refusals
and the other passes take the pronoun as written. The actor's words are then the speaker's
phrase, which the pronoun stands for in its own sentence."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .mention import Mention, span_of
from .speakers import speaker_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["spoken_for"]

#: The pronouns a state, body or group speaks of itself with in reported speech.
_SPEAKING_FOR = frozenset({"it", "they"})


def spoken_for(doc: Doc, m: Mention) -> Mention:
    """The mention with an actor that is a pronoun of reported speech named by its speaker's
    phrase; the mention itself when its actor is no such pronoun or no speaker is named."""
    if m.source is None or m.source[1] - m.source[0] != 1:
        return m
    tok = doc[m.source[0]]
    if tok.lower_ not in _SPEAKING_FOR:
        return m
    speaker = speaker_of(tok)
    span = span_of(speaker)
    if span is None or m.target is not None and span[0] < m.target[1] and m.target[0] < span[1]:
        return m  # (never the recipient's own words)
    return replace(m, source=span)
