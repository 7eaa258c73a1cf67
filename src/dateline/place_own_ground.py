"""The doer's own ground: "sealed their borders", "on its own territory" (part of stage
``locate``).

An act the text sets on the doer's own land — a border, territory, soil, airspace or coast that
"its" or "their" owns ("Jordan and Israel have sealed their borders", "arrested five men on its
own territory", "deployed troops along its border with Syria") — happens in the doer's country,
not in the country the story is about, nor in the one its border faces: the place of the event is
where the act is done. It holds only where the event's own clause names no place of its own
outside that phrase; a town the clause names ("deployed troops in Kilis, on its border") is finer.
Ground gone into or struck ("troops entered their territory", "fired into its airspace") is
mostly the other side's, and is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .sentences import clause_tokens
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


def own_ground_place(tok: Token, actor: Actor | None, places: Sequence[Toponym]
                     ) -> Place | None:
    """The doer's country (precision 3) for an event set on the doer's own ground, when the
    event's clause names no place outside the ground's phrase (see the module's docstring)."""
    # (only a doer whose own words say its country: not "they" of another's story)
    if actor is None or not actor.country or actor.country_from is not None:
        return None
    ground = own_ground(tok)
    if ground is None:
        return None
    clause = clause_tokens(tok)
    phrase = range(ground.left_edge.i, ground.right_edge.i + 1)
    if any(t.start in clause and t.start not in phrase for t in places):
        return None
    return country_place(actor.country)
