"""A person's country from what the document says of their family: "Pavel Drobny, a Morvanian
former spy, and his daughter Irina" then "Irina Drobny was refused consular access": one whom
the document names in full and gives no country of their own bears the surname of a person it
says the country of, and a family shares its nationality unless the text says otherwise.

Asked only after the person's own mentions said nothing (:func:`dateline.nationalities.
said_nationality`), and only when every namesake the document gives a country to has the same
one (two Khans of two countries say nothing of a third).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .nationalities import said_nationality

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc

__all__ = ["person_nationality"]


def person_nationality(doc: Doc, words: Sequence[str]) -> str | None:
    """The country the document says the person named by folded name ``words`` is of: their
    own mentions' word, else, for a full name (two words or more), the one country it says
    of the people who bear its last word, their surname; else ``None``."""
    own = said_nationality(doc, words)
    if own is not None or len(words) < 2:
        return own
    return said_nationality(doc, words[-1:])
