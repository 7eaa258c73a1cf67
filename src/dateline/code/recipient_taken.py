"""The side a place is taken from, when the place is the recipient the parse gave.

"Raqqa, which was liberated from Isis by the SDF", "the army's recapture of Palmyra from Isis":
a seizure of a place is done to the side that held it, named in the "from" phrase of the act or
of the place, as it is when the verb is active ("retook Mosul from Isis",
:func:`dateline.code.phrases.taken_from`). The recipient is that side, in its own words.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..actor_places import gazetteer_country
from ..deps import prep_objects
from ..wordclasses import word_class
from .phrases import a_place, from_parties, np_span

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from ..records import Actor
    from .mention import Mention

__all__ = ["taken_from_side"]

#: Words of acts that seize or free a place from a side ("retake", "liberation"): an attack's
#: "from" phrase names its doer or where it came from ("rocket attacks from the hills"), no side.
_SEIZING = word_class("seizing_words")
#: Entity kinds of places, never a side ("from Aleppo").
_PLACE_ENTITIES = frozenset({"LOC", "FAC"})


def _from_side(head: Token, resolve: Callable[..., Actor | None]) -> Token | None:
    """The party named in a "from" phrase on ``head``: no place ("from the hills"), but a name
    the dictionaries know as a party whatever its last word ("from Islamic State")."""
    found = next((g for g in from_parties(head) if not a_place(g)), None)
    if found is not None:
        return found
    for g in prep_objects(head, "from"):  # (a name the parse took for a place: "from Isis")
        words = np_span(g)
        if g.pos_ not in ("PROPN", "NOUN") or g.ent_type_ in _PLACE_ENTITIES or not any(
                t.pos_ == "PROPN" or t.ent_type_ for t in g.doc[words[0]:words[1]]) or \
                gazetteer_country(g.doc[words[0]:words[1]].text, g.doc) is not None:
            continue
        named = resolve(words, doer=False)
        if named is not None and named.name and named.sector not in (None, "CVL"):
            return g
    return None


def taken_from_side(doc: Doc, m: Mention, place: Token,
                    resolve: Callable[..., Actor | None],
                    country: str | None = None) -> Actor | None:
    """The side the place ``place`` (the head of the recipient's words) was taken from, named
    by a "from" phrase on the mention's act or on the place; ``None`` when the act's word
    seizes nothing or no such phrase names a party. A side of no country of its own is of
    ``country``, the place's ("retaken from rebels": the rebels of the place's country)."""
    trigger = doc[m.trigger]
    if trigger.lemma_.lower() not in _SEIZING or m.source is not None and \
            m.source[0] <= place.i < m.source[1]:
        return None
    side = _from_side(trigger, resolve) or _from_side(place, resolve)
    if side is None or m.source is not None and m.source[0] <= side.i < m.source[1]:
        return None
    taker = resolve(np_span(side), doer=False)
    if taker is None or not (taker.name or taker.sector):
        return None
    return replace(taker, country=country) if taker.country is None and country else taker
