"""Which sentences can name police or armed forces at all.

:func:`dateline.code.forces.security_sector` finds a force in a phrase by its head's lemma or by
the words of the agents table's police and military entries among the phrase's words (the
phrase's text split at spaces, punctuation stripped: :func:`dateline.code.phrases.phrase_words`).
A phrase lies within its sentence, so a sentence none of whose words could be such a word (nor
any lemma such an entry) holds no force: the police pack (``police.security_acts``) asks nothing
of its verbs' doers. Each entry is looked for by one of its words (its longest that is no
linking word), as any token-aligned piece of the text between spaces, which a phrase's words are.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from ..clitics import USER_TEXT_KEY
from ..tokens import doc_text, per_doc, tags, words
from .phrases import PUNCT as PHRASE_PUNCT
from .words import agent_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["names_forces"]

_FORCES = ("COP", "MIL")
#: Words an entry shares with most sentences ("chief of staff"): the entry is looked for by
#: another of its words.
_LINKS = frozenset({"of", "in", "and", "the", "with", "along", "on", "for", "de", "a", "to"})
_CHUNK = re.compile(r"\S+")

#: The agents table the words were read from, its police and military entries, their words
#: looked for, and the longest of those.
_HELD: list[tuple[object, frozenset[str], frozenset[str], int]] = []


def _entries() -> tuple[frozenset[str], frozenset[str], int]:
    agents = agent_words()
    if _HELD and _HELD[0][0] is agents:
        return _HELD[0][1:]
    keys = frozenset(k for k, sector in agents.items() if sector in _FORCES)
    looked: set[str] = set()
    for key in keys:
        parts = key.split()
        if parts:
            looked.add(max([w for w in parts if w not in _LINKS] or parts, key=len))
    found = frozenset(looked)
    _HELD[:] = [(agents, keys, found, max(map(len, found), default=0))]
    return keys, found, _HELD[0][3]


@per_doc
def _force_tokens(doc: Doc) -> list[int]:
    """The tokens (in order) at which a word of a police or military entry may begin, or whose
    lemma is one."""
    keys, looked, longest = _entries()
    hits = {i for i, lemma in enumerate(tags(doc).lemmas) if lemma in keys}
    if USER_TEXT_KEY in doc.user_data:  # the text as written: its spaces are not the parse's
        hits.update(_written_hits(doc, looked, longest))
        return sorted(hits)
    from spacy.attrs import SPACY

    lowers = words(doc).lowers
    hits.update(i for i, low in enumerate(lowers) if low.strip(PHRASE_PUNCT) in looked)
    # a word of several tokens: a run of them with no space between ("anti-terrorism")
    glued = (doc.to_array(SPACY) == 0).tolist() if len(doc) else []
    n = len(lowers)
    for k in [k for k in range(n - 1) if glued[k]]:
        piece, j = lowers[k], k
        while j + 1 < n and glued[j]:
            j += 1
            piece += lowers[j]
            core = piece.strip(PHRASE_PUNCT)
            if len(core) > longest:
                break  # longer still with each further token: no entry's word
            if core in looked:
                hits.add(k)
    return sorted(hits)


def _written_hits(doc: Doc, looked: frozenset[str], longest: int) -> set[int]:
    """The tokens at which an entry's word may begin in the text as the user wrote it (the
    pieces between its spaces cut at the tokens' bounds)."""
    texts, _, starts = words(doc)
    hits: set[int] = set()
    text = doc_text(doc)
    ends = [s + len(t) for s, t in zip(starts, texts, strict=True)]
    for chunk in _CHUNK.finditer(text):
        cs, ce = chunk.span()
        first, last = bisect_left(ends, cs + 1), bisect_left(starts, ce)  # tokens within
        opens = sorted({cs, *(starts[k] for k in range(first, last) if starts[k] > cs)})
        closes = sorted({ce, *(ends[k] for k in range(first, last) if ends[k] < ce)})
        for a in opens:
            for b in closes:
                if b <= a:
                    continue
                core = text[a:b].lower().strip(PHRASE_PUNCT)
                if len(core) > longest:
                    break  # longer still with each further end: no entry's word
                if core in looked:
                    hits.add(max(first, bisect_left(ends, a + 1)))
    return hits


def names_forces(doc: Doc, start: int, end: int) -> bool:
    """Whether the words ``start:end`` of ``doc`` (a sentence) may name police or armed
    forces (see the module's note); ``False`` means they cannot."""
    found = _force_tokens(doc)
    k = bisect_left(found, start)
    return k < len(found) and found[k] < end
