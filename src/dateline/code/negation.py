"""Failures to agree: "failed to reach agreement", "the talks failed to produce a deal". A
failure of cooperation between parties is itself a rejection (CAMEO 120, as the CAMEO verb
dictionary codes "fail"), the one event its trigger gives; the cooperation failed is not done."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .lexicon import Sense
from .mention import RULESET

if TYPE_CHECKING:
    from .mention import Mention

__all__ = ["COOPERATION", "failure"]

#: Types of cooperation whose failure is a rejection
COOPERATION = frozenset({"AGREE", "SUPPORT", "COOPERATE", "CONSULT", "AID", "CONCEDE"})

_FAILURE = Sense("fail", "REJECT", None, "12", None, None)


def failure(m: Mention) -> Mention:
    """The rejection a failed act of cooperation ``m`` tells, by the same parties."""
    return replace(m, sense=replace(_FAILURE, lemma=m.sense.lemma), status="actual",
                   fatalities=None, injuries=None, rule=f"{RULESET}:failure",
                   construction="refusal", confidence=min(m.confidence, 0.8))
