"""A journey by someone a pronoun stands for: a visit when the pronoun stands for a party ("the
president spoke in Ankara. He arrived in Moscow for talks"), no event when it stands for a
private person or for no one the text names ("he went to Syria to help people"). The private
goers named by their own words ("the student went", "their father flew") are no trigger at all
(``non_events.tsv``); a pronoun's reading waits for its antecedent, which the actor stage
gives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..records import Actor
    from .mention import Mention

__all__ = ["private_trip"]

_TRIP_VERBS = word_class("trip_verbs")
_PERSONAL = frozenset({"he", "she"})
_GROUPS = frozenset({"they", "we"})


def private_trip(doc: Doc, m: Mention, source: Actor | None) -> bool:
    """Whether the mention's trigger is a verb of going ("went to", "arrived in"; in any of its
    readings: "he went on trial", "she came under pressure" tell no party's act either) whose
    doer is "he" or "she" standing for no party: no sector in its resolved actor (a private
    person, or no antecedent at all); or "they" or "we" standing for no party, state or
    country at all."""
    if m.source is None or source is None or source.sector is not None:
        return False
    start, end = m.source
    if end - start != 1 or doc[m.trigger].lemma_.lower() not in _TRIP_VERBS:
        return False
    pronoun = doc[start].lower_
    # "they went first to Raqqa", "we came here": a group no party, state or place is named
    # for (the delegation "they" stands for has its country)
    return pronoun in _PERSONAL or pronoun in _GROUPS and source.name is None and \
        source.country is None
