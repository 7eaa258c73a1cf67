"""What others are expected, or it is time for them, to do: an expectation or an opinion, no act.

"The UN expects Israel to allow aid in": the act is looked for by one party of another; no one
is told to have done it, planned it or offered it (unlike "the ministry expects to finish the
talks", a party's own plan, or "the army is expected to attack", a party's plan as others
know it: both proposed). "It is time for the government to release the
prisoners", "the time has come for the army to withdraw": what the speaker thinks should
happen, no act. An act told so is no event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["expected_of_others"]

_EXPECTING = word_class("expecting_verbs")


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _expected(verb: Token) -> bool:
    """``verb`` is an infinitive that a verb of expecting looks for from another party than
    its subject ("expects Israel to allow")."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or head.lemma_.lower() not in _EXPECTING or any(
            c.dep_ == "auxpass" for c in head.children):
        return False
    return any(c.dep_.startswith("nsubj") for c in verb.children) or any(
        c.dep_ == "dobj" for c in head.children)


def _time_for(verb: Token) -> bool:
    """``verb`` is the infinitive of "it is time (for them) to", "the time has come to"."""
    head = verb.head
    if verb.dep_ not in ("acl", "relcl") or head.lemma_.lower() != "time":
        return False
    return head.dep_ == "attr" or head.dep_ == "nsubj" and head.head.lemma_.lower() == "come"


def expected_of_others(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the acts only expected of others or said to be due."""
    out = []
    for m in mentions:
        verb = doc[m.trigger]
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj":  # "to launch an offensive"
            verb = verb.head
        if verb.pos_ in ("VERB", "AUX") and _infinitive(verb) and (
                _expected(verb) or _time_for(verb)):
            continue
        out.append(m)
    return out
