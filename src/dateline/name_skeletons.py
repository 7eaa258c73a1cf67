"""The written skeleton of a name of several words: what stays of it when the letters that
spellings of one name most often differ in are set aside.

Names from Arabic, Russian, Persian or African languages reach English in several spellings that
differ in their vowels, in doubled letters and in a few letter pairs ("Saeb Erekat" and "Erakat",
"Zelenskiy" and "Zelensky", "Mitterrand" and "Mitterand", "Bouteflika" and "Bouteflicka",
"Habyarimana" and "Habyariman", "Haniyeh" and "Haniya"). A word's skeleton keeps its first
letter and its consonants in order, each once, "ck" read as "k", "ph" as "f" and an "h" ending a
word after a vowel left out, so two such spellings share it.
"""

from __future__ import annotations

import re

__all__ = ["doubled_key", "skeleton"]

_DOUBLED = re.compile(r"([a-z])\1+")
_VOWELS = re.compile(r"[aeiou]")
_PAIRS = (("ck", "k"), ("ph", "f"))
#: Skeletons shorter than this (letters, spaces aside), or whose last word's is shorter than
#: ``MIN_SURNAME``, are shared by too many names to say which one is meant ("Ali Khan", "Ala Khan").
MIN_SKELETON = 6
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
    return doubled_key(word[:1] + _VOWELS.sub("", word[1:]))


def skeleton(name: str) -> str | None:
    """The skeleton of a normalised name of two words or more ("saeb erekat": "sb erkt"), or
    ``None`` for a name of one word or one whose skeleton is too short to tell names apart."""
    words = name.split()
    if len(words) < 2:
        return None
    parts = [_word(w) for w in words]
    long_enough = sum(map(len, parts)) >= MIN_SKELETON and len(parts[-1]) >= MIN_SURNAME
    return " ".join(parts) if long_enough else None
