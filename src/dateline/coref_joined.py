"""The people a description of a few ("the two", "these two", "the pair", "both men") stands
for: the persons one phrase before it names joined by "and" ("Omar Haddad and Karim Nasser
were wanted for years. ... These two were arrested"), as one party.

The description gives a number and a kind: so many persons, and men or women where its noun
says so. The coordinations of that many persons come from the one finder of them
(:func:`dateline.code.recipient_few.people_coordinations`: names the model labels a person's,
a surname the document gave in full, a noun with a person's name beside it: "his brother
Karim"); the nearest in the description's sentence or the few before is what it stands for.
Only where it is safe: it is no party of the description's own clause that does the act
("Haddad and Nasser attacked the two men"), the description is not itself part of it
("Haddad and Nasser, the two brothers"), all its persons are named (the nearest "a man and a
woman" names no one, and stops the search, as does a new group of that many counted: "two
suspects"), no given name says the other gender ("the two women" are not Omar and Karim), no
other coordination of as many persons (of other names) lies in the window, and no other
person's name stands between it and the description.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .code.person_nouns import a_person_noun
from .code.recipient_few import FEW_COUNTS, counted_between, other_kind, people_coordinations
from .code.words import person_word
from .sentences import sentence_bounds, sentence_ents

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["joined_people"]

#: How many sentences before the description's own its people may be named in.
_BACK = 4


def few_count(low: str) -> int | None:
    """How many persons the description ``low`` ("the two men", "both women") counts."""
    words = low.split()
    return FEW_COUNTS.get(words[1] if words[0] in ("the", "these", "those") and len(words) > 1
                          else words[0])


def joined_people(doc: Doc, at: int, low: str, not_in: range = range(0)) -> list[Token]:
    """The heads of the persons' names that the nearest coordination before token ``at``
    joins by "and", as many as the description ``low`` ("the two men", "both women") counts,
    or none (see the module); ``not_in``: the tokens of the doer of the description's own
    clause, never the people it stands for."""
    count = few_count(low)
    if count is None:
        return []
    window = sentence_bounds(doc, at)[0]
    for _ in range(_BACK):
        if window == 0:
            break
        window = sentence_bounds(doc, window - 1)[0]
    found = [g for g in people_coordinations(doc, at, count, since=window)
             if not any(e is not None and e.start <= at < e.end for e in g)]
    if not found or None in found[-1]:
        return []  # none, or the nearest names no one: "his wife and son"
    names: list[Span] = found[-1]  # type: ignore[assignment]
    end = names[-1].end
    if any(e.start in not_in for e in names) or _unnamed_between(doc, end, at, count) or \
            counted_between(doc, end, at, count):
        return []  # the doers themselves, or a nearer group of as many not named
    surnames = {e[-1].lower_ for e in names}
    if any({e[-1].lower_ for e in g if e is not None} != surnames for g in found):
        return []  # two pairs named: which one is unsaid
    words = {t.lower_ for e in names for t in e}
    if any(e.label_ == "PERSON" and not {t.lower_ for t in e} & words
           for e in sentence_ents(doc, end, at)):
        return []  # "... Lena Vogt said little. The two": another person named since
    if other_kind(low.split()[-1], names):
        return []  # "the two women": not two men named
    return [e.root for e in names]


def _unnamed_between(doc: Doc, start: int, end: int, count: int) -> bool:
    """Whether a coordination of ``count`` persons told by nouns only stands between tokens
    ``start`` and ``end`` ("a man and a woman were arrested"): the nearer people described."""
    for tok in doc[start:end]:
        if tok.dep_ == "conj" or tok.pos_ != "NOUN":
            continue
        members = [tok]
        while (nxt := next((c for c in members[-1].children if c.dep_ == "conj"), None)):
            members.append(nxt)
        if len(members) == count and all(
                t.pos_ == "NOUN" and (person_word(t) or a_person_noun(t.lemma_.lower()))
                for t in members):
            return True
    return False
