"""The party a message an act of words is made in is addressed to.

"Wrote a letter to the UN asking for help", "sent a petition to the governor demanding his
release", "in a letter to the security council, Syria demanded an inquiry", "in a message to
the rebels, the president promised an amnesty": a demand, an accusation, an agreement or a
promise made in a letter, a statement or a report is addressed to whom the message is, the
object of its "to", as it would be by "told the council that …". The message is the object of
the verb whose clause tells the act ("wrote a letter … asking"), the noun the act's participle
hangs on ("a petition … demanding"), or the "in" phrase of the act's own verb ("in a letter
to …, Syria demanded"). A clause that hangs on the writing verb is the writer's own act only
when it has no subject of its own: in "wrote a letter to the UN, and the rebels demanded a
ceasefire" or "… after protesters demanded a recount" the demand is another party's.

A threat or a rejection made in a letter is no act done to its addressee: a threat is aimed at
whom it threatens ("in a letter to the UN, Syria threatened to respond"), a rejection at whom
put forward what is rejected ("… rejected the report").

Only when the act's own words name no party it is aimed at; an audience ("a message to his
supporters", "a statement to reporters") is no party addressed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import prep_object, prep_objects
from ..wordclasses import word_class
from .phrases import np_span
from .recipient_hearers import audience

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

    from .mention import Mention

__all__ = ["letter_addressee"]

#: Acts of words whose recipient is the party they are addressed to.
_WORDS_TYPES = frozenset({"REQUEST", "ACCUSE", "AGREE", "CONCEDE"})
#: Nouns of messages a party writes or makes to another ("letter", "statement", "report").
_MESSAGES = word_class("documents")
#: Hearers of a message beside those of words told: no party it is addressed to.
_READERS = frozenset({"supporters", "followers", "nation"})
#: How a participle or a clause of the act hangs on the verb or noun of its message.
_HUNG = frozenset({"advcl", "acl", "xcomp"})
#: How a message hangs on the verb it is written or sent by.
_SENT = frozenset({"dobj", "obj"})


def _to_of(word: Token) -> Token | None:
    """The object of the "to" phrase of ``word`` (a "dative" "to" too)."""
    return next(prep_objects(word, "to", dative=True), None)


def _messages(trigger: Token) -> Iterator[tuple[Token, Token]]:
    """The nouns of messages the act of ``trigger`` is made in, each with the word its "to"
    may hang on: the noun itself, or the verb it is sent by ("sent a letter to the UN")."""
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in _SENT else trigger
    for c in verb.children:  # "in a letter to the council, Syria demanded", "… promised an
        # amnesty"
        if c.dep_ == "prep" and c.lower_ in ("in", "through"):
            noun = prep_object(c)
            if noun is not None and noun.lemma_.lower() in _MESSAGES:
                yield noun, noun
    if trigger.dep_ not in _HUNG or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")
                                         for c in trigger.children):
        return  # "… after protesters demanded a recount": another subject's act
    head = trigger.head
    if head.pos_ == "NOUN" and head.lemma_.lower() in _MESSAGES:
        yield head, head.head  # "a petition to parliament demanding"
    elif head.pos_ in ("VERB", "AUX"):
        for c in head.children:  # "wrote a letter to the UN asking for help"
            if c.dep_ in _SENT and c.lemma_.lower() in _MESSAGES:
                yield c, head


def letter_addressee(trigger: Token, m: Mention) -> tuple[int, int] | None:
    """The words of the party the message an act of words is made in is addressed to (see
    the module's words), or ``None``."""
    if m.sense.event_type not in _WORDS_TYPES:
        return None
    for noun, sender in _messages(trigger):
        to = _to_of(noun) or (_to_of(sender) if sender is not noun else None)
        if to is None or audience(to, _READERS) or to.pos_ == "PRON":
            continue
        words = np_span(to, with_conj=True)
        if m.source is not None and m.source[0] < words[1] and words[0] < m.source[1]:
            continue
        return words
    return None
