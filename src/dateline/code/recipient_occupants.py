"""The party a raid or an attack on premises is done to: those the text says stay in them.

"Police raided the hotel where the journalist was staying", "troops stormed the flat in which
the suspects were hiding", "raided the village where the militants were based": force done to
a building or a place is done to the side in it, as an attack on a town is done to whoever
holds it (:mod:`.recipient_holders`); a relative clause of staying, living, hiding, sheltering
or being based set on the premises names that side (its subject).

Only a clause of being somewhere is read (not "where the hostages were held": those held are
not the side a rescue is done to), of a stay not told as over ("where she had lived as a
child", "where he stayed in 2019"), and only a party (not a thing), never the act's own doer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .phrases import np_span, thing

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["occupants"]

#: Acts of force whose recipient the occupants of the premises struck are.
_FORCE = frozenset({"ASSAULT", "COERCE"})
#: Verbs of being somewhere for a time.
_STAYING = frozenset({"stay", "live", "hide", "shelter", "sleep", "base", "lodge", "reside",
                      "camp"})
#: Prepositions of being in a place ("in which", "the house we stayed in").
_IN = frozenset({"in", "at", "inside"})
_OBJECTS = frozenset({"dobj", "obj"})
#: Stages of life a stay is told of as over ("where she had lived as a child").
_STAGES = frozenset({"child", "boy", "girl", "teenager", "youth", "student", "kid", "baby"})


def _of_being_in(clause: Token) -> bool:
    """Whether the relative clause tells where: "where", "in which", or a stranded "in"."""
    for c in clause.children:
        if c.dep_ == "advmod" and c.lower_ == "where":
            return True
        if c.dep_ == "prep" and c.lower_ in _IN and all(
                o.lower_ == "which" or o.i < c.i for o in c.children if o.dep_ == "pobj"):
            return True  # "in which", or stranded: "the flat (that) they hid in"
    return False


def _once(clause: Token) -> bool:
    """Whether the clause tells of a stay that is over: a past year or time ago ("stayed in
    2019", "lived there years ago") or a stage of life ("had lived as a child")."""
    for c in clause.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            continue
        if c.dep_ == "prep" and c.lower_ == "as" and any(
                o.lemma_.lower() in _STAGES for o in c.children if o.dep_ == "pobj"):
            return True
        if any(t.ent_type_ == "DATE" and (t.lower_ == "ago" or t.shape_ == "dddd")
               for t in c.subtree):
            return True
    return False


def _premises(doc: Doc, m: Mention) -> Token | None:
    act = doc[m.trigger]
    obj = next((c for c in act.children if c.dep_ in _OBJECTS), None)
    if obj is None and m.target is not None:
        obj = doc[m.target[0]:m.target[1]].root
    return obj


def occupants(doc: Doc, m: Mention) -> tuple[int, int] | None:
    """The words of the party a relative clause of staying set on the premises the act of ``m``
    strikes names; ``None`` for none."""
    if m.sense.event_type not in _FORCE:
        return None
    place = _premises(doc, m)
    if place is None or place.pos_ not in ("NOUN", "PROPN"):
        return None
    for clause in place.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in _STAYING or \
                not _of_being_in(clause) or _once(clause):
            continue
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or thing(subj):
            continue
        words = np_span(subj, with_conj=True)
        if m.by_doer(words):
            continue
        return words
    return None
