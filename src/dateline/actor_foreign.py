"""Parties the text calls foreign or several states': of no country the report, the sentence or
the place lends.

"Foreign troops killed three civilians in Kandahar", "Syrian forces attacked foreign fighters":
the word says they are not of the place they act in, nor, most often, of the country the report
is about; which country they are of the text does not say. A state's office for other
countries ("the foreign minister", "the foreign ministry") is its own state's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .wordclasses import word_class

if TYPE_CHECKING:
    from .records import Actor

__all__ = ["foreign"]

_FOREIGN = word_class("foreign_words")
#: Words of forces serving several states ("coalition jets"): their sector, armed forces, is one
#: of a state's, but no one state's country is theirs (a coalition of parties or rebels is not).
_MULTINATIONAL = word_class("multinational_words")
_FORCES = frozenset({"MIL"})
#: Sectors whose "foreign" names their own state's business with other countries, not the
#: party's origin ("the foreign minister", "foreign intelligence"): a state's civil offices and
#: its spies, not its troops or police ("foreign troops"). Sector codes, unlike the office
#: words of ``word_class("offices")`` or the offices a named person holds (``actor_names``).
_FOREIGN_AFFAIRS = frozenset({"GOV", "LEG", "JUD", "ELI", "SPY"})


def foreign(actor: Actor | None) -> bool:
    """Whether an actor of no country of its own is called foreign ("foreign fighters"), or is
    armed forces of several states ("coalition jets")."""
    if actor is None or actor.country is not None:
        return False
    words = actor.text.lower().split()
    return actor.sector not in _FOREIGN_AFFAIRS and any(w in _FOREIGN for w in words) or \
        actor.sector in _FORCES and any(w in _MULTINATIONAL for w in _core_words(actor.text))


def _core_words(text: str) -> list[str]:
    """The words of a party's own name, before any comma that opens an apposition or a clause
    ("the army, part of a coalition": the army), a possessive's "'s" cut off ("the coalition's
    jets": coalition)."""
    return re.findall(r"[a-z][a-z-]*", re.sub(r"['’]s?\b", " ", text.split(",")[0].lower()))
