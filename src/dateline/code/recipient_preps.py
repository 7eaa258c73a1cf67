"""The prepositions whose object is the party a verb's act is done to or aimed at.

Each type of act has its own (``TARGET_PREPS``: "surrendered to the police", "an attack on the
base"). Two readings of a verb change them: where a retreating doer goes is no party to its
retreat ("fled to Syria", see :mod:`.recipient_destinations`), and the "at" of a verb of
criticism with a particle names whom the retort is aimed at ("lashed out at the minister", "hit
back at the president"), where a bare "at" is an occasion ("criticised the plan at a rally").
A verb of criticism with no object of its own is aimed at whom its topic names, after "about"
or "over" ("complained about the police", "protested over the army's raids": whose raids), as
a comment is (:mod:`.recipient_comments`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .recipient_destinations import gone_to
from .words import TARGET_PREPS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["party_preps"]

#: Particles that make a verb of criticism a retort aimed "at" someone.
_RETORTS = frozenset({"out", "back"})
#: Prepositions whose object is what a criticism is about.
_TOPIC = ("about", "over")


def party_preps(verb: Token, event_type: str) -> tuple[str, ...]:
    """The prepositions whose object is the party an act of ``event_type`` told by ``verb`` is
    done to or aimed at."""
    gone = gone_to(verb, event_type)
    preps = tuple(p for p in TARGET_PREPS.get(event_type, TARGET_PREPS["default"])
                  if p not in gone)
    if event_type == "ACCUSE" and any(c.dep_ in ("prt", "advmod") and c.lower_ in _RETORTS
                                      for c in verb.children):
        preps = (*preps, "at")
    if event_type == "ACCUSE":  # "complained about the police"
        preps = (*preps, *_TOPIC)
    return preps
