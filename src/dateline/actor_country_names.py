"""What a party known by its kind is called once it has a country: the country's name and the
kind's label ("Syria military"). Only a kind that has a label is a state's body: a party of no
known kind ("the main Kurdish groups", "many external supporters") keeps its own words and is
named as no state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sectors import sector_labels

if TYPE_CHECKING:
    from .actor_dictionary import ActorDictionary
    from .records import Actor

__all__ = ["SECTOR_LABELS", "named_for_country", "state_label"]

#: What an actor known only by its sector is called, after its country ("Mali military").
SECTOR_LABELS = sector_labels()


def state_label(sector: str | None, name: str | None) -> str | None:
    """The label a party of ``sector`` named ``name`` takes after its country's name, when it is
    named by its kind alone (no name, or its kind's label); ``None`` for a kind with no label
    or a party with a name of its own."""
    label = SECTOR_LABELS.get(sector or "")
    if not label or name not in (None, label):
        return None
    return label


def named_for_country(d: ActorDictionary, actor: Actor, iso: str) -> str | None:
    """The name of ``actor`` once it is given the country ``iso``: its own name, or, when it is
    named only by its kind or not at all, the country's name and the kind ("Syria military")."""
    label = state_label(actor.sector, actor.name)
    if label is None and (actor.name is not None or actor.sector is not None):
        return actor.name  # a party of no known kind ("the main Kurdish groups") is no state
    return f"{d.country_names.get(iso, iso)} {label or ''}".strip()
