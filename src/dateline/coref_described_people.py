"""The people a bare definite description of men or fighters stands for.

"Foreign fighters attacked a checkpoint. The men then killed two guards": "the men" (or "the
fighters", "the gunmen") with nothing of its own to say who they are is the group of people
the text has just named. A plural noun of people that is a party of its clause (subject,
object, or the object of a party's preposition), in the description's sentence before it or
in the sentence before, is a candidate; a candidate of the description's own noun ("three
men ... the men") is taken first, the nearest, else the one candidate when there is exactly
one (two groups named: which one is unsaid, and the description is left to its own words).
"The fighters", "the gunmen" and their like stand only for an armed party; "the men" and
"the women" for any group of people. A candidate inside a quotation counts only for a
description inside one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .coref import PARTY_PREPS, kind_of
from .sentences import in_quotation, sentence_bounds
from .tokens import doc_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from .records import Actor

__all__ = ["DESCRIBED_PEOPLE", "armed", "people_candidates", "wants_armed"]

#: Plural nouns of people that say nothing of whose they are.
_ANYONE = frozenset({"men", "women"})
#: Plural nouns of armed people that say nothing of whose they are.
_ARMED = frozenset({"fighters", "gunmen", "attackers", "assailants", "jihadists", "jihadis",
                    "insurgents", "extremists"})
#: A bare definite description of people: "the men", "these fighters".
DESCRIBED_PEOPLE = re.compile(r"(?:the|these|those) (" + "|".join(sorted(_ANYONE | _ARMED))
                              + r")")
#: Sectors of an armed party.
_ARMED_SECTORS = frozenset({"REB", "UAF", "MIL", "COP"})
#: How a candidate's head stands in its clause.
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj", "conj"})
#: Words of a quantity whose "of" phrase names the people ("hundreds of fighters").
_COUNTS = frozenset({"hundreds", "dozens", "scores", "thousands", "many", "some", "most",
                     "several", "all"})


def wants_armed(noun: str) -> bool:
    """Whether a described noun ("fighters") stands only for an armed party."""
    return noun in _ARMED


def armed(actor: Actor) -> bool:
    """Whether an actor is an armed party: of an armed sector, or a member of a body."""
    return actor.sector in _ARMED_SECTORS or actor.parent is not None


def people_candidates(doc: Doc, at: int, resolve: Callable[[tuple[int, int], Token],
                                                           Actor | None]
                      ) -> list[tuple[Token, Actor]]:
    """The groups of people named as parties before token ``at`` in its sentence or the one
    before, nearest first, each with its actor (``resolve(span, head)``)."""
    start = sentence_bounds(doc, at)[0]
    window = sentence_bounds(doc, start - 1)[0] if start else start
    text = doc_text(doc)
    quoted = in_quotation(text, doc[at].idx)
    found: list[tuple[Token, Actor]] = []
    for tok in reversed(doc[window:at]):
        if tok.tag_ not in ("NNS", "NNPS") or tok.lower_ in _COUNTS or \
                in_quotation(text, tok.idx) and not quoted:
            continue
        counted = tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.lower_ in _COUNTS  # "hundreds of fighters": the count's place
        place = tok.head.head if counted else tok
        if place.dep_ not in _PARTY_DEPS or place.dep_ == "pobj" and (
                counted or place.head.lower_ not in PARTY_PREPS) or kind_of(tok) != "people":
            continue  # "in the camps", "one of the men"
        actor = resolve((place.left_edge.i, tok.i + 1), tok)
        if actor is not None and (actor.sector or actor.country or actor.name):
            found.append((tok, actor))
    return found
