"""A named person's sector from the title set beside the name.

"The Danish defence minister, Anders Holm", "Norway's justice minister, Lars Berntsen": when
the dictionary does not know the person, the title in apposition before the name says what they
are (a minister is of the government). A title after the name ("Karim Nasser, a doctor") is read
with the name already. Read together with the name, the phrase ends in no agent noun: it names
no sector, or only a people's civilians from the country's adjective before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_describe import describe
from .full_names import entity_of
from .person_appositions import apposition_words, appositions_after
from .person_title_heads import heading_title, name_start

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .actor_dictionary import ActorDictionary

__all__ = ["titled_person"]

Described = tuple[str, str | None, str | None, str | None]
#: What a phrase is said to be when its words name no role: a person of a people, or no one kind.
_NO_ROLE = frozenset({None, "CVL", "UNK"})


def titled_person(d: ActorDictionary, core: Span, date: str | None,
                  named: Described | None) -> Described | None:
    """``named`` (the person :func:`~dateline.actor_describe.named_beside` found in ``core``)
    with the sector its apposed title gives, when the dictionary gives none and the whole
    phrase names no role; with the country the title's own words give when the phrase names a
    group's role ("a British Isis militant, X" is British, a member of a group placed in Iraq)."""
    if named is None or named[2] is not None:
        return named
    person = next((entity_of(t) for t in core if t.ent_type_ == "PERSON"), None)
    if person is None or person.start < core.start or person.end > core.end:
        return named
    title = _title(core, person)
    words = title if title is not None else _described_after(core, person)
    if words is None:
        return named
    _, country, sector, _ = describe(d, words, date)
    if describe(d, core, date)[2] not in _NO_ROLE:
        # "a British Isis militant, X": the phrase names the group's role; the person's country
        # and kind are the ones the title's own words give, not the group's place (nor a
        # namesake's office: "a British aid worker, X")
        return named if named[1] or country is None else (named[0], country, sector, named[3])
    if title is None or sector in _NO_ROLE:
        return named
    return named[0], named[1] or country, sector, named[3]


def _described_after(core: Span, person: Span) -> Span | None:
    """The words of ``core`` in apposition after the name ``person`` ("a British Isis
    militant" of "X, a British Isis militant"), or none."""
    appos = next((c for c in appositions_after(person.root) if c.right_edge.i < core.end), None)
    return None if appos is None else apposition_words(appos)


def _title(core: Span, person: Span) -> Span | None:
    """The words of ``core`` in apposition to the name ``person`` before it ("the defence
    minister, X"), as :func:`~dateline.person_title_heads.heading_title` reads them; none when
    the name does not end ``core`` or the title follows the name ("X, a doctor", which
    :func:`~dateline.actor_describe.named_beside` reads)."""
    last = core.end
    while last > core.start and core.doc[last - 1].is_punct:  # "the minister, X," of a clause
        last -= 1
    joined = [c.right_edge.i + 1 for c in person.root.rights if c.dep_ == "conj"]
    if max([person.end, *joined]) != last or name_start(person, core.start) == core.start:
        return None
    return heading_title(person, core.start)
