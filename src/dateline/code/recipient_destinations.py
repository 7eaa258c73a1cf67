"""Where a retreating doer goes is no party to its retreat.

The recipient of an act is the party it is done to or aimed at; that of a retreat (a flight, a
withdrawal, a surrender) is whom the doer yields to or leaves. A verb of going oneself used with
no object of its own ("fled to northern Syria", "escaped into Turkey", "headed for the border")
names in its "to", "into", "towards" or "for" phrase where the doer went: a destination, the
event's place, never its recipient (nor the state of that place). Whom one withdraws from
("withdrew from Iraq") or surrenders to ("surrendered to the army": a verb of yielding, not of
going) keeps its phrase; other acts keep their destinations ("travelled to Moscow for talks": a
visit's host is its counterpart).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import prep_objects
from ..wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["gone_to", "gone_words"]

#: Verbs of going oneself ("go", "flee", "move", "return").
_GOING = word_class("going_verbs")
#: Prepositions of where a goer goes ("fled to Turkey", "left for Afrin").
_TOWARDS = frozenset({"to", "into", "towards", "toward", "for"})
#: Acts done to whom the doer leaves or yields to, not to where it goes.
_LEAVING = frozenset({"RETREAT"})
#: Links of an object of the verb's own ("returned the town to Syria": a giving back).
_OBJECTS = frozenset({"dobj", "obj", "dative"})


def gone_to(verb: Token, event_type: str | None) -> frozenset[str]:
    """The prepositions whose phrases on ``verb`` name where its doer went, no party to an act
    of ``event_type``: those of a destination when the act is a retreat told by a verb of going
    oneself with no object of its own; none otherwise."""
    if event_type not in _LEAVING or verb.lemma_.lower() not in _GOING or any(
            c.dep_ in _OBJECTS for c in verb.children):
        return frozenset()
    return _TOWARDS


def gone_words(doc: Doc, trigger: int | None, event_type: str | None) -> set[int]:
    """The tokens of the phrases naming where the doer of the act told at ``trigger`` went
    (see :func:`gone_to`): words no recipient of the act is read from."""
    if trigger is None:
        return set()
    verb = doc[trigger]
    return {t.i for g in prep_objects(verb, gone_to(verb, event_type)) for t in g.subtree}
