"""Fighting abroad: an attack a report on another country tells without its place.

A report on Britain that goes on to tell "Israeli troops killed 60 Palestinians" or "the
Taliban killed four soldiers" does not place those attacks in Britain, though its focus is
there. An attack (PLOVER ``ASSAULT``) that :mod:`dateline.locate` places only by the article's
focus, whose doer is an armed force or group of another country, said in its own words, is
placed (precision 3, ``place_source`` ``focus``: the text implies it, not names it); so is a
non-state group's seizure or abduction of people (``COERCE``: "the pair were seized by Syrian
rebels"), as its attacks are:

* for a state's force, in the country of its victims, said in their own words, where they
  are not of the focus's country nor of a country bordering it, and are of the force's own
  country or one bordering it (a state's force fights in its victims' land next door: "Israeli
  troops killed Palestinians"; Syrian forces killing Syrians; but "Russian fighters were killed
  in clashes with US forces" in a report on Syria is not in Russia: a nationality is no place);
* for a non-state group, in the group's own country: a group fights at home, and foreigners
  it kills there are not in their own land ("the Taliban killed four American soldiers" is in
  Afghanistan, not the United States);
* and is left in the focus where a state's force's victims are of the focus's country or of a
  country bordering it (not a group's: "Isis beheaded two British aid workers" in a report on
  Britain is not in Britain, a nationality is no place), or where the
  doer is of the focus's country or of a country bordering it (foreign fighters in a war next
  door: "Russian jets struck the town" in a report on Syria stays in Syria, by its victims;
  "Isis", of Iraq, fights in Syria too).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .place_neighbours import neighbours
from .records import Actor, Place
from .sectors import load_sectors
from .toponyms import country_place

__all__ = ["Located", "ON_THE_SPOT", "OWN_WORDS", "armed_deed", "country_at", "fighting",
           "fought_abroad", "non_state"]

#: (place, place_source) of an event.
Located = tuple[Place | None, str | None]
#: Where an actor's country may come from to decide its place: its own words, those of the
#: name a pronoun or a noun stands for ("he" after "the Labour leader Jeremy Corbyn"), or a body
#: or an office only some states have, read as another state's than the report's ("members of
#: Congress", "the home secretary"), not the country the report's focus lends it.
OWN_WORDS = frozenset({None, "antecedent", "body name", "office"})
#: Modes of a verbal type that are deeds done where their object is: a visit, an inquiry.
ON_THE_SPOT = frozenset({"visit", "investigate"})


def country_at(code: str | None) -> Place | None:
    """The country ``code`` as an event's place, at country precision (3), or ``None``."""
    whole = country_place(code) if code else None
    return replace(whole, precision=3) if whole is not None else None


def fought_abroad(sense: Any, source: Actor | None, target: Actor | None, place: Place | None,
                  source_of_place: str | None) -> Located:
    """The place of an attack the article's focus places in a country its doer and victims
    are strangers to (see the module's text); any other event keeps ``place`` and
    ``source_of_place``."""
    kept: Located = (place, source_of_place)
    if not armed_deed(sense, source) or source_of_place != "focus" \
            or place is None or place.country is None or source is None:
        return kept
    here, doer = place.country, source.country
    if doer is None or source.country_from not in OWN_WORDS or doer == here \
            or doer in neighbours(here) or not fighting(source):
        return kept
    victims = target.country if target is not None and target.country_from in OWN_WORDS \
        else None
    if victims is not None and (victims == here or victims in neighbours(here)) \
            and not non_state(source):
        return kept  # (a group's victims' nationality is no place: it fights at home)
    if not non_state(source) and victims is not None and victims != doer \
            and victims not in neighbours(doer):
        return kept  # far from home, a force fights in neither its land nor its victims'
    where = doer if non_state(source) else victims
    whole = country_at(where)
    return (whole, "focus") if whole is not None else kept


def armed_deed(sense: Any, source: Actor | None) -> bool:
    """An attack, or a non-state armed group's seizure or abduction (``COERCE``): "the pair
    were seized by Syrian rebel forces" in a report on Britain is done where the group holds
    ground, as its attacks are."""
    kind = getattr(sense, "event_type", None)
    return kind == "ASSAULT" or (kind == "COERCE" and source is not None and non_state(source))


def fighting(actor: Actor) -> bool:
    """Whether ``actor`` is an armed force or group: those that speak of a war often fight it
    where the story is ("Russian forces warned the rebels")."""
    sector = load_sectors().get(actor.sector or "")
    return sector is not None and (sector.family == "armed" or sector.party == "forces")


def non_state(actor: Actor) -> bool:
    sector = load_sectors().get(actor.sector or "")
    return sector is not None and sector.family == "armed"
