"""The country a sentence names, for an event its own words place nowhere, when the article's
focus is in another country (part of stage ``locate``).

"Syria is a dangerous place, and the children are held in camps" in a report on a debate in
London: the children are held in Syria, not in London. The focus of the article answers for an
event its sentence tells nothing of; a sentence naming places of one other country tells that
much (precision 3, ``sentence``). Words said are left to the seat of their speaker."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from .aspect import governing_verb, irrealis
from .place_origins import MOTION
from .tokens import span_root
from .toponyms import country_place
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Place
    from .toponyms import Toponym

__all__ = ["sentence_country"]


def _journey(doc: Doc, t: Toponym, tok: Token) -> bool:
    """The place is where another verb of the sentence goes ("went to Syria, came home, and was
    arrested here")."""
    verb = governing_verb(span_root(doc, t.start, t.end), itself=False)
    return verb.i != tok.i and verb.lemma_.lower() in MOTION


#: Nouns of a deed or a war whose place a phrase on them names: "Riyadh's war in Yemen".
_DEEDS = word_class("deed_nouns") | word_class("war_deeds")


def _deeds_scene(doc: Doc, t: Toponym, tok: Token) -> bool:
    """The place is that of another deed, named on its noun ("withdrew support for Riyadh's war
    in Yemen and accused the prince of ordering the hit on Khashoggi": the war's, not the
    hit's)."""
    root = span_root(doc, t.start, t.end)
    noun = root.head.head
    return root.dep_ == "pobj" and root.head.lower_ in ("in", "at") and noun.i != tok.i \
        and noun.pos_ == "NOUN" and noun.lemma_.lower() in _DEEDS


def sentence_country(doc: Doc, tok: Token, named: Sequence[Toponym], focus: Place | None,
                     words: bool, gatherings: Mapping[int, set[int]] | None = None) -> Place | None:
    """The one country of the places ``named`` in event word ``tok``'s sentence, where it is
    not the country of ``focus``; ``None`` for words (``words``) and what only may happen.
    Places of a journey or of a gathering (``gatherings``: the words a place's first token is
    the venue of, "a summit in Tehran") tell nothing of the event's scene."""
    if words or focus is None or irrealis(tok):
        return None
    countries = {t.place.country for t in named if t.place.country
                 and not (gatherings or {}).get(t.start) and not _journey(doc, t, tok)
                 and not _deeds_scene(doc, t, tok)}
    if len(countries) != 1:
        return None
    country = next(iter(countries))
    if country == focus.country:
        return None
    whole = country_place(country)
    return whole if whole is not None and (whole.precision or 3) >= 3 else None
