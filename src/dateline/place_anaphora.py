"""A place phrase pointing back at a place named before: "withdraw US troops from the country",
"civilians trapped in the town", "clashes in the nearby province".

Such a phrase names no place itself; the place is the last one of its kind named before it in
the same section of the story: a country for "the country" (or the country of the place
named last), a town for "the city", "the town"
or "the village", a province or state for "the province" or "the state". "The region" (often a
part of the world), a phrase followed by "of" ("the city of Sochi", a name) and one describing
another place ("the next town") are not read; other words may describe it ("the small town").
The adverb "there" ("fending off the offensive there") points back at the last place of any
kind named in its sentence or the one before, save one a distance or a coming is told from
("1,500 km from the capital").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .gazetteer import REGION_KINDS
from .sentences import Sentences, clause_tokens, governing_clauses, same_section
from .toponyms import country_place
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Place
    from .toponyms import Toponym

#: The noun of a pointing phrase → which kinds of named place it points back at.
_KINDS: dict[str, frozenset[str]] = {
    "country": frozenset({"country", "admin1", "town"}),
    "province": frozenset({"admin1"}),
    "state": frozenset({"admin1"}),
    "city": frozenset({"town"}),
    "town": frozenset({"town"}),
    "village": frozenset({"town"}),
}
#: "There" as an adverb ("fending off the offensive there") points back at any place, named in
#: its own sentence or the one before.
_THERE = frozenset({"country", "admin1", "town"})
_THERE_REACH = 1
#: Prepositions opening a phrase of where something is, goes or comes from.
_PLACE_PREPS = word_class("where_preps_name") | {"from", "of"}
#: Words that make "the town" another than the one named before ("the next town").
_OTHER = word_class("other_place")
#: How many sentences back an antecedent may lie.
_REACH = 6


def _kinds_of(t: Toponym) -> str:
    return "town" if t.kind not in REGION_KINDS else t.kind


def _from_place(doc: Doc, t: Toponym) -> bool:
    """``t`` is what a distance or a coming is told from ("1,500 km from the capital Bamako")."""
    root = doc[t.start:t.end].root
    while root.dep_ in ("appos", "compound") and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ == "from"


def pointing_phrases(doc: Doc, tokens: frozenset[int]) -> list[tuple[Token, frozenset[str]]]:
    """The pointing phrases among ``tokens``: (the noun, the kinds it points back at)."""
    out = []
    for i in sorted(tokens):
        noun = doc[i]
        if noun.lower_ == "there" and noun.dep_ == "advmod" and noun.head.pos_ in ("VERB", "AUX"):
            out.append((noun, _THERE))
            continue
        kinds = _KINDS.get(noun.lower_)
        if kinds is None or noun.tag_ not in ("NN",) or noun.head.lower_ not in _PLACE_PREPS \
                or noun.dep_ != "pobj":
            continue
        det = [c for c in noun.children if c.dep_ == "det"]
        if not det or det[0].lower_ != "the":
            continue
        # "the city of Sochi", "the country's north": a name or another's part, not a pointer
        if any(c.dep_ in ("prep", "case") and c.lower_ in ("of", "'s", "’s")
               for c in noun.children):
            continue
        # "the small town" points back, "the next town" or "the border town" does not
        if any(c.dep_ == "compound" or (c.dep_ == "amod" and c.lower_ in _OTHER)
               for c in noun.children):
            continue
        out.append((noun, kinds))
    return out


def pointed_place(doc: Doc, sents: Sentences, tok: Token, places: Sequence[Toponym]
                  ) -> tuple[Place, str] | None:
    """The place a pointing phrase of ``tok``'s clause (or of the clauses governing it) names
    back, with where it came from (``clause`` or ``sentence``); else ``None``. ``places`` are
    the document's usable place names, in order."""
    own = clause_tokens(tok)
    for tokens, source in [(own, "clause")] + [(g, "sentence")
                                               for g in governing_clauses(doc, tok)]:
        for noun, kinds in pointing_phrases(doc, tokens):
            k, there = sents.index(noun.i), noun.lower_ == "there"
            reach = _THERE_REACH if there else _REACH
            before = [t for t in places if t.end <= noun.i and _kinds_of(t) in kinds
                      and k - sents.index(t.start) <= reach
                      and same_section(sents.text, doc[t.start].idx, doc[noun.i].idx)
                      and not (there and _from_place(doc, t))]
            if not before:
                continue
            last = max(before, key=lambda t: t.start)
            if last.kind != "country" and noun.lower_ == "country":
                # "a shooting in Cairo, one of several attacks in the country": Cairo's country
                whole = country_place(last.place.country) if last.place.country else None
                if whole is None:
                    continue
                return whole, source
            return last.place, source
    return None
