"""The other party of the deal an act is agreed or done under.

The recipient of an act of agreeing, yielding or settling is the party agreed with. A sentence
often names that party only in the deal the act is part of: "agreed to pay a fine in a
settlement with regulators", "the rebels agreed to withdraw under a deal with the army", "agreed
to close the charity as part of an agreement with the prosecutor". The "with" phrase of that
deal names the counterpart; what was agreed to be done ("pay a fine", "close the charity") is
the act's content, not whom it was agreed with.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import prep_objects
from .joint_parties import with_party
from .phrase_parties import DEALS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Actor
    from .mention import Mention

__all__ = ["deal_party"]

#: Acts done towards the party a deal is made with.
_AGREED_TYPES = frozenset({"AGREE", "CONCEDE", "RETREAT", "SUPPORT", "COOPERATE"})
#: Prepositions that set an act in a deal ("in a deal with", "under an agreement with").
_IN_DEAL = ("in", "under", "through", "as")
#: Verbs of agreeing whose clause tells what was agreed ("agreed to withdraw").
_AGREEING = frozenset({"agree", "settle", "consent"})
#: How the agreed act hangs from the verb of agreeing ("agreed to pay").
_AGREED = frozenset({"xcomp", "ccomp"})


def _deal_nouns(word: Token) -> list[Token]:
    """The deal nouns of ``word``'s "in/under/as (part of)" phrases."""
    found = []
    for obj in prep_objects(word, _IN_DEAL):
        if obj.lower_ == "part":  # "as part of a deal with"
            found += list(prep_objects(obj, "of"))
        else:
            found.append(obj)
    return [g for g in found if g.lemma_.lower() in DEALS]


def _agreed_clause(trigger: Token) -> list[Token]:
    return [c for c in trigger.children if c.dep_ in _AGREED and c.pos_ in ("VERB", "AUX")]


def deal_party(doc: Doc, m: Mention, target: Actor | None) -> Token | None:
    """The head of the party a deal named with the act of ``m`` is made with ("in a settlement
    with regulators": "regulators"), when the act is one of agreeing or yielding and its
    recipient ``target`` is none or lies in what was agreed to be done; else ``None``."""
    if m.sense.event_type not in _AGREED_TYPES:
        return None
    trigger = doc[m.trigger]
    clauses = _agreed_clause(trigger)
    if target is not None and m.target is not None and not any(
            c.left_edge.i <= m.target[0] and m.target[1] - 1 <= c.right_edge.i for c in clauses):
        return None  # a party the act itself names ("agreed with the union")
    above = _above(trigger)
    agreeing = [w for w in above if w.lemma_.lower() in _AGREEING]
    parties = [with_party(deal) for word in (trigger, *clauses, *above)
               for deal in _deal_nouns(word)] + [with_party(verb) for verb in agreeing]
    return next((p for p in parties if p is not None and (
        m.source is None or not m.source[0] <= p.i < m.source[1])), None)


def _above(trigger: Token) -> list[Token]:
    """The words the act hangs from, up to a verb of agreeing: the light verb of its noun and
    the verb whose agreed clause it is ("agreed to end the strike": "end", "agreed")."""
    tok, found = trigger, []
    for _ in range(2):
        if tok.dep_ not in (*_AGREED, "dobj", "obj") or tok.head.i == tok.i:
            break
        tok = tok.head
        found.append(tok)
        if tok.lemma_.lower() in _AGREEING:
            break
    return found if any(w.lemma_.lower() in _AGREEING for w in found) else []

