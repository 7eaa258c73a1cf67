"""The written skeleton of a name of several words: what stays of it when the letters that
spellings of one name most often differ in are set aside.

Names from Arabic, Russian, Persian or African languages reach English in several spellings of
the family name that differ in its vowels, doubled letters and a few letter pairs ("Saeb Erekat"
and "Erakat", "Zelenskiy" and "Zelensky", "Mitterrand" and "Mitterand", "Bouteflika" and
"Bouteflicka"). A name's skeleton keeps its words but the last as written, and of the last (the
family name) its first and last letters and its consonants in order, each once, "ck" read as
"k", "ph" as "f" and an "h" ending it after a vowel left out, so two such spellings share it; a
letter added or dropped at the end makes another name ("Browne" is not "Brown", "Clarke" not
"Clark"), as a different given name does.
"""

from __future__ import annotations

import re

__all__ = ["doubled_key", "skeleton"]

_DOUBLED = re.compile(r"([a-z])\1+")
_VOWELS = re.compile(r"[aeiou]")
_PAIRS = (("ck", "k"), ("ph", "f"))
#: A family name whose skeleton is shorter than this (letters) is shared by too many names to say
#: which one is meant ("Khan", "Kahn").
MIN_SURNAME = 4


def doubled_key(name: str) -> str:
    """The name with each doubled letter written once ("francois mitterrand": "francois
    mitterand")."""
    return _DOUBLED.sub(r"\1", name)


def _word(word: str) -> str:
    if len(word) > 2 and word.endswith("h") and word[-2] in "aeiou":
        word = word[:-1]
    for pair, one in _PAIRS:
        word = word.replace(pair, one)
    return doubled_key(word[:1] + _VOWELS.sub("", word[1:-1]) + word[-1:])


def skeleton(name: str) -> str | None:
    """The skeleton of a normalised name of two words or more ("saeb erekat": "saeb erkt"), or
    ``None`` for a name of one word or one whose skeleton is too short to tell names apart."""
    words = name.split()
    if len(words) < 2:
        return None
    last = _word(words[-1])
    return " ".join([*words[:-1], last]) if len(last) >= MIN_SURNAME else None
