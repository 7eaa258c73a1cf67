"""The section of an article an unplaced event is told in, and whether the article's focus
holds there.

An article's focus (:mod:`dateline.place_focus`) places the events its text places nowhere
else; it is the article's place, not theirs, and it holds only where the article is still about
it. A *section* is the run of sentences since a place (or a seat of government: "the Home
Office") was last named: the places of that sentence set the scene of what follows until the
next one. The focus holds in a section whose places include its country. A section whose
places lie in one other country and set a scene there (a town or a region of it, named where
something is or happens) has its own focus: that country, at precision 3 (``focus``: the
article's place, not the event's): "A march was held in Ankara. Demonstrators were beaten" in
a report about Syria. A country named alone is often only a topic ("the withdrawal from
Syria" in a report on Washington); the venue of talks or words ("At a forum in Washington,
the envoy said …") and a place told of in a description of a noun ("the envoy, once jailed by
a court in Ankara") set no scene for what follows; nor do several countries: in such sections
the article's focus holds. A focus that is a town holds in a section set in its country
only where the section sets no scene in another town of it: "Fighting spread to Hama. Two
doctors were killed" in a report on Idlib is in Syria, as far as the text says (the coarser,
marked place).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from .date_clauses import SAYING
from .gazetteer import REGION_KINDS
from .place_anaphora import gathering
from .place_focus import coarser, same_scene, scene_verb
from .seats import seat_countries, seat_towns
from .tokens import doc_memo, span_root
from .toponyms import Toponym, country_place
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .records import Place
    from .sentences import Sentences

__all__ = ["section_focus"]


def section_focus(doc: Doc, sents: Sentences, told: Sequence[Toponym], k: int, focus: Place,
                  venues: Collection[int] = ()) -> Place:
    """The focus of the section sentence ``k`` is in, given the places the article tells of
    as places (``told``, save the venues of talks or speeches at token offsets ``venues``) and
    the article's ``focus``: the country of a section set in one other country, else the
    focus (see the module's rule). Places the event's own sentence names that it did not take
    end the section before it, but set no scene for it ("sanctions over the Salisbury
    attack")."""
    j, last, seats = _section(doc, sents, told, k)
    if j < 0:
        return focus
    countries = {t.place.country for t in last} | seats
    if j == k or focus.country is None or len(countries) != 1:
        return focus
    scenes = [t for t in last if t.kind != "country" and t.start not in venues
              and _sets_scene(doc, t)]
    if focus.country in countries:
        # (a town focus holds in a section set in its country, save one set in another town
        # of it: there the event is in the country, as far as the text says)
        towns = [t for t in scenes if t.kind not in REGION_KINDS]
        if (focus.precision or 3) >= 3 or not towns or any(
                same_scene(t.place, focus) for t in towns):
            return focus
    whole = country_place(countries.pop()) if scenes else None
    return coarser(whole, 3) if whole is not None else focus


def _section(doc: Doc, sents: Sentences, told: Sequence[Toponym], k: int
             ) -> tuple[int, Sequence[Toponym], set[str]]:
    """The sentence that opens the section of sentence ``k`` (-1: none does), its places in a
    country, and the countries of its seats of government. Worked out once per document and
    list of places: the places indexed by sentence, and each sentence's section kept (a
    sentence that names none is in the section of the one before), where every unplaced event
    walked back over the whole list again."""
    memo = doc_memo(doc, "place sections")
    held = memo.get(id(told))
    if held is None or held[0] is not told:  # (the list is held: its id is not reused)
        by_sent: dict[int, list[Toponym]] = {}
        for t in told:
            j = sents.index(t.start)
            if t.place.country and sents.starts[j] <= t.start < sents.ends[j]:
                by_sent.setdefault(j, []).append(t)
        # (a document that names no seat has none in any sentence: its scan, done once for
        # its focus, answers for every sentence)
        held = memo[id(told)] = (told, by_sent, {}, bool(seat_towns(doc)))
    _, by_sent, sections, any_seat = held
    walked = []
    found = None
    for j in range(k, -1, -1):
        found = sections.get(j)
        if found is not None:
            break
        walked.append(j)
        last = by_sent.get(j, ())
        seats = set(seat_countries(sents.spans[j])) if any_seat else set()
        if last or seats:
            found = (j, last, seats)
            break
    if found is None:
        found = (-1, (), set())
    for j in walked:
        sections[j] = found
    return found  # type: ignore[no-any-return]


#: Nouns of deeds a town before them places: "the Salisbury attack".
_DEEDS = word_class("deed_nouns")


def _sets_scene(doc: Doc, t: Toponym) -> bool:
    """``t`` is named as where something is or happens, and so sets the scene of what follows:
    by a preposition of place on a verb ("a march was held in Ankara"), not on a verb of saying
    or meeting ("At a forum in Washington, the envoy said …", "met in Tehran"), nor in a
    description of a noun ("the envoy, once jailed by a court in Ankara, …"); or as the mark of
    a deed ("the Salisbury attack")."""
    root = span_root(doc, t.start, t.end)
    if root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in _DEEDS:
        return True
    verb = scene_verb(doc, t)
    return verb is not None and verb.lemma_.lower() not in SAYING and not gathering(verb) \
        and not any(a.dep_ in ("acl", "relcl") for a in [verb, *verb.ancestors])
