"""Where a noun phrase starts when the parse made its noun the root of the sentence.

A sentence opened by an adverbial set off by a comma ("On Friday night, dozens of fighters on
motorbikes attempted to storm a base") is sometimes parsed with the subject noun as its root,
the opener hung on that noun and the verb on a noun after it. The opener belongs to the clause,
not to the party: the phrase starts after its comma.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["OPENERS", "opener_end"]

#: What opens a sentence before its subject ("On Friday night,", "Last week,", "Earlier,").
OPENERS = frozenset({"prep", "npadvmod", "advmod", "advcl"})


def opener_end(noun: Token) -> int:
    """The first token after the comma closing the adverbials that open the sentence of a
    noun the parse made its root; the noun's left edge when there is no such opener."""
    start = noun.left_edge.i
    if noun.dep_ != "ROOT":
        return start
    opened = False
    for c in noun.lefts:
        if c.dep_ in OPENERS:
            opened = True
        elif c.dep_ == "punct" and c.lower_ == "," and opened:
            start = c.i + 1
        else:
            break
    return start
