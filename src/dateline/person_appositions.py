"""What an apposition says of the people it stands beside.

An apposition describes the phrase it hangs on, and no more: "Omar Haddad, a Frenchman, and
Samir Nasser, a Belgian" give each person their own, and the words of "Frenchman Omar Haddad
and Belgian Samir Nasser" that the parse hangs on "Omar Haddad" (the people joined to him by
"and") are no description of him. A plural apposition after people joined by "and" ("Marco
Haddad and Leon Moreau, two British volunteers") describes every one of them, though the parse
hangs it on the first name alone: the second person is as British as the first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_belonging import belonging

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from spacy.tokens import Span, Token

__all__ = ["apposed_country", "apposition_words", "people_apposition"]

#: Tags of a plural noun: an apposition of more than one person.
_PLURAL = frozenset({"NNS", "NNPS"})


def apposition_words(appos: Token) -> Span:
    """The words of the apposition ``appos`` heads, up to the first word that joins another
    phrase to it by "and" ("Omar Haddad" of "Omar Haddad and Belgian Samir Nasser")."""
    doc = appos.doc
    end = appos.right_edge.i + 1
    joined = [c.left_edge.i for c in appos.rights if c.dep_ in ("cc", "conj")]
    return doc[appos.left_edge.i:min([end, *joined])]


def people_apposition(root: Token) -> Token | None:
    """The plural apposition that describes the people joined by "and" whose name ``root``
    heads, when ``root`` is a later one of them: "two British volunteers" for "Moreau" of
    "Marco Haddad and Leon Moreau, two British volunteers"; ``None`` for the first one (the
    apposition is its own child), a name of no such coordination, or a singular apposition
    (of the first person alone: "Omar Haddad, a doctor, and Samir Nasser")."""
    if root.dep_ != "conj" or root.pos_ != "PROPN":
        return None
    first = root.head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.pos_ != "PROPN":
        return None
    return next((c for c in first.rights if c.dep_ == "appos" and c.i > root.i and
                 c.tag_ in _PLURAL and not c.ent_type_), None)


def _appositions(root: Token) -> Iterator[Token]:
    yield from (c for c in root.children if c.dep_ == "appos" and not belonging(c))
    shared = people_apposition(root)
    if shared is not None:
        yield shared


def apposed_country(root: Token, country_of: Callable[[Span], str | None]) -> str | None:
    """The country an apposition to ``root`` names (``country_of`` its words), with its people
    and organisations ("the adviser, John Bolton"; "Kenzo Oshima, the UN relief coordinator":
    IGO), the plural one of the people ``root`` is joined to among them; not the words of
    others joined to the apposition."""
    for appos in _appositions(root):
        country = country_of(apposition_words(appos))
        if country is not None:
            return country
    return None
