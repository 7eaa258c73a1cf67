"""Stage ``date``, across a document's events: an act told as done with no time of its own that
is the same happening as one the text dates elsewhere takes that happening's time.

"Turkey launched its offensive on Afrin on 20 January. … And when Turkey attacked Afrin, she
kept asking to go": the attack of the second sentence is the offensive of the first, which the
text dates; a reader gives it 20 January, not the article's date. Two events are the same
happening when they are of one event type, done by the same named doer, and share the place the
text names for each or the same named recipient; an act told with no doer is a twin of one of
the same kind of happening ("kidnapped" of "abducted") at the same named place. An act takes the
time of its twins only when they agree on it, and only when it is told in the simple past or by
a participle of what was done to a thing (what goes on now, or is generic, is no single past
happening).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING


from .aspect import clause_of, simple_past
from .date_story import happening_word
from .sentences import event_token

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .records import Event

__all__ = ["dated_by_twins"]

#: Sources of a date the text itself tells for the event.
_TOLD = ("clause", "sentence")
#: Sources of a place the text names for the event itself.
_NAMED_PLACE = ("clause", "sentence")


def _name(actor: object) -> str | None:
    """The name of an actor the text names, in its own words or an earlier one's; ``None`` for
    one it only implies (the unidentified armed group of an attack told with no doer, the
    police of an arrest), which tells no two acts apart."""
    name = getattr(actor, "name", None)
    if not name or not (getattr(actor, "text", None) or getattr(actor, "antecedent", None)):
        return None
    return name.casefold()


def _same_happening(doc: Doc, e: Event, twin: Event) -> bool:
    """``e`` and ``twin`` are one happening told twice: same type, same named doer, and the same
    named place or recipient; or, for an act whose words name no doer, the same kind of happening
    (:func:`date_story.happening_word`) at the same named place ("the four colleagues kidnapped
    in Douma" of "abducted on 9 December 2013 from her home in Douma by militants")."""
    if e.event_type != twin.event_type or e.sent_start == twin.sent_start:
        return False
    here, there = e.location, twin.location
    same_place = (here is not None and there is not None and e.place_source in _NAMED_PLACE
                  and twin.place_source in _NAMED_PLACE and here.name == there.name)
    if same_place and not getattr(e.source, "text", None) and _kind(doc, e) == _kind(doc, twin):
        return True  # no doer in its words: "the colleagues kidnapped in Douma"
    doer = _name(e.source)
    if doer is None or doer != _name(twin.source):
        return False
    recipient = _name(e.target)
    return same_place or (recipient is not None and recipient == _name(twin.target))


def dated_by_twins(doc: Doc, events: Sequence[Event], pubdate: str | None) -> list[Event]:
    """``events`` with the acts the text gives no time that are twins of a dated happening
    (:func:`_same_happening`) dated as it is, ``date_source`` ``carried``."""
    told = [e for e in events if e.date_source in _TOLD and e.date and e.status == "actual"
            and (pubdate is None or e.date <= pubdate)]
    if not told:
        return list(events)
    out: list[Event] = []
    for e in events:
        if (e.date_source == "publication" and e.status == "actual"
                and _told_as_done(doc, e)):
            times = {(t.date, t.date_precision) for t in told if _same_happening(doc, e, t)}
            if len(times) == 1:
                date, precision = times.pop()
                e = replace(e, date=date, date_precision=precision, date_source="carried")
        out.append(e)
    return out


def _kind(doc: Doc, e: Event) -> str | None:
    """The word of the kind of happening the event is told by."""
    trigger = event_token(doc, e)
    return None if trigger is None else happening_word(trigger)


def _told_as_done(doc: Doc, e: Event) -> bool:
    """The event's trigger is a verb told in the simple past ("attacked", "was killed"), or a
    past participle that tells what was done to a thing ("the colleagues kidnapped in Douma")."""
    trigger = event_token(doc, e)
    if trigger is None:
        return False
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        return True
    verb = clause_of(trigger)
    return trigger.i == verb.i and simple_past(verb)
