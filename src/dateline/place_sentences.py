"""The places each sentence of a document names, kept once a document.

:mod:`dateline.locate` resolves a document's place names once and groups those it may place an
event by under their sentence (:func:`note_sentence_places`). Later rules that read an event's
sentence for the places it names (:mod:`dateline.place_strangers`: whether the sentence names a
place of the story's country) ask the same memo (:func:`sentence_places`) instead of keeping
their own copy.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from .tokens import doc_memo

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .sentences import Sentences
    from .toponyms import Toponym

__all__ = ["document_places", "note_sentence_places", "sentence_places"]

#: The memo of a document's sentences: ``starts`` (each sentence's first token, in order) and
#: ``places`` (sentence index -> its toponyms, in text order).
_MEMO = "dateline.place_sentences"


def note_sentence_places(doc: Doc, sents: Sentences,
                         toponyms: Iterable[Toponym]) -> dict[int, list[Toponym]]:
    """Group ``toponyms`` (those the locator may place an event by) under the index of their
    sentence in ``sents``, keep the grouping for ``doc`` and return it."""
    by_sent: dict[int, list[Toponym]] = {}
    for t in toponyms:
        by_sent.setdefault(sents.index(t.start), []).append(t)
    memo = doc_memo(doc, _MEMO)
    memo["starts"], memo["places"] = sents.starts, by_sent
    return by_sent


def sentence_places(doc: Doc, token: int) -> Sequence[Toponym]:
    """The toponyms :func:`note_sentence_places` kept for the sentence holding ``token``; none
    when the document was not located."""
    memo = doc_memo(doc, _MEMO)
    starts = memo.get("starts")
    if not starts:
        return ()
    return memo["places"].get(max(0, bisect_right(starts, token) - 1), ())


def document_places(doc: Doc) -> Iterable[Toponym]:
    """Every toponym :func:`note_sentence_places` kept for ``doc``, in sentence order."""
    for k in sorted(places := doc_memo(doc, _MEMO).get("places", {})):
        yield from places[k]
