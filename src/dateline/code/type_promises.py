"""A promise named by a noun whose content is an act of its own: one event, the act's.

"the promise to withdraw the troops", "his pledge of a withdrawal", "a vow to crush the
rebels": what is promised is the event (a withdrawal to come is a concession, CONCEDE, by the
PLOVER manual; an attack vowed a threat), told with the status the noun gives it; the noun is
no second, cooperative AGREE beside it. The verb's case ("promised to withdraw") is
:func:`dateline.code.merge.concessions_agreed`'s; a promise to cooperate stays AGREE.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .words import CONFLICT_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .mention import Mention

__all__ = ["promised_acts"]

# Acts whose intent is their own event: promising them is not a second, cooperative one.
_INTENDED = CONFLICT_TYPES | {"CONCEDE", "RETREAT"}


def _content(noun: Token) -> list[Token]:
    """What the noun ``noun`` promises: its infinitive ("the promise to withdraw") and what it
    is "of" ("the pledge of a withdrawal")."""
    out = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VB" and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    out += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]
    return out


def promised_acts(verbs: list[tuple[Mention, Token]], nouns: list[tuple[Mention, Token]]
                  ) -> list[tuple[Mention, Token]]:
    """``nouns`` without the AGREE of a promise noun whose content is an act found in the
    sentence (a verb or a noun trigger) of a type that is its own event."""
    acts = {t.i: m.sense.event_type for m, t in verbs + nouns}
    return [(m, t) for m, t in nouns if not (
        m.sense.event_type == "AGREE" and t.pos_ == "NOUN"
        and any(acts.get(c.i) in _INTENDED for c in _content(t)))]
