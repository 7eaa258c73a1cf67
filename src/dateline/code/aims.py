"""Aims: what an act is done for, told with it, is one happening with the act ("thousands
marched to demand reforms"; "will visit Dakar to mediate"), as CAMEO codes the act alone; and
a help, a yielding or an agreement named only as the purpose of a deed done ("troops deployed
to support the Kurds") is what that deed serves, no happening of its own."""

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


#: the kinds of act done with or for another party that an act done or a thing can serve
#: (PLOVER's cooperation, less the meeting a journey is made for, which is mostly had): told
#: only as that act's or thing's aim, they are no happening of their own (unlike an aim of
#: force, "fired tear gas to disperse the crowd", which the act attempts there and then)
_SERVED = frozenset({"AGREE", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})
#: acts of words (PLOVER's verbal cooperation), whose aim is what is agreed, backed or asked,
#: the substance of the act ("struck a deal to allow supplies in", "asked the army to rescue
#: them")
_SAID = frozenset({"AGREE", "SUPPORT", "REQUEST", "CONSULT"})


def served(m: Mention, tok: Token, acts: dict[int, list[Mention]]) -> bool:
    """``m`` (its trigger ``tok``) is a help, a yielding or an agreement named only as the
    purpose of a deed done that the sentence tells (``acts``: its acts, by trigger), "aircraft
    were deployed to support the Kurds", "withdrew to allow the talks": told as attempted by
    that deed alone, not by a word of trying ("tried to help"); the deed stands for both.
    Where no deed is found ("mobilised funds to support the peace") the aim is the sentence's
    act, and the aim of an act of words is its substance (:data:`_SAID`)."""
    if m.status != "attempted" or m.sense.event_type not in _SERVED:
        return False
    if not purpose(tok):
        return False
    deeds = _act_of(tok, acts)
    return bool(deeds) and all(a.status == "actual" and a.sense.event_type not in _SAID
                               for a in deeds)


def aims(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions less those that only say what another act of the same actor is for: a
    protest's demands ("rallied to demand", "marched, calling for"), the aim of an act threatened
    or planned ("will visit Dakar to mediate"), and those :func:`served` by an act or a thing
    ("deployed to support the Kurds"). An act without a recipient takes its aim's ("is
    considering sending aid to help the flooded north"). The aim of an act done stays,
    attempted ("fired tear gas to disperse the crowd")."""
    acts: dict[int, list[Mention]] = {}
    for m in mentions:
        acts.setdefault(m.trigger, []).append(m)
    recipients: dict[int, tuple[int, int]] = {}
    aimed: set[int] = set()
    for k, m in enumerate(mentions):
        tok = doc[m.trigger]
        ends = [a for a in _act_of(tok, acts) if _is_aim(m, tok, a)]
        if ends or served(m, tok, acts):
            aimed.add(k)
            for a in ends:
                if a.target is None and m.target is not None:
                    recipients.setdefault(id(a), m.target)
    return [replace(m, target=recipients[id(m)]) if id(m) in recipients else m
            for k, m in enumerate(mentions) if k not in aimed]
