"""Counts of people from numerals and number words ("three soldiers", "dozens", "at least 12")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["number_value", "count_of"]

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "dozen": 12, "a": 1, "an": 1, "single": 1, "both": 2,
    "couple": 2, "pair": 2,
}
# Vague plurals: a conservative lower reading (ACLED codes "dozens" as 24 at most; we keep the
# smallest number the word allows so that counts are never inflated).
_VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "several": 3,
          "many": None, "some": None, "few": 2, "numerous": None}
_SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})*$|^\d+$")


def number_value(text: str) -> int | None:
    t = text.lower().strip()
    if _DIGITS.match(t):
        return int(t.replace(",", ""))
    if t in _UNITS:
        return _UNITS[t]
    if t in _VAGUE:
        return _VAGUE[t]
    if "-" in t:  # twenty-five
        parts = t.split("-")
        if all(p in _UNITS for p in parts):
            return sum(_UNITS[p] for p in parts)
    return None


def count_of(noun: Token) -> int | None:
    """How many people ``noun`` stands for, when the text says so; ``None`` otherwise."""
    if noun.pos_ == "NUM":  # "the remaining two", "five were killed"
        return _compound_number(noun)
    for child in noun.children:
        if child.dep_ == "nummod":
            return _compound_number(child)
        if child.dep_ == "det" and child.lower_ in ("a", "an") and noun.tag_ in ("NN", "NNP"):
            return 1
        if child.dep_ == "amod" and child.lower_ in ("several", "dozens"):
            return number_value(child.text)
    # "dozens of people", "hundreds of protesters": the quantity word heads the phrase
    if noun.lower_ in _VAGUE and noun.lower_ not in ("many", "some", "numerous"):
        return number_value(noun.text)
    if noun.lower_ in ("dozen",):
        return 12
    # "a family of five"
    return None


def _compound_number(tok: Token) -> int | None:
    value = number_value(tok.text)
    if value is None:
        return None
    for child in tok.children:  # "two hundred", "12 thousand"
        if child.dep_ in ("compound", "nummod") and child.i < tok.i:
            inner = number_value(child.text)
            if inner is not None and tok.lower_ in _SCALE:
                return inner * _SCALE[tok.lower_]
    return value
