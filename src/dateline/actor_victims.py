"""People struck where the text says they were: civilians killed, wounded or arrested in a
place the report names are of that place's country, not of the country the report is mostly
about ("dozens were killed in Kabul" in a report about Islamic State in Syria), nor of the one
country their sentence names ("Russian forces shelled Kharkiv, killing three civilians": the
civilians are Ukrainian). A party struck that has no country word is never of the doer's
country only because the doer's own words name it: struck in a place of another country the
text names, it is of that place's country ("Israeli troops raided Jenin, arresting five
militants").

The document's focus lends a country to people of no country of their own; an attack whose place
the text gives (its clause, its sentence, or the sentence before it carries) says better where
its victims live. A place the event has only from the article (its focus or its dateline) says
nothing new, and a party, a government or a force keeps the document's country (fighters strike
across borders; people flee to another country).
"""

from __future__ import annotations

from dataclasses import replace

from .actor_describe import SECTOR_LABELS
from .actor_dictionary import load_dictionary
from .records import Actor

__all__ = ["victims_where_struck"]

#: Acts done to people where they are.
_STRIKING = frozenset({"ASSAULT", "COERCE"})
#: Sectors of people who live where they are struck (not parties or oppositions, whose country
#: the report's politics gives).
_VICTIMS = frozenset({"CVL", "JRN", "EDU", "REL", "MED", "HLH", "LAB"})
#: Where the place of an event comes from when the text of the event's sentences gives it.
_TOLD = frozenset({"clause", "sentence", "carried"})
#: Where a country lent to people of no country word comes from: the document's focus, the one
#: country their sentence names.
_LENT = frozenset({"document focus", "sentence focus"})


def victims_where_struck(target: Actor | None, event_type: str, place: str | None,
                         place_source: str | None, doer: Actor | None = None) -> Actor | None:
    """``target`` of the country of the event's place (ISO3 ``place``) when it is people the
    document's focus or their sentence's one country gave its country to, or a party that
    has it only from the words of ``doer`` (:func:`_doers_lent`), struck in a place of
    another country the text names."""
    if target is None or event_type not in _STRIKING or place in (None, "IGO") or \
            place_source not in _TOLD or target.country in (None, place):
        return target
    lent = target.country_from in _LENT and target.sector in _VICTIMS
    if not lent and not _doers_lent(target, doer):
        return target
    names = load_dictionary().country_names
    label = SECTOR_LABELS.get(target.sector or "", "")
    was = f"{names.get(target.country or '', target.country)} {label}".strip()
    name = f"{names.get(place or '', place)} {label}".strip() if target.name == was \
        else target.name
    return replace(target, country=place, name=name, country_from="event place")


def _doers_lent(target: Actor, doer: Actor | None) -> bool:
    """Whether ``target``, of no country word, has its country only as the one country its
    sentence names, and that is the country the doer's own words name (its opponent's)."""
    return doer is not None and target.country_from == "sentence focus" and \
        doer.country_from is None and doer.country == target.country
