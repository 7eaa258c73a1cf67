"""Doers that strike across a border: not of the side they strike.

"Militants shelled the Turkish town of Dervan across the border": the only country the sentence
names is the one struck, and the words say the act came over the border; the report or
the sentence lends the doer a country it does not have, the one it fights from being another.
Where the sentence names where the act came from ("a missile fired from Syria"), the doer is
of that country.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .code.words import FORCE_TYPES
from .sentences import sentence_of

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

    from .records import Actor

__all__ = ["struck_across"]

#: How a country an actor has no word for came to it: lent by the report, the sentence or
#: the place, not said of it.
_LENT = frozenset({"document focus", "sentence focus", "event place"})
_BORDER_WORDS = frozenset({"border", "frontier"})


def _crossing(doc: Doc, at: int) -> bool:
    """Whether the sentence of token ``at`` says an act came over a border: "across the border",
    "over the frontier", "cross-border"."""
    sent = sentence_of(doc, at)
    for tok in sent:
        low = tok.lower_
        if low in ("cross-border", "transborder"):
            return True
        if low == "cross" and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and \
                doc[tok.i + 2].lower_ in _BORDER_WORDS:
            return True
        if low in ("across", "over") and any(
                t.lower_ in _BORDER_WORDS for t in doc[tok.i + 1:min(tok.i + 3, sent.end)]):
            return True
    return False


def _from_country(doc: Doc, at: int, country_of: Callable[[str], str | None]) -> str | None:
    """The country a "from" phrase of the sentence of ``at`` names as where a weapon or an act
    came from ("a missile fired from Syria", "rockets from Gaza")."""
    for tok in sentence_of(doc, at):
        if tok.lower_ == "from" and tok.head.pos_ in ("VERB", "NOUN"):
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ in ("GPE", "LOC"):
                return country_of(obj.text)
    return None


def struck_across(doc: Doc, found: Actor | None, given: Actor | None, at: int | None,
                  counterpart: Actor | None, event_type: str | None,
                  country_of: Callable[[str], str | None]) -> Actor | None:
    """``found`` (the doer ``given`` with the country the document context lends it), unless the
    act is one of force against a party of that same country, said to cross a border: then the
    country the sentence says the act came from, else none."""
    if found is None or given is None or given.country is not None or at is None or \
            event_type not in FORCE_TYPES or found.country_from not in _LENT or \
            counterpart is None or counterpart.country != found.country:
        return found
    origin = _from_country(doc, at, country_of)
    if origin is not None and origin != found.country:
        return replace(given, country=origin, country_from="sentence focus")
    if not _crossing(doc, at):
        return found
    return given
