"""The country of a conjunct that names none, from the one it is joined to: in "Syrian troops
and militiamen" or "the Bosnian Serb army and paramilitaries" the country word before the
first noun describes both."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_places import place_country

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Span, Token

__all__ = ["conjunct_country"]

#: Dependencies of the words before a noun that may say whose it is.
_PREMODIFIERS = frozenset({"amod", "compound", "nmod", "poss"})
#: Entity types that say a country of the conjunct's own.
_OWN = frozenset({"NORP", "GPE", "LOC"})


def conjunct_country(countries: Mapping[str, str], span: Span) -> str | None:
    """The country the words before the noun that ``span``'s head is joined to name ("Syrian"
    of "Syrian troops and militiamen"), when ``span`` names no country, people or place of
    its own and is the second of two nouns joined by "and"."""
    root = span.root
    if root.dep_ != "conj" or root.pos_ != "NOUN" or root.head.pos_ != "NOUN" or \
            root.head.i > root.i or any(t.ent_type_ in _OWN for t in span) or \
            not any(t.lower_ == "and" for t in root.head.rights if t.i < root.i):
        return None
    first = root.head
    if any(c.dep_ == "conj" and c.i < root.i for c in first.children):
        return None  # a list of three or more: the word may describe the first alone
    return _premodifier_country(countries, first)


def _premodifier_country(countries: Mapping[str, str], head: Token) -> str | None:
    words = [t for c in head.lefts if c.dep_ in _PREMODIFIERS for t in c.subtree]
    return place_country(countries, words) if words else None
