"""Peers of the realm by the title before their name ("Lord Carlile", "Baroness Warsi"):
members of the British House of Lords, so British, unless a word of office follows the title
("Lord Chief Justice", "Lord Chancellor"). A lord of a trade ("a drug lord", "the warlord") has
no capital title before a name, and stays what its own words say."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["peer_title", "PEER_COUNTRY"]

#: Titles of the peerage said before a peer's name.
_PEER_TITLES = frozenset({"lord", "baroness", "viscount", "viscountess", "marquess"})
#: The peerage that names its members so.
PEER_COUNTRY = "GBR"
#: Offices that a "Lord" title begins: a judge's or a minister's, not a seat in the Lords.
_OFFICES = {"justice": "JUD", "chief": "JUD", "chancellor": "GOV", "advocate": "JUD"}


def peer_title(toks: Sequence[Token]) -> str | None:
    """The sector of the peer whose title and name ``toks`` (a phrase without its article)
    begin with ("Lord Carlile": LEG), or ``None`` when they begin with no peer's title."""
    if len(toks) < 2 or toks[0].lower_ not in _PEER_TITLES or not toks[0].text[:1].isupper():
        return None
    name = toks[1]
    if not name.text[:1].isupper() or name.pos_ != "PROPN":
        return None
    return _OFFICES.get(name.lower_, "LEG")
