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
Syria"), nor a country the story's town is not in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .aspect import irrealis
from .place_anaphora import told_earlier
from .place_focus import coarser
from .place_roles import MOTION, TERRITORIAL
from .place_telling import others_of_its_kind, since
from .toponyms import country_place

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .records import Place

__all__ = ["story_town"]

#: A compass word before a country's name: the part of it the text names.
_COMPASS = r"\b(?:north|south|east|west|central)[a-z-]*\s+"


def story_town(trig: Token, place: Place | None, town_of: Callable[[], Place | None]
               ) -> Place | None:
    """The story's town (``town_of()``, the place the article lends a deed that names none of
    its own) for the deed of ``trig`` its text places only in the town's country (``place``, a
    whole country), at precision 2; else ``None``."""
    if place is None or not place.country or not _whole_country(place) \
            or _part_named(trig, place) or irrealis(trig) \
            or since(trig) or told_earlier(trig) or others_of_its_kind(trig) \
            or trig.lemma_.lower() in MOTION | TERRITORIAL:
        return None
    town = town_of()
    if town is None or town.country != place.country or _whole_country(town):
        return None
    return coarser(town, 2)


def _part_named(trig: Token, place: Place) -> bool:
    """Whether ``trig``'s sentence names only a part of the country ("north-eastern Syria",
    "southern Turkey"), which the story's town may lie outside of."""
    return bool(re.search(_COMPASS + re.escape(place.name), trig.sent.text, re.IGNORECASE))


def _whole_country(place: Place) -> bool:
    """Whether ``place`` is a country itself, not a region or a town in it."""
    if place.admin1 is not None or (place.precision or 3) < 3:
        return False
    whole = country_place(place.country) if place.country else None
    return whole is not None and whole.geonameid == place.geonameid and whole.name == place.name
