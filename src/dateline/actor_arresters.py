"""The police of the country an arrest is made in, where neither the clause nor the story
names the one who made it.

An arrest, a detention or a jailing is a state's act of law: its police or its courts hold
someone under its laws (ACLED's "Arrests"). With no arrester named, a report at peace gives it
to the police of the place (``agents.implied_police``). In a story of war it gives none, since
there armed forces and groups also capture and hold people ("the two fighters captured in
Syria"). Yet such a story often tells, in passing, an arrest made abroad, in a country at peace
("the former soldier who fought in Syria was arrested in Turkey"). Such an act is made by that
country's police when:

- it is an arrest, a detention or a jailing told as done (``lawful_arrests``: not a capture,
  a seizure or an abduction, which armed groups also make), with no doer of its own;
- its own phrase names the country it is made in: "in" with the name of a country or its
  capital, hung from the act's word or, for a noun, from the one it is done "of" ("was
  arrested in Turkey", "the detention of a Briton in Turkey");
- no act of force the story told before it was done by or to a party of that country, and no
  non-state armed party of that country took part in any act told before (the country is no
  theatre of the story's war, where a capture may be anyone's).

The police are shown with no words of their own, the place's words as their ``antecedent`` and
their country marked as coming from the event's place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_describe import named_for_country
from .actor_dictionary import load_dictionary
from .full_names import entity_of
from .records import Actor
from .sectors import family_sectors
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token

    from .code.mention import Mention

__all__ = ["arrest_country", "country_police"]

#: Words of an arrest made under a state's law (not "capture", "seize", "abduct").
_LAWFUL_ARRESTS = word_class("lawful_arrests")
#: Entity kinds of a country's name or its capital's.
_PLACE_ENTS = frozenset({"GPE"})
#: Sectors of non-state armed parties, whose presence makes a country a theatre of war.
_ARMED_GROUPS = family_sectors("armed")


def arrest_country(doc: Doc, m: Mention) -> tuple[str, str] | None:
    """(ISO3 code, words) of the country an arrest ``m`` is made in, by a phrase of its own
    word ("arrested in Turkey"); ``None`` for another act or where no country is named so."""
    trig = doc[m.trigger]
    if m.sense.event_type != "COERCE" or m.sense.mode != "arrest" or m.status != "actual" or \
            trig.lemma_.lower() not in _LAWFUL_ARRESTS:
        return None
    countries = load_dictionary().countries
    held = [o for p in trig.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"] if trig.pos_ == "NOUN" else []
    for prep in (c for w in (trig, *held) for c in w.children):
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for place in prep.children:
            if place.dep_ != "pobj" or place.ent_type_ not in _PLACE_ENTS:
                continue
            words = _name(place)
            iso = countries.get(words.lower())
            if iso is not None:
                return iso, words
    return None


def country_police(doc: Doc, m: Mention,
                   earlier: Iterable[tuple[str, Actor | None, Actor | None]]) -> Actor | None:
    """The police of the country arrest ``m`` is made in (see the module); ``earlier``: the
    event type, actor and recipient of each act the story told before ``m``."""
    found = arrest_country(doc, m)
    if found is None:
        return None
    iso, words = found
    for kind, *parties in earlier:
        for party in parties:
            if party is not None and party.country == iso and (
                    kind == "ASSAULT" or party.sector in _ARMED_GROUPS):
                return None  # the country is a theatre of the story's war
    police = Actor(text="", sector="COP", country=iso)
    return Actor(text="", name=named_for_country(load_dictionary(), police, iso), country=iso,
                 sector="COP", antecedent=words, country_from="event place")


def _name(tok: Token) -> str:
    """The words of the place name the token (of a named entity) is in ("United Kingdom", "the
    UK" → "UK", "the Democratic Republic of Congo"), without a leading "the"."""
    ent = entity_of(tok)
    return (ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent).text
