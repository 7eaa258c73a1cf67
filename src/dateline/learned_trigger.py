"""The rules' triggers as the learned heads read them (features beside the sentence's words).

A sentence's words say what it is about; its triggers say which of them the rules took for the
act. The heads read the character 3- to 5-grams of each trigger's lemma ("<ar", "arr", ...,
"est>"): the trigger weighs more than any other word, and an unseen form of a known stem
("re-arrest", "counter-attack") still counts. Chosen by 4-fold cross-validation within the CAMEO
tune part (``benchmarks/train_trials.py``): the pentacode head with the rules macro-F1 0.849 ->
0.861, alone 0.875 -> 0.894; the trigger's lemma and its dependents' relations and lemmas add
nothing (0.848 with them and no n-grams, 0.861 with both).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from .records import Event
from .tokens import tags

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["trigger_features"]

_GRAMS = (3, 4, 5)


def trigger_features(tokens: Sequence[Token], events: Iterable[Event]) -> set[str]:
    """Features of the triggers of ``events`` among ``tokens`` (one sentence's)."""
    if not tokens:
        return set()
    at = {t.idx: t for t in tokens}
    lemmas = tags(tokens[0].doc).lemmas
    out: set[str] = set()
    for e in events:
        tok = at.get(e.char_start)
        if tok is None:
            continue
        padded = f"<{lemmas[tok.i]}>"
        for n in _GRAMS:
            out.update("r:tc:" + padded[i:i + n] for i in range(len(padded) - n + 1))
    return out
