"""Whom an act of force on a vehicle is done to: the people it carries, named by the vehicle's
own clause.

"Soldiers fired on the convoy carrying the governor", "the car that was transporting the
minister was hit", "the bus he was riding in was struck by a shell": a convoy, a car
or a boat is a thing, and the act is done to those aboard, whom a clause on it names: the object
of a verb of carrying (a participle or a relative clause whose subject is the vehicle), or the
subject of a verb of travelling in or on it ("she was travelling in", "in which the minister
rode"). Only a party is taken ("a truck carrying weapons" carries no one).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..tokens import span_root
from .person_nouns import a_person_noun
from .phrases import doer_word, np_span, thing
from .words import RELATIVE_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["riders", "aboard"]

#: Verbs of carrying whose object is who is aboard.
_CARRYING = frozenset({"carry", "transport", "ferry", "convey"})
#: Verbs of travelling whose subject is who is aboard.
_RIDING = frozenset({"travel", "ride"})
#: Acts done to those aboard a vehicle struck or seized.
_DONE_TO = frozenset({"ASSAULT", "COERCE"})


def _party(tok: Token) -> bool:
    return tok.pos_ in ("PROPN", "PRON") and tok.lower_ not in RELATIVE_PRONOUNS or \
        doer_word(tok) or a_person_noun(tok.lemma_.lower())


def aboard(vehicle: Token) -> Token | None:
    """The party a clause on ``vehicle`` says it carries (see the module's words), or ``None``."""
    for clause in vehicle.children:
        if clause.dep_ not in ("acl", "relcl") or clause.pos_ != "VERB":
            continue
        lemma = clause.lemma_.lower()
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if lemma in _CARRYING and (subj is None or subj.lower_ in RELATIVE_PRONOUNS):
            carried = next((c for c in clause.children if c.dep_ in ("dobj", "obj")), None)
            if carried is not None and _party(carried):
                return carried  # "the convoy carrying the governor"
        elif lemma in _RIDING and clause.dep_ == "relcl" and subj is not None and \
                subj.lower_ not in RELATIVE_PRONOUNS and _party(subj):
            return subj  # "the convoy she was travelling in"
    return None


def riders(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each act of force or coercion whose recipient's words name a thing carrying
    a party done instead to that party."""
    out = []
    for m in mentions:
        if m.target is not None and m.sense.event_type in _DONE_TO:
            vehicle = span_root(doc, m.target[0], m.target[1])
            party = aboard(vehicle) if thing(vehicle) else None
            if party is not None:
                m = replace(m, target=np_span(party, with_conj=False))
        out.append(m)
    return out
