"""Armed partisans of a government ("pro-government militias", "pro-regime fighters",
"pro-Assad militiamen"): paramilitary forces on the state's side (PRM), not rebels against
it; a stance towards another state ("pro-Russian rebels") leaves them rebels."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .sectors import STATE_FAMILY

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .actor_dictionary import ActorDictionary

__all__ = ["loyal_sector"]

#: Sectors of armed parties that the words may show to be on a government's side.
_ARMED = frozenset({"REB", "UAF", "INS"})


def loyal_sector(d: ActorDictionary, toks: Sequence[Token], sector: str | None,
                 leader: bool) -> str | None:
    """PRM for an armed party whose words say it is for a state's government, its forces
    ("pro-regime") or, ``leader`` true, its leader ("pro-Assad"); else ``sector``."""
    if sector not in _ARMED:
        return sector
    for i in range(len(toks) - 2):
        if toks[i].lower_ == "pro" and toks[i + 1].text == "-" and (
                leader or d.agents.get(toks[i + 2].lower_) in STATE_FAMILY):
            return "PRM"
    return sector
