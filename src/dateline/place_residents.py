"""The home town of the one person an event befalls or is done by ("A Leeds man has been charged",
"Police arrested a Cardiff teenager"): where a local report places the event when its sentence
names no place of its own (part of stage ``locate``).

A town before one person's noun names where that person lives (:func:`home_town_of`), which is
no focus of the article; but an event whose own words name no other place than that home is
reported as a local one, and happens near it (precision 2, ``clause``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .place_focus import coarser
from .place_origins import home_town_of
from .tokens import span_root

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Place
    from .toponyms import Toponym

__all__ = ["home_towns", "resident_town"]

#: Dependencies by which a person's noun is the event word's own argument.
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
#: Prepositions after which the person is still the event's own party: "the arrest of a Leeds
#: man", "charges against a Bradford woman", "was attacked by a Bolton man".
_PARTY_PREPS = frozenset({"of", "by", "against", "on"})


def _argument_of(noun: Token, tok: Token) -> bool:
    if noun.head.i == tok.i and noun.dep_ in _ARGUMENTS:
        return True
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in _PARTY_PREPS and prep.head.i == tok.i \
        and (prep.lower_ != "of" or tok.pos_ == "NOUN")


def home_towns(doc: Doc, found: Sequence[Toponym]) -> list[Toponym]:
    """The places of ``found`` that name where one person lives ("a Leeds man"), in order:
    found once a document, for :func:`resident_town` to ask of each event."""
    return [t for t in found if home_town_of(span_root(doc, t.start, t.end))]


def resident_town(doc: Doc, tok: Token, found: Sequence[Toponym]) -> Place | None:
    """The home town named before the one person who is an argument of event word ``tok``
    ("A Leeds man has been charged": Leeds, near), or ``None``; ``found`` may be the
    document's places or only their :func:`home_towns`."""
    for t in found:
        root = span_root(doc, t.start, t.end)
        if home_town_of(root) and _argument_of(root.head, tok):
            return coarser(t.place, 2)
    return None
