"""Names of armed groups the parse may take for a person's: "Jaish al-Adl", "Tahrir al-Sham".

A name of several words whose first or last word is an armed group's (``group_name_first_words``,
``group_name_last_words``) is a group's, whether or not the dictionary lists it: "it" stands for
it, not "he", and it is never one of people joined by "and".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

__all__ = ["armed_group_words"]

#: First and last words of an armed group's name.
_GROUP_FIRST = word_class("group_name_first_words")
_GROUP_LAST = word_class("group_name_last_words")


def armed_group_words(name: Sequence[Token]) -> bool:
    """Whether the words of ``name`` (two or more) are an armed group's by their first or
    last word."""
    return len(name) > 1 and (name[0].lower_ in _GROUP_FIRST or name[-1].lower_ in _GROUP_LAST)
