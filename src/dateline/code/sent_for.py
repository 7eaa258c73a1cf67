"""Whom people or goods sent as aid go to when no "to" phrase names them: the party the purpose
they are sent with acts on ("sent doctors to help the victims of the earthquake": the victims);
the people sent are the sender's own ("sent doctors", "dispatched a team"), not its recipient."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import subject
from .concerns import party_word
from .words import is_when

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["helped_party", "own_people_sent"]

#: Types of an act of giving, whose purpose names whom it is for (not praise: "hailed the
#: decision to reappoint him" is the decision's makers').
_GIVING = frozenset({"AID"})


def _to_clause(tok: Token) -> bool:
    """A clause of purpose with no subject of its own: "to help the victims"."""
    return tok.dep_ in ("advcl", "xcomp") and tok.pos_ == "VERB" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in tok.children) and subject(tok) is None


def helped_party(verb: Token, event_type: str) -> Token | None:
    """The party the purpose of an act of giving acts on: "sent medicine to help the victims",
    "provided funds to feed displaced families" (not "to rebuild the bridge": no party)."""
    if event_type not in _GIVING:
        return None
    return next((g for c in verb.children if _to_clause(c) for g in c.children
                 if g.dep_ in ("dobj", "obj") and party_word(g) and not is_when(g)), None)


def own_people_sent(verb: Token, obj: Token, event_type: str) -> bool:
    """People sent as aid are the sender's own ("sent doctors and nurses"), unless the verb
    gives them something ("provided the families with food": the families receive)."""
    return event_type in _GIVING and party_word(obj) and not any(
        c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
