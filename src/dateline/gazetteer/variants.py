"""Spelling variants of transliterated names, for names the index does not hold as written.

Arabic names reach English news in many spellings: the article as "al-", "el-", "ad-", "ez-" or
"az-", or fused with the next word ("Deir Ezzor"); vowels written "ei" or "ie", "ou" or "u"
("Dier ez-Zor", "Deir ez-Zour"). A folded name (see :func:`~dateline.gazetteer.index.fold`)
that holds such an article inside it ("deir ez zor") yields these variants: the article in its
other spellings, dropped or fused with the next word, combined with the vowel spellings of the
other words. A name without an inner article yields nothing, so that English names ("Dover",
"King's Lynn") never match by a changed vowel.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice, product

__all__ = ["variant_keys"]

#: The Arabic article as news spells it (before a "sun letter" it takes that letter's sound).
ARTICLE_WORDS = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "ez",
                           "es", "en", "et", "ath", "adh", "ul", "ud", "ur", "us", "uz"})
#: Spellings of the article tried in its place, besides dropping it or fusing it.
_ARTICLE_SPELLINGS = ("al", "el", "ad", "ed", "az", "ez", "as", "es", "ash", "at", "an", "ar",
                      "ul")
#: Vowel spellings of one sound, tried in both directions within a word.
_VOWELS = (("ie", "ei"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ay", "ei"), ("aa", "a"),
           ("o", "u"))
#: ... and one way only: "Maaret" for Maarat, "Idleb" for Idlib.
_VOWEL_SWAPS = (*_VOWELS, *((b, a) for a, b in _VOWELS), ("e", "a"), ("e", "i"))
#: At most this many variants are tried for a name (a long name has many).
_MAX_VARIANTS = 400


def _word_variants(word: str) -> list[str]:
    """The word and its spellings with one vowel written otherwise ("dier" → "deir")."""
    out = [word]
    for old, new in _VOWEL_SWAPS:
        at = word.find(old)
        while at >= 0:
            out.append(word[:at] + new + word[at + len(old):])
            at = word.find(old, at + 1)
    return list(dict.fromkeys(out))


def _fused_article(word: str) -> list[str] | None:
    """"ezzor" → ["ez", "zor"]: an article fused with the word after it (its consonant doubled
    by the sun letter), or ``None``."""
    if len(word) > 4 and word[:2] in ARTICLE_WORDS and word[1] == word[2]:
        return [word[:2], word[2:]]
    return None  # (not "abbas": "ab" is no article)


def _article_variants(words: list[str], at: int) -> Iterator[list[str]]:
    before, after = words[:at], words[at + 1:]
    for spelling in _ARTICLE_SPELLINGS:
        if spelling != words[at]:
            yield [*before, spelling, *after]
    yield [*before, *after]
    if after:
        yield [*before, words[at] + after[0], *after[1:]]  # "ez zor" → "ezzor"
        yield [*before, words[at][0] + after[0][0] + after[0], *after[1:]]  # → "azzawr"


def variant_keys(key: str) -> Iterator[str]:
    """Other spellings of the folded name ``key`` that hold an Arabic article inside it (at
    most :data:`_MAX_VARIANTS`); nothing for other names.

    >>> "deir ez zor" in set(variant_keys("dier ez zor"))
    True
    >>> list(variant_keys("kings lynn")), list(variant_keys("mahmoud abbas"))
    ([], [])
    """
    return islice(_variants(key), _MAX_VARIANTS)


def _variants(key: str) -> Iterator[str]:
    words = key.split()
    if len(words) < 2:
        return
    for i, w in enumerate(words):
        fused = _fused_article(w) if i else None
        if fused is not None:
            words = [*words[:i], *fused, *words[i + 1:]]
            break
    at = next((i for i, w in enumerate(words[:-1]) if i and w in ARTICLE_WORDS), None)
    if at is None:
        return
    seen = {key}
    spelled = [_word_variants(w) if i != at else [w] for i, w in enumerate(words)]
    for vowels in product(*spelled):
        for variant in (list(vowels), *_article_variants(list(vowels), at)):
            out = " ".join(variant)
            if out not in seen:
                seen.add(out)
                yield out
