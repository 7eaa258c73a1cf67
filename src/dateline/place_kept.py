"""Where a doer is kept or stays, told on its own phrase: what it says or does is done there.

"The women, held in a camp near Erbil, pleaded to be brought home", "a fighter detained in
Qamishli denied the charges", "Stranded in Idlib, the families appealed for help": the
participle says where the doer is as it acts, and its words are said there, whatever the
article is about; so does a verb of staying joined to the event's, of the same doer ("asked
for calm and stayed in Hajin", "decided to remain in Hajin"). A stay told as over
("previously held in", "Having lived in", "held in Tehran until her release", "now free")
says nothing of where the doer is now; nor does one only wanted, refused or denied ("hoped to
stay", "did not stay"). :mod:`dateline.locate` asks this when the event's clause names no place
of its own; a place of a noun of place the participle names ("in a camp near Erbil", "at a
prison outside Aleppo") is the doer's too, near the town.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .place_focus import coarser
from .place_roles import head_of_list
from .toponyms import Toponym
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Place

__all__ = ["kept_place"]

_KEPT = word_class("kept_verbs")
_STAYING = word_class("staying_verbs")
_CHOSEN = word_class("chosen_stay_verbs")
_AT = word_class("where_preps_lying")
_ENDED_ADVERBS = word_class("ended_stay_adverbs")
_ENDED_PREPS = word_class("ended_stay_preps")
_LEFT = word_class("left_stay_words")
_VERBAL = frozenset({"VERB", "AUX"})
_PARTICIPLES = frozenset({"VBN", "VBG"})
#: Prepositions by which a noun names another party ("the family of X", "a group for Britons").
_OTHERS = frozenset({"of", "for"})


def _hung_on(doc: Doc, t: Toponym) -> Token | None:
    """The preposition of where by which the place's phrase hangs on a verb, through a noun of
    place it says where lies ("in a camp near Erbil"); ``None`` when the phrase hangs on no
    verb that way."""
    node = head_of_list(doc, t)
    for _ in range(3):
        if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.lower_ not in _AT:
            return None
        prep = node.head
        up = prep.head
        if up.pos_ in _VERBAL:
            return prep
        if up.pos_ != "NOUN":  # ("a camp near Erbil": the noun the place lies by)
            return None
        node = up
    return None


def _phrase_end(verb: Token) -> int:
    """The last word of ``verb``'s phrase, not counting the punctuation that closes it."""
    end = verb.right_edge.i
    while end > verb.i and verb.doc[end].is_punct:
        end -= 1
    return end


def _ended(verb: Token, tok: Token) -> bool:
    """The stay ``verb`` tells is over: a perfect participle ("Having lived in Moscow"), an
    adverb of before ("previously held", "once detained"), an end or a time after it ("held
    until her release"); or the main clause of ``tok`` says the doer has since left ("now
    campaigns", "now free in Mauritania", "accused the US after his release")."""
    if any((c.dep_ == "aux" and c.lower_ == "having")
           or (c.dep_ == "advmod" and c.lower_ in _ENDED_ADVERBS) for c in verb.children):
        return True
    inside = {w.i for w in verb.subtree}
    if any(w.dep_ in ("prep", "mark") and w.lower_ in _ENDED_PREPS for w in verb.subtree):
        return True
    return any(w.i not in inside and w.lower_ in _LEFT and w.dep_ in ("advmod", "prep")
               for w in tok.subtree)


def _of_another(head: Token, verb: Token) -> bool:
    """``verb``, hung on the doer's head ``head``, describes another party the head names by
    "of" or "for" before it ("the family of Tom Harlow, held in Syria", "a campaign group for
    Britons detained in Syria"); not a word of the doer's own name ("the Centre for Human
    Rights, based in London")."""
    return any(c.dep_ == "prep" and c.lower_ in _OTHERS and head.i < c.i < verb.i
               and c.ent_iob_ != "I" for c in head.children)


def _set_off(doc: Doc, verb: Token, source: tuple[int, int], tok: Token) -> bool:
    """``verb``, a participle the parser hangs by "prep" on a comma or on the event's verb, is set
    off by commas right after the doer ("The families, sheltering in Rafah, appealed") or opens
    the sentence right before it ("Based in Doha, Hamas's leaders rejected")."""
    end = _phrase_end(verb)
    if end + 1 >= len(doc) or doc[end + 1].text != ",":
        return False
    if verb.i == source[1] + 1 and doc[source[1]].text == ",":
        subject = [c for c in tok.children if c.dep_ == "nsubj"]
        return bool(subject) and source[0] <= subject[0].i < source[1] \
            and not _of_another(subject[0], verb)
    return verb.i == verb.sent.start and end + 2 <= source[0] \
        and not any(w.pos_ in _VERBAL or w.is_punct for w in doc[end + 2:source[0]])


def _kept_at(doc: Doc, t: Toponym, source: tuple[int, int], tok: Token) -> bool:
    """The place of ``t`` is where the doer (tokens ``source``) of the event of ``tok`` is
    kept or stays, said by a participle on the doer's phrase ("the women, held in a camp near
    Erbil, pleaded") or set before it ("Held in a camp near Erbil, the women pleaded"), or by a
    verb of staying joined to the event's."""
    if not 0 <= source[0] < source[1] <= len(doc):
        return False
    prep = _hung_on(doc, t)
    if prep is None:
        return False
    verb = prep.head
    if verb.lemma_.lower() not in _KEPT:
        return False
    if _joined_stay(verb, tok, source):
        return True  # ("They asked for calm and decided to remain in Hajin")
    if verb.tag_ not in _PARTICIPLES or _ended(verb, tok):
        return False
    if verb.dep_ == "acl":  # ("the women, held in a camp …, pleaded")
        return source[0] <= verb.head.i < source[1] and not _of_another(verb.head, verb)
    if verb.dep_ == "prep":  # ("The families, sheltering in Rafah, appealed")
        return _set_off(doc, verb, source, tok)
    # ("Held in a camp near Erbil, the women pleaded …")
    return verb.dep_ == "advcl" and verb.head.i == tok.i and verb.i < source[0] \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def _denied(verb: Token) -> bool:
    """``verb`` is negated or told only as what can, will or would be ("could not stay",
    "will stay")."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children)


def _joined_stay(verb: Token, tok: Token, source: tuple[int, int]) -> bool:
    """``verb`` says the doer of ``tok`` stays somewhere: a verb of staying joined to the
    event's verb with no doer of its own ("urged patience and stayed in Baghuz"), or the
    complement of a verb of choosing or being made to ("… and chose to stay behind in
    Baghuz"); the event's verb has the doer for its active subject (not "was expelled by the
    Kremlin and now lives in Riga"), and neither verb is negated or only possible."""
    if verb.lemma_.lower() not in _STAYING:
        return False
    node = verb
    if verb.dep_ == "xcomp":
        node = verb.head
        if node.lemma_.lower() not in _CHOSEN:
            return False
    if node.dep_ != "conj" or node.head.i != tok.i or _denied(node) or _denied(verb):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        return False
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.dep_ == "nsubj" and source[0] <= c.i < source[1] for c in subjects) \
        and not any(c.dep_ == "nsubjpass" for c in subjects)


def kept_place(doc: Doc, places: list[Toponym], source: tuple[int, int],
               tok: Token) -> Place | None:
    """The first of ``places`` where the doer (tokens ``source``) of the event of ``tok`` is kept
    or stays; near the town (precision at least 2) when the doer is at a place that lies by it
    ("a camp near Erbil", "a prison in Erbil") or only "near" or "outside" it."""
    for t in places:
        if _kept_at(doc, t, source, tok):
            root = head_of_list(doc, t)
            near = t.relation != "in" or root.head.head.pos_ == "NOUN"
            return coarser(t.place, 2) if near else t.place
    return None
