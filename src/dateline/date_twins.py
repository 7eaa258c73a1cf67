"""Stage ``date``, across a document's events: an act told as done with no time of its own that
is the same happening as one the text dates elsewhere takes that happening's time.

"Turkey launched its offensive on Afrin on 20 January. … And when Turkey attacked Afrin, she
kept asking to go": the attack of the second sentence is the offensive of the first, which the
text dates; a reader gives it 20 January, not the article's date. Two events are the same
happening when they are of one event type, done by the same named doer, and share the place the
text names for each or the same named recipient; an act takes the time of its twins only when
they agree on it, and only when it is told in the simple past (what goes on now, or is
generic, is no single past happening).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING


from .aspect import clause_of, simple_past

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .records import Event

__all__ = ["dated_by_twins"]

#: Sources of a date the text itself tells for the event.
_TOLD = ("clause", "sentence")
#: Sources of a place the text names for the event itself.
_NAMED_PLACE = ("clause", "sentence")


def _name(actor: object) -> str | None:
    name = getattr(actor, "name", None)
    return name.casefold() if name else None


def _same_happening(e: Event, twin: Event) -> bool:
    """``e`` and ``twin`` are one happening told twice: same type, same named doer, and the same
    named place or recipient."""
    if e.event_type != twin.event_type or e.sent_start == twin.sent_start:
        return False
    doer = _name(e.source)
    if doer is None or doer != _name(twin.source):
        return False
    here, there = e.location, twin.location
    if (here is not None and there is not None and e.place_source in _NAMED_PLACE
            and twin.place_source in _NAMED_PLACE and here.name == there.name):
        return True
    recipient = _name(e.target)
    return recipient is not None and recipient == _name(twin.target)


def dated_by_twins(doc: Doc, events: Sequence[Event], pubdate: str | None) -> list[Event]:
    """``events`` with the acts the text gives no time that are twins of a dated happening
    (:func:`_same_happening`) dated as it is, ``date_source`` ``carried``."""
    told = [e for e in events if e.date_source in _TOLD and e.date and e.status == "actual"
            and (pubdate is None or e.date <= pubdate)]
    if not told:
        return list(events)
    out: list[Event] = []
    for e in events:
        if (e.date_source == "publication" and e.date_precision == "day" and e.status == "actual"
                and _told_as_done(doc, e)):
            times = {(t.date, t.date_precision) for t in told if _same_happening(e, t)}
            if len(times) == 1:
                date, precision = times.pop()
                e = replace(e, date=date, date_precision=precision, date_source="carried")
        out.append(e)
    return out


def _told_as_done(doc: Doc, e: Event) -> bool:
    """The event's trigger is a verb told in the simple past ("attacked", "was killed")."""
    span = doc.char_span(e.char_start, e.char_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = clause_of(span.root)
    return span.root.i == verb.i and simple_past(verb)
