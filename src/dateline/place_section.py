"""The section of an article an unplaced event is told in, and whether the article's focus
holds there.

An article's focus (:mod:`dateline.place_focus`) places the events its text places nowhere
else; it is the article's place, not theirs, and it holds only where the article is still about
it. A *section* is the run of sentences since a place was last named: the places of that
sentence set the scene of what follows until the next one. The focus holds in a section whose
places include its country. A section whose places lie in one other country and set a scene
there (a town or a region of it, named where something is or happens) has its own focus: that
country, at precision 3 (``focus``: the article's place, not the event's): "A march was held
in Ankara. Demonstrators were beaten" in a report about Syria. A country named alone is often
only a topic ("the withdrawal from Syria" in a report on Washington); the venue of talks or
words ("At a forum in Washington, the envoy said …") and a place told of in a description of
a noun ("the envoy, once jailed by a court in Ankara") set no scene for what follows; nor do several
countries: in such sections the article's focus holds.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from .place_focus import coarser
from .place_pick import speech_venues
from .place_roles import telling_verb
from .toponyms import Toponym, country_place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .records import Place
    from .sentences import Sentences

__all__ = ["section_focus"]

def section_focus(doc: Doc, sents: Sentences, told: Sequence[Toponym], k: int, focus: Place,
                  venues: Collection[int] = ()) -> Place:
    """The focus of the section sentence ``k`` is in, given the places the article tells of
    as places (``told``, save the venues of talks or speeches at token offsets ``venues``) and
    the article's ``focus``: the country of a section set in one other country, else the
    focus (see the module's rule)."""
    last: list[Toponym] = []
    j = k
    while j >= 0 and not last:
        last = [t for t in told if sents.starts[j] <= t.start < sents.ends[j] and t.place.country]
        j -= 1
    countries = {t.place.country for t in last}
    if focus.country is None or focus.country in countries or len(countries) != 1 or not any(
            t.kind != "country" and t.start not in venues
            for t in _scenes(doc, sents.spans[j + 1], last)):
        return focus
    whole = country_place(countries.pop())
    return coarser(whole, 3) if whole is not None else focus


def _scenes(doc: Doc, sent: Span, places: list[Toponym]) -> list[Toponym]:
    """The places of ``sent`` that set the scene of what follows: not where words were said
    ("At a forum in Washington, the envoy said …"), nor a place told of in a description of
    a noun ("the envoy, once jailed by a court in Ankara, …")."""
    spoken = speech_venues(doc, sent, places)
    return [t for t in places if t.place not in spoken and telling_verb(doc, t) is None
            and not any(a.dep_ in ("acl", "relcl") for a in doc[t.start].ancestors)]
