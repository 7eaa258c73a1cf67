"""The side that holds a town struck, named by a phrase set after the town's name.

"Jets bombed Khan Sheikhoun, a town controlled by the rebels", "shelled Douma, which is held by
the militia", "shelled the town, held by the militia since 2013": an attack on a place is done
to whoever holds it, as event coders count it; the place's words stay the recipient's words
(as for "the rebel-held enclave"), with the holder's name, country and sector.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..actor_places import gazetteer_country, proper_name
from ..wordclasses import word_class
from .phrases import a_place, np_span
from .recipient_held import holder_word
from .recipient_taken import taken_from_side
from .words import FORCE_TYPES, counted

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from ..records import Actor
    from .mention import Mention

__all__ = ["held_place"]

#: Participles that say who holds a place ("held", "controlled").
_HOLDING = word_class("holding_participles")
#: The sector of a town's name read as the people who live there.
_TOWNSPEOPLE = "CVL"


def _holder_word(place: Token) -> Token | None:
    """The object of the "by" of a participle of holding set after the place: on the place
    itself ("the town, held by X"), in a "which" clause on it ("which is held by X"), or on
    a noun set beside it ("Douma, a town controlled by X")."""
    nouns = [place, *(c for c in place.children if c.dep_ == "appos")]
    for noun in nouns:
        for c in noun.children:
            if c.i > noun.i and c.dep_ in ("acl", "relcl") and c.lower_ in _HOLDING:
                by = holder_word(c)
                if by is not None:
                    return by
    return None


def held_place(doc: Doc, m: Mention, target: Actor | None,
               resolve: Callable[..., Actor | None]) -> Actor | None:
    """The recipient of the mention ``m``: the holder a phrase after the place struck names,
    with the place's words, when the recipient is a place the dictionaries read as no party;
    the side it was taken from, in its own words, when a seizure's "from" phrase names one;
    else ``target`` unchanged."""
    if m.sense.event_type not in FORCE_TYPES or target is None or \
            target.sector not in (None, _TOWNSPEOPLE) or target.antecedent or \
            target.char_start is None or target.char_end is None:
        return target  # (a town's name may be read as its people: the holder is meant)
    span = doc.char_span(target.char_start, target.char_end, alignment_mode="expand")
    if span is None:
        return target
    root = counted(span.root)
    country = gazetteer_country(proper_name(root).text, doc)  # "Khan Sheikhoun"
    unknown = root.pos_ == "PROPN" and target.name is None and target.sector is None
    if not (a_place(root) or country is not None or unknown):
        return target  # ("recaptured Palmyra from Isis", the town's name tagged as a person's)
    # "Raqqa, which was freed from Isis": the side, of the place's country when of none
    taken = taken_from_side(doc, m, root, resolve, target.country or country)
    if taken is not None:
        return taken
    if not (a_place(root) or country is not None):
        return target
    by = _holder_word(root)
    if by is None or m.source is not None and m.source[0] <= by.i < m.source[1]:
        return target
    words = np_span(by)
    holder = resolve(words, doer=False)
    if holder is None or not (holder.name or holder.sector) or holder.name == (
            holder.name or "").lower() and any(t.pos_ == "PROPN" for t in doc[words[0]:words[1]]):
        return target  # (a name the dictionaries do not know, read only by its common noun)
    if holder.country is None and (country or target.country):  # the rebels of its country
        holder = replace(holder, country=country or target.country, country_from="place held")
    return replace(holder, text=target.text, char_start=target.char_start,
                   char_end=target.char_end)
