"""A party rejected is disapproved of; a proposal rejected is refused.

PLOVER's REJECT is the refusal of what is put to one: a proposal, a demand, an offer, a request
("rejected the ceasefire proposal", "opposed a plan to close the border"). A party rejected or
opposed ("rejected the militants", "opposed the junta") is nothing one could accept or refuse:
it is disapproved of, PLOVER ACCUSE (disapprove; CAMEO 11). The party must be the verb's own
object, not the possessor the parse may take for it ("rejected the envoy's calls"), and no
pronoun, which may stand for a proposal as well as for a party. A name is a party's when it is
a person's or a people's, or the actor dictionary knows it for a state, an organisation or a
group; a treaty, a law or a policy ("rejected NAFTA", "opposed Obamacare") is refused.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..deps import prep_objects
from ..tokens import entity_at
from ..wordclasses import word_class
from .forces import armed
from .roles import is_passive, parsed_agent
from .senses import direct_object, of_head
from .words import PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["disowned_parties"]

_DISOWNING = word_class("disowning_verbs")
#: people by kind, office or role, and bodies: "the envoy", "the junta", "the group"
_PARTY_NOUNS = PERSON_NOUNS | word_class("person_heads") | word_class("offices") \
    | word_class("doers") | word_class("body_heads")


def _named_party(name: Token) -> bool:
    """A person or a people named, or a name the actor dictionary gives a sector."""
    if name.ent_type_ in ("PERSON", "NORP"):
        return True
    if name.ent_type_ not in ("ORG", "GPE"):
        return False
    from ..actors import resolve_actor  # the resolver imports the coder

    ent = entity_at(name)
    return ent is not None and resolve_actor(name.doc, (ent.start, ent.end)).sector is not None


def _party(tok: Token) -> bool:
    return _named_party(tok) or tok.lemma_.lower() in _PARTY_NOUNS or armed(tok)


def _party_object(verb: Token) -> bool:
    """The verb's object as its senses read it ("the militants were rejected") is a party. A
    passive with no "by" and a "to" ("Norway is opposed to the plan") is a stance its subject
    takes: what it opposes is what "to" names."""
    stance = is_passive(verb) and parsed_agent(verb) is None
    obj = next(prep_objects(verb, "to"), None) if stance else direct_object(verb)
    if obj is None:
        return False
    obj = of_head(obj)
    return obj.pos_ != "PRON" and _party(obj) and not any(
        c.dep_ == "case" for c in obj.children)  # "the envoy's calls": a possessor


def disowned_parties(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each REJECT whose verb's object is a party read as disapproval."""
    out = []
    for m in mentions:
        tok = doc[m.trigger]
        if m.sense.event_type == "REJECT" and tok.lemma_.lower() in _DISOWNING \
                and _party_object(tok):
            m = replace(m, sense=replace(m.sense.with_type("ACCUSE", "11"), mode="disapprove"))
        out.append(m)
    return out
