"""One happening told twice in a sentence: an act, then a noun that names it again.

"Militants attacked a checkpoint on Tuesday, an assault that killed four soldiers" and "police
arrested 12 protesters; the arrests came after a week of rallies" each tell one happening: the
noun of the second clause ("an assault", "the arrests") is the act of the first named again,
to say more of it. The noun's event is dropped, and what it adds that the act's event lacks
(its toll, the injured, its recipient) goes to the act's event.

A noun names the act again when it is of the same event type and either stands beside the
act's clause ("…, an assault that killed four") or, definite, is the subject of the clause the
act's clause is joined to ("the arrests came after …"); not a noun the act does something to
("fired on a convoy fending off Ankara's offensive"), nor one of another time ("called an
emergency meeting" after "had met"; "attacked on Monday, and the attacks resumed on
Wednesday", each dated by its own clause), nor one that counts acts ("the arrests of 30
more").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .code.words import definite
from .realness_repeats import said_once
from .sentences import event_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Event

__all__ = ["restates", "without_restatements"]

#: how a noun stands beside a clause: "…, an assault that killed four"
_BESIDE = frozenset({"npadvmod", "appos"})
#: how two clauses of one sentence are joined
_JOINED = frozenset({"ccomp", "conj", "parataxis"})


def restates(noun: Token, act: Token) -> bool:
    """Whether the noun trigger ``noun`` names again the act of the verb trigger ``act``, told
    before it in the sentence."""
    if noun.pos_ != "NOUN" or act.pos_ != "VERB" or noun.i <= act.i or _counted(noun):
        return False
    if noun.dep_ in _BESIDE and noun.head.i == act.i:
        return True
    if noun.dep_ not in ("nsubj", "nsubjpass") or not definite(noun):
        return False
    verb = noun.head
    return act.head.i == verb.i and act.dep_ in _JOINED or \
        verb.head.i == act.i and verb.dep_ in _JOINED


def _counted(noun: Token) -> bool:
    """"the arrests of 30 more", "two more attacks", "five raids": a noun that counts its acts
    tells others than the act before it, not that act again."""
    for c in noun.children:
        if c.dep_ == "nummod" or c.lower_ == "more":
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and (g.lower_ == "more" or any(
                    d.dep_ == "nummod" or d.lower_ == "more" for d in g.children))
                for g in c.children):
            return True
    return False


def _other_days(act: Event, noun: Event) -> bool:
    """Both events have a date of their own clause, and the dates differ ("attacked on
    Monday, and the attacks resumed on Wednesday": two happenings)."""
    return act.date_source == noun.date_source == "clause" and act.date != noun.date


def _told_more(act: Event, noun: Event) -> Event:
    """The act's event with what the noun's adds: its toll, its injured, its recipient."""
    changes: dict[str, object] = {}
    if act.fatalities is None and noun.fatalities is not None:
        changes["fatalities"] = noun.fatalities
    if act.injuries is None and noun.injuries is not None:
        changes["injuries"] = noun.injuries
    if act.target is None and noun.target is not None:
        changes["target"] = noun.target
    return act.with_(**changes) if changes else act


def without_restatements(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` less those whose noun trigger :func:`restates` the act of another event of
    the same type and sentence, that event told more by it, and each repeat of a statement in
    its sentence (:func:`~dateline.realness_repeats.said_once`), in a text of any length: a
    line alone says a thing twice as a story does."""
    tokens = {id(e): event_token(doc, e) for e in events}
    dropped: set[int] = set()
    told: dict[int, Event] = {}
    for e in events:
        noun = tokens[id(e)]
        if noun is None or noun.pos_ != "NOUN":
            continue
        for o in events:
            act = tokens[id(o)]
            if o is e or act is None or id(o) in dropped or o.event_type != e.event_type or \
                    o.sent_start != e.sent_start or _other_days(o, e) or \
                    not restates(noun, act):
                continue
            dropped.add(id(e))
            told[id(o)] = _told_more(told.get(id(o), o), e)
            break
    return said_once(doc, [told.get(id(e), e) for e in events if id(e) not in dropped])
