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
  speaker: the police do not say "me").

The callers ask this last, after the speech verbs of the quotation's own sentence and of the
sentences around it, which attribute a quotation when they are there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sentences import QUOTE_MARKS, in_quotation, sentence_of
from .tokens import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["introduced_speaker"]

_OPENING = ("\u201c", '"')
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
        if doc[sent.start].text in _OPENING:
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
    subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.ent_type_ != "PERSON" or subj.pos_ != "PROPN" or \
            any(c.dep_ == "conj" for c in subj.children):
        return None
    return subj
