"""Stage ``date``: what a relative clause tells a dated deed did, or what happened in it, is of
the deed's time, also where the parse hangs the clause on a place or a thing named after the
deed ("last month's attack on the embassy in Kabul, which killed five guards": the killing is
last month's, though the clause hangs on "Kabul"; "the 2016 siege of Aleppo, in which jets
bombed hospitals": 2016).

Only a clause whose relative word is its subject (the deed did it: "which killed") or the object
of a preposition (it happened in the deed: "in which", "during which") tells of the deed itself;
what is done to the deed ("which the minister condemned", "which was claimed by Isis") is
another act, with a time of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .date_reach import covers_any, dates_a_point, time_of_noun
from .date_story import happenings
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .timex import TimeExpression

__all__ = ["described_time", "deed_time"]

#: Nouns of deeds with a time and a scene of their own ("attack", "bombing", "massacre"), and the
#: happenings the story tells again ("the siege", "the offensive", "the arrest").
_DEEDS = word_class("deed_nouns") | word_class("undergone_acts") | word_class("explosions") | (
    happenings("attack", "killing", "kidnapping", "invasion", "capture", "offensive"))
_RELATIVE = frozenset({"which", "that", "where", "when"})
#: How many "of"/"on"/"in" phrases a clause may hang below the deed it tells of.
_MAX_HOPS = 3


def _tells_deed(clause: Token) -> bool:
    """The relative clause ``clause`` tells what its noun did or what happened in it: its
    relative word is its active subject, or the object of a preposition ("in which")."""
    for c in clause.children:
        if c.dep_ == "nsubj" and c.lower_ in _RELATIVE:
            return True
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in _RELATIVE
                                    for g in c.children):
            return True
    return False


def _deed_above(noun: Token) -> Token | None:
    """The nearest deed noun at or above ``noun`` through its chain of prepositional phrases
    ("the attack on the embassy in Kabul" from "Kabul")."""
    for _ in range(_MAX_HOPS + 1):
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in _DEEDS:
            return noun
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("NOUN", "PROPN"):
            return None
        noun = prep.head
    return None


def deed_time(doc: Doc, clause: Token, times: Iterable[TimeExpression]
              ) -> TimeExpression | None:
    """The time of the dated deed the past relative clause ``clause`` tells of (module text),
    else ``None``."""
    if clause.dep_ != "relcl" or not _tells_deed(clause):
        return None
    deed = _deed_above(clause.head)
    if deed is None:
        return None
    return next((t for t in times if t.date and (dates_a_point(t) or t.kind == "thing_year")
                 and time_of_noun(doc, t, deed)), None)


def described_time(doc: Doc, clause: Token, times: Iterable[TimeExpression], said_when: bool
                   ) -> TimeExpression | None:
    """The time of what the past relative clause ``clause`` describes: a time told of its noun
    ("a call on Friday in which he agreed"), any time of its noun's phrase for a "when" clause
    ("on 23 October when a suicide belt exploded"), else :func:`deed_time`."""
    times = list(times)
    noun = clause.head
    described = {t.idx for t in noun.subtree} - {t.idx for t in clause.subtree}
    return next((t for t in times if dates_a_point(t) and covers_any(t, described) and (
        said_when or time_of_noun(doc, t, noun))), None) or deed_time(doc, clause, times)
