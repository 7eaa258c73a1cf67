"""Orders given to one's own forces: the act ordered is the event.

"The president ordered US forces to leave Syria", "the commander ordered his troops to open
fire": an order to forces under one's command is no request to another party (PLOVER REQUEST,
CAMEO 10, asks a recipient to act) but the act itself, to be carried out by those forces: their
withdrawal (RETREAT), their assault, with the status of an act one is directed to do
("demanded": not yet done). An order put to another state's forces ("Russia ordered Ukrainian
troops to leave") stays a demand.

An order told with the act's own participle ("the prince ordered the journalist killed") or
noun ("ordered the murder of the journalist") tells the act as done: the one event is the
killing, by the one who ordered it, to the one named, reported as the order is.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..deps import subject
from ..wordclasses import word_class
from .forces import armed, security_sector
from .words import ARMED, CONFLICT_TYPES, UNITS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .mention import Mention

__all__ = ["forces_told", "orders_done", "own_forces_order"]

#: verbs of command whose object is the one who is to act
ORDER_VERBS = frozenset({"order", "command", "instruct", "direct"})
#: Givers of orders who command no forces: a court orders a company to pay, not its men.
_NO_COMMAND = word_class("court_nouns") | frozenset({"judge", "magistrate", "justice"})

_NATIONAL = ("GPE", "NORP")
#: entity types of a giver named by name
_NAMED = ("PERSON", "ORG", "GPE", "FAC")


def _nations(words: list[Token]) -> set[str]:
    return {w.lower_[:4] for w in words if w.ent_type_ in _NATIONAL}


def _own(order: Token, forces: Token) -> bool:
    """The forces name no state apart from the one giving the order ("US forces" ordered by
    the US or by a president; not "Ukrainian troops" ordered by Russia)."""
    theirs = _nations([c for c in forces.children if c.dep_ in ("compound", "amod", "poss")]
                      + [forces])
    giver = subject(order)
    if not theirs or giver is None:
        return True
    ours = _nations(list(giver.subtree))
    if not ours:  # a named giver of no stated nation ("Putin", "the Kremlin") may not command
        return not any(w.ent_type_ in _NAMED for w in giver.subtree)  # the forces named
    return bool(ours & theirs)


def own_forces_order(verb: Token) -> bool:
    """``verb`` orders armed forces of the one giving the order to act ("ordered US forces to
    leave", "ordered his troops to open fire")."""
    return verb.lemma_.lower() in ORDER_VERBS and forces_told(verb)


def forces_told(verb: Token) -> bool:
    """The verb of demand ``verb`` (any: "ordered", "told") puts an act to armed forces of the
    one giving it ("told his men to shoot"): not when the giver commands no forces ("the court
    ordered the company to pay"), nor to a unit noun of no military word ("the company"); by a
    verb other than one of command, only to a state's forces or to the giver's own ("told the
    soldiers to fire", "told his men to shoot"; not "told the rebels to lay down their arms")."""
    if not any(c.dep_ == "xcomp" for c in verb.children):
        return False
    forces = next((c for c in verb.children if c.dep_ == "dobj"), None)
    giver = subject(verb)
    if forces is None or giver is not None and giver.lemma_.lower() in _NO_COMMAND:
        return False
    lemma = forces.lemma_.lower()
    if lemma in UNITS and lemma not in ARMED and not any(
            armed(c) for c in forces.subtree if c.i != forces.i):
        return False  # "the company" is a firm unless soldiers are named with it
    mine = giver is not None and armed(giver) and any(  # a commander's "his men"
        c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in forces.children)
    if verb.lemma_.lower() not in ORDER_VERBS and not mine and security_sector(forces) is None:
        return False  # "told the rebels to lay down their arms": no forces of the one telling
    return (armed(forces) or mine) and _own(verb, forces)


def _ordered_done(verbs: list[tuple[Mention, Token]]) -> list[tuple[Mention, Token]]:
    """"ordered the journalist killed": the act of the participle, done by the one who
    ordered it to the one named before it, in place of the order."""
    by_token = {t.i: m for m, t in verbs}
    orders: dict[int, tuple[Mention, bool]] = {}  # participle → the order, its subject named
    for m, t in verbs:
        if m.sense.event_type != "REQUEST" or t.lemma_.lower() not in ORDER_VERBS:
            continue
        for c in t.children:  # "ordered him killed": a small clause, or a participle on him
            small = c.dep_ in ("ccomp", "oprd", "xcomp")
            for p in [c] if small else [g for g in c.children if g.dep_ == "acl"] * (
                    c.dep_ == "dobj"):
                done = by_token.get(p.i)
                if p.tag_ in ("VBN", "VBD") and done is not None and (
                        done.sense.event_type != "REQUEST") and not any(
                        g.dep_ in ("aux", "auxpass", "mark") for g in p.children) and (
                        not small or any(g.dep_ in ("nsubj", "nsubjpass") for g in p.children)):
                    orders[p.i] = (m, small)
    if not orders:
        return verbs
    dropped = {id(m) for m, _ in orders.values()}
    out = []
    for m, t in verbs:
        if t.i in orders:
            order, small = orders[t.i]
            m = replace(m, source=order.source, status=order.status,
                        target=(m.source or m.target) if small else (m.target or m.source),
                        source_sector=order.source_sector)
        if id(m) not in dropped:
            out.append((m, t))
    return out


#: acts of force an order may set going: the operation is the event, not a request
_OPERATIONS = CONFLICT_TYPES - {"THREATEN", "PROTEST", "SANCTION"}


def _operations_ordered(verbs: list[tuple[Mention, Token]], nouns: list[tuple[Mention, Token]]
                        ) -> list[tuple[Mention, Token]]:
    """"a battle ordered by Turkey", "the offensive ordered by the president": the participle
    of an order on the noun of a military operation tells who set it going (PLOVER: the
    operation, ASSAULT or MOBILIZE, is the event; a REQUEST asks another party to act). The
    order is no event of its own (the giver, named by "by", is the operation's doer already)."""
    ops = {t.i for m, t in nouns if m.sense.event_type in _OPERATIONS}
    dropped = {id(m) for m, t in verbs if m.sense.event_type == "REQUEST"
               and t.lemma_.lower() in ORDER_VERBS and t.dep_ == "acl" and t.tag_ == "VBN"
               and t.head.i in ops}
    return [(m, t) for m, t in verbs if id(m) not in dropped]


def orders_done(verbs: list[tuple[Mention, Token]], nouns: list[tuple[Mention, Token]]
                ) -> tuple[list[tuple[Mention, Token]], list[tuple[Mention, Token]]]:
    """``verbs`` without each order to one's own armed forces whose ordered act is an event
    (the act ordered is the one event), without each order told with the act's participle
    (:func:`_ordered_done`), and without each order of an operation named by a noun
    (:func:`_operations_ordered`)."""
    verbs = _ordered_done(verbs)
    verbs = _operations_ordered(verbs, nouns)
    acts = {t.i for _, t in verbs} | {t.head.i for m, t in nouns if m.construction == "light_verb"}
    orders = {id(m) for m, t in verbs if m.sense.event_type == "REQUEST" and own_forces_order(t)
              and any(c.dep_ == "xcomp" and c.i in acts for c in t.children)}
    if not orders:
        return verbs, nouns
    return [(m, t) for m, t in verbs if id(m) not in orders], nouns
