"""A person named again by part of their name is the person the document names in full.

News names a person in full once ("Russia's ambassador, Alexander Yakovenko"; "Anna Campbell, a
British volunteer") and then by the surname or the given name alone ("Yakovenko said", "the
fascists beat Anna"). The short mention says nothing of who the person is; the full one, with its
title, apposition or possessor, does. :func:`full_name` finds the full mention a short one stands
for: a longer person's name of the document that holds every word of the short one, the nearest
before it, else the first after it (a live report may name someone in full further down). A short
name that two different full names hold ("Skripal" for Sergei and Yulia Skripal) stands for
neither; a country's name ("Israel" beside "Israel Katz") is never taken for a person's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sentences import doc_ents
from .tokens import doc_span, ent_types, inside_ents, memo_named, per_doc, tags
from .tokens import words as doc_words
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from spacy.tokens import Doc, Span, Token

__all__ = ["TITLES", "capitalised", "entity_of", "full_name", "full_name_in", "name_words",
           "persons_names"]

#: Words for a person's office, role or courtesy, written before a surname ("Senator", "Mr") or
#: alone for a person named before ("the minister"); the model takes many a titled surname
#: for an organisation's name ("AG Marlowe").
TITLES = word_class("title_words") | word_class("person_heads")

#: Words of courtesy the model takes into a person's name ("Mr Nasser" labelled a person): no
#: word of the name itself, so that "Mr Nasser" is the Samir Nasser named before.
_COURTESIES = word_class("courtesy_titles")

#: Entity labels a short mention of a person may carry: the model often takes a surname for an
#: organisation and a given name for a place ("Anna", a town in Texas), or labels none.
_SHORT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def name_words(ent: Span) -> tuple[str, ...]:
    """The words of a name, folded, without its possessive ending and punctuation; a word
    with an apostrophe inside it ("Ja’afari", "O'Brien") is a word of the name. Kept per span
    of a document (the same names are asked about again and again), read from its words alone:
    the same words each time."""
    memo, key = _name_words(ent.doc), (ent.start, ent.end)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _words_of_name(ent)
    return found  # type: ignore[no-any-return]


_name_words = memo_named("name words")


def _words_of_name(ent: Span) -> tuple[str, ...]:
    found = doc_words(ent.doc)  # read from the arrays: no Token per word
    texts, lowers = found.texts, found.lowers
    return tuple(lowers[i] for i in range(ent.start, ent.end) if lowers[i] not in ("'s", "’s")
                 and _name_word(texts[i]))


def _name_word(t: str) -> bool:
    """Whether a word (its text) is of letters, or of letters with apostrophes inside it."""
    return t.isalpha() or t[:1].isalpha() and t.replace("’", "").replace("'", "").isalpha()


def entity_of(tok: Token) -> Span:
    """The entity ``tok`` (which has an entity type) is in: the run of its ``I`` tags, up to a
    verb the model took into it ("Jaafari accused de Mistura" is no one's name)."""
    from spacy.tokens import Span

    doc, inside = tok.doc, inside_ents(tok.doc)  # read from the arrays: no Token per word
    pos = tags(doc).pos
    start, end = tok.i, tok.i + 1
    while start > 0 and inside[start] and pos[start - 1] != "VERB":
        start -= 1
    while end < len(doc) and inside[end] and pos[end] != "VERB":
        end += 1
    return Span(doc, start, end, label=ent_types(doc)[tok.i])


def capitalised(t: str) -> bool:
    """Whether a word is written with a capital."""
    # the first letter mostly answers for the word: the scan is left for the rest ("Ⅷ-era")
    return bool(t) and t[0].isupper() and (t[0].isalpha() or any(c.isalpha() for c in t))


def persons_names(doc: Doc, is_place: Callable[[str], bool]) -> list[Span]:
    """The people's names of two words or more the model finds, each word capitalised and none
    in capitals, with no hyphen, unless the whole name is a place the model took for a person
    (``is_place`` of its text: "Albu Kamal", "Kafr Daryan", "RAF Akrotiri")."""
    texts = doc_words(doc).texts  # read from the arrays: no Token per word
    return [ent for ent in doc_ents(doc) if ent.label_ == "PERSON" and len(ent) >= 2 and all(
        capitalised(texts[i]) and not texts[i].isupper() and "-" not in texts[i]
        for i in range(ent.start, ent.end)) and not is_place(ent.text)]


@per_doc
def _persons(doc: Doc) -> list[tuple[int, int, tuple[str, ...]]]:
    """The people the document names: each PERSON entity's start, end and :func:`name_words`,
    read once per document (from the entities :func:`dateline.sentences.doc_ents` made once)."""
    found, lowers = [], doc_words(doc).lowers
    for e in doc_ents(doc):
        if e.label_ == "PERSON":  # a name ends at its possessive ("Prince Mohammed’s agenda")
            end = next((i for i in range(e.start, e.end) if lowers[i] in ("'s", "’s")), e.end)
            found.append((e.start, end, name_words(doc_span(doc, e.start, end))))
    return found


def full_name(doc: Doc, span: Span, is_country: Callable[[str], bool]) -> Span | None:
    """The person's name, in full, that the name in ``span`` is part of; ``None`` when ``span``
    holds no short name, or no one full name or more than one holds it. ``is_country(words)``:
    whether the folded words are a country's name."""
    # (a surname the tagger reads as an adjective is still a name where it is a person's)
    pos, ents, texts = tags(doc).pos, ent_types(doc), doc_words(doc).texts  # no Token per word
    names = [i for i in range(span.start, span.end)
             if pos[i] == "PROPN" and (ents[i] in _SHORT_LABELS or not ents[i]) or
             ents[i] == "PERSON" and texts[i].istitle() and texts[i].isalpha()]
    if not names:
        return None
    # the model leaves many a surname unlabelled at the head of a sentence ("Okafor said")
    last = names[-1]
    short = entity_of(doc[last]) if ents[last] else doc_span(doc, last, last + 1)
    at = short.start  # (the name's own entity is no fuller name of it)
    if short.label_ != "PERSON" and len(short) > 1:
        short = _untitled(short)
        if short is None:
            return None
    elif len(short) > 1 and doc_words(doc).lowers[short.start] in _COURTESIES:
        short = _untitled(short) or short  # "Mr Nasser", a person's: the name is "Nasser"
    words = name_words(short)
    if not words or len(words) > 2 or is_country(" ".join(words)):
        return None
    wanted = set(words)  # (read once: every person of the text is asked)
    fuller = [p for p in _persons(doc) if p[0] != at and len(p[2]) > len(words)
              and wanted <= set(p[2]) and _holds_as_name(p[2], words)]
    if len({full for _, _, full in fuller}) != 1:
        return None
    before = [p for p in fuller if p[0] < short.start]
    start, end, _ = before[-1] if before else fuller[0]
    return doc[start:end]


def _untitled(name: Span) -> Span | None:
    """The words of a name the model labelled no person's after the office or courtesy words
    that open it ("Marlowe" of "AG Marlowe", "Gen. Okafor"): an abbreviation in capitals
    or a word of :data:`TITLES`; ``None`` when the name opens with no such word or is one."""
    texts, lowers = doc_words(name.doc).texts, doc_words(name.doc).lowers
    start = name.start
    while start < name.end - 1 and (lowers[start] in TITLES or _abbreviated(texts[start])):
        start += 1
    return doc_span(name.doc, start, name.end) if start > name.start else None


def _abbreviated(t: str) -> bool:
    """A short word in capitals, of a title ("AG", "PM", "Gen."): two to four letters."""
    letters = t.rstrip(".")
    return 2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper()


def full_name_in(doc: Doc, span: Span, countries: Mapping[str, str]) -> Span | None:
    """:func:`full_name` with a country's name being one of ``countries`` (a country table),
    worked out once per span and table of a document: the answer is a function of the parse
    and the table alone, and a third of the asks are of a span asked of before (the actor stage
    and the test for someone else ask of the same names). The offsets are kept, not the span
    (which would tie the document to itself): the same span is cut again from them."""
    memo = _full_spans(doc)
    if memo.get("countries") is not countries:  # kept for one table (no key made per span)
        memo.clear()
        memo["countries"] = countries
    key = (span.start, span.end)
    found = memo.get(key, key)  # (the key itself stands for a span not asked of before)
    if found is key:
        full = full_name(doc, span, lambda words: countries.get(words) is not None)
        found = memo[key] = None if full is None else (full.start, full.end)
    return None if found is None else doc[found[0]:found[1]]


_full_spans = memo_named("full names")


def _holds_as_name(full: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """Whether ``short`` is the given name or the surname of ``full``: its first words or its
    last ("Bashar" of Bashar al-Assad, "Yakovenko" of Alexander Yakovenko), or both of them
    ("Carlos Menem" of Carlos Saul Menem)."""
    n = len(short)
    return full[:n] == short or full[-n:] == short or (n == 2 and short == (full[0], full[-1]))
