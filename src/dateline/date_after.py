"""Stage ``date``: a shift anchored to a happening named again counts from that happening's time.

"A day after the Kabul bombing, the cell owned a stabbing in Cairo": the stabbing is a day
after the Kabul bombing as the story dates it ("Last Thursday, dozens were killed in a suicide
attack in Kabul": the Friday), not a day after whatever time the text told last ("In October,
…"). The happening is the one :func:`dateline.date_story.story_date` finds for the definite
description ("the Kabul assault", "the attack"); the event takes its time moved by the shift, at
the coarser of the two precisions, as ``date_source`` ``story``.

A happening named by a proper name that the article never dates ("the day after the Quebec City
mosque shooting" in a story of other things) leaves the shift nothing to count from: the event
has the report's date marked as such (``publication``, no precision), never the time told last
moved by a day. A happening named with no name ("the day after the attack") the story does not
date is left to the rules of :mod:`dateline.date` (the time told just before it).

An act told in an "after", "before" or "since" clause is not the main act: a time expression
dates the clause it is attached to. "The minister resigned on Monday after meeting the
president": Monday is the resignation's; the meeting lies before it, that day or earlier, and
the text does not say which. Such an act takes the main clause's time only through the
relation the connective states, never as its own day: that date at no finer than week
precision (:func:`through_relation`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .date_reach import anchored, coarser_precision, dates_a_point
from .date_story import TOLD, Dated, Tellings, names_of, refers_back, story_date
from .sentences import chars_span
from .timex import shifted

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .timex import TimeExpression

__all__ = ["anchor_happening", "after_happening", "sequel_clause", "through_relation"]

#: The words a shift hangs its happening on: "a day after the assault", "a week before the vote".
_ANCHORS = frozenset({"after", "before"})
#: Connectives stating that one act came before or after another one.
_RELATIONS = frozenset({"after", "before", "since"})


def anchor_happening(doc: Doc, shift: TimeExpression) -> Token | None:
    """The event noun a shift names as its anchor when it is a happening told as known ("a day
    after *the Kabul assault*"); ``None`` for a clause ("a day after the city fell"), another
    happening ("a day after another attack") or a thing."""
    span = chars_span(doc, shift.start, shift.end)
    word = next((t for t in reversed(span or ()) if t.lower_ in _ANCHORS), None)
    if word is None or word.dep_ != "prep":
        return None
    noun = next((c for c in word.children if c.dep_ == "pobj"), None)
    return noun if noun is not None and refers_back(noun) else None


def after_happening(doc: Doc, shift: TimeExpression, trig: Token,
                    told_here: tuple[TimeExpression | None, list[TimeExpression]],
                    tellings: Tellings, told: Callable[[Token], Dated], pub: str | None
                    ) -> Dated | None:
    """The time of ``trig`` moved by ``shift`` from the happening it is anchored to: the time
    the anchor tells for it ("a week after the poisoning on 4 March", "…, which took place on 4
    March": ``sentence``), else, when the sentence gives ``trig`` no time of its own (the first
    of ``told_here``, the sentence's time expressions being the second), as the story dates
    that happening (``story``); the report's date (``publication``) for a happening named by a
    proper name that the article does not date; ``None`` when the shift names no known
    happening, ``trig`` is that happening itself, or the story does not date one named with no
    name."""
    noun = anchor_happening(doc, shift)
    if noun is None or pub is None:
        return None
    pick, here = told_here
    inside = {t.idx for t in noun.subtree}
    own = next((t for t in here if t.date and dates_a_point(t) and t.start in inside), None)
    if anchored(doc, shift, trig):
        # the happening itself keeps the time it is told with: "two days after the attack on
        # the mosque, which took place on Friday" (Friday)
        return (own.date, own.precision, "clause") if (
            own is not None and trig.i == noun.i and own.date and own.date <= pub) else None
    if own is not None and own.date is not None and own.date <= pub:
        moved = shifted(own.date, shift.shift, shift.unit)
        return (min(moved, pub), coarser_precision(shift.precision, own.precision),
                "sentence") if moved else None
    if pick is not None:
        return None
    names = names_of(noun)
    when = _named_telling(noun, names, tellings, told, pub) or story_date(
        noun, tellings, told, pub)
    if when is None or when[0] is None:
        return (pub, None, "publication") if names and not _named_before(noun, names) else None
    moved = shifted(when[0], shift.shift, shift.unit)
    if moved is None:
        return None
    # a report does not tell of days after its own publication
    return min(moved, pub), coarser_precision(shift.precision, when[1]), "story"


def _telling_names(tok: Token) -> frozenset[str]:
    """The proper names telling which happening ``tok`` is (:func:`names_of`), and for the
    happening an act was done in, those of the act: "scores of traders in Kabul were hurt in
    a car bombing" names Kabul for the bombing."""
    names = names_of(tok)
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
        names |= names_of(tok.head.head)
    return names


def _named_telling(noun: Token, names: frozenset[str], tellings: Tellings,
                   told: Callable[[Token], Dated], pub: str) -> Dated | None:
    """The time of the nearest earlier telling, in another sentence, of the happening ``noun``
    names that holds all its names (:func:`_telling_names`) and is dated: "Last Thursday, scores
    of traders in Kabul were hurt in a car bombing" for "the Kabul bombing"."""
    if not names:
        return None
    for other in tellings.before(noun):
        if other.sent.start == noun.sent.start or not names <= _telling_names(other):
            continue
        when = told(other)
        if when[2] in TOLD and when[0] and when[0] <= pub:
            return when[0], when[1], "story"
    return None


def _named_before(noun: Token, names: frozenset[str]) -> bool:
    """Whether the text before ``noun``'s sentence names all its names ("Quebec" alone is a
    province, not "the Quebec City mosque shooting"): a happening it never names before is one
    the reader is told of as known, not dated by the article."""
    return names <= {t.lower_ for t in noun.doc[:noun.sent.start] if t.pos_ == "PROPN"}


def sequel_clause(tok: Token) -> Token | None:
    """The head of the "after/before/since" clause ``tok`` tells its act in: a finite clause
    ("after the army withdrew", the connective its ``mark``) or a gerund ("after agreeing to
    the deal", the connective's ``pcomp``); ``None`` outside one, and for an event noun
    the clause only names ("after talks with the rebels")."""
    word = tok
    while word.dep_ not in ("ROOT",):
        head = word.head
        if word.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in _RELATIONS for c in word.children):
            return word
        if word.dep_ == "pcomp" and word.tag_ == "VBG" and head.lower_ in _RELATIONS:
            return word
        if word.dep_ in ("ccomp", "relcl", "acl", "parataxis", "advcl", "xcomp", "conj") and (
                word is not tok):
            return None
        word = head
    return None


def through_relation(tok: Token, when: Dated,
                     starting_in: Callable[[int, int], list[TimeExpression]]) -> Dated:
    """``when`` as the date of ``tok`` told in a sequel clause (:func:`sequel_clause`) in
    which no time expression starts (``starting_in`` a span of characters): the other act's
    date at no finer than week precision; ``when`` unchanged otherwise."""
    date, precision, source = when
    if date is None or source not in ("clause", "sentence") or precision != "day":
        return when
    head = sequel_clause(tok)
    if head is None or head.i == tok.sent.root.i:
        return when
    phrase = head.head if head.dep_ == "pcomp" else head  # "a day after agreeing" and all
    first, last = phrase.left_edge, phrase.right_edge
    if starting_in(first.idx, last.idx + len(last)):  # a time of its own: dated as told
        return when
    return date, coarser_precision(precision, "week"), source
