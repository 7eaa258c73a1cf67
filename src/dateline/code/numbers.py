"""Counts of people from numerals and number words ("three soldiers", "dozens", "at least 12")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..deps import prep_object
from ..numbers import number_words
from ..wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["number_value", "count_of", "counted_many"]

_UNITS = number_words("number")
# Vague plurals and quantities: the smallest number the word allows (data/numbers.tsv).
_VAGUE = number_words("vague")
_SCALE = number_words("scale")
# Nouns that count the people "of" them: "a family of seven"
_GROUPS = word_class("counted_groups")
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})*$|^\d+$")
_DECIMAL = re.compile(r"^\d+\.\d+$")
#: every vague count of more than one ("dozens", "countless", "millions")
_ANY_MANY = word_class("many_counts") | {"millions", "billions"}


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
    if noun.lower_ in _GROUPS:  # "a family of seven", "a group of five civilians"
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                inner = prep_object(child)
                counted = count_of(inner) if inner is not None else None
                if counted is not None:
                    return counted
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


def counted_many(noun: Token) -> bool:
    """People or things counted two or more ("75 herders", "eight killed"), or a vague many
    ("dozens", "thousands of people", "countless raids")."""
    if noun.lower_ in _ANY_MANY or any(c.dep_ in ("amod", "nummod") and c.lower_ in _ANY_MANY
                                       for c in noun.children):
        return True
    value = count_of(noun)
    return value is not None and value >= 2


def _compound_number(tok: Token) -> int | None:
    value = number_value(tok.text)
    for child in tok.children:  # "two hundred", "12 thousand", "1.5 million"
        if child.dep_ not in ("compound", "nummod") or child.i > tok.i:
            continue
        if tok.lower_ in _SCALE and _DECIMAL.match(child.text):
            return int(float(child.text) * _SCALE[tok.lower_])
        inner = number_value(child.text)
        if inner is not None and tok.lower_ in _SCALE:
            return inner * _SCALE[tok.lower_]
        if value is not None and inner is not None and 20 <= inner <= 90 and (
                inner % 10 == 0 and value < 10):
            return inner + value  # "Sixty-two", parsed as three words
    return value
