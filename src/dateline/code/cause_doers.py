"""The doer of a death or a wound told by the act it came in: "died in an American airstrike"
(the United States), "were killed in clashes with US forces" (the forces), "300 killed in
airstrikes and shelling by government forces" (the forces).

The dead are never the doer of their own death: a death told with its cause takes the cause's
doer, named in a modifier of the act, by its "by" phrase, or for a fight, as the side it was
fought "with", or none ("died in an airstrike"). Fights between named sides ("clashes between
the army and rebels") name no killer and give none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import prep_objects
from ..wordclasses import word_class
from .phrases import doer_word, named_doer

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["told_cause"]

_CAUSES = word_class("death_causes")
_FIGHTS = word_class("death_fights")
#: Acts that are attacks whoever did them (not "a fire", "a blast"): a death in one has no
#: doer among the dead.
_ATTACKS = word_class("attack_nouns") | word_class("fight_words") | _FIGHTS
#: Prepositions that tell the act a death came in.
_IN = ("in", "during", "from")
_NO_DOER = frozenset({"DATE", "TIME", "CARDINAL", "GPE", "LOC", "FAC"})


def _named(word: Token) -> bool:
    return word.lower_ in _CAUSES or word.lemma_.lower() in _CAUSES


def _doer_of(act: Token) -> Token | None:
    named = named_doer(act)
    if named is not None:
        return named[0]
    for prep, fit in (("by", True), ("with", act.lower_ in _FIGHTS or act.lemma_.lower()
                                     in _FIGHTS)):
        if not fit:
            continue
        party = next((g for g in prep_objects(act, prep) if g.ent_type_ not in _NO_DOER
                      and g.pos_ in ("NOUN", "PROPN") and doer_word(g)), None)
        if party is not None:
            return party
    return None


def told_cause(verb: Token) -> tuple[Token, Token | None] | None:
    """``(act, its doer)`` for a death or wound ``verb`` told to have come in an act, the doer
    ``None`` when the phrase names none ("whose mother died in an airstrike": the dead are no
    doer all the same); ``None`` when no such act is told."""
    for noun in prep_objects(verb, _IN):
        acts = [noun, *(c for c in noun.conjuncts if c.i > noun.i)]
        # "killed in airstrikes and shelling by …": the parse may join the second act to the
        # verb as a gerund
        acts += [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBG"
                 and c.i > noun.i and _named(c)]
        if not any(_named(a) for a in acts):
            continue
        for act in acts:
            doer = _doer_of(act) if _named(act) else None
            if doer is not None:
                return act, doer
        attack = next((a for a in acts if a.lemma_.lower() in _ATTACKS
                       or a.lower_ in _ATTACKS), None)
        if attack is not None:
            return attack, None
    return None
