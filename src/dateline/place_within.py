"""A country said of a deed, in a story set in one town of that country: the deed is near the town.

"Turkey launched an offensive in Syria" in a report on the fighting around Afrin, "a Briton
arrested in Turkey" in one on the raid in Didim: the clause (or its sentence, or the story
before it) names only the country the deed was done in, and the story tells which part of it
the deed belongs to, the town or region it is about (its focus, as :mod:`dateline.locate`
lends it to deeds that name no place). The country is true but says less than the story does;
the deed's place is the story's town, near it (precision 2: the text does not name it for the
deed) and ``focus`` (the article lends it).

Not for what the country stands for as a whole or a part of it: words and measures (said where
their sayers are), a tally or a state of things over a span ("killed in Syria since 2014"),
what only may happen, a noun's past ("a fighter previously jailed in Turkey"), other
happenings of the kind ("his other trips to Syria"), going into or out of the country (a
destination or an origin is no scene), a part of the country the text names ("in northern
Syria", "in the north of Syria", "in Syria's north", "in Syria, near the Iraqi border"), nor a
country the story's town is not in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .place_focus import coarser
from .place_lands import compass_part, part_of_land
from .place_roles import MOTION, TERRITORIAL
from .place_telling import apart_from_the_story
from .toponym_words import OF_HEADS
from .tokens import doc_span, words
from .toponyms import country_place
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .records import Place

__all__ = ["story_town", "whole_country"]

#: Prepositions that put a deed near something within the country ("near the Iraqi border").
_NEAR = word_class("near_preps")


def story_town(trig: Token, place: Place | None, town_of: Callable[[], Place | None]
               ) -> Place | None:
    """The story's town (``town_of()``, the place the article lends a deed that names none of
    its own) for the deed of ``trig`` its text places only in the town's country (``place``, a
    whole country), at precision 2; else ``None``."""
    if place is None or not place.country or not whole_country(place) \
            or _part_named(trig, place) or apart_from_the_story(trig) \
            or trig.lemma_.lower() in MOTION | TERRITORIAL:
        return None
    town = town_of()
    if town is None or town.country != place.country or whole_country(town):
        return None
    return coarser(town, 2)


def _part_named(trig: Token, place: Place) -> bool:
    """Whether ``trig``'s sentence names only a part of the country, which the story's town may
    lie outside of: by the compass ("north-eastern Syria", "Syria's north"), by a noun whose
    "of" names the country ("the north of Syria", "a province of Turkey"), or by a phrase
    locating the deed within it ("in Syria, near the Iraqi border")."""
    return any(_compassed(name) or part_of_land(name) or _of_part(name) or _located_near(name)
               for name in _names_of(trig.sent, place))


def _names_of(sent: Span, place: Place) -> list[Token]:
    """The head word of each naming of ``place`` in ``sent``."""
    name = place.name.lower().split()
    n = len(name)
    doc, lowers = sent.doc, words(sent.doc).lowers  # the words read from the arrays: no Token
    return [doc_span(doc, k, k + n).root for k in range(sent.start, sent.end - n + 1)
            if lowers[k:k + n] == name]


def _compassed(name: Token) -> bool:
    """"northern Syria", "north-eastern Syria" (parsed "north - eastern" too)."""
    return any(c.dep_ in ("amod", "compound") and compass_part(c.text) for c in name.children)


def _of_part(name: Token) -> bool:
    """"the north of Syria", "the outskirts of Ankara": a noun of a part before its "of"."""
    of = name.head
    return name.dep_ == "pobj" and of.lower_ == "of" and of.head.i != of.i and \
        of.head.lemma_.lower() in OF_HEADS


def _located_near(name: Token) -> bool:
    """The place, or what its phrase hangs on, carries a phrase of nearness of its own: "in
    Syria, near the Iraqi border"."""
    prep = name.head
    host = prep.head if name.dep_ == "pobj" and prep.head.i != prep.i else None
    near = [c for c in name.children if c.dep_ == "prep"]
    if host is not None:
        near += [c for c in host.children if c.dep_ == "prep" and c.i != prep.i]
    return any(c.lower_ in _NEAR for c in near)


def whole_country(place: Place) -> bool:
    """Whether ``place`` is a country itself, not a region or a town in it."""
    if place.admin1 is not None or (place.precision or 3) < 3:
        return False
    whole = country_place(place.country) if place.country else None
    return whole is not None and whole.geonameid == place.geonameid and whole.name == place.name
