"""A report's own country over a renamed town abroad (part of stage ``locate``).

A name the gazetteer knows for a town of one of the report's own countries and, under another
of its names, for a town elsewhere ("Susa": a village near Baghuz in Syria, and an old name of
Sousse in Tunisia) stands for the town at home in a report about that country: the foreign
town is not named by its own name, so its size says little of how the report would call it. A
great city known the world over by that name (Beijing called "Peking") keeps its reading.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from .gazetteer import Entry, fold
from .namesakes import HOME_SHARE

__all__ = ["home_reading"]

#: A foreign town this big is known by all its names; the report means it.
_WORLD_CITY = 1_000_000


def home_reading(e: Entry | None, cands: Sequence[Entry], key: str,
                 focus: Mapping[str, float], best: Callable[[Sequence[Entry]], Entry | None]
                 ) -> Entry | None:
    """The reading of ``key`` to keep: a town of the report's own countries (``focus`` share at
    least :data:`~dateline.namesakes.HOME_SHARE`) in place of ``e``, a town outside them that
    the report calls by another of its names; else ``e``."""
    if e is None or e.kind != "city" or e.population >= _WORLD_CITY \
            or focus.get(e.country or "", 0.0) >= HOME_SHARE or fold(e.name) == key:
        return e
    home = [c for c in cands if c.kind != "country" and c.lat is not None
            and focus.get(c.country or "", 0.0) >= HOME_SHARE]
    return best(home) or e
