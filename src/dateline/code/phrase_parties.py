"""Parties named in a verb's phrases, told from places that are only where the act was done:
"sanctions against India", "talks with Iran" name a party; "met in Ankara" names where the
meeting was held, and "struck Hamas targets in Gaza" is done to Hamas, whose targets they are
(a thing whose own modifier names its holder stands for that holder, not for the place it
lies in)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actor_places import on_channel
from ..deps import pobjs, prep_objects
from ..wordclasses import word_class
from .concerns import party_word
from .phrases import doer_in_modifier, known_group, thing
from .recipient_venues import deal_made
from .phrases import doer_word as _doer
from .words import is_when

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["DEALS", "party_in", "meeting", "held_thing", "where_not_whom", "deal_made_with"]

_PARTY_PREPS = frozenset({"to", "with", "against", "on", "from", "in", "into", "upon", "for"})
#: Prepositions of a phrase that says where an act was done ("in Gaza", "near Idlib").
_WHERE = word_class("where_preps_recipient") | {"into"}
#: Meetings: a place one is held in is its venue, no party ("will meet in Ankara").
_MEETINGS = word_class("meeting_venues")
#: Nouns of a deal between parties.
DEALS = word_class("deals_agreed")


def _meeting_word(tok: Token) -> bool:
    return tok.lemma_.lower() in _MEETINGS or tok.lower_ in _MEETINGS


def meeting(verb: Token) -> bool:
    """A meeting, named by the word or by the object of a light verb ("met", "held talks",
    "will hold a summit"): a place it is in is where it is held. Meeting a thing is no meeting
    ("would not meet the demands")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if _meeting_word(verb):
        return not any(thing(o) and not _meeting_word(o) for o in objects)
    return any(_meeting_word(o) for o in objects)


def party_in(verb: Token, event_type: str) -> Token | None:
    """A party named in a prepositional phrase of the verb: "to Ethiopia", "with Iran",
    "against the entities", "from Abyei", "in Bangkok". Someone the act goes to, with or
    against comes before a place it happens in ("surrendered their territory in Syria to
    US-backed forces": the forces); a meeting's place is where it is held ("will meet in
    Ankara", "held talks in Moscow"); a medium it goes out on is none ("on television")."""
    # aid "sent from Jordan" comes from there: where it goes is another phrase's
    preps = _PARTY_PREPS - {"from"} if event_type == "AID" else _PARTY_PREPS
    found = [pobj for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
             for pobj in pobjs(c) if not is_when(pobj)
             and not on_channel(pobj)]
    held_at = venue(verb)  # "met in Ankara", "signed a deal in Paris"
    return next((p for p in found if party_word(p) and p.head.lower_ != "in"), None) or next(
        (p for p in found if (_doer(p) or p.ent_type_ in ("GPE", "LOC", "NORP")) and not (
            held_at and p.head.lower_ in _WHERE)), None)


def venue(word: Token) -> bool:
    """Whether a place "in" or "at" ``word`` is where it was held or made, no party to it: a
    meeting's ("held talks in Vienna") or a deal's ("signed a treaty in Vienna")."""
    return meeting(word) or deal_made(word)


def held_thing(thing: Token) -> bool:
    """Whether a thing's own modifier names whose it is: a demonym ("Kurdish positions"), a
    name ("Hamas targets", "Islamic State targets", whose name the parse may split) or a body
    ("army posts")."""
    return doer_in_modifier(thing) is not None or any(
        c.dep_ == "compound" and c.i < thing.i and (known_group(c) or any(
            g.ent_type_ in ("ORG", "NORP") for g in c.subtree)) for c in thing.lefts)


def where_not_whom(found: Token | None, thing: Token) -> Token | None:
    """``found``, a party named in a phrase of the verb, unless it is where the act was done
    and the ``thing`` acted on names its holder: "struck Hamas targets in Gaza" is done to
    Hamas, in Gaza (``None``: the thing itself is the recipient's words)."""
    if found is not None and found.dep_ == "pobj" and found.head.lower_ in _WHERE and \
            held_thing(thing):
        return None
    return found



def deal_made_with(noun: Token) -> Token | None:
    """The party a deal is made with, named in the "with" phrase of a participle or clause hung
    on the deal ("an agreement signed last year with the union", "the accord reached with the
    rebels"): the recipient of an act done to the deal ("welcomed", "denounced"). A deal's own
    "with" phrase ("the treaty with Vesta") is read with the deal kept as the act's object; a
    clause with its own subject names the party who made it ("the deal that Norland made with
    Vesta": Norland, read by the rules of the clause's subject)."""
    if noun.lemma_.lower() not in DEALS:
        return None
    return next((g for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                 and not any(s.dep_ == "nsubj" for s in c.children)
                 for g in prep_objects(c, "with") if party_word(g)), None)
