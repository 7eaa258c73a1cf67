"""Ranks and forces that several bodies have: an "inspector" is a police rank (India, Britain),
but weapons, chemical, nuclear, health, safety and tax inspectors are no police; the "RAF" is
India's Rapid Action Force, a police force, or the Royal Air Force. The agents table gives such
a word the police's sector; a mention of it is the police's only where its context says so or
says nothing else:

1. its own phrase: "a police inspector", "the inspector of police", "a sub-inspector", "RAF
   jawans" are the police; "weapons inspectors", "UN inspectors", "inspectors from the OPCW",
   "RAF jets" are not;
2. else its sentence: a police word ("inspectors and constables"), or a word of a weapons
   inspection or of air war ("inspectors at the nuclear site", "RAF airstrikes");
3. else the document: its other such words, decided by their phrase or sentence, else which it
   names more often, the police or a weapons inspection or air war.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..sentences import sentence_bounds
from ..tokens import per_doc, per_token, tags
from ..tokens import words as doc_words
from ..wordclasses import word_class
from .phrases import phrase_words
from .roles import agent_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["shared_rank", "police_rank", "rank_sector"]

#: Ranks and forces of the police that other bodies have too.
_RANKS = word_class("shared_ranks")
#: Words of a rank's own phrase that make it another body's ("weapons", "UN", "health").
_OTHER_KINDS = word_class("not_police_rank_words")
#: Words of a sentence or a document that tell of a weapons inspection or of air war.
_TOPICS = word_class("not_police_topics")
#: Prepositions whose object says whose a rank is ("of police", "from the OPCW").
_OWNER_PREPS = frozenset({"of", "from", "with"})


def shared_rank(word: str) -> bool:
    return word in _RANKS


def _police_word(word: str) -> bool:
    return word not in _RANKS and agent_words().get(word) == "COP"


def _phrase(tok: Token) -> list[Token]:
    """The words of a rank's phrase: its modifiers (those of the noun it names when it is a
    title, "Police Inspector Sharma") and whose it is ("of police", "from the OPCW")."""
    head = tok
    while head.dep_ in ("compound", "amod") and head.head.pos_ in ("NOUN", "PROPN") \
            and head.head.i > head.i:
        head = head.head
    found = list(head.doc[head.left_edge.i:head.i + 1])
    for t in (tok, head) if head.i != tok.i else (tok,):
        for c in t.rights:
            if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS:
                found.extend(c.subtree)
    return found


def _by_phrase(tok: Token) -> bool | None:
    phrase = _phrase(tok)
    words = phrase_words("".join(t.text_with_ws for t in phrase))  # "sub-inspector" whole
    if any(_police_word(" ".join(words[i:i + n])) for n in (3, 2, 1)
           for i in range(len(words) - n + 1)):
        return True
    if any(t.lower_ in _OTHER_KINDS or t.lemma_.lower() in _OTHER_KINDS for t in phrase):
        return False
    return None


def _by_words(doc: Doc, start: int, end: int) -> bool | None:
    """Police (True) or another body's business (False) by the words of ``doc[start:end]``: the
    police when they are named, else another body's when a word of its business is."""
    lemmas = tags(doc).lemmas
    lowers = doc_words(doc).lowers
    police = topic = 0
    for i in range(start, end):
        if _police_word(lemmas[i]) or _police_word(lowers[i]):
            police += 1
        elif lemmas[i] in _TOPICS or lowers[i] in _TOPICS:
            topic += 1
    return True if police else False if topic else None


def _decided(tok: Token) -> bool | None:
    """A rank's reading by its phrase, else its sentence; None when neither says."""
    found = _by_phrase(tok)
    if found is None:
        found = _by_words(tok.doc, *sentence_bounds(tok.doc, tok.i))
    return found


@per_doc
def _document(doc: Doc) -> bool:
    """The document's reading of a rank that neither its phrase nor its sentence decides."""
    lemmas = tags(doc).lemmas
    lowers = doc_words(doc).lowers
    readings = [_decided(doc[i]) for i in range(len(doc))
                if lemmas[i] in _RANKS or lowers[i] in _RANKS]
    if readings.count(True) or readings.count(False):
        return readings.count(True) >= readings.count(False)
    # which the document names more: the police, or another body's business
    police = sum(_police_word(lemmas[i]) or _police_word(lowers[i]) for i in range(len(doc)))
    topic = sum(lemmas[i] in _TOPICS or lowers[i] in _TOPICS for i in range(len(doc)))
    return police >= topic


@per_token
def police_rank(tok: Token) -> bool:
    """Whether a mention of a shared rank (``tok``) names the police (see the module's
    docstring)."""
    found = _decided(tok)
    return _document(tok.doc) if found is None else found


def rank_sector(tok: Token, sector: str | None) -> str | None:
    """``sector``, the agents table's for ``tok``, unless ``tok`` is a shared rank that its
    context gives to a body other than the police (then None: the body is not known)."""
    if sector == "COP" and (tok.lemma_.lower() in _RANKS or tok.lower_ in _RANKS) and \
            not police_rank(tok):
        return None
    return sector
