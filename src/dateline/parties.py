"""What the coding of one mention decides before its event's date and evidence."""

from __future__ import annotations

from typing import NamedTuple

from .code import Mention
from .records import Actor, Place

__all__ = ["Parties"]


class Parties(NamedTuple):
    """What an event's coding decides before its date and evidence: its parties, its place
    and its ACLED types (``sent``: the index of the mention's sentence)."""
    mention: Mention
    sent: int
    source: Actor | None
    target: Actor | None
    acted_on: str | None
    place: Place | None
    place_source: str | None
    acled: str | None
    acled_sub: str | None
    mode: str | None
