"""The state a thing acted on is placed in, as the party of an act done to no party.

"deployed troops to the UN peacekeeping mission in Mali", "suspended aid deliveries in
Nigeria", "ready to contribute to peacekeeping operations in Syria": the mission, deliveries
and operations are things (the event's object); the country named in the thing's own "in"
phrase is whom the act concerns, as event coders count it. A town or region is no state here
(the caller keeps only a country's name); a place word ("an army base in Afghanistan") is no
thing, it stands for whoever holds it. A "who" clause the parse hangs on a thing describes the
person the thing's phrase hangs on ("an American fighter with Somali heritage, who was killed").
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from ..deps import prep_objects
from .words import PLACE_NOUNS, counted, is_when

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["state_in", "who_of"]

_IN = ("in", "inside")


#: Phrases that name where or to whom a thing goes: the party is there, not where it stands.
_GOES_TO = frozenset({"to", "for", "into"})


#: Entity labels of the names of parties that own a thing ("Norland's campaign").
_PARTY_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def state_in(thing: Token, own: Collection[int] = ()) -> Token | None:
    """The name of the place the thing's own "in" phrase names ("the mission in Mali": Mali),
    or ``None``; none for a thing a name owns, or one that goes to someone or somewhere ("cut
    supplies to the refugee camp in Thailand": the camp's people, not Thailand, are who it is
    done to), or one another people's word marks as its own ("demanded that the Vestan
    presence in Norland end": Vesta's, not Norland; the doer's own words, at ``own``, leave
    the place the act concerns)."""
    thing = counted(thing)
    if thing.lemma_.lower() in PLACE_NOUNS or any(
            c.dep_ == "prep" and c.lower_ in _GOES_TO for c in thing.children):
        return None  # "an army base in Afghanistan", "positions in Syria": the holder's
    if any(c.dep_ == "poss" and _named(c) for c in thing.children):
        return None  # "backed Norland's campaign in Vesta": the named owner's, in its own phrase
    if any(c.dep_ == "amod" and c.ent_type_ == "NORP" and c.i not in own
           for c in thing.children):
        return None  # (a body's name that runs it is no owner: "the UN mission in Mali")
    return next((g for g in prep_objects(thing, _IN)
                 if g.ent_type_ == "GPE" and not is_when(g)), None)


def _named(owner: Token) -> bool:
    """Whether a possessor names a party: a name ("Norland's"), or a word a name modifies ("the
    Norland army's"); not a bare common noun ("the army's offensive in Vesta": Vesta's)."""
    return owner.pos_ == "PROPN" or owner.ent_type_ in _PARTY_ENTS or any(
        c.dep_ in ("amod", "compound") and c.ent_type_ in _PARTY_ENTS for c in owner.children)


#: Relative pronouns that stand for a person only.
_WHO = frozenset({"who", "whom"})


def who_of(thing: Token) -> Token | None:
    """The person a "who" clause the parse hung on a thing describes, which is the noun the
    thing's phrase hangs on: "an American fighter with Somali heritage, who was killed" (the
    fighter); ``None`` when no "who" clause hangs on the thing, or no noun holds it."""
    if not any(c.dep_ == "relcl" and any(g.lower_ in _WHO for g in c.children)
               for c in thing.children):
        return None
    prep = thing.head
    if thing.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.head.pos_ in ("VERB", "AUX"):  # "married a fighter with Somali heritage, who was
        # killed": the phrase hung on the verb follows its object, the person
        return next((c for c in prep.head.children if c.dep_ in ("dobj", "obj")
                     and c.i < prep.i and c.pos_ in ("NOUN", "PROPN")), None)
    return prep.head if prep.head.pos_ in ("NOUN", "PROPN") else None
