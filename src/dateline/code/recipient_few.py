"""A few people acted upon, described by their number, are the people the article named.

The recipient of an act done to persons (seized, arrested, detained, questioned, tried) is
those persons. When the words that stand as the recipient only describe them by their number
("the pair", "the two men", "these two", "the two remaining members", "both men"), they stand
for the people the article has named as that many together: the nearest earlier coordination
of exactly that many person names ("Lena Vogt and Mira Holt"). The recipient keeps its own
words and is named as those people; the kind its head word gives ("men": civilians) is no
longer read as their sector. Only where safe: no other persons are coordinated, and no other
group of that number is counted ("two soldiers"), between the names and the description.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..sentences import chars_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from ..records import Actor
    from .mention import Mention

__all__ = ["few_named", "FEW_COUNTS"]

#: Words that count a few people, with how many: "the pair", "the two men", "both women".
FEW_COUNTS = {"pair": 2, "duo": 2, "couple": 2, "both": 2, "two": 2, "trio": 3, "three": 3}
#: Words a description of a few people opens with.
_DETERMINERS = frozenset({"the", "these", "those", "both"})
#: The most words a description of a few people runs to ("the two remaining cell members").
_MAX_WORDS = 6
#: Links of a count that says how many a phrase names anew ("two soldiers were killed").
_COUNT_LINKS = frozenset({"nummod"})
#: How many words from the names their count may stand ("the two men from London, A and B").
_NEAR = 8
#: Sectors a description by number alone is given by its head word ("men", "members").
_KINDLESS = frozenset({"CVL", "UNK"})
#: How many sentences after a report's opening one may name the people it describes.
_LEAD_AFTER = 2
#: Where a country that is no one's own came from: the context, which says nothing of the people
#: named.
_CONTEXT = frozenset({"document focus", "sentence focus", "nearby actor", "event place",
                      "place struck"})


def _count(words: Span) -> int | None:
    """How many people the recipient's words describe by number alone, or ``None`` when they
    are no such description (a name, a possessive, a clause, or no count)."""
    toks = [t for t in words if not t.is_punct]
    if not toks or len(toks) > _MAX_WORDS or toks[0].lower_ not in _DETERMINERS:
        return None
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or
           t.tag_ in ("PRP$", "POS", "WDT", "WP") or t.pos_ == "ADP" or
           t.pos_ in ("VERB", "AUX") and t.dep_ != "amod"  # "the two remaining members"
           for t in toks):
        return None
    counts = {FEW_COUNTS[t.lower_] for t in toks if t.lower_ in FEW_COUNTS}
    if len(counts) != 1:
        return None
    root = words.root
    if root.lower_ not in FEW_COUNTS and root.tag_ != "NNS":
        return None  # "the two-day trial": a count of no people
    return counts.pop()


def _coordinations(doc: Doc, before: int) -> list[list[Span]]:
    """The coordinations of person names ending before token ``before``, in text order: each
    the names linked by "and" (one conjunct's root a ``conj`` of another's)."""
    persons = [e for e in doc.ents if e.label_ == "PERSON" and e.end <= before]
    by_root = {e.root.i: e for e in persons}
    groups: list[list[Span]] = []
    seen: set[int] = set()
    for ent in persons:
        if ent.root.i in seen:
            continue
        group, frontier = [ent], [ent.root]
        while frontier:
            tok = frontier.pop()
            for child in tok.children:
                if child.dep_ == "conj" and child.i in by_root and child.i not in seen:
                    group.append(by_root[child.i])
                    frontier.append(child)
        if len(group) > 1:
            seen.update(e.root.i for e in group)
            groups.append(sorted(group, key=lambda e: e.start))
    return sorted(groups, key=lambda g: g[-1].end)


def _counted_between(doc: Doc, start: int, end: int, count: int) -> bool:
    """Whether a phrase between tokens ``start`` and ``end`` counts a new group of ``count``
    ("two soldiers", "three journalists"), not a description of one named ("the two men")."""
    for tok in doc[start:end]:
        if tok.dep_ in _COUNT_LINKS and FEW_COUNTS.get(tok.lower_) == count and \
                tok.head.tag_ == "NNS" and not any(
                    c.dep_ == "det" and c.lower_ in _DETERMINERS for c in tok.head.children):
            return True
    return False


def _introduced(doc: Doc, names: list[Span], count: int) -> bool:
    """Whether the coordinated ``names`` are given as that many in their own sentence: a
    count of theirs within a few words of them ("the two men from London, Tom Hale and Sam
    Ward", "Hale and Ward, the two suspects")."""
    start, end = names[0].start, names[-1].end
    lo, hi = max(names[0].sent.start, start - _NEAR), min(names[-1].sent.end, end + _NEAR)
    return any(FEW_COUNTS.get(t.lower_) == count for t in (*doc[lo:start], *doc[end:hi]))


def _named_few(doc: Doc, before: int, count: int) -> list[Span] | None:
    """The names a description of ``count`` people at token ``before`` stands for: the last
    coordination of that many names given as that many, else the one such coordination (or
    several naming the same people) before it; ``None`` where there is none or they differ."""
    groups = [g for g in _coordinations(doc, before) if len(g) == count]
    introduced = [g for g in groups if _introduced(doc, g, count)]
    if introduced:
        return introduced[-1]
    if groups and len({tuple(e.root.lower_ for e in g) for g in groups}) == 1:
        return groups[-1]
    return None


def _named_after_lead(doc: Doc, words: Span, count: int) -> list[Span] | None:
    """The names a description of ``count`` people in a report's opening sentence stands for,
    where the report names them only after it: the first coordination of that many names the
    next sentences give as that many ("Two men have been captured. The two men from London,
    Tom Hale and Sam Ward, ...")."""
    sents = list(doc.sents)
    if not sents or words.start >= sents[0].end:
        return None
    end = sents[min(len(sents), _LEAD_AFTER + 1) - 1].end
    if _coordinations(doc, words.start):
        return None
    after = [g for g in _coordinations(doc, end) if len(g) == count and
             g[0].start >= words.end and _introduced(doc, g, count)]
    return after[0] if after else None


def few_named(doc: Doc, m: Mention, target: Actor | None) -> Actor | None:
    """The recipient ``target`` of ``m`` named as the people the article named together, when
    its words describe a few people by their number alone (see the module); ``target``
    otherwise."""
    if target is None or not target.text or target.char_start is None or \
            target.char_end is None:
        return target
    words = chars_span(doc, target.char_start, target.char_end)
    count = None if words is None else _count(words)
    if words is None or count is None:
        return target
    names = _named_few(doc, words.start, count) or _named_after_lead(doc, words, count)
    if names is None or _counted_between(doc, names[-1].end, words.start, count):
        return target
    named = " and ".join(e.text for e in names)
    return replace(target, name=named, antecedent=named,
                   sector=None if target.sector in _KINDLESS else target.sector,
                   country=None if target.country_from in _CONTEXT else target.country,
                   country_from=None if target.country_from in _CONTEXT else
                   target.country_from)
