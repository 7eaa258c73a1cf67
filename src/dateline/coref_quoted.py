"""Who speaks a quotation that no speech verb attributes: the person the narrative sentence
just before it is about.

A report introduces a witness in a sentence of its own and lets them speak next, with no "she
said" anywhere ("Farida Osman, a nurse, spoke to reporters at the clinic. “The soldiers took me
at night.”"): the one the quotation's "I", "me", "we" or "us" stands for is that sentence's
subject, when the subject is a person named by name. Only when

* the quotation opens a sentence, and the sentence before it holds no quotation mark (the
  narrative's own words, not another quotation's end);
* that sentence's main verb has a named person as its subject (a name the model labels a
  person), not a body or a common noun ("Police raided the house. “They took me ...”" names no
  speaker: the police do not say "me");
* that sentence brings the person on as one who speaks: its main verb is one of speaking,
  telling or recounting (``speaker_introducing``: "spoke to reporters", "described the
  raid"), or of hearing or learning a clause the quotation answers (``speaker_hearing``: "had
  heard the town would fall", "learned that ..."; not "heard testimony from a detainee",
  "learned the news from his wife": one who hears a thing or a person is not the one who
  speaks next, the one heard may be), a copula ("is a nurse"), or a passive told of them that
  they live to tell ("was freed"), not one of death ("was shot dead") nor an act they did to
  others ("ordered the raid", "sentenced the men": the one who did it is not the one it was
  done to);
* that verb is not denied or a refusal ("did not speak to reporters", "declined to comment"),
  and no later clause of the sentence has a subject of its own ("fled Kano, but his wife
  stayed behind": the wife may be the one who speaks).

The callers ask this last, after the speech verbs of the quotation's own sentence and of the
sentences around it, which attribute a quotation when they are there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sentences import OPENING_MARKS, QUOTE_MARKS, in_quotation, sentence_of
from .tokens import doc_text
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["introduced_speaker"]

_INTRODUCING = word_class("speaker_introducing")
_HEARING = word_class("speaker_hearing")
_DECLINING = word_class("speech_declining")
_DEATHS = word_class("deaths")
#: How far back, in sentences, the opening of a quotation is looked for.
_BACK = 4


def introduced_speaker(tok: Token) -> Token | None:
    """The subject of the narrative sentence just before the quotation the first-person word
    ``tok`` is in, when that subject is a person's name; ``None`` otherwise."""
    doc = tok.doc
    text = doc_text(doc)
    if not in_quotation(text, tok.idx):
        return None
    sent = sentence_of(doc, tok.i)
    for _ in range(_BACK):  # the sentence the quotation opens
        if doc[sent.start].text in OPENING_MARKS:
            break
        if sent.start == 0 or not in_quotation(text, doc[sent.start].idx):
            return None  # opened inside a sentence: its own frame attributes it, or none
        sent = sentence_of(doc, sent.start - 1)
    else:
        return None
    if sent.start == 0:
        return None
    before = sentence_of(doc, sent.start - 1)
    if any(m in before.text for m in QUOTE_MARKS):
        return None
    root = before.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.ent_type_ != "PERSON" or subj.pos_ != "PROPN" or \
            any(c.dep_ == "conj" for c in subj.children) or not _introduces(root, subj):
        return None
    return subj


def _introduces(root: Token, subj: Token) -> bool:
    """Whether the sentence whose main verb is ``root`` brings on its subject ``subj`` as one
    who may speak next: see the module's description."""
    lemma = root.lemma_.lower()
    if any(c.dep_ == "neg" for c in root.children) or lemma in _DECLINING:
        return False  # "did not speak to reporters", "declined to comment"
    if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(
            s.dep_ in ("nsubj", "nsubjpass") for s in c.children) for c in root.children):
        return False  # "fled Kano, but his wife stayed behind"
    if lemma in _HEARING and any(c.dep_ == "ccomp" for c in root.children) and not any(
            c.dep_ in ("dobj", "obj") or c.dep_ == "prep" and c.lower_ == "from"
            for c in root.children):
        return True  # "had heard the town would fall", not "heard testimony from ..."
    if lemma in _INTRODUCING or lemma == "be" or root.pos_ == "AUX":
        return True  # "spoke to reporters", "is a nurse"
    if lemma in _DEATHS or any(c.lower_ in ("dead", "death") for c in root.children):
        return False  # "was shot dead": the dead do not speak
    return subj.dep_ == "nsubjpass"  # "was freed"; not "ordered the raid"
