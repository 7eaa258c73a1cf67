"""Whether an attack word's scene holds arms, for the senses its arguments decide.

One targets a market, battles for votes or raids one's own savings in a contest for buyers,
voters or money; the same words tell an attack when an armed party or a weapon is in the
clause ("soldiers targeted the market with mortars", "the militia targeted voters at the
polling station"). The lexicon's no-event readings (``non_events.tsv``) join the object's kind
to ``unarmed``, so that only an unarmed scene reads as the contest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import subject
from ..wordclasses import word_class
from .arguments import fighter, person_or_office
from .roles import is_passive, parsed_agent

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["quarrel", "unarmed"]

_ARMS = word_class("scene_arms")
#: unit nouns that more often name a business: armed only with what they are of ("a company
#: of marines"), not as "the company" that sells phones
_FIRMS = frozenset({"company", "companies"})


def _armed_party(tok: Token) -> bool:
    if tok.lower_ in _FIRMS:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    return fighter(tok)


def unarmed(verb: Token) -> bool:
    """No armed party or crowd does the act (a passive's agent, else the subject) and no weapon
    or armed party is named in the verb's clause."""
    doer = (parsed_agent(verb) if is_passive(verb) else None) or subject(verb)
    if doer is not None and _armed_party(doer):
        return False
    return not any(t.lemma_.lower() in _ARMS or t.lower_ in _ARMS
                   or (t.pos_ in ("NOUN", "PROPN") and _armed_party(t)) for t in verb.subtree)


def quarrel(verb: Token) -> bool:
    """An attack in words ("the senator attacked the president", "the mayor was attacked by
    the governor"): a named person or an office holder attacks another, neither side armed or
    a crowd and no weapon in the clause (PLOVER ASSAULT is the use of force; criticism is
    ACCUSE, CAMEO 11)."""
    passive = is_passive(verb)
    doer = parsed_agent(verb) if passive else subject(verb)
    attacked = next((c for c in verb.children
                     if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    return doer is not None and attacked is not None and person_or_office(doer) \
        and person_or_office(attacked) and unarmed(verb) and not _armed_party(attacked)
