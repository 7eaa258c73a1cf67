"""Initials a document defines for a name: "the Syrian Negotiations Commission (SNC)" makes a
later "the SNC" stand for the commission, as a reader takes it, whether or not the actor
dictionary knows the initials (short ones are often several bodies' initials, so the
dictionary only knows the name). Only initials in brackets right after a proper name whose
capitalised words they spell, so that a bracket of another kind ("the Kurdish YPG (People's
Protection Units)", "Idlib (north-west)") defines nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_dictionary import LEFT_OUT as _LEFT_OUT
from .tokens import per_doc
from .tokens import words as token_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["defined_initials", "initials_meant"]

#: Small words inside a name ("Movement for Democratic Change", "Front for the Liberation of
#: Vostria", "Hayat Tahrir al-Sham"): those its initials leave out, and the hyphen.
_JOINING = _LEFT_OUT | {"-"}


def _name_word(tok: Token) -> bool:
    """Whether ``tok`` is a capitalised word of a name ("Syrian", "Negotiations")."""
    return tok.is_title and tok.pos_ in ("PROPN", "ADJ", "NOUN") and tok.is_alpha


@per_doc
def defined_initials(doc: Doc) -> dict[str, tuple[int, int]]:
    """Initials (upper case) -> the tokens (start, end) of the name the document first gives
    them for."""
    found: dict[str, tuple[int, int]] = {}
    texts = token_words(doc).texts  # (the brackets found in the text, not a token made per word)
    for i in range(2, len(doc) - 2):
        if texts[i] != "(" or texts[i + 2] != ")":
            continue
        short = doc[i + 1]
        if not short.text.isalpha() or \
                not short.text.isupper() or not 2 <= len(short.text) <= 6 or \
                doc[i - 1].pos_ != "PROPN" or short.text in found:
            continue
        start = i - 1
        while True:  # back over name words and the small words between them
            joined = start
            while joined > 0 and doc[joined - 1].lower_ in _JOINING:
                joined -= 1
            if joined == 0 or not _name_word(doc[joined - 1]):
                break
            start = joined - 1
        # the longest run of them ending at the bracket that the initials spell ("Sudanese
        # Rapid Union Brigades (RUB)": the brigades; "On Monday Syrian ... (SDF)": no Monday)
        for first in range(start, i):
            words = [t.text for t in doc[first:i] if t.lower_ not in _LEFT_OUT and t.is_alpha]
            if _name_word(doc[first]) and "".join(w[0] for w in words).upper() == short.text:
                found[short.text] = (first, i)
                break
    return found


def initials_meant(doc: Doc, at: int, words: list[str]) -> tuple[int, int] | None:
    """The tokens of the name that the words at token ``at`` ("the SNC", "SNC") stand for as
    initials the document defined before them, or ``None``."""
    if not 1 <= len(words) <= 2 or len(words) == 2 and words[0] != "the":
        return None
    short = doc[at + len(words) - 1]
    span = defined_initials(doc).get(short.text) if short.text.isupper() else None
    return span if span is not None and span[1] < at else None
