"""The party an act named by a noun is done to, said by a clause hung on the noun: "launched
an offensive to retake the town from the rebels" (the rebels), "an operation that pushes the
Kurds away from the border" (the Kurds)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..deps import subjects
from .roles import RELATIVE_PRONOUNS, object_of
from .shared_objects import named_party

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["clause_party"]


def _acts_for(clause: Token, noun: Token) -> bool:
    """Whether a clause on ``noun`` tells what the act itself does: a purpose with no subject
    of its own ("an offensive to retake …") or a relative clause whose subject is the act
    ("an operation that pushes …")."""
    if clause.pos_ != "VERB":
        return False
    subjs = subjects(clause)
    if clause.dep_ == "acl":
        return not subjs and any(c.dep_ == "aux" and c.lower_ == "to"
                                 for c in clause.children)
    return clause.dep_ == "relcl" and len(subjs) == 1 and \
        subjs[0].lower_ in RELATIVE_PRONOUNS - {"whom", "whose"} and subjs[0].i > noun.i


def clause_party(noun: Token, event_type: str, acts: Callable[[Token], bool]) -> Token | None:
    """The party a clause on an act's noun says the act is done to, or ``None``: only a clause
    whose verb ``acts`` (names an act: not "an attack that included 500 troops") and only a
    party, not a place ("a strike that shut down the capital")."""
    for clause in noun.children:
        if clause.dep_ in ("acl", "relcl") and _acts_for(clause, noun) and acts(clause):
            party = object_of(clause, event_type)
            if named_party(party) and party.ent_type_ not in ("GPE", "LOC", "FAC"):
                return party
    return None
