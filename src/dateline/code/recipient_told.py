"""Whom a commitment, a concession, a refusal, a demand or a threat is told to: its addressee.

"US commanders told the militia that they would not accept its fighters in the operation",
"Iran informed the agency that it would not allow inspections": a statement of intent, a
refusal, a demand or a threat made to a party is addressed to it, and CAMEO and PLOVER code the
party addressed as its recipient. The act is the verb (or the noun) of the content clause of a
verb of telling (tell, inform, assure, warn, notify, promise, remind); the addressee is that
verb's object, its hearer (:func:`.recipient_hearers.hearers`).

Only when the act is the teller's own: the content clause's subject is a pronoun standing for
the teller (the teller speaking of itself) or the act's doer is the teller. An audience
(reporters, supporters, a crowd) is no party addressed, nor a thing or a place, nor the doer
itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .phrases import np_span
from .recipient_hearers import TELLING, audience, hearers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Actor
    from .mention import Mention

__all__ = ["told_party"]

#: Acts of words whose recipient is the party they are told to.
_TOLD_TYPES = frozenset({"AGREE", "REJECT", "THREATEN", "REQUEST", "CONCEDE"})
#: Hearers of words, no party they are addressed to ("told reporters").
#: How an act hangs in its clause from the clause's verb ("would not accept" → "allow").
_CLIMB = frozenset({"xcomp", "conj"})


def _clause_verb(act: Token) -> Token:
    verb = act.head if act.pos_ in ("NOUN", "PROPN") and act.dep_ in ("dobj", "obj") else act
    for _ in range(2):
        if verb.dep_ not in _CLIMB:
            break
        verb = verb.head
    return verb


def _is_teller(doc: Doc, teller: Token, source: Actor | None) -> bool:
    """Whether the doer a pronoun stands for (``source``, resolved) is the teller: its words are
    the teller's, or the words it stands for name the teller ("the governor assured them that
    he would")."""
    if source is None:
        return False
    start, end = np_span(teller, with_conj=False)
    span = doc[start:end]
    if source.char_start is not None and source.char_end is not None and \
            source.char_start < span.end_char and span.start_char < source.char_end:
        return True
    said = (source.antecedent or "").lower()
    return bool(said) and (said == span.text.lower() or teller.lower_ in said.split())


def told_party(doc: Doc, m: Mention, source: Actor | None = None) -> tuple[int, int] | None:
    """The words of the party the act of ``m`` is told to, by the object of the verb of telling
    whose content clause the act is; ``None`` for none. ``source`` is the act's doer, resolved:
    a pronoun doer must stand for the teller."""
    if m.sense.event_type not in _TOLD_TYPES:
        return None
    verb = _clause_verb(doc[m.trigger])
    tell = verb.head
    if verb.dep_ != "ccomp" or tell.lemma_.lower() not in TELLING or tell.i == verb.i:
        return None
    to = next((h for h in hearers(tell, spoken_to=False) if h.i < verb.i), None)
    if to is None or audience(to):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    teller = next((c for c in tell.children if c.dep_ == "nsubj"), None)
    own = teller is not None and (subj is not None and subj.pos_ == "PRON" and
                                  _is_teller(doc, teller, source) or (
        m.source is not None and m.source[0] <= teller.i < m.source[1]))
    if not own:
        return None
    words = np_span(to, with_conj=True)
    return None if m.by_doer(words) else words
