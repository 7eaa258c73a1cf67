"""The dead and the hurt as recipients, though nothing more is known of them.

"One of the unit was killed", "another 20 were killed two days later": whom a verb of dying,
killing or wounding says died or was hurt is someone, a party to the act done to them, even
when the dictionaries know nothing of the words ("one of the unit", a bare count); they are
the recipient, never the event's object. A thing or a place struck ("the building was
destroyed") is not read so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Actor
from .casualties import is_casualty
from .phrases import names_people

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .mention import Mention

__all__ = ["struck_person"]

#: Parts of speech of the words that can name the dead: a noun, a name, a count, a pronoun.
_WHO_POS = frozenset({"NOUN", "PROPN", "NUM", "PRON"})


def struck_person(doc: Doc, m: Mention, target: Actor | None, acted_on: str | None
                  ) -> tuple[Actor | None, str | None]:
    """The recipient and the object of the mention ``m``, with the words the coder found for
    whom a verb of dying, killing or wounding struck made the recipient when the actor stage
    read no party in them."""
    if target is not None or m.target is None or m.construction != "verb" or \
            not is_casualty(doc[m.trigger]):
        return target, acted_on
    span = doc[m.target[0]:m.target[1]]
    root = span.root  # "one of the unit": one of its members, a count of people
    if root.pos_ not in _WHO_POS or not names_people(root):
        return target, acted_on
    text = span.text
    return Actor(text=text, char_start=span.start_char, char_end=span.end_char), \
        None if acted_on == text else acted_on
