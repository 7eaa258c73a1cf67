"""Per-document memos of what the coder asks of a parse many times.

spaCy makes a new ``Token`` object on every ``doc[i]``, ``tok.head``, ``tok.children`` or
iteration of a span, so a rule that walks the parse again for each event pays for the walk
again. What is worth keeping is kept here, per document, in ``Doc.user_data`` (as
``acled._lemmas`` keeps its lemma sets): plain data (token indices, words, sets of them), never
``Token`` objects, which would tie the document to itself. What a memo holds may depend on the
data tables, so the memos are per value of ``DATELINE_DATA_PATH`` too (:func:`overlay_key`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Collection, Iterator, Sequence
from functools import wraps
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import numpy as np

from .clitics import USER_TEXT_KEY
from .datafiles import held_overlay, overlay_key

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Marks", "Tags", "Words", "children", "doc_memo", "doc_span", "doc_text", "ent_types",
           "entity_at", "entity_bounds", "entity_holding", "fine_tags", "forget", "heads",
           "inside_ents", "lemma_set", "like_nums", "lower_set", "marks", "memo_named",
           "parse_span_text", "parse_text", "per_doc", "per_token", "puncts", "span_root",
           "span_text", "subtree", "tags", "tokens_with", "words"]

_KEY = "dateline.memo"

T = TypeVar("T")

#: What a memo gives for a token or document it has not worked out yet (``None`` is an answer).
_UNSEEN = object()

#: The last-used memo of each look-up (:func:`memo_named`, :func:`per_token`, :func:`per_doc`),
#: with the document it is of: :func:`forget` lets go of the document.
_HELD: list[list[tuple[Any, str, Any]]] = []


def doc_memo(doc: Doc, name: str) -> dict[Any, Any]:
    """The memo named ``name`` of ``doc``: a dict the caller fills, kept as long as the doc."""
    # asked for some hundred thousand times a corpus: one look-up when the memo exists
    key = (_KEY, overlay_key())
    user = doc.user_data
    memos = user.get(key)
    if memos is None:
        memos = user[key] = {}
    memo = memos.get(name)
    if memo is None:
        memo = memos[name] = {}
    return memo


def memo_named(name: str) -> Callable[[Doc], dict[Any, Any]]:
    """A look-up of the memo ``name`` of a document (:func:`doc_memo`) for the hottest callers:
    most calls ask again about the document asked about last, whose memo is kept (as
    :func:`per_token` keeps it) with no look-up but the document's and the tables' key."""
    last: list[tuple[Any, str, dict[Any, Any]]] = [(None, "", {})]
    _HELD.append(last)

    def memo_of(doc: Doc) -> dict[Any, Any]:
        key = held_overlay()
        if key is None:
            key = overlay_key()
        seen, seen_key, memo = last[0]
        if doc is not seen or key != seen_key:
            memo = doc_memo(doc, name)
            last[0] = (doc, key, memo)
        return memo

    return memo_of


def forget(doc: Doc) -> None:
    """Drop the memos of ``doc`` (for every data tables' key) once it is coded: emptied in
    place, so that the last-used memo each look-up holds goes too. Coding leaves tens of
    thousands of containers in them, which the cyclic collector would otherwise walk after
    the coding and at each full collection while the document lives; asked again, a memo is
    worked out anew."""
    user = doc.user_data
    for key in [k for k in user if isinstance(k, tuple) and k[:1] == (_KEY,)]:
        for memo in user.pop(key).values():
            memo.clear()
    for last in _HELD:  # the look-ups let go of the document (asked again, worked out anew)
        if last[0][0] is doc:
            last[0] = (None, "", None)


def per_token(fn: Callable[[Token], T]) -> Callable[[Token], T]:
    """``fn(tok)`` worked out once per token of a document; ``fn`` must depend on nothing but
    the parse and the data tables, and return plain data (no ``Token``)."""
    name = f"{fn.__module__}.{fn.__qualname__}"
    # the memo last used, with the document and the tables' key it is of: most calls ask again
    # about the same document (the document is held till another is asked about, so that a new
    # one cannot be mistaken for it; told apart by identity, with no read of its ``user_data``,
    # whose memo it is); one tuple, so that another thread sees the old or the new
    last: list[tuple[Any, str, dict[Any, Any]]] = [(None, "", {})]
    _HELD.append(last)

    @wraps(fn)
    def once(tok: Token) -> T:
        # asked some hundred thousand times a corpus: no call but ``fn``'s when it is known
        doc = tok.doc
        key = held_overlay()
        if key is None:
            key = overlay_key()
        seen, seen_key, memo = last[0]
        if doc is not seen or key != seen_key:
            memo = doc_memo(doc, name)
            last[0] = (doc, key, memo)
        i = tok.i
        found = memo.get(i, _UNSEEN)
        if found is _UNSEEN:
            found = memo[i] = fn(tok)
        return found  # type: ignore[no-any-return]

    return once


def per_doc(fn: Callable[[Doc], T]) -> Callable[[Doc], T]:
    """``fn(doc)`` worked out once per document; ``fn`` must depend on nothing but the parse and
    the data tables, and return plain data (no ``Token`` or ``Span``)."""
    name = f"{fn.__module__}.{fn.__qualname__}"
    last: list[tuple[Any, str, Any]] = [(None, "", None)]  # as in :func:`per_token`: the answer
    _HELD.append(last)

    @wraps(fn)
    def once(doc: Doc) -> T:
        key = held_overlay()
        if key is None:
            key = overlay_key()
        seen, seen_key, found = last[0]
        if doc is seen and key == seen_key:
            return found  # type: ignore[no-any-return]
        memo = doc_memo(doc, name)
        found = memo.get(None, _UNSEEN)
        if found is _UNSEEN:
            found = memo[None] = fn(doc)
        last[0] = (doc, key, found)
        return found  # type: ignore[no-any-return]

    return once


class Words(NamedTuple):
    """Every token's text, lower-case form and character offset."""

    texts: list[str]
    lowers: list[str]
    starts: list[int]


@per_doc
def words(doc: Doc) -> Words:
    """The text, lower-case form and offset of every token of ``doc``, read once."""
    from spacy.attrs import IDX, LOWER, ORTH  # read as arrays: a ``Token`` per word costs more

    orths, lows, starts = _columns(doc, [ORTH, LOWER, IDX])
    return Words(_strings(doc, orths), _strings(doc, lows), starts.tolist())


@per_doc
def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once: spaCy joins every token's text anew on each access (and makes
    a ``Token`` for each; read here as arrays). The text as the user wrote it when the parse
    rejoined clitics written apart (the same length: offsets hold in both)."""
    written = doc.user_data.get(USER_TEXT_KEY)
    return str(written) if written is not None else parse_text(doc)


@per_doc
def parse_text(doc: Doc) -> str:
    """``doc.text``, the parse's tokens joined once (read as arrays; spaCy joins every token's
    text anew on each access, and makes a ``Token`` for each)."""
    from spacy.attrs import ORTH, SPACY

    orths, spaces = _columns(doc, [ORTH, SPACY])
    return "".join([t + " " if sp else t
                    for t, sp in zip(_strings(doc, orths), spaces.tolist(), strict=True)])


@per_doc
def like_nums(doc: Doc) -> list[bool]:
    """Whether each token of ``doc`` is like a number (``Token.like_num``), read once."""
    from spacy.attrs import LIKE_NUM

    return doc.to_array(LIKE_NUM).astype(bool).tolist() if len(doc) else []


def doc_span(doc: Doc, start: int, end: int) -> Span:
    """``doc[start:end]``, the same span with the offsets read as a slice reads them, made
    without spaCy's slicing, whose offsets are worked out by a Python call that costs five times
    the span itself (tens of thousands of spans a corpus are cut for a look at their words)."""
    global _SPAN
    n = len(doc)
    if not 0 <= start <= end <= n:  # (the usual offsets need no more than this test)
        if start < 0:
            start += n
        start = min(n, max(0, start))
        if end < 0:
            end += n
        end = min(n, max(start, end))
    if _SPAN is None:
        from spacy.tokens import Span as made

        _SPAN = made
    return _SPAN(doc, start, end)


_SPAN: Any = None  # spaCy's Span, imported on first use


def span_root(doc: Doc, start: int, end: int) -> Token:
    """``doc[start:end].root``: the syntactic head of a span of words (a place name's, an
    actor's), asked of the same spans by many rules (four times in five a span asked before:
    its head's index is kept per document; see :func:`doc_span`)."""
    memo = _span_roots(doc)
    i = memo.get((start, end))
    if i is None:
        i = memo[(start, end)] = doc_span(doc, start, end).root.i
    return doc[i]


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` for word offsets ``0 <= start``, cut from the document's text
    joined once (a span's ``text`` makes a ``Token`` of each of its words and joins them); an
    end past the document is clamped, an empty or reversed span gives ``""``."""
    return _cut(doc_text(doc), doc, start, end)


def parse_span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` as spaCy joins the parse's tokens (:func:`span_text` gives the
    text as written), cut from the parse's text joined once, for word offsets
    ``0 <= start``: a look-up that tries every span of up to a few words from each word for a
    name costs no ``Span`` and no ``Token`` per try. An end past the document is clamped, an
    empty or reversed span gives ``""``."""
    return _cut(parse_text(doc), doc, start, end)


def _cut(text: str, doc: Doc, start: int, end: int) -> str:
    """The words ``start`` to ``end`` of ``doc`` cut from ``text`` (the document's text as
    written or as parsed: their words start at the same offsets)."""
    found = words(doc)
    end = min(end, len(found.starts))
    if start >= end:
        return ""
    return text[found.starts[start]:found.starts[end - 1] + len(found.texts[end - 1])]


class Tags(NamedTuple):
    """Every token's lower-case lemma, coarse part of speech and dependency label, and whether
    it is punctuation or space: what a scan of a sentence asks of each word before it looks at
    the few that matter, read without making a ``Token`` for each."""

    lemmas: list[str]
    pos: list[str]
    deps: list[str]
    blank: list[bool]


@per_doc
def tags(doc: Doc) -> Tags:
    """The lemma (lower case), part of speech, dependency label and punctuation-or-space flag
    of every token of ``doc``, read once, as arrays."""
    from spacy.attrs import DEP, IS_PUNCT, IS_SPACE, LEMMA, POS

    lemmas, pos, deps, punct, space = _columns(doc, [LEMMA, POS, DEP, IS_PUNCT, IS_SPACE])
    return Tags(_strings(doc, lemmas, lower=True), _strings(doc, pos), _strings(doc, deps),
                (punct | space).astype(bool).tolist())


@per_doc
def puncts(doc: Doc) -> list[bool]:
    """Whether each token of ``doc`` is punctuation (``Token.is_punct``; space is not), read
    once, as an array."""
    from spacy.attrs import IS_PUNCT

    return doc.to_array(IS_PUNCT).astype(bool).tolist() if len(doc) else []


@per_doc
def lower_set(doc: Doc) -> frozenset[str]:
    """The lower-case forms of the document's words, as one set read once: a rule whose word
    the text lacks ("elsewhere", "-backed") asks nothing more of it."""
    return frozenset(words(doc).lowers)


@per_doc
def lemma_set(doc: Doc) -> frozenset[str]:
    """The lemmas (lower case) of the document's words, as one set read once (as
    :func:`lower_set`)."""
    return frozenset(tags(doc).lemmas)


@per_doc
def fine_tags(doc: Doc) -> list[str]:
    """The fine-grained tag of every token of ``doc`` (``Token.tag_``), read once, as an
    array."""
    from spacy.attrs import TAG

    return _strings(doc, doc.to_array(TAG)) if len(doc) else []


@per_doc
def ent_types(doc: Doc) -> list[str]:
    """The entity label of every token of ``doc`` (``Token.ent_type_``, "" outside entities),
    read once, as an array."""
    from spacy.attrs import ENT_TYPE

    return _strings(doc, doc.to_array(ENT_TYPE)) if len(doc) else []


@per_doc
def inside_ents(doc: Doc) -> list[bool]:
    """Whether each token of ``doc`` goes on the entity before it (``Token.ent_iob_ == "I"``),
    read once, as an array."""
    from spacy.attrs import ENT_IOB

    return (doc.to_array(ENT_IOB) == 1).tolist() if len(doc) else []


@per_doc
def entity_bounds(doc: Doc) -> tuple[list[int], list[tuple[int, int, int, int, int]]]:
    """The start of each of the document's entities, and its (start, end, label, kb_id, id),
    read once: ``Doc.ents`` makes a ``Span`` (and three ``Token`` objects) of every entity of
    the document on each access. Plain data, not spans, which would tie the document to
    itself."""
    ents = [(e.start, e.end, e.label, e.kb_id, e.id) for e in doc.ents]
    return [e[0] for e in ents], ents


def entity_holding(doc: Doc, i: int) -> tuple[int, int, int, int, int] | None:
    """The (start, end, label, kb_id, id) of the model's entity that token ``i`` is in
    (:func:`entity_bounds`), or ``None``: the entities do not overlap, so it is the last one
    starting at or before ``i``, if it reaches ``i``."""
    starts, ents = entity_bounds(doc)
    k = bisect_right(starts, i) - 1
    return ents[k] if k >= 0 and ents[k][1] > i else None


def entity_at(tok: Token) -> Span | None:
    """The model's entity (one of ``doc.ents``) that ``tok`` is in, or ``None``: the one span
    made, of :func:`entity_holding`."""
    global _SPAN
    held = entity_holding(tok.doc, tok.i)
    if held is None:
        return None
    if _SPAN is None:
        from spacy.tokens import Span as made

        _SPAN = made
    start, end, label, kb_id, ent_id = held
    return _SPAN(tok.doc, start, end, label=label, kb_id=kb_id, span_id=ent_id)  # type: ignore[no-any-return]


class Marks(NamedTuple):
    """Whether each token is a quotation mark, and whether it is space."""

    quote: list[bool]
    space: list[bool]


@per_doc
def marks(doc: Doc) -> Marks:
    """The quotation-mark and space flags of every token of ``doc``, read once, as arrays."""
    from spacy.attrs import IS_QUOTE, IS_SPACE

    quote, space = _columns(doc, [IS_QUOTE, IS_SPACE])
    return Marks(quote.astype(bool).tolist(), space.astype(bool).tolist())


@per_doc
def heads(doc: Doc) -> list[int]:
    """The index of every token's head (a root's own index), read once, as an array."""
    from spacy.attrs import HEAD  # (one attribute: a flat array of offsets)

    if not len(doc):
        return []
    offsets = doc.to_array(HEAD).astype(np.int64)  # signed: heads to the left
    return (offsets + np.arange(len(offsets))).tolist()  # type: ignore[no-any-return]


@per_doc
def children(doc: Doc) -> list[tuple[int, ...]]:
    """The indices of every token's children, in text order, read once (``Token.children``
    makes a ``Token`` of every word it passes). Kept as tuples of numbers, which the garbage
    collector stops tracking, rather than a list per word for each full collection to walk
    again while the document lives; the leaves share one empty tuple."""
    below: dict[int, list[int]] = {}
    for i, h in enumerate(heads(doc)):
        if h != i:
            below.setdefault(h, []).append(i)
    found: list[tuple[int, ...]] = [()] * len(doc)
    for h, kids in below.items():
        found[h] = tuple(kids)
    return found


def tokens_with(doc: Doc, start: int, end: int, labels: Sequence[str],
                wanted: Collection[str]) -> Iterator[Token]:
    """The tokens of ``doc[start:end]`` (bounds clamped to the document), in order, whose label
    in ``labels`` (one per token: :func:`tags`' parts of speech, :func:`words`' lower-case
    forms …) is one of ``wanted``: a scan that looks at few of the words makes a ``Token`` for
    those only."""
    for i in range(max(start, 0), min(end, len(labels))):
        if labels[i] in wanted:
            yield doc[i]


def subtree(doc: Doc, i: int) -> tuple[int, ...]:
    """The indices of token ``i`` and every word below it (``Token.subtree``, in no order);
    walked once per token of a document (a clause's date and tally tests and its clause's
    tokens walk the same verb's subtree again for each event of the sentence)."""
    memo = _subtrees(doc)
    found = memo.get(i)
    if found is None:
        below = children(doc)
        out = [i]
        todo = [i]
        while todo:
            kids = below[todo.pop()]
            out += kids
            todo += kids
        found = memo[i] = tuple(out)
    return found  # type: ignore[no-any-return]


_span_roots = memo_named("span roots")
_subtrees = memo_named("subtrees")

#: Hash → string, and hash → lower-cased string, as the string stores give them (a hash names
#: the same string in every vocabulary): a document's words are read from the store once each,
#: not once per token; started anew past :data:`_MAX_STRINGS`.
_STRINGS: dict[bool, dict[int, str]] = {False: {0: ""}, True: {0: ""}}
_MAX_STRINGS = 500_000


def _strings(doc: Doc, keys: np.ndarray, lower: bool = False) -> list[str]:
    """The strings of the hashes ``keys`` (lower-cased if ``lower``); hash 0 gives "". Each
    distinct hash (a few hundred a document) is looked up in the string store once, into a
    table shared by all documents; every word's is then one dict look-up (one pass in C: this
    costs less than sorting the hashes to find the distinct ones, or ``np.unique``)."""
    table = _STRINGS[lower]
    if len(table) > _MAX_STRINGS:
        table = _STRINGS[lower] = {0: ""}
    hashes = keys.tolist()
    try:
        return list(map(table.__getitem__, hashes))
    except KeyError:  # words not met before
        strings = doc.vocab.strings
        for k in set(hashes).difference(table):
            table[k] = strings[k].lower() if lower else strings[k]
        return list(map(table.__getitem__, hashes))


def _columns(doc: Doc, attrs: list[int]) -> list[np.ndarray]:
    """One array of values per attribute of every token of ``doc``."""
    if not len(doc):
        return [np.zeros(0, dtype=np.uint64) for _ in attrs]
    return list(doc.to_array(attrs).T)
