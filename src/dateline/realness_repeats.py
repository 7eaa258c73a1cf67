"""A verb of saying said twice in one sentence by one speaker: one statement.

"We need government funding, we need police support", "we demand justice, we demand
answers": a speaker who repeats the verb of a demand, a charge or a stance in one sentence,
to the same party or to none alike, on the same day, makes one statement in two parts, not two
(PLOVER codes the act of saying: one speaker, one occasion, one kind of thing said; what is
asked for or condemned is the statement's object, no party). Acts of force and material acts
said twice ("they beat me, and they beat my daughter") are each a happening of their own and
stay; so do statements to two parties ("urged Turkey ..., urged Russia ...") and statements on
two days.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .sentences import event_token

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .records import Actor, Event

__all__ = ["said_once", "SAID_TYPES"]

#: the types of an act of saying (PLOVER's verbal cooperation and conflict)
SAID_TYPES = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "AGREE", "THREATEN"})


def _party(actor: Actor | None) -> tuple[str | None, str] | None:
    """Who an actor is: its words, in any case ("We" and "we" are one speaker), with its
    canonical name; the name alone is a class that two speakers share ("the interior minister"
    and "the justice minister" are both a government), the words alone may be two parties
    ("the Norland and Vestia presidents")."""
    if actor is None:
        return None
    return actor.name, actor.text.lower()


def _key(doc: Doc, e: Event) -> tuple[object, ...] | None:
    """What makes two events one statement: the sentence, the verb's lemma, the type, mode,
    speaker's words, recipient's words and date; ``None`` for an event that is no statement or
    names no speaker in its own words."""
    if e.event_type not in SAID_TYPES or e.source is None or not e.source.text:
        return None  # (a speaker with no words of its own here: who it is is not known)
    tok = event_token(doc, e)
    if tok is None or tok.pos_ != "VERB":
        return None
    return (e.sent_start, tok.lemma_.lower(), e.event_type, e.mode, _party(e.source),
            _party(e.target), e.date)


def _spliced(doc: Doc, first: Event, second: Event) -> bool:
    """Whether one of the two verbs is parsed as the other's clause ("we need aid, we need
    arms": the first clause read as what the second says), which gives it a status of its
    own that the statement does not have."""
    a, b = event_token(doc, first), event_token(doc, second)
    return a is not None and b is not None and (
        a.head.i == b.i and a.dep_ in ("ccomp", "parataxis")
        or b.head.i == a.i and b.dep_ in ("ccomp", "parataxis"))


def said_once(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` with each statement said twice in its sentence (the same :func:`_key`, and
    the same status unless the parse reads one verb as the other's clause: :func:`_spliced`)
    told once, by the first, with the status of the verb the other is parsed under."""
    seen: dict[tuple[object, ...], int] = {}
    out: list[Event] = []
    for e in events:
        key = _key(doc, e)
        k = seen.get(key) if key is not None else None
        if k is None or out[k].status != e.status and not _spliced(doc, out[k], e):
            if key is not None and k is None:
                seen[key] = len(out)
            out.append(e)
            continue
        kept = event_token(doc, out[k])
        if kept is not None and kept.dep_ in ("ccomp", "parataxis"):
            # the verb the first is parsed under tells the statement's status
            out[k] = replace(out[k], status=e.status, confidence=e.confidence)
    return out
