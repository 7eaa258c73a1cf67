"""A journey by someone a pronoun stands for: a visit when the pronoun stands for a party ("the
president spoke in Ankara. He arrived in Moscow for talks"), no event when it stands for a
private person or for no one the text names ("he went to Syria to help people"). The private
goers named by their own words ("the student went", "their father flew") are no trigger at all
(``non_events.tsv``); a pronoun's reading waits for its antecedent, which the actor stage
gives. A pronoun standing for fighters going to a place, for nothing named, is a unit moving
to a front, no visit either."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordclasses import word_class
from .kinds import of_what
from .words import ARMED, UNITS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Actor
    from .mention import Mention

__all__ = ["private_trip"]

_TRIP_VERBS = word_class("trip_verbs")
_PERSONAL = frozenset({"he", "she"})
_GROUPS = frozenset({"they", "we"})
#: sectors of those who fight: their going to a place is a movement of forces, no visit
_FIGHTING = frozenset({"MIL", "REB", "UAF", "INS", "IMG", "SEP"})


def private_trip(doc: Doc, m: Mention, source: Actor | None) -> bool:
    """Whether the mention's trigger is a verb of going ("went to", "arrived in"; in any of its
    readings: "he went on trial", "she came under pressure" tell no party's act either) whose
    doer is "he" or "she" standing for no party: no sector in its resolved actor (a private
    person, or no antecedent at all); or "they" or "we" standing for no party, state or
    country at all."""
    if m.source is None or source is None:
        return False
    start, end = m.source
    if end - start != 1 or doc[m.trigger].lemma_.lower() not in _TRIP_VERBS:
        return False
    if source.sector is not None:
        return _fighters_moving(doc, m, source)
    pronoun = doc[start].lower_
    # "they went first to Raqqa", "we came here": a group no party, state or place is named
    # for (the delegation "they" stands for has its country)
    return pronoun in _PERSONAL or pronoun in _GROUPS and source.name is None and \
        source.country is None


def _fighters_moving(doc: Doc, m: Mention, source: Actor) -> bool:
    """"They went first to Deir ez-Zor" where "they" are fighters: a unit moving to a front
    meets no one (PLOVER CONSULT is a meeting or a visit to another party), and nothing it
    goes for is named ("for talks", "to meet the envoy" keep the visit). Only "they" or "we"
    standing for words whose head names fighters ("foreign fighters", "the troops"): a party
    named by its own words ("rebels flew to Geneva"), one person ("he") and those of an armed
    party who are no fighters ("the generals", "the negotiators") make their visit."""
    if m.sense.event_type != "CONSULT" or source.sector not in _FIGHTING \
            or doc[m.source[0]].lower_ not in _GROUPS:
        return False
    head = _antecedent_head(doc, m.source[0], source.antecedent)
    if head is None or head.lemma_.lower() not in ARMED and head.lemma_.lower() not in UNITS:
        return False
    trigger = doc[m.trigger]
    return not any(c.dep_ in ("xcomp", "advcl") or c.dep_ == "prep" and c.lower_ in (
        "for", "with") for c in trigger.children)


def _antecedent_head(doc: Doc, pronoun: int, antecedent: str | None) -> Token | None:
    """The head word of the last place before the pronoun where ``antecedent`` is said, or of
    what it counts ("hundreds of fighters": fighters); ``None`` where it is not found."""
    if not antecedent:
        return None
    at = doc.text.rfind(antecedent, 0, doc[pronoun].idx)
    span = doc.char_span(at, at + len(antecedent), alignment_mode="expand") if at >= 0 else None
    return None if span is None else of_what(span.root)
