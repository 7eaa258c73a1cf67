"""The place an act of force strikes when the act's own words name no recipient.

Some tellings of an attack or a capture put the place struck outside the act's object:

- a state of being attacked: "the town was under attack", "the city, which has been under
  siege", "Raqqa, under bombardment for weeks" (the subject of the verb the "under" phrase is
  set on, the noun a relative clause is set on for "which", or the noun the phrase itself is
  set on);
- a seizure of control: "took control of the city", "seized control of Afrin" (the object of
  control's "of");
- a fight for ground: "battled for the town", "fought for control of Raqqa" (the object of the
  fight's "for", of control's "of" in it), done to whoever holds it, not on its behalf.

The place found is the ground whose holder (:mod:`.recipient_held`) the act is done to, as
PLOVER's target of an assault or a seizure is the party attacked; it is a place or held ground,
never a party ("under attack from the rebels" names the attacker, not the ground).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import prep_object, prep_objects
from ..wordclasses import word_class
from .phrases import a_place
from .recipient_held import held_ground
from .words import RELATIVE_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["struck_place"]

#: Nouns of force a place is "under" while it is struck ("under attack", "under siege").
_UNDER = frozenset({"attack", "attacks", "siege", "assault", "bombardment", "fire",
                    "shelling", "bombing", "blockade", "offensive"})
#: Verbs of taking whose object "control of" a place is seized ("took control of the city").
_TAKING = frozenset({"take", "seize", "gain", "wrest", "assume", "capture"})
#: Verbs and nouns of fighting whose "for" names the ground fought over ("battled for the town",
#: "struggled for control of the city": a struggle is an armed fight here, as its trigger reads).
_FIGHT_VERBS = word_class("fight_words") | {"struggle"}


def _under(act: Token) -> Token | None:
    """The ground a noun of force in an "under" phrase is done to: the subject of the verb the
    phrase is set on (the noun its relative clause is set on, for "which"), or the noun the
    phrase itself is set on ("the city under siege")."""
    if act.lower_ not in _UNDER or act.dep_ != "pobj" or act.head.lower_ != "under":
        return None
    host = act.head.head
    if host.pos_ in ("NOUN", "PROPN"):
        return host
    subj = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and host.dep_ == "relcl":
        subj = host.head
        if subj.dep_ == "pobj" and subj.head.lower_ == "of" and not held_ground(subj):
            subj = subj.head.head  # "the last refuge of Isis, which has been under attack"
    return subj


def _control(act: Token) -> Token | None:
    """The place a verb of taking "control of" seizes ("took control of the city")."""
    if act.lemma_.lower() not in _TAKING:
        return None
    obj = next((c for c in act.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj.lower_ != "control":
        return None
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return prep_object(of) if of is not None else None


def _fought_for(act: Token) -> Token | None:
    """The place a fight is fought for ("battled for the town", "fought for control of
    Raqqa"), the object of the fight's "for" (of control's "of" in it)."""
    if act.lemma_.lower() not in _FIGHT_VERBS:
        return None
    ground = next(prep_objects(act, "for"), None)
    if ground is not None and ground.lower_ == "control":
        ground = next(prep_objects(ground, "of"), None)
    return ground


def struck_place(doc: Doc, m: Mention) -> Token | None:
    """The ground the act of ``m`` strikes when its recipient's words name none: see the
    module's docstring; ``None`` for none."""
    act = doc[m.trigger]
    place = _under(act) or _control(act) or _fought_for(act)
    if place is None or place.pos_ not in ("NOUN", "PROPN") or not (
            a_place(place) or held_ground(place)):
        return None
    return place
