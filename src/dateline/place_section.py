"""The section of an article an unplaced event is told in, and whether the article's focus
holds there.

An article's focus (:mod:`dateline.place_focus`) places the events its text places nowhere
else; it is the article's place, not theirs, and it holds only where the article is still about
it. A *section* is the run of sentences since a place was last named as a place: the places
of that sentence set the scene of what follows until the next one. The focus holds in a
section whose places include its country. Where the section's places all lie in one other
country, and that country is more than a topic (a town or region of it is named, or the event's
doer is of it: "Police in Salisbury sealed off the street. Officers arrested two men" in an
article about Syria), the section has its own focus: that country, at precision 3 (``focus``:
the article's place, not the event's). Where they lie in several other countries, or in one
named only as a topic ("the withdrawal from Syria" in a report on Washington), the section
has no focus the event could take: no place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .place_focus import coarser
from .toponyms import Toponym, country_place

if TYPE_CHECKING:
    from .records import Actor, Place
    from .sentences import Sentences

__all__ = ["section_focus"]

def section_focus(sents: Sentences, told: Sequence[Toponym], k: int, focus: Place,
                  actor: Actor | None = None) -> Place | None:
    """The focus of the section sentence ``k`` is in, given the places the article tells of
    as places (``told``) and the article's ``focus``: the focus where it holds, the country of
    a section set in one other country, else None (see the module's rule)."""
    last: list[Toponym] = []
    for j in range(k, -1, -1):
        last = [t for t in told if sents.starts[j] <= t.start < sents.ends[j]
                and t.place.country]
        if last:
            break
    countries = {t.place.country for t in last}
    if not last or focus.country is None or focus.country in countries:
        return focus
    if len(countries) > 1:
        return None
    (iso,) = countries
    # (a town or region of it sets a scene there; a country alone may be only a topic)
    scene = any(t.kind != "country" for t in last)
    if not (scene or (actor is not None and actor.country == iso)):
        return None
    whole = country_place(iso)
    return coarser(whole, 3) if whole is not None else None
