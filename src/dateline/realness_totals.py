"""Ground won or lost over a campaign: a total, not an act at a time.

An event is a particular act at a particular time. "The group has been driven out of its
territory", "the militants have been pushed out of almost all the land they held", "the army
has recaptured most of the territory": an act told in the perfect whose ground is the whole or
most of a party's land (:data:`_GROUND` named with a possessive pronoun alone, "its
territory", or through "all", "most", "much", a share: "nearly all of its strongholds", "95%
of the land") sums the gains or losses of a campaign, with no time of its own. A place named
("out of Raqqa"), a day ("on Monday") or the simple past ("drove them out of the town") is one
act, and keeps its event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .aspect import PRESENT_PERFECT
from .code.occasions import auxes, own_time
from .code.words import OWNERS
from .deps import prep_objects
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .records import Event

__all__ = ["ground_total"]

#: the land a party holds ("territory", "strongholds", "towns")
_GROUND = word_class("held_ground")
#: words that take the whole or most of it ("all of", "most of", "95% of")
_WHOLE = frozenset({"all", "most", "much", "bulk", "majority", "%", "percent", "per", "half",
                    "swathes", "swaths", "rest"})


def _whole_ground(noun: Token) -> bool:
    """"its territory", "all the land", "most of the towns", "nearly all of its strongholds"."""
    if noun.lemma_.lower() in _GROUND:
        kids = list(noun.children)
        owned = [c for c in kids if c.dep_ == "poss"]
        if owned and all(c.lower_ in OWNERS for c in owned) and not any(
                c.dep_ in ("amod", "compound", "nummod") for c in kids):
            return True
        return any(c.dep_ in ("predet", "det") and c.lower_ == "all" for c in kids)
    return noun.lower_ in _WHOLE and any(
        _whole_ground(g) or g.lemma_.lower() in _GROUND for g in prep_objects(noun, "of"))


def ground_total(tok: Token, e: Event) -> bool:
    """Whether ``e`` (its trigger the verb ``tok``) is ground won or lost over a campaign: told
    in the perfect, with no time in its clause, its object or the object of one of its
    prepositions (or of "out of") the whole or most of a party's land."""
    if tok.pos_ not in ("VERB", "AUX") or not PRESENT_PERFECT & set(auxes(tok)) or \
            own_time(tok, clause=True):
        return False
    grounds = [c for c in tok.children if c.dep_ == "dobj"] + list(prep_objects(tok))
    grounds += [g for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ == "out"
                for g in prep_objects(c, "of")]
    return any(_whole_ground(g) for g in grounds)
