"""Spectacles: what is done in a show is no political act.

A drone show, a fireworks display, a concert or a festival parade tells of things that fly,
burst, march or form shapes; the words are the words of force and mobilisation ("500 drones
formed the shape of a dove", "fireworks exploded over the river"), but no party acts on
another. An event whose clause (or a clause above it) is about a spectacle, and whose doer is
no party (none named, or one of no known country), is dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sentences import event_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Event

__all__ = ["SPECTACLES", "in_a_show", "without_spectacles"]

#: nouns of a show put on for an audience
SPECTACLES = frozenset({"show", "display", "spectacle", "concert", "festival", "fireworks",
                        "firework", "pageant", "performance", "exhibition", "carnival"})
#: the dependencies by which a clause tells that a show does something or is something ("a
#: drone show lit up the sky"; not a show attacked, "gunmen attacked a concert", "the festival
#: was attacked", nor one where something happens, "shelled the town during a concert")
_ABOUT = frozenset({"nsubj", "attr"})


def _spectacle(noun: Token) -> bool:
    """"a drone show", "the fireworks display", "a light show": a show noun, not "show" the
    verb ("showed force")."""
    return noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in SPECTACLES


def in_a_show(tok: Token) -> bool:
    """Whether the trigger ``tok`` or a verb above it in its sentence names a spectacle as its
    subject ("A drone show lit up the sky as 500 drones
    formed a dove": "formed" is under "lit", whose subject is a show)."""
    cur = tok
    for _ in range(6):
        for c in cur.children:
            if c.dep_ in _ABOUT and _spectacle(c):
                return True
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return _spectacle(tok)


def _no_party(actor: object) -> bool:
    """No doer, or one of no known country ("500 drones", "the performers")."""
    return actor is None or not getattr(actor, "country", None)


def without_spectacles(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` less those done by no party in a spectacle (:func:`in_a_show`)."""
    out = []
    for e in events:
        if _no_party(e.source):
            tok = event_token(doc, e)
            if tok is not None and in_a_show(tok):
                continue
        out.append(e)
    return out
