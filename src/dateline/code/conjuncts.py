"""Coordinated parties: "Rebels and army deserters attacked the garrison", "defended Iraq and
Libya". Each conjunct is a party to the act; :func:`conjunct_mentions` gives the act once for
each of them (the events scored and counted are per actor and recipient)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..deps import prep_object
from .roles import np_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["conjunct_mentions", "conjuncts", "described", "partners", "sides"]


def conjuncts(doc: Doc, span: tuple[int, int] | None) -> list[tuple[int, int]]:
    """The spans of the coordinated noun phrases that make up ``span`` ("the United States and
    Jordan": "the United States", "Jordan"), or nothing when it names one party."""
    if span is None or span[1] - span[0] < 3:
        return []
    head: Token = doc[span[0]:span[1]].root
    parts = [head] + [c for c in head.conjuncts if c.i > head.i and span[0] <= c.i < span[1]
                      and c.pos_ in ("NOUN", "PROPN")]
    if _named_after(doc, parts):
        parts = parts[1:]  # "Assad's main backers, Iran and Russia": the names are the parties
    if len(parts) < 2:
        return []
    # each conjunct's phrase without the others: its own modifiers, never "and" nor the comma
    return [np_span(tok, with_conj=False) for tok in parts]


def _named_after(doc: Doc, parts: list[Token]) -> bool:
    """Whether the first of coordinated words is a plural noun the others name after a comma,
    which the parse reads as one more conjunct: "its main backers, Iran and Russia"."""
    head, first = parts[0], parts[1] if len(parts) > 2 else None
    return first is not None and head.pos_ == "NOUN" and head.tag_ == "NNS" and all(
        p.pos_ == "PROPN" for p in parts[1:]) and doc[first.left_edge.i - 1].lower_ == "," \
        and not any(t.dep_ == "cc" for t in doc[head.i:first.left_edge.i])


def described(doc: Doc, chars: tuple[int, int]) -> bool:
    """Whether the recipient found at ``chars`` is a plural noun its partners name ("cooperating
    with Assad's main backers, Iran and Russia"): then the partners are the recipients."""
    span = doc.char_span(*chars, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head: Token = span.root
    return _named_after(doc, [head, *(c for c in head.conjuncts if c.i > head.i)])


def conjunct_mentions(doc: Doc, m: Mention) -> list[Mention]:
    """The mention once for each coordinated actor and each coordinated recipient; ``[]`` when
    neither role is coordinated."""
    pairs = _pairs_among(doc, m)
    if pairs:  # "talks among Iran, Russia and Turkey": each side with each other side
        return [replace(m, source=s, target=t, conjunct=k) for k, (s, t) in enumerate(pairs)]
    sources = conjuncts(doc, m.source)
    targets = conjuncts(doc, m.target)
    if not sources and not targets:
        return []
    out = []
    for s in sources or [m.source]:
        for t in targets or [m.target]:
            out.append(replace(m, source=s, target=t, conjunct=len(out)))
    return out


def _pairs_among(doc: Doc, m: Mention) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Every pair of three sides or more an act is "between" or "among" ("talks among Iran,
    Russia and Turkey": Iran with Russia, Iran with Turkey, Russia with Turkey), when the
    mention's actor is the first of them; ``[]`` otherwise (two sides are one pair)."""
    if m.source is None or m.target is None:
        return []
    first: Token = doc[m.source[0]:m.source[1]].root
    if first.dep_ != "pobj" or first.head.lower_ not in _BETWEEN:
        return []
    sides_ = [first] + [c for c in first.conjuncts if c.i > first.i
                        and c.pos_ in ("NOUN", "PROPN")]
    if len(sides_) < 3 or not any(s.i in range(*m.target) for s in sides_[1:]):
        return []
    spans = [np_span(s, with_conj=False) for s in sides_]
    return [(a, b) for k, a in enumerate(spans) for b in spans[k + 1:]]


def partners(doc: Doc, chars: tuple[int, int],
             named: tuple[int, int] | None) -> list[tuple[int, int]]:
    """The spans of the parties coordinated with a recipient that the coder found beyond the
    words it named, in a phrase of the thing acted on ("broke off relations with Congo and
    Costa Rica": "Costa Rica"); nothing when the recipient is within ``named`` (the mention's
    own words, whose conjuncts :func:`conjunct_mentions` splits) or has no partner."""
    span = doc.char_span(*chars, alignment_mode="expand")
    if span is None or not len(span):
        return []
    head: Token = span.root
    if named is not None and named[0] <= head.i < named[1]:
        return []
    return [np_span(c, with_conj=False) for c in head.conjuncts
            if c.i > head.i and c.pos_ in ("NOUN", "PROPN")]


#: The prepositions that name both sides of an act: "talks between Iran and the US".
_BETWEEN = frozenset({"between", "among", "amongst"})


def sides(noun: Token) -> tuple[Token, Token | None] | None:
    """The two sides an act named by a noun is "between": "talks between the government and
    the rebels", "clashes between police and protesters" (the first side acts, the second is
    its counterpart); or the one plural party that is both sides ("clashes between rival
    militias": the militias act, no counterpart named apart); ``None`` when no such phrase
    names a party."""
    for c in noun.children:
        if c.dep_ != "prep" or c.lower_ not in _BETWEEN:
            continue
        first = prep_object(c)
        if first is None or first.pos_ not in ("NOUN", "PROPN"):
            return None
        second = next((g for g in first.conjuncts if g.i > first.i
                       and g.pos_ in ("NOUN", "PROPN")), None)
        if second is None:
            return (first, None) if first.tag_ in ("NNS", "NNPS") else None
        return first, second
    return None
