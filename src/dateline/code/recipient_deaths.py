"""Those who died or were hurt in the clause an attack's "when" clause hangs on.

"Two guards died when gunmen stormed the compound", "the reporter was killed when a missile hit
the convoy", "dozens were wounded after jets struck a market": the attack is told in a clause of
time or sequence on a verb of dying, killing or wounding, and the ones that verb says died or
were hurt are whom the attack was done to. The attack's own object, a building or a vehicle, is
a thing struck (the event's object), not the party.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .casualties import is_casualty
from .phrases import names_people
from .words import DIE, WHEN_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["dead_of"]


def dead_of(act: Token) -> Token | None:
    """The subject of the verb of dying, killing or wounding whose "when" clause tells the act
    (the act's verb, or the verb an act's noun is the subject or object of), when it names
    people who are not the act's own doer; else ``None``."""
    clause = act.head if act.pos_ in ("NOUN", "PROPN") and act.dep_ in (
        "nsubj", "dobj", "obj") else act
    if clause.dep_ != "advcl" or clause.head.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ in ("mark", "advmod") and c.lower_ in WHEN_MARKS for c in clause.children):
        return None
    if not _own_doer(clause):
        return None  # "was killed when he stormed the post": the dead may be the doer
    dying = clause.head
    if not is_casualty(dying):
        return None
    # a passive's subject was killed or hurt; an active's only with a verb of dying ("died");
    # "rebels killed two guards when …" names the killers
    deps = ("nsubjpass", "nsubj") if dying.lemma_.lower() in DIE else ("nsubjpass",)
    dead = next((c for c in dying.children if c.dep_ in deps), None)
    if dead is None or dead.pos_ == "PRON" or not names_people(dead):
        return None
    return dead


def _own_doer(clause: Token) -> bool:
    """Whether the clause names who or what struck in words of its own: a subject that is no
    pronoun ("when gunmen stormed", "when a missile hit"), or a passive's "by" phrase."""
    return any(c.dep_ == "nsubj" and c.pos_ != "PRON" or c.dep_ == "agent"
               for c in clause.children)
