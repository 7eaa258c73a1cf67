"""Actors named for a people of no state of their own and a country ("Syrian Kurds", "Iraqi
Kurdish forces"): the people of that country, or their forces or officials, never the state
itself or its army, so the name says the people (``peoples_of_no_state`` in
``lexicon/word_classes.tsv``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .wordclasses import word_class

__all__ = ["stateless_people", "people_of_country"]

#: Peoples who live in several countries and have no state of their own.
_STATELESS = word_class("peoples_of_no_state")


#: Prefixes that make a people's word say who a party is not, or is for or against
#: ("non-Kurdish rebel factions", "anti-Kurdish groups").
_NOT_THEIRS = frozenset({"non", "anti", "pro", "counter"})


def stateless_people(words: Sequence[str]) -> str | None:
    """The word of a people of no state among ``words`` (lower case; "kurd-led" has one), not
    one after a prefix of "non-", "anti-" or "pro-" ("non-Kurdish factions") nor one that
    says who holds a place ("Kurdish-held")."""
    parts = [p for w in words for p in re.split(r"\s+|(-)", w) if p]
    for i, part in enumerate(parts):
        before = parts[i - 2] if i > 1 and parts[i - 1] == "-" else None
        after = parts[i + 2] if i + 2 < len(parts) and parts[i + 1] == "-" else None
        if part in _STATELESS and before not in _NOT_THEIRS and after in (None, "led"):
            return part  # "Kurd-led forces"; not "in Kurdish-held Syria", a place
    return None


def people_of_country(words: Sequence[str], country_name: str, label: str) -> str | None:
    """The name of a party a country's name and a people's word describe ("Syria Kurds",
    "Iraq Kurdish military"), or None when no such word is among ``words``."""
    people = stateless_people(words)
    if people is None or not country_name:
        return None
    return " ".join(p for p in (country_name, people.title(), label) if p)
