"""Where recipient (target) tokens are lost on the NER sentences: one class per sentence.

Used by ``benchmarks/actors.py --losses`` on the tune part only (never the check part). Each
sentence whose produced target tokens differ from the gold's falls in one class, and the tokens
it loses (false positives and false negatives) are counted under it:

- ``no event``: the coder found no event in the sentence;
- ``no target, object kept``: the main event has no recipient but an object (a thing or place
  acted on, which the design keeps out of the recipient);
- ``no target``: the main event has neither;
- ``target is gold's source``: no target, and the gold's target words are the coder's actor;
- ``target where gold has none``: split by whether the gold marks the sentence's parties as
  reciprocal (the sides of a meeting, B-R/I-R), which the S/T figures count against any role;
- ``other words``: a target with no gold word in it;
- ``too long`` / ``too short`` / ``both ends``: the right words, with extra or missing ones; the
  boundary classes also count which words are extra or missing (a determiner, "and" or a comma
  between conjuncts, words before or after the produced span).
"""

from __future__ import annotations

from collections import Counter

__all__ = ["LossTable", "loss_class", "boundary_words"]

_DETERMINERS = frozenset({"the", "a", "an"})
_JOINERS = frozenset({"and", ",", "or"})


def loss_class(tags: list[str], pred: set[int], source: set[int], n_events: int,
               has_object: bool) -> str | None:
    """The class of a sentence's target error (``None`` when the produced target is the gold's):
    ``tags`` are the gold's per-token tags, ``pred`` and ``source`` the token indices of the main
    event's produced targets and actors."""
    gold = {k for k, tag in enumerate(tags) if tag.endswith("-T")}
    if gold == pred:
        return None
    if not pred:
        if not n_events:
            return "no event"
        if gold & source:
            return "target is gold's source"
        return "no target, object kept" if has_object else "no target"
    if not gold:
        reciprocal = any(tag.endswith("-R") for tag in tags)
        return "target where gold has none" + (" (a meeting's sides)" if reciprocal else "")
    if not gold & pred:
        return "other words"
    if pred - gold and gold - pred:
        return "both ends"
    return "too long" if pred - gold else "too short"


def boundary_words(words: list[str], gold: set[int], pred: set[int]) -> Counter:
    """What the extra (``+``) and missing (``-``) words of a target with some right words are:
    a determiner, a joiner between conjuncts, else a word before, inside or after the other
    side's span (an extra word against the gold's, a missing one against the produced one)."""
    kinds: Counter = Counter()
    for sign, ks, other in (("+", pred - gold, gold), ("-", gold - pred, pred)):
        lo, hi = min(other), max(other)
        for k in ks:
            w = words[k].lower()
            kind = "determiner" if w in _DETERMINERS else "and/comma" if w in _JOINERS else \
                "before" if k < lo else "after" if k > hi else "inside"
            kinds[f"{sign}{kind}"] += 1
    return kinds


class LossTable:
    """Sentences and lost tokens per class, and the boundary classes' extra and missing words."""

    def __init__(self) -> None:
        self.sentences: Counter = Counter()
        self.tokens: Counter = Counter()
        self.words: Counter = Counter()
        self.exact = 0

    def add(self, words: list[str], tags: list[str], pred: set[int], source: set[int],
            n_events: int, has_object: bool) -> None:
        kind = loss_class(tags, pred, source, n_events, has_object)
        if kind is None:
            self.exact += 1
            return
        gold = {k for k, tag in enumerate(tags) if tag.endswith("-T")}
        self.sentences[kind] += 1
        self.tokens[kind] += len(pred ^ gold)
        if gold & pred:
            self.words.update(boundary_words(words, gold, pred))

    def lines(self) -> list[str]:
        out = [f"  target losses on the tune part ({self.exact} sentences exact; "
               "class: sentences, tokens lost)"]
        out += [f"    {kind:<42} {n:4d} {self.tokens[kind]:5d}"
                for kind, n in self.sentences.most_common()]
        words = ", ".join(f"{k} {n}" for k, n in self.words.most_common())
        out.append(f"    boundary words (+ extra, - missing): {words}")
        return out
