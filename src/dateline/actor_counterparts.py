"""The words of an event's other party, which say whose that party is, not whose the actor is.

"Kurdish forces captured two British fighters", "Kurdish authorities called on their western
partners, including the UK": the only country the sentence names is said of the recipient (in
its own words or in a phrase hung on them), so it tells nothing of the people of no state that
acts (a state's body is another matter: "Kurdish officials criticised the Syrian government",
a people deals with the state it lives in). A clause that describes the other party may still
name the actor ("the fighters whom Kurdish forces captured") and is not counted as the other
party's words. :func:`phrase_of` finds those words; :mod:`dateline.actor_focus` leaves the
countries they name out of the actor's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["phrase_of"]

#: Clauses on a noun that tell what it did or what was done to it, not what it is.
_CLAUSES = frozenset({"relcl", "acl"})


def phrase_of(words: Span | None) -> frozenset[int]:
    """The tokens of the noun phrase around a party's words: its head's whole subtree ("their
    western partners, including the UK"), without the clauses hung on it."""
    if words is None:
        return frozenset()
    root = words.root
    clauses = {t.i for c in root.children if c.dep_ in _CLAUSES for t in c.subtree}
    return frozenset(t.i for t in root.subtree if t.i not in clauses)
