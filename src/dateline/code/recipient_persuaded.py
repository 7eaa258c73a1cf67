"""The one a refusal or a consent answers: who pressed for it.

"The UN failed to persuade Russia to agree to the plan", "the envoy urged Hamas to accept the
truce": a refusal or a consent told as the infinitive a verb of asking or pressing hangs on its
object is that object's answer to the asker. Refusing is done to whoever asked (PLOVER REJECT:
the recipient is the party whose request, proposal or demand is turned down), and agreeing is
done with them; so the recipient is the subject of the verb of asking (climbing through
"failed to", "tried to"), not the thing agreed or refused. Only when the refusal or the consent
names no party of its own (a thing agreed to, "agree to the truce", is none): a thing whose own
words name a party ("a truce with Israel", "the EU proposal", "the American request") names
the one agreed with or refused. A consent the asker failed to win ("failed to persuade Chile
to agree to talks with the rebels") is a refusal of the asker, not of the party it was with.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import prep_objects
from ..wordclasses import word_class
from .frames import load_frames
from .lexicon import load_lexicon
from .phrases import doer_in_modifier, thing

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

__all__ = ["persuader"]

#: Verbs of asking or pressing someone to do something ("persuaded Russia to agree").
_PRESSING = word_class("pressing_verbs")
#: Event types of answers to a request: turning it down, or consenting.
_ANSWERS = frozenset({"REJECT", "AGREE"})
_OBJECTS = frozenset({"dobj", "obj"})
#: Prepositions by which a thing agreed or refused names the party it is with.
_WITH = frozenset({"with", "between"})


def persuader(verb: Token, event_type: str, own: Token | None,
              subject_of: Callable[[Token], Token | None]) -> Token | None:
    """The recipient of ``verb`` given ``own``, the one its own clause names: ``own`` when it
    is a party; else the one who asked or pressed for the refusal or consent ``verb`` when it
    is the infinitive of a verb of asking whose object refuses or consents ("failed to persuade
    Russia to agree": the one who failed), else ``own``. ``subject_of`` reads a verb's doer
    (:func:`dateline.code.roles.subject_of`)."""
    if own is not None and (not thing(own) or _names_party(own, verb, event_type)):
        return own
    return _asker(verb, event_type, subject_of) or own


def _names_party(own: Token, verb: Token, event_type: str) -> bool:
    """Whether the thing ``own`` names a party in its own words: a name or demonym before it
    ("the EU proposal"), or one it is with ("a truce with Israel") where ``verb`` itself tells
    the refusal or the consent (not "failed to persuade Chile to agree": a refusal of the asker).
    """
    if doer_in_modifier(own) is not None:
        return True
    senses = load_lexicon().verbs.get(verb.lemma_.lower(), ())
    return any(s.event_type == event_type for s in senses) and not _failed(verb) and any(
        not thing(g) for g in prep_objects(own, _WITH))


def _asker(verb: Token, event_type: str, subject_of: Callable[[Token], Token | None]
           ) -> Token | None:
    if event_type not in _ANSWERS or verb.dep_ != "xcomp":
        return None
    head = verb.head
    if head.lemma_.lower() not in _PRESSING or not any(c.i < verb.i and (
            c.dep_ in _OBJECTS or c.dep_ == "prep" and c.lower_ == "on")  # "called on X to"
            for c in head.children):
        return None
    asker = subject_of(head)
    if asker is None or asker.i == verb.i or verb.i > asker.i >= head.i:
        return None
    return asker


def _failed(verb: Token) -> bool:
    """Whether a control verb above ``verb`` tells that its act failed ("failed to persuade
    Chile to agree": the status frames' verbs of failing), read up the chain of infinitives."""
    frames = load_frames().verbs
    tok = verb
    while tok.dep_ == "xcomp" and tok.head is not tok:
        tok = tok.head
        if frames.get(tok.lemma_.lower(), ("", ""))[0] == "failed":
            return True
    return False
