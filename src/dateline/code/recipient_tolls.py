"""Those an attack left dead or hurt, told by "leave" or by a clause on the attack's noun.

"An air strike on a school left 15 children dead", "bombed the market, leaving 20 people dead",
"the explosion left 40 people injured": "leave" with a word of the toll (dead, wounded,
injured) says whom the attack killed or hurt, its object (or the subject the parse gives the
toll word). A relative clause on the attack's noun tells the same: "the bombing, which left 30
people dead", "the attack, in which seven soldiers were killed", "an ambush in which 11
soldiers died". Those are whom the attack was done to; "left the town in ruins" names no toll.
An attacker who died in it ("in which the bomber died") is its doer, not whom it was done to:
he is cut out of those named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .casualties import is_casualty
from .phrases import names_people
from ..wordclasses import word_class
from .words import DIE, RELATIVE_PRONOUNS, TOLL

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["left_dead", "toll_in_clause"]

#: Words for one who attacks, who dies in the attack as its doer ("the bomber").
_ATTACKERS = word_class("attacker_nouns")
#: Prepositions of "in which" that put a death in the attack: "the raid in which ... died".
_WITHIN = frozenset({"in", "during"})


def left_dead(clause: Token) -> Token | None:
    """The people a verb "leave" says were left dead or hurt ("left 15 children dead",
    "leaving 20 people dead", "left 40 people injured"), when they are named as people."""
    if clause.pos_ != "VERB" or clause.lemma_.lower() != "leave":
        return None
    for c in clause.children:
        if c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ in TOLL:
            left = next((g for g in clause.children if g.dep_ in ("dobj", "obj")), None)
        elif c.dep_ in ("ccomp", "conj") and c.lower_ in TOLL:  # the parse's "40 people
            # injured", "left the hospital in ruins and 15 patients dead"
            left = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        else:
            continue
        return left if left is not None and names_people(left) else None
    return None


def toll_in_clause(noun: Token) -> Token | None:
    """The people a relative clause on an attack's noun says it left dead or hurt ("which left
    30 people dead") or killed, wounded or saw die "in which" ("in which seven soldiers were
    killed", "in which 11 soldiers died"); ``None`` when no such clause names them."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for rel in noun.children:
        if rel.dep_ != "relcl" or rel.pos_ != "VERB":
            continue
        if any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in rel.children):
            left = left_dead(rel)
            if left is not None:
                return left
        if not any(c.dep_ == "prep" and c.lower_ in _WITHIN and any(
                g.lower_ == "which" for g in c.children) for c in rel.children) or \
                not is_casualty(rel):
            continue
        deps = ("nsubjpass", "nsubj") if rel.lemma_.lower() in DIE else ("nsubjpass",)
        dead = next((c for c in rel.children if c.dep_ in deps), None)
        dead = _struck(dead) if dead is not None else None
        if dead is not None and dead.pos_ != "PRON" and names_people(dead):
            return dead
    return None


def _struck(dead: Token) -> Token | None:
    """Those who died in an attack but its attacker: "the bomber and 12 others" gives "12
    others", "the gunman" alone none."""
    if dead.lemma_.lower() not in _ATTACKERS:
        return dead
    return next((c for c in dead.children if c.dep_ == "conj" and
                 c.lemma_.lower() not in _ATTACKERS), None)
