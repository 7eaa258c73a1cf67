"""Stage ``date``, across a document's events: an act its own words set after the report's day
is not yet done.

A report tells what happened by its day; a time the text gives an act in its own clause or
sentence that lies after that day ("the two sides hold talks in Astana on Monday", written on
a Saturday; "opposition leaders are meeting in Riyadh next week"; "the ministers meet in
December", written in November) sets the act in the future: it is planned, not done. English
tells a scheduled act in the present ("meet on Monday", "are meeting next week") as readily as
with "will", which the coder reads as proposed; the time is what tells the plan here, and only
the dater knows it. Such an act told as done (``actual``) is ``proposed``, with the CAMEO root
and type of a proposal (:func:`dateline.code.status.frame_root`: "will meet" is an intent to
meet, CAMEO 03) and no ACLED type; it keeps the time the text gives it, at its precision, not
the report's day.

Only an act told in the present, or with "will", is set ahead by its time: one told in the past
("four rockets had hit the town on Tuesday", in a report updated after the day it is stamped
with), or below a verb in the past ("was the first to attack the convoy on Monday", "said they
meet on Monday"), is left as told, whatever the report's stamp. Only a time of the act's own
clause or sentence counts (``date_source`` ``clause`` or ``sentence``), and only one told in the
act's own clause, not in a clause or participle describing a noun there ("are guilty of
violating the accord signed in March": the signing's time, not the violation's) nor in a clause
joined or hung on it ("denies the charge and appears in court on Monday"); a time carried from
another sentence, or from another telling, is another act's. A time starting on or before the
report's day ("on Monday" written on Monday, "this week") may be of the day's news and is left
alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .aspect import clause_of, tense_of
from .code.lexicon import Sense
from .code.status import frame_root
from .sentences import chars_span, event_token
from .timex import time_expressions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Event

__all__ = ["not_yet_done"]

#: Sources of a time the act's own words give.
_OWN = frozenset({"clause", "sentence"})
#: Dependencies of another clause than the act's: one describing a noun, one joined to it, one
#: hung on it; a time told there is that clause's own.
_DESCRIBING = frozenset({"acl", "relcl", "conj", "advcl", "ccomp", "xcomp", "parataxis"})
#: The status of an act planned, not done.
PLANNED = "proposed"


def set_after(doc: Doc, e: Event, pubdate: str | None) -> bool:
    """``e`` is told as done, not in the past, at a time its own clause or sentence gives,
    after ``pubdate``."""
    if not (pubdate is not None and e.status == "actual" and e.date_source in _OWN
            and e.date is not None and e.date[:10] > pubdate[:10]):
        return False
    tok = event_token(doc, e)
    if tok is None or tense_of(clause_of(tok)) == "past" or any(
            a.tag_ == "VBD" for a in tok.ancestors):
        return False  # (told in the past, or below a past verb: "was the first to attack")
    return _own_time(tok, e.date, pubdate)


def _own_time(tok: Token, date: str, pubdate: str) -> bool:
    """A time of ``date`` is told in ``tok``'s own clause: not in a clause or participle
    describing a noun there ("violating the accord signed in March": the signing's time)."""
    verb = clause_of(tok)
    for t in time_expressions(tok.doc.text, pubdate, tok.doc):
        if t.date != date or (span := chars_span(tok.doc, t.start, t.end)) is None:
            continue
        word = span.root
        while word.i != verb.i and word.dep_ not in _DESCRIBING and word.head.i != word.i:
            word = word.head
        if word.i == verb.i:
            return True
    return False


def _planned(e: Event) -> Event:
    """``e`` as a plan: status proposed, with the type and CAMEO root of a proposal."""
    sense = Sense(e.trigger, e.event_type, e.mode, e.cameo_root, e.acled_event_type,
                  e.acled_sub_event_type)
    plan = frame_root(sense, PLANNED)
    return replace(e, status=PLANNED, event_type=plan.event_type, cameo_root=plan.cameo_root,
                   acled_event_type=plan.acled_event_type,
                   acled_sub_event_type=plan.acled_sub_event_type)


def not_yet_done(doc: Doc, events: Sequence[Event], pubdate: str | None) -> list[Event]:
    """``events`` with each act told as done whose own time lies after ``pubdate`` told as
    planned (see the module's text)."""
    return [_planned(e) if set_after(doc, e, pubdate) else e for e in events]
