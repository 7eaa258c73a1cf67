"""Orders told with the act they order in a clause of its own: one happening, the act.

"The home secretary ordered that she be stripped of her citizenship", "the court ordered that
the two men be deported": an order given by one with the power to have it carried out, its
clause a passive in the subjunctive with no doer of its own, tells the act as decided; the
coder reads the clause's act already (as done, :mod:`dateline.code.undone`), and the order is
no second event, nor a REQUEST (PLOVER's REQUEST asks another party to act; here no party is
asked). The one event is the act ordered, done by the one who ordered it, with the order's
status ("denied ordering that ..." denies the act). An order put to a party named as its doer
("ordered police to detain them") asks that party, and stays as
:mod:`dateline.code.type_orders` reads it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .type_orders import ORDER_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["orders_carried"]

#: verbs of a decision carried out by those under the one who makes it
_DECIDING = ORDER_VERBS | {"decree", "rule"}
#: the words of a mood that asks or plans, not one that decides ("should be", "would be")
_MODALS = frozenset({"should", "would", "could", "might", "may", "must", "shall", "will"})


def _decided_clause(order: Token, act: Token) -> bool:
    """``act`` heads the "that" clause of ``order`` and is a passive in the subjunctive, with no
    doer named by "by": "ordered that she be stripped of her citizenship"."""
    if act.head.i != order.i or act.dep_ != "ccomp" or act.tag_ != "VBN":
        return False
    helpers = [c for c in act.children if c.dep_ in ("aux", "auxpass")]
    return any(c.dep_ == "auxpass" and c.lower_ == "be" for c in helpers) and not any(
        c.lower_ in _MODALS for c in helpers) and not any(c.dep_ == "agent"
                                                           for c in act.children)


def orders_carried(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each order whose clause tells the decided act
    (:func:`_decided_clause`) folded into that act's mention: the act, by the order's giver,
    with the order's status; the order itself dropped."""
    by_trigger = {m.trigger: k for k, m in enumerate(mentions)}
    out = list(mentions)
    gone: set[int] = set()
    for k, order in enumerate(mentions):
        verb = doc[order.trigger]
        if order.sense.event_type != "REQUEST" or verb.lemma_.lower() not in _DECIDING:
            continue
        for child in verb.children:
            j = by_trigger.get(child.i)
            if j is None or j == k or not _decided_clause(verb, child):
                continue
            act = out[j]
            if act.sense.event_type == "REQUEST" or act.source is not None:
                continue
            out[j] = replace(act, source=order.source, status=order.status,
                             source_sector=order.source_sector or act.source_sector,
                             target=act.target or order.target)
            gone.add(k)
            break
    return [m for k, m in enumerate(out) if k not in gone]
