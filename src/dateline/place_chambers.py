"""Chambers of international organisations: where what they say, and what is said before them,
is said (part of stage ``locate``).

"The UN security council demanded a ceasefire in eastern Ghouta": the resolution is about
Ghouta, and was passed in New York, where the council sits (``data/gazetteer/chambers.tsv``).
What a chamber says or decides (its doer's words or the subject of a clause governing the event
name it: "a security council resolution that demanded …"), and what a speaker says before it
("addressing the Security Council, the secretary general urged …", "told the security council",
"at the General Assembly"), is placed in its town (precision 2, ``place_source`` ``focus``: a
place the text implies, not one it names). A national body of the same words ("the National
Security Council", "Russia's Security Council", "the Security Council of Somalia") is no such
chamber. Unlike a seat of government (:mod:`dateline.seats`), a
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
from .seats import demonym_table, seat_place, town_named
from .toponyms import resolve_name

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
    """The town of the chamber ``words`` name, if any. A name a state's own body may bear too
    ("Security Council", "Human Rights Council") names the chamber only with the words of its
    organisation near ("the UN's Security Council", "the Security Council of the United
    Nations"), or with no country, people or owner before it and no "of <place>" after it:
    "Russia's Security Council", "the Iraqi Human Rights Council" and "the Security Council of
    Somalia" are the states' own."""
    origs, keys, owners = _words(words)
    text = " ".join(keys)

    def counts(hit: re.Match[str]) -> bool:
        at = text.count(" ", 0, hit.start())
        if at and keys[at - 1] in _NATIONAL:
            return False
        qualifiers = _shared_names().get(hit.group(0))
        end = at + len(hit.group(0).split())
        return qualifiers is None or any(
            _has_run(keys[max(0, at - _NEAR):end + _NEAR], q.split()) for q in qualifiers
        ) or not (at and (owners[at - 1] or _a_place(origs[:at], keys[:at], before=True))
                  or end < len(keys) - 1 and keys[end] == "of"
                  and _a_place(origs[end + 1:], keys[end + 1:], before=False))

    return town_named(text, load_chambers(), counts)


#: How many words either side of a shared name its organisation's words may stand.
_NEAR = 4
#: An apostrophe, or one with "s", ending a word: its owner ("Russia's", "the states'").
_POSSESSIVE = re.compile(r"['’]s?$")
#: Words after "of" before a place's name ("the Security Council of the Russian Federation").
_ARTICLES = frozenset({"the"})


def _words(text: str) -> tuple[list[str], list[str], list[bool]]:
    """The words of ``text`` (possessive endings dropped), their folded keys (a word folding to
    several, "15-member", stands once for each) and whether each is an owner ("Russia's",
    "Russia 's")."""
    origs: list[str] = []
    keys: list[str] = []
    owners: list[bool] = []
    for word in text.split():
        bare = _POSSESSIVE.sub("", word)
        parts = fold(bare).split()
        if not parts:
            if bare != word and owners:  # a token "'s" of its own
                owners[-1] = True
            continue
        origs += [bare] * len(parts)
        keys += parts
        owners += [False] * (len(parts) - 1) + [bare != word]
    return origs, keys, owners


def _has_run(keys: list[str], run: list[str]) -> bool:
    n = len(run)
    return any(keys[i:i + n] == run for i in range(len(keys) - n + 1))


def _a_place(origs: list[str], keys: list[str], before: bool) -> bool:
    """Whether the words just before (``before``) or just after a name tell a country, a
    people or another place: "Russian", "the Kurdistan Region", "of Somalia"."""
    if not keys:
        return False
    if not before and keys[0] in _ARTICLES:
        origs, keys = origs[1:], keys[1:]
    if keys and (keys[-1] if before else keys[0]) in demonym_table():
        return True
    for n in range(1, min(3, len(origs)) + 1):
        names = origs[-n:] if before else origs[:n]
        if not all(w[:1].isupper() for w in names):
            break
        if resolve_name(" ".join(dict.fromkeys(names))) is not None:
            return True
    return False


@per_overlay
def _shared_names() -> dict[str, frozenset[str]]:
    """Folded names a state's own body may bear too, each with the words of its organisation:
    the names another name of the same chamber ends with ("security council", for "un security
    council" and "united nations security council": "un", "united nations")."""
    names = load_chambers()[1]
    out: dict[str, frozenset[str]] = {}
    for name, town in names.items():
        words = frozenset(other[:-len(name)].strip() for other, there in names.items()
                          if there == town and other.endswith(" " + name))
        if words:
            out[name] = words
    return out


def _a_states_own(actor: Actor) -> bool:
    """Whether the words an actor is told by name a chamber's name only as a state's own body
    ("Russia's Security Council", whatever the actor's name says)."""
    told = " ".join(w for w in (actor.text, actor.antecedent) if w)
    return load_chambers()[0].search(fold(told)) is not None and chamber_named(told) is None


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
    if place is None and actor is not None and not _a_states_own(actor):
        place = chamber_named(" ".join(w for w in (actor.name, actor.antecedent) if w))
    place = place or _addressed(tok)
    return coarser(place, 2) if place is not None else None
