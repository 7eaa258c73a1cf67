"""Trends: what a party was doing over a stretch of months or years gone by, told as the
setting of an event, not as an event.

"Ties have frayed over the last two years, as Ankara sought closer relations with
Moscow": a clause joined to one told over a stretch of months or years ("as", "while", "and")
tells a course followed across that stretch, a state of affairs with no occasion to date it by
(the PLOVER manual codes events, discrete happenings, not the situations they make up), unless
it tells a time of its own ("… as Ankara sent envoys to Moscow on Monday", "… in 2022"). Only a
course is such a setting: a clause in the progressive or the perfect, or of a verb of a course
pursued ("sought", "courted", "deepened"); an act told as done in the simple past ("… and gunmen
killed 12 villagers") is a happening. The stretch is one gone by ("over the next two years"
is a plan), and the clause is joined by "as", "while" or "and" ("but" sets it against it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..aspect import simple_past
from ..deps import prep_objects
from .occasions import auxes, own_time
from .tallies import long_stretch
from .words import WILL

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["over_a_stretch"]

#: prepositions that spread an act over the stretch they name ("over the past two years",
#: "throughout the last decade"), not those that place it somewhere inside it ("in")
_ACROSS = frozenset({"over", "throughout"})
#: subordinators of a clause that runs alongside its head's ("as its focus turned", "while")
_ALONGSIDE = frozenset({"as", "while"})
#: verbs of a course pursued across a stretch, told so even in the simple past ("sought")
_COURSES = frozenset({"seek", "court", "pursue", "expand", "deepen", "increase"})
#: words of a stretch still to come ("over the next two years")
_AHEAD = frozenset({"next", "coming"})


def _stretch_on(verb: Token) -> bool:
    """A stretch of months or years gone by hung on ``verb`` by "over" or "throughout"."""
    if any(a in WILL for a in auxes(verb)):  # "will cut its troops over the next two years"
        return False
    return any(long_stretch(g, g.head) and not any(d.lower_ in _AHEAD for d in g.children)
               for g in prep_objects(verb, _ACROSS))


def _dated(verb: Token) -> bool:
    """``verb`` tells a time of its own that is no stretch of months or years ("in 2022",
    "last month", "on Monday"; anywhere in its clause: "killed 12 villagers in Kaduna in
    January")."""
    if own_time(verb, short=True):
        return True
    return (own_time(verb) or own_time(verb, clause=True)) and not any(
        long_stretch(g, g.head) for g in prep_objects(verb))


def _joined_up(verb: Token) -> Token | None:
    """The verb of the clause ``verb``'s runs alongside: its first conjunct joined by "and"
    ("turned … and sought"), or the head of an "as" or "while" clause."""
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and [  # "and", not "but" (the
            w.lower_ for w in verb.doc[head.i:verb.i] if w.dep_ == "cc"][-1:] == ["and"]:
        return head  # word that joins them, whatever the parse hangs it on)
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _ALONGSIDE
                                    for c in verb.children):
        return head
    return None


def over_a_stretch(verbs: list[Token]) -> bool:
    """Whether the clause of a trigger (``verbs``, its verbs from the trigger up), a course with
    no time of its own, runs alongside a clause told over a stretch of months or years gone by
    (see the module's note). A stretch on the act's own verb ("provided aid over the past three
    years") is left to the tallies: wire coders code many such sums as events."""
    if not verbs:
        return False
    verb = verbs[0]
    if _joined_up(verb) is None or _dated(verb) or simple_past(verb) and \
            verb.lemma_.lower() not in _COURSES:
        return False  # (most clauses are joined to none: the times are read only for those)
    for _ in range(3):  # "sought" → "turned" (conj) → "diverged" (an "as" clause)
        up = _joined_up(verb)
        if up is None:
            return False
        verb = up
        if _stretch_on(verb):
            return True
    return False

