"""Whom an "it" stands for as the subject of what a party says of itself.

"Downing Street said it had been consulted", "Turkey said it was asked to join the talks":
an "it" that is the subject of the clause a verb of speech reports stands for the party that
speaks (the verb's own subject), as the speaker tells of itself; the coder reads no party in a
bare "it" otherwise ("it is clear", "it was agreed"), nor the speaker in what it asks of
itself ("the ministry insists it will not pay": no one else is asked).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import subject
from ..wordclasses import word_class
from .lexicon import load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["SPEECH_VERBS", "said_it"]

#: Verbs of speech whose clause reports what their subject says (shared with coref_sayers).
SPEECH_VERBS = word_class("speech_verbs_statement") | \
    word_class("speech_verbs_attribution") | frozenset({"argue", "suggest", "accuse"})
#: Event types of verbs of speech that ask or blame someone ("insisted", "demanded").
_ASKING = frozenset({"REQUEST", "ACCUSE"})
#: How "it" is the subject of the reported clause.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def said_it(tok: Token | None) -> Token | None:
    """The subject of the verb of speech whose reported clause has ``tok`` ("it") as its
    subject, when that subject names a party (a noun or a name, not a pronoun); ``None``
    otherwise."""
    if tok is None or tok.lower_ != "it" or tok.dep_ not in _SUBJECTS:
        return None
    verb = tok.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    if tok.dep_ == "nsubj" and _asks(verb.head):
        return None  # "the SDF insists it cannot house them": no one else is asked
    sayer = subject(verb.head)
    return sayer if sayer is not None and sayer.pos_ in ("NOUN", "PROPN") else None


def _asks(say: Token) -> bool:
    """Whether a verb of speech is also one of asking or blaming, whose clause's doer is whom
    it asks or blames: an "it" there that stands for the speaker is itself, no other party."""
    return any(s.event_type in _ASKING for s in load_lexicon().verbs.get(say.lemma_.lower(), ()))
