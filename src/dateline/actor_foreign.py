"""Parties the text calls foreign: of no country the report, the sentence or the place lends.

"Foreign troops killed three civilians in Kandahar", "Syrian forces attacked foreign fighters":
the word says they are not of the place they act in, nor, most often, of the country the report
is about; which country they are of the text does not say. A state's office for other
countries ("the foreign minister", "the foreign ministry") is its own state's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .wordclasses import word_class

if TYPE_CHECKING:
    from .records import Actor

__all__ = ["foreign"]

_FOREIGN = word_class("foreign_words")
#: People who are, by the word, away from their own country; named as the phrase's head
#: ("migrants", "Eritrean asylum seekers"; a "refugee camp" is a place of the country it is in).
_ABROAD = word_class("people_abroad")
#: Words that open where a party is ("asylum seekers in Calais"): its head comes before them.
_WHERE = frozenset({"in", "at", "near", "on", "off", "outside", "inside", "along", "across"})
#: Sectors whose "foreign" names their own state's business with other countries, not the
#: party's origin ("the foreign minister", "foreign intelligence"): a state's civil offices and
#: its spies, not its troops or police ("foreign troops"). Sector codes, unlike the office
#: words of ``word_class("offices")`` or the offices a named person holds (``actor_names``).
_FOREIGN_AFFAIRS = frozenset({"GOV", "LEG", "JUD", "ELI", "SPY"})


def foreign(actor: Actor | None) -> bool:
    """Whether an actor of no country of its own is called foreign ("foreign fighters"), or is
    people away from their own country ("migrants", "asylum seekers", "refugees")."""
    words = actor.text.lower().split() if actor is not None else []
    head = next((words[k - 1] for k, w in enumerate(words) if k and w in _WHERE),
                words[-1] if words else "")
    return actor is not None and actor.country is None and \
        actor.sector not in _FOREIGN_AFFAIRS and (
            any(w in _FOREIGN for w in words) or head in _ABROAD)
