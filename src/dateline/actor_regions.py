"""An official of a region or a city is that region's or city's government, not the nation's.

"New York's attorney general", "the governor of Texas", "the Ontario premier": a government
office whose phrase names a place inside a country (its possessor, an "of" phrase, a name
before it) holds office for that place. The actor keeps the country, as the place is in it,
but is named for the place's own government ("New York government"), never the national
one. A country, a part of a country's name ("the Trinidad and Tobago authorities"), or a
capital standing for its state ("Moscow's envoy") is no such place.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .actor_dictionary import load_dictionary
from .gazetteer import load
from .place_owned import party_place

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .records import Actor

__all__ = ["regional_office"]


def regional_office(core: Span, actor: Actor | None) -> Actor | None:
    """``actor`` (resolved from the words ``core``) named for the government of the region or
    city its phrase names, when it is a government office read as its nation's government;
    else ``actor`` unchanged."""
    if actor is None or actor.sector != "GOV" or actor.country in (None, "IGO") or \
            not len(core):
        return actor
    d = load_dictionary()
    state = d.country_names.get(actor.country, actor.country)
    if actor.name != f"{state} government":
        return actor  # a named person or body, or an office the dictionary names
    place = party_place(core.root)
    if place is None:
        return actor
    words = place.text.removesuffix("'s").removesuffix("’s").strip()
    if not words or words.lower() in d.countries or words.lower() in state.lower() or \
            not any(e.country == actor.country for e in load().lookup(words)):
        return actor  # a country or part of its name, a capital (its state), or no place of
        # the actor's country
    return replace(actor, name=f"{words} government")

