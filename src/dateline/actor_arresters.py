"""The police of the country an arrest is made in, where neither the clause nor the story
names the one who made it.

An arrest, a detention or a jailing is a state's act of law: its police or its courts hold
someone under its laws (ACLED's "Arrests"). With no arrester named, a report at peace gives it
to the police of the place (``agents.implied_police``). In a story of war it gives none, since
there armed forces and groups also capture and hold people ("the two fighters captured in
Syria"). Yet such a story often tells, in passing, an arrest made abroad, in a country at peace
("the former soldier who fought in Syria was arrested in Turkey"). Such an act is made by that
country's police (a charge brought there, its courts) when:

- it is an arrest, a detention or a jailing told as done (``lawful_arrests``: not a capture,
  a seizure or an abduction, which armed groups also make), or a charge ("was charged with
  murder in Britain"), with no doer of its own;
- its own phrase names the country it is made in: "in" or "at" with the name of a country or
  of a town in it (the town's own or a place's it names: "at Istanbul airport"), hung from the
  act's word or, for a noun, from the one it is done "of", for a charge from the offence
  ("was arrested in Turkey", "the detention of a Briton in Istanbul", "charged with offences
  in Britain");
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
from .toponyms import resolve_name
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
#: Words of a charge brought under a state's law.
_CHARGES = frozenset({"charge", "indict"})
#: Prepositions that place an arrest in a country or town ("in Turkey", "at Istanbul airport").
_IN_PLACE = frozenset({"in", "at"})
#: Entity kinds of a country's name or its capital's.
_PLACE_ENTS = frozenset({"GPE"})
#: Sectors of non-state armed parties, whose presence makes a country a theatre of war.
_ARMED_GROUPS = family_sectors("armed")


def arrest_country(doc: Doc, m: Mention) -> tuple[str, str] | None:
    """(ISO3 code, words) of the country an arrest or a charge ``m`` is made in, by a phrase of
    its own word ("arrested in Turkey", "detained at Istanbul airport", "charged in Britain");
    ``None`` for another act or where no country is named so."""
    trig = doc[m.trigger]
    if m.status != "actual" or not (
            m.sense.event_type == "COERCE" and m.sense.mode == "arrest" and
            trig.lemma_.lower() in _LAWFUL_ARRESTS or _charge(m)):
        return None
    countries = load_dictionary().countries
    # the one held ("the detention of a Briton in Istanbul"), the charge's offence ("charged
    # with offences in Britain"): phrases the parse may hang the place from
    by = "of" if trig.pos_ == "NOUN" else "with" if _charge(m) else None
    held = [o for p in trig.children if p.dep_ == "prep" and p.lower_ == by
            for o in p.children if o.dep_ == "pobj"]
    for prep in (c for w in (trig, *held) for c in w.children):
        if prep.dep_ != "prep" or prep.lower_ not in _IN_PLACE:
            continue
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            # the place, or the town a place in it is named by ("at Istanbul airport")
            for place in (obj, *(c for c in obj.children if c.dep_ == "compound")):
                if place.ent_type_ not in _PLACE_ENTS:
                    continue
                words = _name(place)
                iso = countries.get(words.lower()) or _town_country(words)
                if iso is not None:
                    return iso, words
    return None


def _charge(m: Mention) -> bool:
    """Whether an act is a charge brought under a state's law ("was charged with murder")."""
    return m.sense.event_type == "ACCUSE" and m.sense.lemma.lower() in _CHARGES


def _town_country(words: str) -> str | None:
    """The country of the town a name most likely stands for ("Istanbul": Turkey)."""
    place = resolve_name(words)
    return place.country if place is not None else None


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
    sector = "JUD" if _charge(m) else "COP"  # a charge is the courts', an arrest the police's
    police = Actor(text="", sector=sector, country=iso)
    return Actor(text="", name=named_for_country(load_dictionary(), police, iso), country=iso,
                 sector=sector, antecedent=words, country_from="event place")


def _name(tok: Token) -> str:
    """The words of the place name the token (of a named entity) is in ("United Kingdom", "the
    UK" → "UK", "the Democratic Republic of Congo"), without a leading "the"."""
    ent = entity_of(tok)
    return (ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent).text
