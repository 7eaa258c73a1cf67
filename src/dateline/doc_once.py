"""Work on a document's whole text done once per document, however many stages ask for it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import wraps
from typing import TYPE_CHECKING, TypeVar

from .tokens import doc_memo, parse_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["parsed_text", "per_doc_text"]

T = TypeVar("T")


def per_doc_text(fn: Callable[[str, str | None, Doc | None], Sequence[T]]
                 ) -> Callable[[str, str | None, Doc | None], list[T]]:
    """``fn(text, pubdate, doc)`` worked out once per document, text and publication date (the
    dates and the story's frame both read a document's time expressions); ``fn`` must depend
    on nothing but its arguments, the parse and the data tables, and return immutable items.
    Each caller gets a list of its own. Without a document nothing is kept."""
    name = f"{fn.__module__}.{fn.__qualname__}"

    @wraps(fn)
    def once(text: str, pubdate: str | None, doc: Doc | None = None) -> list[T]:
        if doc is None:
            return list(fn(text, pubdate, doc))
        memo = doc_memo(doc, name)
        key = (text, pubdate)
        found = memo.get(key)
        if found is None:
            found = memo[key] = tuple(fn(text, pubdate, doc))
        return list(found)

    return once


def parsed_text(doc: Doc) -> str:
    """``doc.text`` as spaCy joins it from the parse's tokens (not the text as written, which
    ``tokens.doc_text`` gives where clitics were rejoined), joined once: spaCy joins it anew,
    a ``Token`` for each word, on each access (here read as arrays: ``tokens.parse_text``)."""
    return parse_text(doc)
