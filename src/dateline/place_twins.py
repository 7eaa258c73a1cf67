"""Stage ``locate``, across a document's events: an act the text places nowhere itself that is
the same happening as one whose place the text names takes that place.

"The pair were detained by Kurdish fighters in eastern Syria in mid-January. … American officials
said the two men were captured by the Kurdish-led Syrian Democratic Forces": the capture is the
detention told again, and the text places it in Syria; a reader puts it there, not in the town or
country the rest of the article is about (the ``focus``, a guess from its other places), nor
nowhere. Two events are one happening as :mod:`dateline.date_twins` reads them for their time:
one act done to the same one recipient in other words ("captured" and "detained" of "the two
remaining members" and "the pair"), or one event type done by the same named doer to the same
named recipient (two acts of a kind done to no one named, "burned a school" and "killed a
teacher", are not one happening for its place). The act must be told as done (the
simple past, a participle of what was done to a thing, or the present perfect for one act done
to the same recipient), its own place must be only the focus's or none, and its twins whose
own clause or sentence names a place must all name the same one; two acts the text dates at
two times are two happenings. The place is near the act
(precision 2 at least) and ``carried``: another sentence names it for this happening.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .date_twins import one_act, same_happening, told_as_done
from .place_focus import coarser

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .records import Actor, Event

__all__ = ["placed_by_twins"]

#: Sources of a place the text names for the event itself.
_NAMED = ("clause", "sentence")
#: Sources of a time the text tells for the event itself.
_DATED = ("clause", "sentence", "story")
#: Sources of a place the text does not name for the event: the article's focus, or none.
_GUESSED = ("focus", None, "")


def _same_recipient_named(doc: Doc, e: Event, twin: Event) -> bool:
    """Both acts name whom they were done to by a proper name, in their words or those they
    stand for, and by one name: what is done to no one named ("burned a school", "killed a
    teacher", "15 civilians were killed") is not told again by another act of the kind."""
    names = [getattr(a, "name", None) for a in (e.target, twin.target)]
    return bool(names[0]) and all(_proper(doc, a) for a in (e.target, twin.target)) and (
        (names[0] or "").casefold() == (names[1] or "").casefold())


def _proper(doc: Doc, actor: Actor | None) -> bool:
    """``actor``'s words, or the words it stands for, hold a proper name ("Popescu", "the
    minister Ion Popescu")."""
    if actor is None:
        return False
    if actor.char_start is not None and actor.char_end is not None:
        span = doc.char_span(actor.char_start, actor.char_end, alignment_mode="expand")
        if span is not None and any(t.pos_ == "PROPN" for t in span):
            return True
    return any(w[:1].isupper() for w in (actor.antecedent or "").split())


def _dated_apart(e: Event, twin: Event) -> bool:
    """The text dates both acts itself, and not at one time: two happenings ("shelled Afrin on
    Monday", "attacked Kurdish positions on Tuesday")."""
    return (e.date_source in _DATED and twin.date_source in _DATED
            and (e.date, e.date_precision) != (twin.date, twin.date_precision))


def placed_by_twins(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """``events`` with each act told as done whose place is only the focus's or none, that is a
    twin of acts whose place the text names, all one place, at that place (see the module's
    rule)."""
    placed = [e for e in events if e.place_source in _NAMED and e.location is not None
              and e.status == "actual"]
    if not placed:
        return list(events)
    out: list[Event] = []
    for e in events:
        done = told_as_done(doc, e) if e.place_source in _GUESSED and (
            e.status == "actual") else None
        if done:
            perfect = done == "perfect"
            twins = [t for t in placed if ((not perfect and _same_recipient_named(doc, e, t)
                                            and same_happening(doc, e, t))
                                           or one_act(doc, e, t)) and not _dated_apart(e, t)]
            names = {t.location.name for t in twins if t.location is not None}
            if len(names) == 1 and twins[0].location is not None:
                e = replace(e, location=coarser(twins[0].location, 2), place_source="carried")
        out.append(e)
    return out
