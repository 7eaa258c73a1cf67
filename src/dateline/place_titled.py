"""One speaker called by office, then by name: where the named one spoke, the office spoke.

News often tells first what an office-holder said ("Iraq's president hit back at …") and
names the person in the next sentence, with where the words were said ("Karim Dawud told
journalists at a summit in Basra that …"). Words are said where their speaker is; the office
and the name are one speaker when the doer is called by office alone (no name of a person in
its words, only its country: "Iraq's president", "the Turkish foreign minister"), the actor
stage gives it a country, and the named speaker's venue lies in that country: a head of
state or minister speaking at home. :mod:`dateline.locate` asks this only of words, and only
of a venue told in the sentence just before or after (one occasion).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .records import Actor
from .toponyms import Toponym

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["office_speaks_at"]

#: Sectors of an office that speaks for a state.
_OFFICES = frozenset({"GOV", "LEG", "JUD", "MIL"})
#: Entity labels of the country words an office is called by ("Iraq's", "Turkish").
_COUNTRY_LABELS = frozenset({"GPE", "NORP"})


def office_speaks_at(doc: Doc, doer: tuple[int, int], actor: Actor | None,
                     venue: Toponym) -> bool:
    """Whether the doer ``doc[doer[0]:doer[1]]``, called by office alone, is the named speaker
    whose venue is ``venue``, told in the doer's sentence or one next to it: of the venue's
    country, and its words name no person."""
    if actor is None or actor.country is None or actor.sector not in _OFFICES \
            or venue.place.country != actor.country:
        return False
    words = doc[doer[0]:doer[1]]
    told, said = doc[venue.start].sent, words[0].sent
    if told.start != said.start and told.start != said.end and told.end != said.start:
        return False  # (another occasion)
    # an office: a common noun at its head, and proper names only of its country
    return words.root.pos_ == "NOUN" and all(
        w.pos_ != "PROPN" or w.ent_type_ in _COUNTRY_LABELS for w in words)
