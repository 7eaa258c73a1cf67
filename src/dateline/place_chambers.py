"""Chambers of international organisations: where what they say, and what is said before them,
is said (part of stage ``locate``).

"The UN security council demanded a ceasefire in eastern Ghouta": the resolution is about
Ghouta, and was passed in New York, where the council sits (``data/gazetteer/chambers.tsv``).
What a chamber says or decides (its doer's words or the subject of a clause governing the event
name it: "a security council resolution that demanded …"), and what a speaker says before it
("addressing the Security Council, the secretary general urged …", "told the security council",
"at the General Assembly"), is placed in its town (precision 2, ``place_source`` ``focus``: a
place the text implies, not one it names). A national body of the same words ("the National
Security Council") is no such chamber. Unlike a seat of government (:mod:`dateline.seats`), a
chamber does not make the article about its town's country.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .datafiles import per_overlay
from .deps import prep_objects
from .gazetteer import fold
from .place_focus import coarser
from .seat_names import load_name_table
from .seats import seat_place, town_named

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token

    from .records import Actor, Place

__all__ = ["chamber_in", "chamber_named", "chamber_place", "load_chambers"]

#: Words before a chamber's name that make it a state's own body ("the National Security
#: Council", "Iran's Supreme National Security Council").
_NATIONAL = frozenset({"national", "supreme"})
#: Prepositions whose object is a chamber the words are said in ("at the security council").
_AT = frozenset({"at", "before", "in"})
#: Verbs whose object is the chamber spoken to ("addressing the Security Council").
_ADDRESSING = frozenset({"address", "brief", "tell"})
#: Verbs of speaking whose "to" names the chamber spoken to ("said to the General Assembly",
#: "a message he gave to the security council").
_SPEAKING = frozenset({"say", "speak", "talk", "give", "deliver", "present", "report"})
#: Verbs of a vote, cast in the chamber whose resolution they name ("vetoed a security council
#: resolution", "voted against the UN General Assembly motion").
_VOTING = frozenset({"veto", "vote", "adopt", "pass", "approve", "block", "abstain"})


@per_overlay
def load_chambers() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """A pattern finding any chamber's name in folded text, and folded name → (city, ISO3)."""
    return load_name_table("gazetteer/chambers.tsv", "chamber")


def chamber_in(tokens: Iterable[Token]) -> Place | None:
    """The town of the chamber a phrase names ("the UN security council resolution"), if any."""
    return chamber_named(" ".join(t.text for t in sorted(tokens, key=lambda t: t.i)))


def chamber_named(words: str) -> Place | None:
    """The town of the chamber ``words`` name, if any."""
    text = fold(words)

    def counts(hit: re.Match[str]) -> bool:
        before = text[:hit.start()].split()
        return not before or before[-1] not in _NATIONAL

    return town_named(text, load_chambers(), counts)


def _addressed(tok: Token) -> Place | None:
    """The chamber the words of ``tok`` are said in or to: a phrase "at the security council"
    on the event's word or on a participle clause beside it ("addressing the Security Council,
    the minister urged …"), the event's word addressing it ("told the security council") or
    voting on its resolution ("vetoed a security council resolution")."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBG")]
    if tok.dep_ == "advcl":  # ("a message he gave to the council when he urged …")
        heads.append(tok.head)
    for head in heads:
        named = list(prep_objects(head, _AT))
        lemma = head.lemma_.lower()
        if lemma in _ADDRESSING or lemma in _VOTING and head is tok:
            named += [c for c in head.children if c.dep_ == "dobj"]
        if lemma in _VOTING and head is tok:
            named += list(prep_objects(head, ("for", "against", "on")))
        if lemma in _SPEAKING:
            named += [g for c in head.children if c.dep_ in ("prep", "dative")
                      and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        for obj in named:
            found = chamber_in(obj.subtree)
            if found is not None:
                return found
    return None


def chamber_place(doc: Doc, tok: Token, source: tuple[int, int] | None,
                  actor: Actor | None = None) -> Place | None:
    """The town where the words of ``tok`` (an event of words or measures) were said when a
    chamber says them or hears them; ``None`` otherwise. The chamber says them when the doer's
    words name it, or the subject of a clause governing the event, or the noun a clause of the
    event hangs on ("the security council resolution, approved on Saturday, called for …"), or
    the resolved doer (``actor``: "it" after "the security council")."""
    found = seat_place(doc, tok, source, chamber_in)
    place = found[0] if found is not None else None
    if place is None and tok.dep_ in ("acl", "relcl"):
        place = chamber_in([*(w for c in tok.head.lefts for w in c.subtree), tok.head])
    if place is None and actor is not None:
        place = chamber_named(" ".join(w for w in (actor.name, actor.antecedent) if w))
    place = place or _addressed(tok)
    return coarser(place, 2) if place is not None else None
