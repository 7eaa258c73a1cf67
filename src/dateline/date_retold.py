"""Stage ``date``, across a document's events: a happening named again by a definite event noun
with no time of its own is of the time the text gives where it tells that happening.

"Police arrested a British man in Didim on 22 July. … The ministry said it was aware of the
detention of a British national": the detention is the arrest the story dated, so a reader gives
it 22 July, not the article's date. An event's date is the time the text gives for this
happening: its own clause first; else, for an act the text names again as known — a singular
event noun with "the", "this", "that" or an owner ("the detention", "their capture", "Turkey's
offensive"; :func:`dateline.date_story.refers_back`) — the time of its other tellings: events of
the same type and the same kind of act (:func:`dateline.date_story.happening_word`, or one
``one_act_*`` class: "detained" and "the arrest"), dated by the text (their clause, sentence,
story or a carried scene) before the report, with no other doer, no recipient of another
country and no other place the text names; of these, the nearest telling before it, else the
first after it (as :mod:`dateline.date_story` reads "the attack"). The act takes that telling's
time at its precision, ``date_source`` ``story``. What :mod:`dateline.date_twins` does for acts told
as done in the simple past, this does for the acts a noun names again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .code.words import OWNERS
from .date_story import refers_back
from .date_twins import act_kind, other_countries, other_doers, two_places
from .sentences import event_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Event

__all__ = ["dated_as_retold"]

#: Sources of a time the text gives for a telling of the happening itself.
_TOLD = frozenset({"clause", "sentence", "story", "carried"})
#: Sources of the time of an act the text gives no time of its own.
_UNDATED = frozenset({"publication", "before publication"})
#: Dependents of an event noun that name the happening: "the Salisbury attack".
_OWN_NAME = frozenset({"compound", "poss", "amod"})
#: The precision of a place that is a whole land or province (:class:`dateline.records.Place`).
_LAND = 3


def named_again(tok: Token) -> bool:
    """``tok`` names a happening as one already known: "the detention", "this attack",
    "Turkey's offensive", "their capture"."""
    return refers_back(tok, owned=True, owners=OWNERS)


def _names(tok: Token) -> set[str]:
    """The proper names the noun is told with as its own name: "the Salisbury attack",
    "Turkey's offensive", "the Kabul assault" (not where or to whom: "the detention of a
    citizen in Turkey" may retell an arrest in a town of Turkey)."""
    return {t.lower_ for c in tok.children if c.dep_ in _OWN_NAME for t in c.subtree
            if t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME")}


def _other_places(e: Event, t: Event) -> bool:
    """The text names two places for the two tellings, and neither is the other's land:
    "the detention in Turkey" may be the arrest in Izmir, not one in Minsk."""
    if not two_places(e, t):
        return False
    here, there = e.location, t.location
    inside = here.country == there.country and _LAND in (here.precision, there.precision)  # type: ignore[union-attr]
    return not inside


def _words(doc: Doc, e: Event) -> set[str]:
    """The words of the sentence that tells ``e``."""
    tok = event_token(doc, e)
    return set() if tok is None else {t.lower_ for t in tok.sent}


def _telling(doc: Doc, tok: Token, e: Event, told: Sequence[Event]) -> Event | None:
    """The other telling of ``e``'s happening that the noun ``tok`` names again: the nearest
    before it, else the first after it; one whose sentence has the names the noun is told with
    ("the Salisbury attack" is not the attack on Douma)."""
    kind, names = act_kind(doc, e), _names(tok)
    same = [t for t in told if t.event_type == e.event_type and t.sent_start != e.sent_start
            and act_kind(doc, t) == kind and not other_doers(e.source, t.source)
            and not other_countries(e.target, t.target) and not _other_places(e, t)
            and names <= _words(doc, t)]
    before = [t for t in same if t.char_start < e.char_start]
    if before:
        return max(before, key=lambda t: t.char_start)
    return min(same, key=lambda t: t.char_start, default=None)


def dated_as_retold(doc: Doc, events: Sequence[Event], pubdate: str | None) -> list[Event]:
    """``events`` with each known happening an event noun names again and the text dates
    elsewhere dated as the text dates it there (``date_source`` ``story``)."""
    told = [e for e in events if e.date_source in _TOLD and e.date and e.status == "actual"
            and (pubdate is None or e.date < pubdate)]
    if not told:
        return list(events)
    out: list[Event] = []
    for e in events:
        if e.date_source in _UNDATED and e.status == "actual":
            tok = event_token(doc, e)
            if tok is not None and named_again(tok) and act_kind(doc, e) is not None:
                if (t := _telling(doc, tok, e, told)) is not None:
                    e = replace(e, date=t.date, date_precision=t.date_precision,
                                date_source="story")
        out.append(e)
    return out
