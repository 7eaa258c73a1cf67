"""Where a doer is kept or stays, told on its own phrase: what it says or does is done there.

"The women, held in a camp near Erbil, pleaded to be brought home", "a fighter detained in
Qamishli denied the charges", "Stranded in Idlib, the families appealed for help": the
participle says where the doer is as it acts, and its words are said there, whatever the
article is about; so does a verb of staying joined to the event's, of the same doer ("urged
patience and stayed in Baghuz"). So does a phrase of "from" set before the doer of words
("From a camp near Erbil, the women appealed for help"): where the speaker spoke from.
:mod:`dateline.locate` asks this when the event's clause names no place of its own; a place of
a noun of place the participle names ("in a camp near Erbil", "at a prison outside Aleppo") is
the doer's too.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .place_roles import head_of_list
from .toponyms import Toponym

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Place

__all__ = ["kept_at", "kept_place"]

#: Verbs whose participle says where someone is kept or stays ("held in", "stranded at",
#: "living in", "based in"); not where someone went or came from.
_KEPT = frozenset({"hold", "detain", "keep", "strand", "trap", "live", "stay", "shelter",
                   "imprison", "jail", "intern", "confine", "house", "base", "station",
                   "besiege", "encircle", "hide", "remain"})
#: Prepositions by which such a participle, or a noun of place, says where it lies.
_AT = frozenset({"in", "at", "inside", "near", "outside"})
_VERBAL = frozenset({"VERB", "AUX"})


def _hung_on(doc: Doc, t: Toponym) -> Token | None:
    """The preposition by which the place's phrase hangs on a verb, through a noun of place
    it says where lies ("in a camp near Erbil", "from the prison outside Aleppo"); ``None``
    when the phrase hangs on no verb that way."""
    node = head_of_list(doc, t)
    for _ in range(3):
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return None
        prep = node.head
        up = prep.head
        if up.pos_ in _VERBAL:
            return prep
        # ("a camp near Erbil": the noun the place lies by, itself hung on a preposition)
        if up.pos_ != "NOUN" or prep.lower_ not in _AT:
            return None
        node = up
    return None


def kept_at(doc: Doc, t: Toponym, source: tuple[int, int], tok: Token,
            words: bool = False) -> bool:
    """The place of ``t`` is where the doer (tokens ``source``) of the event of ``tok`` is
    kept or stays, said by a participle on the doer's phrase ("the women, held in a camp near
    Erbil, pleaded") or set before it ("Held in a camp near Erbil, the women pleaded"); or,
    for words (``words``), where their speaker spoke from, by a phrase of "from" on the event's
    verb set before the doer and closed by a comma ("From a camp near Erbil, the women
    pleaded")."""
    if not 0 <= source[0] < source[1] <= len(doc):
        return False
    prep = _hung_on(doc, t)
    if prep is None:
        return False
    verb = prep.head
    if prep.lower_ == "from":
        return words and verb.i == tok.i and prep.i < source[0] \
            and prep.right_edge.i + 1 < len(doc) and doc[prep.right_edge.i + 1].text == ","
    if prep.lower_ not in _AT or verb.lemma_.lower() not in _KEPT:
        return False
    if _joined_stay(verb, tok):
        return True  # ("They urged patience and chose to stay behind in Baghuz")
    if verb.tag_ not in ("VBN", "VBG"):
        return False
    if verb.dep_ == "acl":  # ("the women, held in a camp …, pleaded")
        return source[0] <= verb.head.i < source[1]
    # ("Held in a camp near Erbil, the women pleaded …")
    return verb.dep_ == "advcl" and verb.head.i == tok.i and verb.i < source[0] \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def _joined_stay(verb: Token, tok: Token) -> bool:
    """``verb`` says the doer of ``tok`` stays somewhere: a verb of staying joined to the
    event's verb with no doer of its own ("urged patience and stayed in Baghuz"), or the
    complement of one ("… and chose to stay behind in Baghuz")."""
    if verb.lemma_.lower() not in _STAYING:
        return False
    node = verb.head if verb.dep_ == "xcomp" else verb
    return node.dep_ == "conj" and node.head.i == tok.i and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in node.children)


#: Verbs of staying whose own clause, joined to the event's, says where its doer is.
_STAYING = frozenset({"stay", "remain", "live", "shelter", "hide"})


def kept_place(doc: Doc, places: list[Toponym], source: tuple[int, int], tok: Token,
               words: bool = False) -> Place | None:
    """The first of ``places`` that :func:`kept_at` finds the doer at; near the town (precision
    at least 2) when the doer is at a place that lies by it ("a camp near Erbil") or only
    "near" or "outside" it."""
    for t in places:
        if kept_at(doc, t, source, tok, words):
            root = head_of_list(doc, t)
            near = root.head.lower_ in ("near", "outside") or root.head.head.pos_ == "NOUN"
            place = t.place
            return replace(place, precision=max(place.precision or 3, 2)) if near else place
    return None
