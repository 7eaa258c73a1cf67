"""The police as the teller of a sentence, not its doer: "police said", "a senior police
official said", "according to police".

Two questions, kept apart because they differ in what they ask: :func:`speech_of` gives the
statement a police word makes, told as made and of a verb of speaking proper, which the learned
police head makes a police act of; :func:`reporting` only asks whether a police word stands in
a teller's place, whatever the statement's status and for any verb of telling or judging
("police believe", "police were told", "according to police"), so that the acts a sentence
tells without a doer are not made the police's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordclasses import word_class
from .status import status_of

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["reporting", "speech_of"]

#: (a judgement or a belief is no statement: "inspectors deemed the building safe")
_SPEECH_VERBS = word_class("speech_verbs_police") - word_class("judgement_verbs")
#: verbs of telling or judging whose subject is a teller, not a doer
_TELLING = word_class("speech_verbs_police")
_DONE_TO = word_class("patient_nouns")


def speech_of(police: Token) -> Token | None:
    """The speech verb whose speaker the police word names, told as done: "police said", "a
    senior police official said", "the spokesperson of the state police said", "X,
    superintendent of police, said", "the army and the police said". None when the police word
    is done to, told or met, or the statement is denied, wished or planned."""
    tok = police
    for _ in range(4):
        while tok.head.i != tok.i and (tok.dep_ in ("conj", "appos") or tok.dep_ in (
                "compound", "amod", "poss") and tok.head.pos_ in ("NOUN", "PROPN")):
            tok = tok.head  # "police officers", "the police report", "X, an officer"
        holder = tok.head.head
        if not (tok.dep_ == "pobj" and tok.head.lower_ == "of" and holder.pos_ in (
                "NOUN", "PROPN") and holder.lemma_.lower() not in _DONE_TO):
            break
        tok = holder  # "the spokesperson of the state police", not "the killing of policemen"
    verb = tok.head
    if verb.pos_ != "VERB" or not (tok.dep_ == "nsubj" and verb.lemma_.lower() in _SPEECH_VERBS
                                   or tok.dep_ == "nsubjpass" and verb.lemma_.lower() == "quote"):
        return None  # (quoted: "a police official is quoted as saying")
    return verb if status_of(verb) in ("actual", "alleged") else None  # told as made


def reporting(police: Token) -> bool:
    """Whether the police word, or a phrase up to four heads above it, is the subject of a verb
    of telling or judging or the source of an "according to": "police said", "police
    believe", "according to police officials". Unlike :func:`speech_of`, whatever the
    statement's status ("police say", "police did not say")."""
    cur = police
    for _ in range(4):
        if cur.dep_ in ("nsubj", "nsubjpass") and cur.head.lemma_.lower() in _TELLING:
            return True
        if cur.dep_ == "pobj" and cur.head.lower_ == "to" and cur.head.head.lower_ == "according":
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False
