"""Stage ``date``: a boycott is of the time of the happening it stays away from.

To boycott a congress, talks or an election is to stay away from it: the boycott takes place
when what it boycotts does. Where the boycott's own clause gives no time but the text tells the
boycotted happening's time in its own phrase ("the congress, meeting in Sochi on Monday and
Tuesday, is being boycotted by the opposition"; "is boycotting the talks, which open on
Monday"; "is boycotting Monday's talks"), the boycott has that time (``date_source``
``sentence``), not the report's day; when that time lies ahead, the boycott is announced, not
yet done (:mod:`dateline.date_coming`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .date_reach import covers_any, dates_a_point
from .sentences import event_token
from .timex import time_expressions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Event

__all__ = ["BOYCOTT", "boycott_times"]

#: Where the boycotted happening hangs on a boycott: its object, the subject of the passive,
#: the object of "of" ("the boycott of the talks").
_BOYCOTTED = frozenset({"dobj", "nsubjpass"})
#: The PLOVER type and mode of a boycott.
BOYCOTT = ("PROTEST", "boycott")
#: Sources of a time the text gives no act of its own.
_UNDATED = frozenset({"publication"})


def boycotted(tok: Token) -> Token | None:
    """The happening the boycott ``tok`` stays away from: the object of "boycott", the subject
    of "is boycotted", or the object of "of" after the noun "boycott"."""
    for c in tok.children:
        if c.dep_ in _BOYCOTTED and c.pos_ in ("NOUN", "PROPN"):
            return c
        if tok.pos_ == "NOUN" and c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _phrase(noun: Token, trig: Token) -> set[int]:
    """The character offsets of the words telling of the happening ``noun``: its phrase, and
    for the subject of a passive boycott a participle clause with no subject of its own hung
    on the boycott, whose understood subject it is ("the congress, meeting on Monday, is
    boycotted")."""
    own = {t.idx for t in noun.subtree}
    if noun.dep_ == "nsubjpass":
        for c in trig.children:
            if c.dep_ == "advcl" and c.tag_ == "VBG" and not any(
                    g.dep_.startswith("nsubj") or g.dep_ == "mark" for g in c.children):
                own |= {t.idx for t in c.subtree}
    return own


def _time_of(noun: Token, trig: Token, pubdate: str | None) -> tuple[str, str] | None:
    """The time the happening ``noun``'s own words tell (not the boycott's clause)."""
    own = _phrase(noun, trig)
    for t in time_expressions(noun.doc.text, pubdate, noun.doc):
        if t.date and t.precision and dates_a_point(t) and covers_any(t, own):
            return t.date, t.precision
    return None


def boycott_times(doc: Doc, events: Sequence[Event], pubdate: str | None) -> list[Event]:
    """``events`` with each boycott the text gives no time of its own dated by the happening it
    boycotts, where that happening's phrase tells its time (see the module's text)."""
    out: list[Event] = []
    for e in events:
        if (e.event_type, e.mode) == BOYCOTT and e.date_source in _UNDATED:
            tok = event_token(doc, e)
            noun = None if tok is None else boycotted(tok)
            if tok is not None and noun is not None and (
                    when := _time_of(noun, tok, pubdate)) is not None:
                e = replace(e, date=when[0], date_precision=when[1], date_source="sentence")
        out.append(e)
    return out
