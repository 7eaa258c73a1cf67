"""A sentence's words as runs of the document's tokens: what is read of each word of a
sentence found from the document's arrays, and the few words that matter picked out by
bisection, not by a test of every ``Token``.

A *run* is a list of a document's tokens in text order, each once, with no gap (a sentence,
a span's words): its words are those of the indices from its first to its last.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .code.ranks import rank_sector
from .code.words import agent_words
from .tokens import lemma_set, lower_set, per_doc, tags, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Run", "police_words_of", "runs_of", "token_indices"]


class Run(list):  # type: ignore[type-arg]
    """A run made from the document's tokens by a slice, which knows its first index: where
    it starts is known without asking each token for its own."""

    __slots__ = ("start",)

    def __init__(self, tokens: Sequence[Token], start: int) -> None:
        super().__init__(tokens)
        self.start = start


def runs_of(doc: Doc, spans: Sequence[tuple[int, int]]) -> list[Run]:
    """The tokens of each of ``doc``'s token ranges ``spans`` (start, end), as runs."""
    made = list(doc)
    return [Run(made[a:b], a) for a, b in spans]


def token_indices(tokens: Sequence[Token]) -> Sequence[int]:
    """The indices of ``tokens`` (in text order, each once), without asking each token for
    its own when they are a run."""
    first = _run_start(tokens)
    if first is not None:
        return range(first, first + len(tokens))
    return [t.i for t in tokens]


def _run_start(tokens: Sequence[Token]) -> int | None:
    """The index of the first of ``tokens`` if they are a run, else None. The two ends do not
    tell it alone: tokens 5, 3, 7 (or 5, 5, 7) span as many indices as the run 5-7; a
    :class:`Run` tells it without a test of its tokens."""
    if not tokens:
        return None
    if type(tokens) is Run:
        return tokens.start
    first = tokens[0].i
    if tokens[-1].i - first + 1 != len(tokens):
        return None
    return first if all(t.i == first + k for k, t in enumerate(tokens)) else None


@per_doc
def _police_nouns(doc: Doc) -> tuple[int, ...]:
    """The nouns of ``doc`` the agents table gives to the police, in text order."""
    agents = agent_words()
    cops = _police_agents(agents)
    if cops.isdisjoint(lemma_set(doc)) and cops.isdisjoint(lower_set(doc)):
        return ()  # (most documents name no police)
    lemmas, pos, _, _ = tags(doc)
    lowers = words(doc).lowers
    return tuple(i for i, p in enumerate(pos) if p in ("NOUN", "PROPN")
                 and agents.get(lemmas[i], agents.get(lowers[i])) == "COP")


def _police_agents(agents: dict[str, str]) -> frozenset[str]:
    """The words of the agents table ``agents`` whose sector is the police."""
    held = _POLICE_AGENTS.get(id(agents))
    if held is None or held[0] is not agents:  # (the table is held: its id is not reused)
        held = _POLICE_AGENTS[id(agents)] = (
            agents, frozenset(w for w, sector in agents.items() if sector == "COP"))
        if len(_POLICE_AGENTS) > 8:  # tables of other overlays are let go
            _POLICE_AGENTS.clear()
            _POLICE_AGENTS[id(agents)] = held
    return held[1]


_POLICE_AGENTS: dict[int, tuple[dict[str, str], frozenset[str]]] = {}


def police_words_of(tokens: Sequence[Token]) -> list[Token]:
    """The words of ``tokens`` (in text order, each once) naming the police, in their order:
    the nouns the agents table gives to the police (only its police can be the police: a rank
    is asked of those alone)."""
    if not tokens:
        return []
    nouns = _police_nouns(tokens[0].doc)
    first = _run_start(tokens)
    if first is not None:  # a run: its nouns found by bisection
        lo, hi = bisect_left(nouns, first), bisect_left(nouns, first + len(tokens))
        found = [tokens[i - first] for i in nouns[lo:hi]]
    else:
        held = set(nouns)
        found = [t for t in tokens if t.i in held]
    return [t for t in found if rank_sector(t, "COP") == "COP"]
