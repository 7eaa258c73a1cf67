"""The doer an event noun names by its kind in a modifier: "a regime offensive", "rebel
attacks", "a militant ambush", "jihadist bombings".

A noun or adjective set before an act's noun that names a kind of armed or state party (an
agent of the actor dictionary with such a sector) says who does the act, as a name or a
demonym there does (:func:`dateline.code.phrases.doer_in_modifier`). Not for an act done to
people, whose modifier is its patient ("prisoner releases", "journalist killings") unless an
"of" phrase names the patient ("the rebel capture of 20 soldiers"), nor one
that moves men ("a troop withdrawal", "a troop deployment").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordclasses import word_class
from .words import agent_words

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["kind_doer"]

#: The sectors of parties that do acts of force and of state.
_DOING_SECTORS = frozenset({"GOV", "MIL", "REB", "COP", "UAF", "SPY", "INS", "OPP"})
_PATIENT_NOUNS = word_class("patient_nouns")
#: Acts that move the men their modifier names.
_MOVING = frozenset({"withdrawal", "pullout", "pull-out", "deployment", "redeployment",
                     "drawdown", "buildup", "build-up", "surge", "presence", "reduction",
                     "movement", "increase", "cut", "cuts"})

#: Adjectives that say what kind of act it is rather than who does it.
_KINDS_OF_ACT = frozenset({"military", "armed", "security", "paramilitary", "naval", "air"})


def kind_doer(noun: Token, first: int | None = None) -> tuple[Token, tuple[int, int]] | None:
    """The modifier of event noun ``noun`` (before ``first``, where the trigger's own words
    begin) that names the kind of party doing it, with its span; ``None`` when none does."""
    first = noun.i if first is None else first
    lemma = noun.lemma_.lower()
    if lemma in _MOVING or noun.lower_ in _MOVING or lemma in _PATIENT_NOUNS and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None  # (an "of" phrase names the patient: "the rebel capture of 20 soldiers")
    agents = agent_words()
    for c in noun.lefts:
        if c.i >= first or c.dep_ not in ("compound", "amod") or c.ent_type_ or \
                c.pos_ not in ("NOUN", "ADJ"):
            continue
        if c.lower_ in _KINDS_OF_ACT:
            continue  # "military operations": an armed act, whoever's
        sector = agents.get(c.lower_) or agents.get(c.lemma_.lower())
        if sector in _DOING_SECTORS:
            return c, (c.i, c.i + 1)
    return None
