"""Whom an act of protest or defiance answers, named by the phrase of its cause.

The recipient of an act that reacts to another party (resigning, walking out, protesting,
rejecting, imposing sanctions) is the party it reacts to. A sentence often names that party
only in the phrase that says what the act answers: "resigned over the president's decision",
"quit in protest at the cabinet's plan", "walked out in protest against the government",
"recalled its envoy over Norland's move". The cause is a party ("the government") or a thing
a party made, did or said ("the president's decision", "the cabinet's handling of it"): the
party, or the thing's maker, is the recipient; a thing no party is named for ("over the
budget", "over his health"), or one that is no party's deed ("over the president's illness"),
names none. A cause is
no recipient of a fight or a meeting: "clashed over the town", "talks over the plan" are about
it, not done to its maker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordclasses import word_class
from .lexicon import NOT_AN_EVENT, load_lexicon
from .phrases import a_place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["answered", "deed"]

#: Acts that answer another party's act: its cause names whom they are aimed at.
_ANSWERING = frozenset({"RETREAT", "PROTEST", "REJECT", "ACCUSE", "DISAPPROVE", "SANCTION",
                        "THREATEN"})
#: Prepositions of the cause itself ("over the decision") and of what a protest is at.
_OVER = frozenset({"over"})
_PROTESTED_AT = frozenset({"at", "against", "over", "of"})
#: Nouns of the "in …" phrase that makes the next phrase a cause ("in protest at").
_STANCES = frozenset({"protest", "opposition", "response", "retaliation", "reaction"})
#: What a party made, did or said: its owner is the one an act answering it is aimed at.
_DEEDS = word_class("cause_deeds")
#: How an act's noun hangs on the verb that carries it ("handed in his resignation").
_CARRIED = frozenset({"dobj", "obj"})


def _act_words(doc: Doc, m: Mention) -> list[Token]:
    """The act's word, and the verb that carries it when the word is that verb's object."""
    word = doc[m.trigger]
    if word.pos_ in ("NOUN", "PROPN") and word.dep_ in _CARRIED and word.head.pos_ == "VERB":
        return [word, word.head]
    return [word]


def _causes(word: Token) -> list[Token]:
    """The objects of the cause phrases of ``word``: "over X", "in protest at X" (the parse
    hangs the "at" on the stance noun or beside it, on the verb)."""
    preps = [c for c in word.children if c.dep_ == "prep"]
    stances = [g for p in preps if p.lower_ == "in" for g in p.children
               if g.dep_ == "pobj" and g.lemma_.lower() in _STANCES]
    heads = [p for s in stances for p in s.children if p.dep_ == "prep"
             and p.lower_ in _PROTESTED_AT]
    heads += [p for p in preps if p.lower_ in _OVER or stances and p.lower_ in _PROTESTED_AT]
    return [g for p in heads for g in p.children if g.dep_ == "pobj"]


def _answered_cause(cause: Token) -> bool:
    """Whether a cause can name a party: no place ("over the town") and no pronoun."""
    return not a_place(cause) and cause.pos_ != "PRON"


def deed(cause: Token) -> bool:
    """Whether a cause is a thing a party made, did or said ("the president's decision", "the
    army's crackdown"), whose maker the act answers; not a state ("the president's illness")."""
    lemma = cause.lemma_.lower()
    return lemma in _DEEDS or cause.lower_ in _DEEDS or any(
        s.event_type != NOT_AN_EVENT for s in load_lexicon().nouns.get(lemma, ()))


def answered(doc: Doc, m: Mention) -> Token | None:
    """The cause the act of ``m``, with no recipient, answers (see the module's docstring): a
    party, or a thing whose maker is the party; ``None`` when it names none or the act
    answers no one."""
    if m.target is not None or m.sense.event_type not in _ANSWERING:
        return None
    return next((cause for word in _act_words(doc, m) for cause in _causes(word)
                 if _answered_cause(cause)), None)
