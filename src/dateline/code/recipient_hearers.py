"""Who was told: the hearer a verb of telling or of speaking names.

A verb of telling names its hearer as its object ("told the newspaper", "informed the agency
that …", "assured Kabul that …"); a verb of speaking names it in its "to" phrase ("said to the
BBC", "speaking to Al Jazeera", "wrote to the council"). The rules that find whom an act was
said to (the party addressed, :mod:`.recipient_told`; the outlet it was told to,
:mod:`.recipient_media`) read the hearer here, and judge it by their own classes of words;
the party addressed is never an audience (:func:`audience`: "told reporters", "a letter to
his supporters"), a place or a thing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import prep_object
from ..wordclasses import word_class
from .phrases import a_place, thing

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

__all__ = ["SPEAKING", "TELLING", "audience", "hearers"]

#: Verbs of telling a party something, whose object is the hearer ("told X that").
TELLING = frozenset({"tell", "inform", "assure", "warn", "notify", "promise", "remind"})
#: Verbs of speaking whose "to" phrase names the hearer ("said to the newspaper").
SPEAKING = frozenset({"say", "speak", "talk", "tell", "write", "explain", "confirm", "insist"})
#: Dependencies of the object of a verb of telling.
_OBJECTS = frozenset({"dobj", "obj", "dative", "iobj"})
#: Hearers of words, no party they are addressed to ("reporters", "the press").
_AUDIENCES = word_class("audiences") | frozenset({"journalist", "reporters", "press", "media"})


def audience(to: Token, more: frozenset[str] = frozenset()) -> bool:
    """Whether the hearer ``to`` is no party addressed: a place, a thing, or an audience (its
    lemma or form in the class, or in ``more``)."""
    words = _AUDIENCES | more
    return a_place(to) or thing(to) or to.lemma_.lower() in words or to.lower_ in words


def hearers(verb: Token, telling: frozenset[str] = TELLING, *,
            spoken_to: bool = True) -> Iterator[Token]:
    """The words of those ``verb`` says were told, in the sentence's order: the objects of a
    verb of ``telling``, and (``spoken_to``) the object of the "to" of a verb of speaking."""
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ in _OBJECTS and lemma in telling:
            yield c
        elif spoken_to and c.dep_ == "prep" and c.lower_ == "to" and lemma in SPEAKING:
            pobj = prep_object(c)
            if pobj is not None:
                yield pobj
