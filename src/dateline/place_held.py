"""Which place names go together in a sentence (stage ``locate``): a town and the region or
country named right after it that holds it ("Afrin, northern Syria"), places named in a list
("battles in Manbij, Tabqa and Raqqa"), and a place told in a relative clause about another
deed of its noun ("Turkey, which launched an operation in Afrin")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .gazetteer import REGION_KINDS
from .tokens import span_root
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .toponyms import Toponym

__all__ = ["held_in", "in_a_list", "relative_deed"]

#: Words that may stand between a town and the region or country after it that holds it:
#: "Afrin, northern Syria", "Didim, in south-west Turkey".
_HOLDER_GAP = re.compile(r"^(?:,|in|the|central|(?:far-?)?(?:north|south|east|west)"
                         r"(?:ern|-?(?:east|west)(?:ern)?)?)$", re.I)
_HOLDER_GAP_MAX = 4


def held_in(doc: Doc, places: Sequence[Toponym]) -> dict[int, Toponym]:
    """For a region or country named right after a town it holds ("into Afrin, northern Syria"),
    or as the owner of a place it holds ("in Syria's Idlib province"), that place (by the
    holder's start token): the two name one place, the finer one's."""
    out: dict[int, Toponym] = {}
    for holder, held in zip(places, places[1:], strict=False):
        if holder.kind == "country" and held.kind != "country" \
                and held.place.country == holder.place.country \
                and held.start == holder.end + 1 and doc[holder.end].tag_ == "POS":
            out[holder.start] = held
    for town, holder in zip(places, places[1:], strict=False):
        if town.kind not in REGION_KINDS and holder.kind in REGION_KINDS \
                and holder.place.country == town.place.country \
                and 0 < holder.start - town.end <= _HOLDER_GAP_MAX \
                and doc[town.end].text == "," \
                and all(_HOLDER_GAP.match(w.text) for w in doc[town.end:holder.start]):
            out[holder.start] = town
    return out


def in_a_list(doc: Doc, t: Toponym, others: Sequence[Toponym]) -> bool:
    """Whether ``t`` is joined by "and" or "or" (or a comma) to another place name."""
    root = span_root(doc, t.start, t.end)
    roots = {span_root(doc, o.start, o.end).i for o in others if o.start != t.start}
    return (root.dep_ == "conj" and root.head.i in roots) or any(
        c.dep_ == "conj" and c.i in roots for c in root.children)


#: Verbs of where a thing is ("the town, which lies in Idlib"); any other tells of a deed.
_LYING = word_class("lying_verbs")


def relative_deed(doc: Doc, t: Toponym, tok: Token) -> bool:
    """The place is in a relative clause telling what its noun did or underwent ("alarmed
    Turkey, which launched an operation in Afrin", "Emwazi, killed by a drone, and Davis, who
    was captured in Istanbul"), a clause ``tok`` is neither in nor told of: that deed's place."""
    for a in doc[t.start].ancestors:
        if a.i == tok.i:
            return False
        if a.dep_ == "relcl":
            return a.head.i != tok.i and not a.left_edge.i <= tok.i <= a.right_edge.i \
                and a.lemma_.lower() not in _LYING and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT")
                    for c in a.children)
    return False
