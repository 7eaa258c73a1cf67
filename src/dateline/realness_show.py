"""Spectacles: what is done in a show is no political act.

A drone show, a fireworks display, a concert or a festival parade tells of things that fly,
burst, march or form shapes; the words are the words of force and mobilisation ("500 drones
formed the shape of a dove", "fireworks exploded over the river"), but no party acts on
another. An event whose own clause is about a spectacle (not a clause of "as" or "when" hung
on one: "the festival went ahead as gunmen opened fire"), and whose doer is no party (none
named, or one of no known country), is dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sentences import event_token
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Event

__all__ = ["SPECTACLES", "in_a_show", "without_spectacles"]

#: nouns of a show put on for an audience
SPECTACLES = word_class("spectacles")
#: the dependencies by which a clause tells that a show does something or is something ("a
#: drone show lit up the sky"; not a show attacked, "gunmen attacked a concert", "the festival
#: was attacked", nor one where something happens, "shelled the town during a concert")
_ABOUT = frozenset({"nsubj", "attr"})
#: how a verb stands in the clause of the verb above it: a second verb of the same subject, or
#: one it completes (not "advcl", a clause of its own time: "as", "when")
_SAME_CLAUSE = frozenset({"conj", "xcomp"})


def _spectacle(noun: Token) -> bool:
    """"a drone show", "the fireworks display", "a light show": a show noun, not "show" the
    verb ("showed force")."""
    return noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in SPECTACLES


def in_a_show(tok: Token) -> bool:
    """Whether the trigger ``tok`` is a show noun or its own clause names a spectacle as its
    subject ("A drone show of 300 drones formed a star"). Only the trigger's clause counts:
    a verb sharing the subject of the one before ("lit up the sky and formed a star") or one
    it completes, never a clause of time or manner hung on another ("The festival went ahead
    as gunmen opened fire": the shooting is no part of the show)."""
    if _spectacle(tok):
        return True
    cur = tok
    for _ in range(4):
        if any(c.dep_ in _ABOUT and _spectacle(c) for c in cur.children):
            return True
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)
        if cur.dep_ not in _SAME_CLAUSE or own_subject or cur.head.i == cur.i:
            break
        cur = cur.head
    return False


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
