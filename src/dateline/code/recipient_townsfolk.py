"""A town struck is where an act of force was done, not whom it was done to.

"Jets bombed villages near Hama", "troops shelled the town of Ariha": the dictionaries read a
common noun of a settlement ("town", "village", "city", "neighbourhood") as its people, and so
as civilians of the place's country. An act of force on a settlement is done to its people only
when the text says people were hit (then those words are the recipient: "killing 12 people",
"the residents", :mod:`.recipient_victims`); else it is done to whoever holds the place, when
the article says (:mod:`.recipient_held`, which runs first), and otherwise to no one named: the
recipient is left empty rather than made up (ACLED names civilians as the second actor only
when civilians were the ones struck).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordclasses import word_class
from .words import FORCE_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..records import Actor
    from .mention import Mention

__all__ = ["settlement_struck"]

#: Common nouns of settlements the dictionaries read as their people.
_SETTLEMENTS = word_class("settlement_nouns")


def settlement_struck(doc: Doc, m: Mention, target: Actor | None) -> Actor | None:
    """``target``, or ``None`` when it is only a settlement's common noun ("the town", "villages")
    read as its people for an act of force on it."""
    if m.sense.event_type not in FORCE_TYPES or target is None or target.sector != "CVL" or \
            target.antecedent or target.char_start is None or target.char_end is None:
        return target
    span = doc.char_span(target.char_start, target.char_end, alignment_mode="expand")
    if span is None or span.root.pos_ != "NOUN" or \
            span.root.lemma_.lower() not in _SETTLEMENTS:
        return target
    return None
