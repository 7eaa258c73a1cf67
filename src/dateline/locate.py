"""Stage ``locate``: toponyms resolved to places, and each event's place."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .records import Place

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .code import Mention
    from .records import Article

__all__ = ["locator"]


def locator(doc: Doc, article: Article) -> Callable[[Mention], Place | None]:
    """A function giving each mention of ``doc`` its place (``None`` when none is known)."""

    def place_for(mention: Mention) -> Place | None:
        sent = doc[mention.trigger].sent
        for ent in sent.ents:
            if ent.label_ == "GPE":
                return Place(name=ent.text)
        if article.dateline_place:
            return Place(name=article.dateline_place, precision=3)
        return None

    return place_for
