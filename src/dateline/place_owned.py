"""The places a party's own words name: "New York's attorney general", "the Ohio governor",
"the governor of Texas", "the rebels from eastern Ghouta".

A place so named tells where the party belongs (its office's state, its group's town), not
where its deed happened. One reading serves the actor stage (an office of a region or a city
is that place's government, :mod:`dateline.actor_regions`) and the place stage (a party acts
where it belongs, :mod:`dateline.place_guess`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .full_names import entity_of
from .tokens import heads, memo_named, tags, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["names_party", "names_party_at", "party_place"]

#: Links by which a name belongs to a party's own words: its possessor, a name before it, an
#: "of", "from" or "for" phrase, a modifier or an apposition.
_OWN_LINKS = frozenset({"compound", "poss", "nmod", "amod", "pobj", "appos"})
_OWN_PREPS = frozenset({"of", "from", "for"})
#: Entity kinds of a named place.
_PLACE_ENTS = frozenset({"GPE", "LOC"})


def names_party(word: Token, head: Token) -> bool:
    """Whether ``word`` (of a place name) is part of the noun phrase of ``head``, a party."""
    return names_party_at(word.doc, word.i, head.i)


def names_party_at(doc: Doc, node: int, top: int) -> bool:
    """:func:`names_party` for the words at ``node`` and ``top`` of ``doc``; kept per pair of
    words of a document (the place rules ask again of the same names and parties), read from
    the parse alone: the same answer each time."""
    memo = _named_parties(doc)
    found = memo.get((node, top))
    if found is None:
        found = memo[node, top] = _names_party_at(doc, node, top)
    return found  # type: ignore[no-any-return]


_named_parties = memo_named("names party")


def _names_party_at(doc: Doc, node: int, top: int) -> bool:
    up, deps, lowers = heads(doc), tags(doc).deps, words(doc).lowers  # no Token made
    while node != top:
        if up[node] == node or not (deps[node] in _OWN_LINKS or (
                deps[node] == "prep" and lowers[node] in _OWN_PREPS)):
            return False
        node = up[node]
    return True


def party_place(head: Token) -> Span | None:
    """The first named place (an entity) that the party ``head``'s own words name, if any."""
    for word in head.subtree:
        if word.i != head.i and word.ent_type_ in _PLACE_ENTS and names_party(word, head):
            return entity_of(word)
    return None
