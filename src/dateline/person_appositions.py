"""What an apposition says of the people it stands beside.

An apposition describes the phrase it hangs on, and no more: "Omar Haddad, a Frenchman, and
Samir Nasser, a Belgian" give each person their own, and the words of "Frenchman Omar Haddad
and Belgian Samir Nasser" that the parse hangs on "Omar Haddad" (the people joined to him by
"and") are no description of him. A plural apposition after people joined by "and" ("Marco
Haddad and Leon Moreau, two British volunteers") describes every one of them, though the parse
hangs it on the first name alone: the second person is as British as the first. Only people
share it, and only a description of their own: not a body states belong to ("Hungary and
Poland, two EU member states"), nor a relation to someone else ("Omar Haddad and Samir Nasser,
the parents of a British soldier", whose demonym is the soldier's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_belonging import belonging
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from spacy.tokens import Span, Token

__all__ = ["apposed_country", "apposition_words", "appositions_after", "pair_apposition",
           "people_apposition"]

#: Tags of a plural noun: an apposition of more than one person.
_PLURAL = frozenset({"NNS", "NNPS"})
#: Heads of a description that an "of"/"for" object completes as the person's own role ("two
#: members of Hamas", "two envoys for Syria"); any other such head relates them to someone
#: else ("the parents of a soldier", "friends of the minister").
_OWN_ROLES = (word_class("belonging_nouns") | word_class("member_nouns") |
              word_class("speaks_for_nouns") | word_class("offices"))


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
    if root.dep_ != "conj" or root.pos_ != "PROPN" or root.ent_type_ != "PERSON":
        return None
    first = root.head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.pos_ != "PROPN" or first.ent_type_ != "PERSON":
        return None
    return next((c for c in appositions_after(first) if c.i > root.i and
                 c.tag_ in _PLURAL and not c.ent_type_ and not _relation(c)), None)


def pair_apposition(names: Sequence[Span]) -> Token | None:
    """The plural apposition that describes every one of the people ``names`` joined by "and"
    ("two Hamas commanders" of "Omar Haddad and Samir Nasser, two Hamas commanders"), or
    none."""
    return next((a for n in names[1:] if (a := people_apposition(n.root)) is not None), None)


def _relation(appos: Token) -> bool:
    """Whether the apposition ``appos`` relates the people to someone else, whom an "of" or
    "for" object names ("the parents of a British soldier"), not to a role of their own."""
    lemma = appos.lemma_.lower()
    return lemma not in _OWN_ROLES and appos.lower_ not in _OWN_ROLES and any(
        c.dep_ == "prep" and c.lower_ in ("of", "for") for c in appos.rights)


def appositions_after(root: Token, before: bool = False) -> Iterator[Token]:
    """The appositions the parse hangs on ``root`` after it (``before``: on either side, "the
    adviser, John Bolton" as well), save one that names a body the state ``root`` names
    belongs to ("Hungary, an EU member state"): the one reader of the description beside a
    name; callers keep those they can read."""
    return (c for c in (root.children if before else root.rights)
            if c.dep_ == "appos" and not belonging(c))


def _appositions(root: Token) -> Iterator[Token]:
    yield from appositions_after(root, before=True)
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
