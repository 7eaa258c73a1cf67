"""Trends: what a party was doing over a stretch of months or years gone by, told as the
setting of an event, not as an event.

"Ties have frayed over the last two years, as Ankara sought closer relations with
Moscow": a clause joined to one told over a stretch of months or years ("as", "while", "and")
tells a course followed across that stretch, a state of affairs with no occasion to date it by
(the PLOVER manual codes events, discrete happenings, not the situations they make up), unless
it tells a time of its own ("… as Ankara sent envoys to Moscow on Monday").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import prep_objects
from .occasions import own_time
from .tallies import long_stretch

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["over_a_stretch"]

#: prepositions that spread an act over the stretch they name ("over the past two years",
#: "throughout the last decade"), not those that place it somewhere inside it ("in")
_ACROSS = frozenset({"over", "throughout"})
#: subordinators of a clause that runs alongside its head's ("as its focus turned", "while")
_ALONGSIDE = frozenset({"as", "while"})


def _stretch_on(verb: Token) -> bool:
    """A stretch of months or years gone by hung on ``verb`` by "over" or "throughout"."""
    return any(long_stretch(g, g.head) for g in prep_objects(verb, _ACROSS))


def _joined_up(verb: Token) -> Token | None:
    """The verb of the clause ``verb``'s runs alongside: its first conjunct ("turned … and
    sought"), or the head of an "as" or "while" clause."""
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        return head
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _ALONGSIDE
                                    for c in verb.children):
        return head
    return None


def over_a_stretch(verbs: list[Token]) -> bool:
    """Whether the clause of a trigger (``verbs``, its verbs from the trigger up), with no time
    of its own, runs alongside a clause told over a stretch of months or years gone by (see the
    module's note). A stretch on the act's own verb ("provided aid over the past three years")
    is left to the tallies: wire coders code many such sums as events."""
    if not verbs:
        return False
    verb = verbs[0]
    if own_time(verb, short=True):
        return False
    for _ in range(3):  # "sought" → "turned" (conj) → "diverged" (an "as" clause)
        up = _joined_up(verb)
        if up is None:
            return False
        verb = up
        if _stretch_on(verb):
            return True
    return False

