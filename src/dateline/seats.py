"""Seats of government: where an institution named for its seat says or decides something.

"The Kremlin said", "Downing Street denied it", "the White House warned": the institution is
named for the place it sits in, and what it says or decides happens there — Moscow, London,
Washington (``data/gazetteer/seats.tsv``). A capital standing for its government ("Ankara
denies", "Washington warned", "Damascus said") is no seat: it names a party, not where its words
were said, which the text does not tell. A body whose name many states share ("the cabinet",
"parliament") has a seat only when its country is named with it ("the UK cabinet", "the Iranian
parliament", "the parliament of Turkey", "the Turkish foreign ministry", "the US Senate"): the
country's capital; a court only its country ("a Turkish court"), courts sitting in many towns. A
people's or a party's nationality alone is never a place; only such a seat is.

The institution is looked for in the event's doer and in the subjects of the clauses that govern
the event ("Downing Street said it had opposed the strike"), never in what those clauses report.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from .datafiles import per_overlay
from .demonyms import load_demonyms
from .deps import prep_objects, subjects
from .gazetteer import fold
from .records import Place
from .seat_names import load_seats
from .sentences import clause_tokens
from .tokens import children, doc_memo, doc_text, fine_tags, heads, lower_set, per_doc, words
from .toponyms import capital_place, country_place, resolve_name
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["seat_place", "load_seats", "seat_countries", "seat_towns", "town_named",
           "demonym_table"]

#: Bodies every state has: placed at the capital of the country named with them ...
_BODIES = frozenset({"cabinet", "parliament", "senate", "congress", "ministry"})
#: ... and bodies that sit in many of its towns: placed in the country named with them.
_COUNTRY_BODIES = frozenset({"court", "judiciary"})
_BODY_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod"})
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis"})


def seat_countries(tokens: Doc | Span) -> Counter[str]:
    """How often ``tokens`` (a document or a sentence of it) name each country's seats of
    government ("the Home Office", "the Kremlin", "Downing Street"): a report on what they do
    is about their country even where it names no town of it. Only capitalised names count
    ("the Commons", not "the commons")."""
    counts: Counter[str] = Counter()
    for (_city, iso), n in seat_towns(tokens).items():
        counts[iso] += n
    return counts


def seat_towns(tokens: Doc | Span) -> Counter[tuple[str, str]]:
    """How often ``tokens`` name the seats of government of each town, as (town, ISO3): "the
    White House" and "the Pentagon" twice Washington's."""
    doc = tokens.doc
    bounds = (0, len(doc)) if tokens is doc else (tokens.start, tokens.end)  # type: ignore[union-attr]
    memo = doc_memo(doc, "seat towns")  # asked by the actor and place stages alike
    found = memo.get(bounds)
    if found is None:
        found = memo[bounds] = _seat_towns(doc, *bounds)
    return Counter(found)


def _seat_towns(doc: Doc, start: int, end: int) -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    hits = _seat_hits(doc)
    covered = -1
    for i, idx, stop, key in hits[bisect_left(hits, (start,)):]:
        if i >= end:
            break
        if idx >= covered:  # (a seat's name read within another's is none)
            counts[key] += 1
            covered = stop
    return counts


@per_doc  # the sentences' counts and the document's read the same words' names
def _seat_hits(doc: Doc) -> tuple[tuple[int, int, int, tuple[str, str]], ...]:
    """(word, its offset, the offset after the name, (town, ISO3)) of each capitalised word of
    ``doc`` where a seat's name begins."""
    pattern, names = load_seats()
    text = doc_text(doc)
    texts, _lowers, starts = words(doc)
    # a word of plain letters that begins otherwise than any seat (most) starts none, and its
    # window of text is not folded (each is new to ``fold``'s cache); a word of other
    # characters is folded to be sure
    firsts = _seat_firsts()
    out = []
    for i, idx in enumerate(starts):
        if not texts[i][:1].isupper():
            continue
        first = text[idx:idx + 2]
        if len(first) == 2 and first.isascii() and first.isalpha() and \
                first.lower() not in firsts:
            continue
        hit = pattern.match(fold(text[idx:idx + _LONGEST_SEAT]))
        if hit is not None:
            out.append((i, idx, idx + len(hit.group(0)), names[hit.group(0)]))
    return tuple(out)


#: Enough characters of text to hold any seat's name.
_LONGEST_SEAT = 40


@per_overlay
def _seat_firsts() -> frozenset[str]:
    """The first two letters of the seats' folded names (read once, not per document)."""
    return frozenset(name[:2] for name in load_seats()[1])


@per_overlay
def demonym_table() -> dict[str, str]:
    """Folded demonym of a place → its ISO3 (read once, not per document)."""
    return {fold(name): iso for name, iso in load_demonyms("places")}


#: Participles after which a hyphened name is who backs or pays a party, not the party
#: ("DfID-funded partners", "Kremlin-backed separatists").
_BACKERS = word_class("backer_participles")


def _backer(tok: Token) -> bool:
    """``tok`` is in the name before "-funded", "-backed": a sponsor, not the doer."""
    doc = tok.doc
    if _BACKERS.isdisjoint(lower_set(doc)):
        return False
    up, lowers, below, tag = heads(doc), words(doc).lowers, children(doc), fine_tags(doc)
    line = [up[tok.i]]  # its head and the head's ancestors, read from the arrays
    while line[-1] != tok.i and up[line[-1]] != line[-1]:
        line.append(up[line[-1]])
    return any(lowers[a] in _BACKERS and a > tok.i and any(tag[c] == "HYPH" for c in below[a])
               for a in line)


def _government_seat_in(tokens: Iterable[Token]) -> Place | None:
    toks = sorted((t for t in tokens if not _backer(t)), key=lambda t: t.i)
    if not toks:
        return None
    found = town_named(fold(" ".join(t.text for t in toks)), load_seats())
    if found is not None:
        return found
    for t in toks:
        if t.lower_ in _BODIES or t.lower_ in _COUNTRY_BODIES:
            iso = next((c for c in map(_country_of, _modifiers(t)) if c), None)
            if iso is not None:
                return (capital_place if t.lower_ in _BODIES else country_place)(iso)
    return None


def town_named(text: str, table: tuple[re.Pattern[str], dict[str, tuple[str, str]]],
               counts: Callable[[re.Match[str]], bool] | None = None) -> Place | None:
    """The town of the first name of ``table`` (:func:`dateline.seat_names.load_name_table`)
    in the folded ``text`` that ``counts`` (by default every one)."""
    pattern, names = table
    for hit in pattern.finditer(text):
        if counts is None or counts(hit):
            city, iso = names[hit.group(0)]
            return resolve_name(city, focus=(iso,), country=iso)
    return None


def _modifiers(body: Token) -> list[Token]:
    """The words that may name a body's country: "the Turkish parliament", "Turkey's
    parliament", "the parliament of Turkey"."""
    return [*body.children, *prep_objects(body, "of")]


def _country_of(tok: Token) -> str | None:
    """The country a modifier names: "UK", "British", "Turkey's"."""
    if tok.dep_ not in _BODY_MODIFIERS | {"pobj"} or not tok.text[:1].isupper():
        return None
    key = fold(tok.text)
    iso = demonym_table().get(key)
    if iso is not None:
        return iso
    place = resolve_name(tok.text)
    if place is None or place.country is None:
        return None
    country = country_place(place.country)
    return place.country if country is not None and country.name == place.name else None


#: Words of a post held before: "a former director at the Foreign Office" acts elsewhere now.
_FORMER = word_class("former_members")


def _own_words(tok: Token) -> list[Token]:
    """The words of a phrase less its clauses and the posts it held before: "the minister, who
    had flown in from Moscow," is not the Kremlin, nor is "the UK envoy to the UN and a
    former director at the Foreign Office"."""
    out = [tok]
    for child in tok.children:
        if child.dep_ not in _CLAUSES and not (child.dep_ in ("conj", "appos") and any(
                c.dep_ == "amod" and c.lower_ in _FORMER for c in child.children)):
            out.extend(_own_words(child))
    return out


def seat_place(doc: Doc, tok: Token, source: tuple[int, int] | None,
               seat_in: Callable[[Iterable[Token]], Place | None] | None = None
               ) -> tuple[Place, bool] | None:
    """The seat of the institution that does or says the event of ``tok``, and whether the
    event's own clause names it: its doer's words (``source``, token offsets) or a subject of
    its clause (own), else the subject of a clause governing it; ``None`` if none names one.
    ``seat_in`` finds the seat a phrase names (by default a seat of government)."""
    _seat_in = seat_in or _government_seat_in
    if source is not None and 0 <= source[0] < source[1]:
        found = _seat_in(doc[source[0]:source[1]])
        if found is not None:
            return found, True
    own = clause_tokens(tok)
    head = tok
    while True:
        subjs = subjects(head)
        # (a passive's subject undergoes the act: "the Kremlin was accused of lying")
        for child in (c for c in subjs if c.dep_ != "nsubjpass"):
            found = _seat_in(_own_words(child))
            if found is not None:
                return found, child.i in own
        if any(c.pos_ in ("NOUN", "PROPN") for c in subjs) or head.head.i == head.i:
            # a doer of its own, not the institution telling of it ("officials held talks,
            # the ministry said")
            return None
        head = head.head
