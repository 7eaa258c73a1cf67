"""The doer's own ground: "sealed their borders", "on its own territory" (part of stage
``locate``).

An act the text sets on the doer's own land — a border, territory, soil, airspace or coast that
"its" or "their" owns ("Jordan and Israel have sealed their borders", "arrested five men on its
own territory", "deployed troops along its border with Syria") — happens in the doer's country,
not in the country the story is about, nor in the one its border faces: the place of the event is
where the act is done. It holds only where the event's own clause names no place of its own
outside that phrase; a town the clause names ("deployed troops in Kilis, on its border") is finer.
Ground gone into or struck ("troops entered their territory", "fired into its airspace") is
mostly the other side's, and is left alone; so is the land an attack is made on ("drone attacks
on its territory", "fired missiles at targets on its territory"). Nor is "its" or "their" the
doer's where another party of the sentence could own it: one who says or accuses it ("Syria
said Israeli jets …", "Russia accused Ukraine of …").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .sentences import clause_tokens
from .tokens import parse_text
from .toponyms import country_place

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .records import Actor, Place
    from .toponyms import Toponym

__all__ = ["OWN_GROUND", "own_ground", "own_ground_place"]

#: Nouns of a land's own ground that an owner's "its" or "their" makes the doer's.
OWN_GROUND = frozenset({"border", "borders", "frontier", "frontiers", "territory", "territories",
                        "soil", "airspace", "waters", "coast", "coastline", "borderlands",
                        "homeland"})
_OWNERS = frozenset({"its", "their"})
#: Verbs and prepositions of going into or striking ground: whose ground "its" or "their" names
#: there is mostly the other side's ("Turkish forces entered their territory", "fired into its
#: airspace").
_INTRUSION = frozenset({"invade", "enter", "attack", "bomb", "strike", "shell", "hit", "raid",
                        "storm", "besiege", "capture", "seize", "cross", "occupy", "target",
                        "bombard", "overrun", "annex", "violate", "breach", "infiltrate",
                        "penetrate", "into", "across", "onto"})
#: Kinds of event that strike: the land "its" or "their" names that they are done on is the one
#: struck ("attacks on its territory"), not the doer's, unless "own" says so ("detained six
#: gunmen on its own territory").
_STRIKING = frozenset({"ASSAULT", "FIGHT", "COERCE"})
#: Nouns of land an act is done on (not a line along which it may be done from one's own side:
#: "clashed with smugglers on its border").
_LAND = frozenset({"territory", "territories", "soil", "airspace", "waters", "homeland"})
#: Dependency labels of the parties of a clause: its subjects and direct object.
_PARTIES = frozenset({"nsubj", "nsubjpass", "dobj"})
#: Words of parties that cannot own "its" (persons and many) or "their" (one thing).
_NOT_ITS = frozenset({"he", "she", "i", "we", "you", "they"})
_NOT_THEIR = frozenset({"he", "she", "i", "we", "you", "it"})


def own_ground(tok: Token) -> Token | None:
    """The noun of ground its owner's pronoun makes the doer's that the clause of ``tok`` names
    ("sealed their borders": borders), if any."""
    doc = tok.doc
    for i in sorted(clause_tokens(tok)):
        w = doc[i]
        if w.lower_ in OWN_GROUND and w.i != tok.i and any(
                c.dep_ == "poss" and c.lower_ in _OWNERS for c in w.children):
            return None if w.head.lemma_.lower() in _INTRUSION else w
    return None


def _could_own(party: Token, owner: str) -> bool:
    """Whether the party ``party`` could be what the possessive ``owner`` ("its", "their")
    stands for."""
    if owner == "its":
        return party.lower_ not in _NOT_ITS and party.tag_ not in ("NNS", "NNPS")
    return party.lower_ not in _NOT_THEIR


def _other_owner(tok: Token, actor: Actor, owner: str) -> bool:
    """Whether a party of the sentence of ``tok`` other than the doer ``actor`` could own the
    possessive ``owner``: the subject or object of a verb ``tok``'s clause hangs on ("Syria
    said …", "Russia accused Ukraine of …"), or a name ``tok`` itself is done to ("accused
    Ukraine")."""
    parties = [c for a in tok.ancestors for c in a.children
               if c.dep_ in _PARTIES and c.i != tok.i and tok not in c.subtree]
    parties += [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
    for p in parties:
        start, end = p.left_edge.idx, p.right_edge.idx + len(p.right_edge)
        if actor.char_start is not None and actor.char_end is not None:
            doer = start < actor.char_end and actor.char_start < end
        else:
            doer = parse_text(p.doc)[start:end] == actor.text
        if not doer and _could_own(p, owner):
            return True
    return False


def own_ground_place(tok: Token, actor: Actor | None, places: Sequence[Toponym],
                     kind: str | None = None) -> Place | None:
    """The doer's country (precision 3) for an event set on the doer's own ground, when the
    event's clause names no place outside the ground's phrase (see the module's docstring);
    ``kind`` is the event's type ("ASSAULT")."""
    # (only a doer whose own words say its country: not "they" of another's story)
    if actor is None or not actor.country or actor.country_from is not None:
        return None
    ground = own_ground(tok)
    if ground is None or (kind in _STRIKING and ground.lower_ in _LAND and not any(
            c.lower_ == "own" for c in ground.children)):
        return None  # ("drone attacks on its territory": the land struck; not "its own")
    owner = next(c.lower_ for c in ground.children if c.dep_ == "poss" and c.lower_ in _OWNERS)
    if _other_owner(tok, actor, owner):
        return None  # ("Syria said Israeli jets …": "its" may be the sayer's)
    clause = clause_tokens(tok)
    phrase = range(ground.left_edge.i, ground.right_edge.i + 1)
    if any(t.start in clause and t.start not in phrase for t in places):
        return None
    return country_place(actor.country)
