"""Per-document memos of what the coder asks of a parse many times.

spaCy makes a new ``Token`` object on every ``doc[i]``, ``tok.head``, ``tok.children`` or
iteration of a span, so a rule that walks the parse again for each event pays for the walk
again. What is worth keeping is kept here, per document, in ``Doc.user_data`` (as
``acled._lemmas`` keeps its lemma sets): plain data (token indices, sets of them), never
``Token`` objects, which would tie the document to itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["doc_memo"]

_KEY = "dateline.memo"


def doc_memo(doc: Doc, name: str) -> dict[Any, Any]:
    """The memo named ``name`` of ``doc``: a dict the caller fills, kept as long as the doc."""
    memos = doc.user_data.get(_KEY)
    if memos is None:
        memos = doc.user_data[_KEY] = {}
    memo = memos.get(name)
    if memo is None:
        memo = memos[name] = {}
    return memo

