"""Where an ambassador speaks: at the post the title names (part of stage ``locate``).

"Karen Pierce, the UK permanent representative at the UN, complained …", "Russia's ambassador
to the UK said …", "the British UN ambassador rejected …": an ambassador is sent to serve at one
post, and the title says which: an organisation's headquarters (``data/gazetteer/posts.tsv``:
the UN in New York) or a country's capital ("ambassador to the UK": London). What the text
places nowhere else is said there (precision 2, ``place_source`` ``focus``: a place the text
implies, not one it names). A former ambassador holds no post; an envoy "for" a country or a
conflict ("the UN special envoy for Syria") travels, and is no ambassador posted anywhere.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

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
#: Words before a title that say its holder left the post ("the former ambassador").
_FORMER = frozenset({"former", "ex", "then"})
#: Words between an organisation's name and the title ("the UN deputy ambassador").
_RANKS = frozenset({"deputy", "permanent", "acting", "senior"})
#: Prepositions naming a post after the title ("ambassador to the UK", "at the UN", "in Kabul").
_POST_PREPS = frozenset({"to", "at", "in"})
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
    words = _phrase_words(doc[doer[0]:doer[1]].root)
    found = post_named(" ".join(w.text for w in words))
    if found is None and actor is not None and actor.antecedent:
        found = post_named(actor.antecedent)
    return coarser(found, 2) if found is not None else None


def _phrase_words(head: Token) -> list[Token]:
    """The words of a speaker's phrase with its appositions and the phrases on it, not the
    clauses telling what it did ("the ambassador, who flew to Ankara, said")."""
    out, todo = [head], [head]
    while todo:
        for c in todo.pop().children:
            if c.dep_ not in _CLAUSES:
                out.append(c)
                todo.append(c)
    return sorted(out, key=lambda w: w.i)


def post_named(words: str) -> Place | None:
    """The town of the post an ambassador's title in ``words`` names: an organisation's
    headquarters before the title ("UN ambassador") or after it ("ambassador to the United
    Nations"), or the capital of a country after it ("ambassador to the UK"), or a town
    ("ambassador in Kabul"). A post after the title comes first ("the UN representative in
    Yemen": in Yemen)."""
    tokens = words.replace(",", " , ").split()
    keys = [fold(w) for w in tokens]
    for i, key in enumerate(keys):
        if key.removesuffix("s") not in _TITLES or (i and keys[i - 1] in _FORMER) \
                or (i > 1 and keys[i - 2] in _FORMER):
            continue
        # (the post after the title is the holder's own: "the UN representative in Yemen")
        if i + 1 < len(keys) and keys[i + 1] in _POST_PREPS:
            rest = tokens[i + 2:]
            if rest and fold(rest[0]) == "the":
                rest = rest[1:]
            found = _post_after(rest, town=keys[i + 1] == "in")
            if found is not None:
                return found
        before = _organisation_before(keys[:i])
        if before is not None:
            return before
    return None


def _organisation_before(keys: list[str]) -> Place | None:
    """The headquarters of an organisation named right before a title ("the UN ambassador",
    "Britain's Nato deputy ambassador")."""
    while keys and keys[-1] in _RANKS:
        keys = keys[:-1]
    pattern, names = load_posts()
    text = " ".join(k for k in keys if k)
    for hit in pattern.finditer(text):
        if hit.end() == len(text):
            return _town(*names[hit.group(0)])
    return None


def _post_after(tokens: list[str], town: bool) -> Place | None:
    """The post a title's preposition names: an organisation, a country (its capital) or, after
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
