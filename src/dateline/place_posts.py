"""Where an ambassador speaks: at the post the title names (part of stage ``locate``).

"Jane Doyle, the Irish permanent representative at the UN, complained …", "Ruritania's ambassador
to the UK said …", "the British UN ambassador rejected …": an ambassador is sent to serve at one
post, and the title says which: an organisation's headquarters (``data/gazetteer/posts.tsv``:
the UN in New York) or a country's embassy town (the same table where it is not the capital:
"ambassador to the Netherlands": The Hague; else the capital: "ambassador to the UK": London).
What the text places nowhere else is said there (precision 2, ``place_source`` ``focus``: a
place the text implies, not one it names). A former ambassador holds no post ("the former",
"a retired", "the late" ambassador, one "until 2014"); an envoy "for" a country or a conflict
("the UN special envoy for Syria") travels, and is no ambassador posted anywhere; nor is an
organisation's own representative ("the UN representative", "the EU ambassador"): a state's
ambassador to an organisation is named with the state ("Britain's UN ambassador").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .actor_describe import FORMER
from .actor_dictionary import load_dictionary
from .datafiles import per_overlay
from .gazetteer import fold
from .place_focus import coarser
from .seat_names import load_name_table
from .toponyms import capital_place, country_place, resolve_name
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Actor, Place

__all__ = ["load_posts", "post_named", "post_of"]

#: Titles of those a state keeps at a post ("ambassador", "permanent representative").
_TITLES = word_class("resident_envoys")
#: Words after a title that say its holder left the post ("ambassador to Syria until 2014").
_UNTIL = frozenset({"until", "till"})
#: Words between an organisation's name and the title ("the UN deputy ambassador").
_RANKS = frozenset({"deputy", "permanent", "acting", "senior"})
#: Prepositions naming a post after the title ("ambassador to the UK", "at the UN", "in Kabul").
_POST_PREPS = frozenset({"to", "at", "in"})
#: Prepositions after a title naming what its holder is sent for, not a post ("envoy for Syria").
_NO_POST_PREPS = frozenset({"for", "on"})
#: Clauses on a speaker's phrase that tell what it did, not what it is.
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp"})
#: Words a post's name may be made of after the preposition (up to three capitalised words).
_POST_WORDS = 3


@per_overlay
def load_posts() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """A pattern finding any organisation's name in folded text, and folded name → (city, ISO3)."""
    return load_name_table("gazetteer/posts.tsv", "organisation")


def post_of(doc: Doc, doer: tuple[int, int] | None, actor: Actor | None = None) -> Place | None:
    """The town of the post of the ambassador who is the doer ``doc[doer[0]:doer[1]]``, told in
    its own phrase (its apposition too: "Karen Pierce, the UK ambassador to the UN") or in the
    words a pronoun stands for (``actor.antecedent``); ``None`` for anyone else."""
    if doer is None or not 0 <= doer[0] < doer[1] <= len(doc):
        return None
    if actor is not None and "IGO" in (actor.country, actor.sector):
        return None  # (an organisation's own envoy travels: no state's ambassador to it)
    words = _phrase_words(doc[doer[0]:doer[1]].root)
    found = post_named(" ".join(w.text for w in words))
    if found is None and actor is not None and actor.antecedent:
        found = post_named(actor.antecedent)
    return coarser(found, 2) if found is not None else None


def _title(word: str) -> bool:
    """Whether ``word`` is a title of :data:`_TITLES`, singular or plural."""
    key = fold(word)
    return key in _TITLES or key.removesuffix("s") in _TITLES


def _phrase_words(head: Token) -> list[Token]:
    """The words of a speaker's own phrase: its head's modifiers and appositions, and the
    phrase on a title naming its post ("ambassador to the UK"); not a phrase on another noun
    naming someone else ("the son of Ruritania's ambassador", "the minister, alongside the US
    ambassador"), nor the clauses telling what it did ("the ambassador, who flew to Ankara")."""
    out, todo = [head], [head]
    while todo:
        tok = todo.pop()
        for c in tok.children:
            if c.dep_ in _CLAUSES or c.dep_ in ("conj", "cc") \
                    or (c.dep_ == "prep" and not _title(tok.text)):
                continue
            out.append(c)
            todo.append(c)
    return sorted(out, key=lambda w: w.i)


def post_named(words: str) -> Place | None:
    """The town of the post an ambassador's title in ``words`` names: an organisation's
    headquarters before the title ("UN ambassador") or after it ("ambassador to the United
    Nations"), or the embassy town or capital of a country after it ("ambassador to the UK"),
    or a town ("ambassador in Kabul"). A post after the title comes first ("the UN
    representative in Yemen": in Yemen). An organisation before the title is a post only after
    a state's own words ("Britain's UN ambassador"; "the UN representative" is the UN's own).
    No post for a title held no more ("the former", "a retired", "the late" ambassador; one
    "until 2014") nor for an envoy "for" a country or a cause."""
    tokens = words.replace(",", " , ").split()
    keys = [fold(w) for w in tokens]
    for i in range(len(keys)):
        if not _title(tokens[i]) or _held_no_more(tokens, keys, i):
            continue
        after = keys[i + 1] if i + 1 < len(keys) else ""
        if after in _NO_POST_PREPS:
            continue
        # (the post after the title is the holder's own: "the UN representative in Yemen")
        if after in _POST_PREPS:
            rest = tokens[i + 2:]
            if rest and fold(rest[0]) == "the":
                rest = rest[1:]
            found = _post_after(rest, town=after == "in")
            if found is not None or not rest[:1] or not rest[0][:1].isupper():
                return found  # ("the top UN representative in the country": not the UN's seat)
        before = _organisation_before(tokens[:i])
        if before is not None:
            return before
    return None


def _held_no_more(tokens: list[str], keys: list[str], i: int) -> bool:
    """Whether the title ``tokens[i]`` is one its holder no longer holds: a word of
    :data:`dateline.actor_describe.FORMER` before it in its phrase ("the former British permanent
    representative", "a retired US ambassador"), or "until" after it ("ambassador until 2014")."""
    start = max((j + 1 for j in range(i) if keys[j] == ""), default=0)
    end = next((j for j in range(i + 1, len(keys)) if keys[j] == ""), len(keys))
    return any(w.lower() in FORMER or fold(w) in FORMER for w in tokens[start:i]) \
        or any(k in _UNTIL for k in keys[i + 1:end])


def _organisation_before(tokens: list[str]) -> Place | None:
    """The headquarters of an organisation named right before a title after a state's own
    words ("Britain's Nato deputy ambassador", "the British UN ambassador")."""
    keys = [fold(w) for w in tokens]
    while keys and keys[-1] in _RANKS:
        keys, tokens = keys[:-1], tokens[:-1]
    pattern, names = load_posts()
    countries = load_dictionary().countries
    text = " ".join(k for k in keys if k)
    for hit in pattern.finditer(text):
        if hit.end() != len(text) or hit.group(0) in countries:
            continue  # (a country's name before a title is the ambassador's own state)
        n = len(hit.group(0).split())
        state = [w for w in tokens[:len(tokens) - n] if w[:1].isupper()][-1:]
        if state and countries.get(state[0].lower().removesuffix("'s")) is not None:
            return _town(*names[hit.group(0)])
    return None


def _post_after(tokens: list[str], town: bool) -> Place | None:
    """The post a title's preposition names: an organisation, a country (its embassy town from
    ``posts.tsv``, else its capital) or, after
    "in" (``town``), a town, in capitalised words ("a representative at the Red Cross" names
    no town)."""
    name = []
    for w in tokens[:_POST_WORDS]:
        if not w[:1].isupper():
            break
        name.append(w)
    if not name:
        return None
    pattern, names = load_posts()
    hit = pattern.match(fold(" ".join(name)))
    if hit is not None:
        return _town(*names[hit.group(0)])
    for n in range(len(name), 0, -1):
        place = resolve_name(" ".join(name[:n]))
        if place is None or place.country is None:
            continue
        whole = country_place(place.country)
        if whole is not None and whole.name == place.name:
            return capital_place(place.country)
        return place if town and (place.precision or 3) == 1 else None
    return None


def _town(city: str, iso: str) -> Place | None:
    return resolve_name(city, focus=(iso,), country=iso)
