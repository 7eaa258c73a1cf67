"""The title that heads a person's name: the one reader of "the defence minister, Anders Holm".

A title noun heads a person when the two are in apposition and the title comes first: the name
hangs on the title ("the defence minister, Anders Holm") or the title on the name, as the parse
may have it. Where the parse hangs the name on a place in the title ("the envoy for Syria,
Anders Holm"), the title is the place's head. A title is a common noun, not a name: two names
side by side ("Anders Holm, Lars Berntsen") head no one. A plural description after people
joined by "and" ("Marco Haddad and Leon Moreau, two British volunteers") is each one's title,
though the parse hangs it on the first name alone. Only the words are found here; what they
say of the person (a country, a sector, an office held no more) is for the callers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .person_appositions import apposition_words, people_apposition

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["heading_title", "name_start"]

#: Entity labels of a place in a title, on which the parse may hang the name that follows.
_PLACES = frozenset({"GPE", "LOC"})


def name_start(name: Span, first: int = 0) -> int:
    """Where the name ``name`` begins, with a given name the parse left out of the entity as a
    compound ("Anders" of "Anders Holm") taken in, no earlier than token ``first``."""
    doc, start = name.doc, name.start
    while start > first and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
        start -= 1
    return start


def heading_title(name: Span, first: int | None = None) -> Span | None:
    """The words of the title in apposition before the person's name ``name`` ("the defence
    minister" of "the defence minister, Anders Holm"), from the title's first word (or token
    ``first``, where the caller's phrase begins) to the name, without punctuation at either end;
    ``None`` when no title noun heads the name (a title after it, "X, a doctor", or none)."""
    start = name_start(name, first or 0)
    shared = people_apposition(name.root)
    if shared is not None:  # "X and Y, two British volunteers": Y's description too
        return apposition_words(shared)
    title = _title_head(name, start)
    if title is None:
        return None
    begin, end = title.left_edge.i if first is None else first, start
    doc = name.doc
    while begin < end and doc[begin].is_punct:
        begin += 1
    while end > begin and doc[end - 1].is_punct:
        end -= 1
    return doc[begin:end] if begin < end else None


def _title_head(name: Span, start: int) -> Token | None:
    """The head word of the title the name is in apposition with, before token ``start``."""
    root = name.root
    if root.dep_ == "appos":
        head = root.head
        if head.ent_type_ in _PLACES and head.dep_ == "pobj":
            head = head.head.head  # "the envoy for Syria, X": the name hung on the place
        return head if head.i < start and not head.ent_type_ else None
    return next((c for c in root.lefts if c.dep_ == "appos" and c.i < start and
                 not c.ent_type_), None)
