"""A later deed's place is not an earlier one's (part of stage ``locate``).

"The woman was detained by Kurdish forces and later gave birth in the al-Hawl camp": two deeds
of one doer joined in one sentence, the second told as coming some time after the first. Where
the second happened says nothing of where the first did. Deeds joined without such a word ("Gunmen
stormed the village and killed 12 in Kano") are one scene and share its place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .sentences import clause_tokens
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .records import Place
    from .toponyms import Toponym

__all__ = ["disjoint", "later_deed", "names_elsewhere", "told_apart"]

#: Adverbs that set a joined deed some time apart from the one before it.
_APART = word_class("apart_adverbs")


def _apart(verb: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in _APART for c in verb.children)


def later_deed(t: Toponym, tok: Token) -> bool:
    """The place hangs on a verb joined to ``tok``'s by "and" (either way) that is told as
    some time apart from it ("detained … and later gave birth in the camp"; "had earlier lived
    in Raqqa and was detained"): that deed's place, not ``tok``'s."""
    doc = tok.doc
    verb = tok if tok.pos_ in ("VERB", "AUX") else next(
        (a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    node = doc[t.start]
    for a in node.ancestors:
        if a.i == verb.i:
            return False
        if a.pos_ in ("VERB", "AUX"):
            joined = (a.dep_ == "conj" and a.head.i == verb.i) or (
                verb.dep_ == "conj" and verb.head.i == a.i)
            return joined and (_apart(a) if a.dep_ == "conj" else _apart(verb) or _apart(a))
    return False


#: Words setting one clause before or after another's deed: "two days after the council passed
#: a resolution", "before talks began".
_SEQUENCE = frozenset({"after", "before", "since", "until", "following"})


def told_apart(tok: Token, head: Token) -> bool:
    """``tok`` is in a clause set before or after the deed of the governing verb ``head``
    ("bombed eastern Ghouta, two days after the council passed a resolution calling for a
    truce"): words said then were said elsewhere than where that deed was done."""
    node = tok
    while node.i != head.i and node.head.i != node.i:
        if node.head.i == head.i and node.dep_ in ("advcl", "prep", "pcomp") and (
                node.lower_ in _SEQUENCE
                or any(c.dep_ in ("mark", "prep") and c.lower_ in _SEQUENCE
                       for c in node.children)):
            return True
        node = node.head
    return False


def _within(inner: Place, outer: Place) -> bool:
    """Whether ``outer`` is ``inner`` or a region or country that holds it."""
    if inner.country != outer.country:
        return False
    if (inner.name, inner.lat, inner.lon) == (outer.name, outer.lat, outer.lon):
        return True
    if outer.admin1 is None:
        return (outer.precision or 3) >= 3  # the whole country
    return (outer.precision or 3) >= 3 and inner.admin1 == outer.admin1


def disjoint(a: Place, b: Place) -> bool:
    """Whether neither of two places is, holds nor lies in the other."""
    return not _within(a, b) and not _within(b, a)


def names_elsewhere(tok: Token, names: Sequence[Toponym], place: Place) -> bool:
    """The event's own clause names a place that neither is, holds nor lies in ``place``, the
    place of the story before ("Turkish troops shelled Afrin. They had backed the Kurds in the
    Raqqa campaign"): the sentence has turned to another story, and does not carry that one's
    place on, even where the place it names is not the event's own."""
    clause = clause_tokens(tok)
    return any(t.start in clause and disjoint(t.place, place) for t in names)
