"""Two acts typed by who does them and what for, not by their verb.

A crowd demonstrating that turns violent riots: "protesters threw stones at the police",
"demonstrators clashed with troops". PLOVER's PROTEST `riot` is the violent action of
demonstrators against another group or the authorities (ACLED: Riots, violent demonstration);
an ASSAULT is an attack by an organised party. So an assault whose doer is people demonstrating
(the ACLED party kind "protesters": protesters, demonstrators, marchers) is a PROTEST riot.

A journey made to investigate is the investigation done in the field: "a UN team visited the
camp to investigate the reports". PLOVER's CONSULT `visit` is travel to meet another party; a
visit to a place whose purpose is an investigation meets no one, it is the ACCUSE
`investigate` (CAMEO 09) of its purpose clause, done as the visit was.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .acled import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .mention import Mention

__all__ = ["crowd_riots", "field_investigations"]

_DEMONSTRATING = frozenset({"protesters"})


def _demonstrators(doc: Doc, span: tuple[int, int] | None) -> bool:
    """The words ``span`` are people demonstrating, by the ACLED party kinds' nouns."""
    if span is None:
        return False
    kinds = load_rules().kinds_by_noun
    for w in doc[span[0]:span[1]]:
        if w.pos_ in ("NOUN", "PROPN") and kinds.get(w.lemma_.lower()) in _DEMONSTRATING:
            return True
    return False


def crowd_riots(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each assault by demonstrators typed a PROTEST riot (CAMEO 14)."""
    return [replace(m, sense=replace(m.sense.with_type("PROTEST", "14"), mode="riot"))
            if m.sense.event_type == "ASSAULT" and _demonstrators(doc, m.source) else m
            for m in mentions]


def field_investigations(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the CONSULT visit whose purpose clause is an investigation, the
    investigation taking the visit's status and its doer where it names none."""
    at = {m.trigger: k for k, m in enumerate(mentions)}
    out = list(mentions)
    gone: set[int] = set()
    for k, m in enumerate(mentions):
        if m.sense.event_type != "CONSULT" or m.sense.mode != "visit":
            continue
        for c in doc[m.trigger].children:
            j = at.get(c.i) if c.dep_ in ("advcl", "xcomp") else None
            act = mentions[j] if j is not None else None
            if act is not None and act.sense.event_type == "ACCUSE" and \
                    act.sense.mode == "investigate":
                out[j] = replace(act, status=m.status, source=act.source or m.source)
                gone.add(k)
                break
    return [m for k, m in enumerate(out) if k not in gone]
