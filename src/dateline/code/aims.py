"""Aims: what an act is done for, told with it, is one happening with the act ("thousands
marched to demand reforms"; "will visit Dakar to mediate"), as CAMEO codes the act alone."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .modality import purpose
from .words import UNDONE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

# The clause links from an aim up to the act it serves: "to demand", "calling for", "joining
# them in demanding".
_AIM_LINKS = frozenset({"advcl", "pcomp", "prep"})


def _act_of(tok: Token, acts: dict[int, list[Mention]]) -> list[Mention]:
    """The mentions of the act a clause hangs from: its verb's, or the event noun the verb
    carries ("staged rallies … to demand")."""
    head = tok
    for _ in range(3):
        if head.dep_ not in _AIM_LINKS or head.head.i == head.i:
            return []
        head = head.head
        found = list(acts.get(head.i, ()))
        found += [a for c in head.children if c.dep_ == "dobj" for a in acts.get(c.i, ())]
        if found:
            return found
    return []


def _is_aim(m: Mention, tok: Token, act: Mention) -> bool:
    if act.source is not None and m.source is not None and act.source != m.source:
        return False
    # a protest's demands are the protest's own (CAMEO 141x: demonstrate for a change)
    if act.sense.event_type == "PROTEST" and m.sense.event_type == "REQUEST":
        return True
    # the aim of an act not done is no more done than the act
    return purpose(tok) and act.status in UNDONE and m.status == act.status


def aims(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions less those that only say what another act of the same actor is for: a
    protest's demands ("rallied to demand", "marched, calling for"), the aim of an act threatened
    or planned ("will visit Dakar to mediate"). An act without a recipient takes its aim's ("is
    considering sending aid to help the flooded north"). The aim of an act done stays,
    attempted ("fired tear gas to disperse the crowd")."""
    acts: dict[int, list[Mention]] = {}
    for m in mentions:
        acts.setdefault(m.trigger, []).append(m)
    recipients: dict[int, tuple[int, int]] = {}
    aimed: set[int] = set()
    for k, m in enumerate(mentions):
        served = [a for a in _act_of(doc[m.trigger], acts) if _is_aim(m, doc[m.trigger], a)]
        if served:
            aimed.add(k)
            for a in served:
                if a.target is None and m.target is not None:
                    recipients.setdefault(id(a), m.target)
    return [replace(m, target=recipients[id(m)]) if id(m) in recipients else m
            for k, m in enumerate(mentions) if k not in aimed]
