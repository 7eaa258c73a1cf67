"""A country holds its towns: the finest place an event's own words give it (stage ``locate``).

Where the words of an event's own clause name a country and a town or district inside it
("struck targets in Syria, including a base near Homs", "fighting in Yemen killed 30 people in
Hodeidah"), or the event's clause names the country and a participle telling how it was done
names the town ("launched an offensive in Syria, targeting fighters in Afrin"), both name the
event's place, and the town says more: it wins over the country. A town named as where someone
or something came from ("a missile from Homs"), or in such a participle as where someone or
something goes ("shelled villages in Syria, driving families towards Idlib"), tells of no place
the event is in.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from .deps import subject
from .place_origins import MOTION
from .sentences import clause_tokens
from .tokens import subtree
from .toponyms import Toponym

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["finer_within"]

#: Links of a participle telling how an act was done ("…, targeting fighters in Afrin").
_HOW = frozenset({"advcl", "xcomp"})
#: Prepositions of a goal ("sending people into Idlib", "fleeing to Idlib").
_GOALS = frozenset({"to", "into", "towards", "toward", "onto"})


def _told_how(tok: Token) -> set[int]:
    """The tokens of the participles with no subject of their own that hang on ``tok`` or on
    the verb whose subject or object ``tok`` is ("carried out raids in Iraq, arresting men in
    Mosul"), less the phrases of where their motion goes."""
    doc = tok.doc
    heads = (tok, tok.head) if tok.dep_ in ("dobj", "nsubj", "nsubjpass") else (tok,)
    out: set[int] = set()
    for h in heads:
        for c in h.children:
            if c.dep_ in _HOW and c.tag_ == "VBG" and subject(c) is None:
                out.update(subtree(doc, c.i))
    for i in [i for i in out if _goal(doc[i])]:
        out.difference_update(subtree(doc, i))
    return out


def _goal(word: Token) -> bool:
    """Whether ``word`` leads a phrase of where someone or something goes: "to", "into",
    "towards" on a verb or noun ("fleeing to Idlib", "the road to Idlib"; not "close to"), or
    "for" on a verb of going or sending ("headed for Idlib")."""
    if word.dep_ != "prep":
        return False
    lower, head = word.lower_, word.head
    if lower in _GOALS:
        return head.pos_ in ("VERB", "NOUN", "PROPN")
    return lower == "for" and head.lemma_.lower() in MOTION


def finer_within(tok: Token, best: Toponym, named: Sequence[Toponym],
                 came_from: Collection[int], how: bool = True,
                 order: Callable[[Toponym], object] | None = None) -> Toponym:
    """The place of the event ``tok`` among the names of its words: ``best``, or where
    ``best`` is a country, a town or district inside it that ``named`` holds in the event's
    own clause (or, with ``how``, in a participle telling how it was done), not as where
    something came from (``came_from``: start tokens). ``order`` picks among several (by
    default the nearest to ``tok``)."""
    if best.kind != "country" or best.place.country is None:
        return best
    extent = set(clause_tokens(tok)) | (_told_how(tok) if how else set())
    inside = [t for t in named if t.kind != "country" and t.place.country == best.place.country
              and t.start in extent and t.start not in came_from]
    if not inside:
        return best
    return min(inside, key=order or (lambda t: abs(t.start - tok.i)))
