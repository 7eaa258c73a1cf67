"""The party a raid or an attack on premises is done to: those the text says stay in them.

"Police raided the hotel where the journalist was staying", "troops stormed the flat in which
the suspects were hiding", "raided the village where the militants were based": force done to
a building or a place is done to the side in it, as an attack on a town is done to whoever
holds it (:mod:`.recipient_holders`); a relative clause of staying, living, hiding, sheltering
or being based set on the premises names that side (its subject).

Only a clause of being somewhere is read (not "where the hostages were held": those held are
not the side a rescue is done to), of a stay not told as over ("where she had lived as a
child", "where he stayed in 2019"), and only a party (not a thing), never the act's own doer.

Force done to a vehicle (a word of the craft class: a car, a bus, a plane, a convoy) is done, in
the same way, to those aboard it whom its own clause names: the object of a verb of carrying
("the convoy carrying the governor", "the bus that was transporting the workers"), or the
subject of a relative clause of travelling in, on or aboard it ("the car she was travelling
in"); not a ride told as over ("the car he had travelled in during the 2019 campaign"), nor a
road or a route travelled along, nor the act's own doer ("the truck they were travelling in").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..tokens import span_root
from ..wordclasses import word_class
from .person_nouns import a_person_noun
from .phrases import doer_word, np_span, thing
from .purposes import FORCE as _FORCE
from .words import RELATIVE_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["occupants", "riders"]

#: Verbs of being somewhere for a time.
_STAYING = frozenset({"stay", "live", "hide", "shelter", "sleep", "base", "lodge", "reside",
                      "camp"})
#: Prepositions of being in a place ("in which", "the house we stayed in").
_IN = frozenset({"in", "at", "inside"})
_OBJECTS = frozenset({"dobj", "obj"})
#: Stages of life a stay is told of as over ("where she had lived as a child").
_STAGES = frozenset({"child", "boy", "girl", "teenager", "youth", "student", "kid", "baby"})
#: Vehicles, verbs of carrying (whose object is aboard) and of riding (whose subject is).
_CRAFT = word_class("vehicle_nouns")
_CARRYING = word_class("carrying_verbs")
_RIDING = word_class("riding_verbs")
#: Prepositions of being aboard a vehicle ("the car she was travelling in").
_ABOARD = frozenset({"in", "on", "aboard", "inside"})
#: Pronouns for more than one, and for one.
_PLURAL = frozenset({"they", "we"})
_SINGULAR = frozenset({"he", "she", "i"})


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


def _party(tok: Token) -> bool:
    return tok.pos_ in ("PROPN", "PRON") and tok.lower_ not in RELATIVE_PRONOUNS or \
        doer_word(tok) or a_person_noun(tok.lemma_.lower())


def _aboard_in(clause: Token) -> bool:
    """Whether the relative clause has a stranded "in"/"on"/"aboard" or one with "which"."""
    return any(c.dep_ == "prep" and c.lower_ in _ABOARD and all(
        o.lower_ == "which" or o.i < c.i for o in c.children if o.dep_ == "pobj")
        for c in clause.children)


def _over(clause: Token) -> bool:
    """Whether the clause tells of a ride that is over: told in the past perfect ("the car he
    had travelled in") or dated to a time gone ("in 2019", "years ago")."""
    return _once(clause) or any(c.dep_ == "aux" and c.lower_ in ("had", "'d")
                                for c in clause.children)


def _aboard(vehicle: Token) -> Token | None:
    """The party a clause on ``vehicle`` says it carries (see the module's words), or ``None``."""
    for clause in vehicle.children:
        if clause.dep_ not in ("acl", "relcl") or clause.pos_ != "VERB" or _over(clause):
            continue
        lemma = clause.lemma_.lower()
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if lemma in _CARRYING and (subj is None or subj.lower_ in RELATIVE_PRONOUNS):
            carried = next((c for c in clause.children if c.dep_ in _OBJECTS), None)
            if carried is not None and _party(carried):
                return carried  # "the convoy carrying the governor"
        elif lemma in _RIDING and clause.dep_ == "relcl" and subj is not None and \
                subj.lower_ not in RELATIVE_PRONOUNS and _party(subj) and _aboard_in(clause):
            return subj  # "the convoy she was travelling in"
    return None


def _doer_again(doc: Doc, m: Mention, rider: Token) -> bool:
    """Whether ``rider`` is a pronoun that can refer back to the act's doer ("the rebels set fire
    to the truck they were travelling in")."""
    if rider.pos_ != "PRON" or m.source is None:
        return False
    doer = span_root(doc, m.source[0], m.source[1])
    if not _party(doer):
        return False  # "struck by a shell"
    if doer.tag_ in ("NNS", "NNPS") or doer.lower_ in _PLURAL or doer.ent_type_ in ("ORG", "NORP"):
        return rider.lower_ in _PLURAL  # "the rebels … they", "the militia … they"
    # "he" or "she" is one person ("the soldier … he"), never a country ("a Kelish airstrike")
    return rider.lower_ in _SINGULAR and (doer.ent_type_ == "PERSON" or doer.lower_ in _SINGULAR
                                          or a_person_noun(doer.lemma_.lower()))


def riders(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each act of force or coercion whose recipient's words name a vehicle
    carrying a party done instead to that party (see the module's words)."""
    out = []
    for m in mentions:
        if m.target is not None and m.sense.event_type in _FORCE:
            vehicle = span_root(doc, m.target[0], m.target[1])
            party = _aboard(vehicle) if vehicle.lemma_.lower() in _CRAFT else None
            if party is not None and not _doer_again(doc, m, party):
                words = np_span(party, with_conj=True)
                if not m.by_doer(words):
                    m = replace(m, target=words)
        out.append(m)
    return out
