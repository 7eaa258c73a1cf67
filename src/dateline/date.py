"""Stage ``date``: the event's date and its precision from the publication date and the text."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .code import Mention
    from .records import Article

__all__ = ["dater"]

DateResult = tuple[str | None, str | None]


def dater(doc: Doc, article: Article) -> Callable[[Mention], DateResult]:
    """A function giving each mention of ``doc`` its ``(date, date_precision)``."""

    def event_date(mention: Mention) -> DateResult:
        if article.pubdate is None:
            return None, None
        return article.pubdate, "day"

    return event_date
