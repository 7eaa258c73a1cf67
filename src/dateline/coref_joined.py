"""The people a description of a few ("the two", "these two", "the pair", "both men") stands
for: the persons one phrase before it names joined by "and" ("Omar Haddad and Karim Nasser
were wanted for years. ... These two were arrested"), as one party.

The description gives a number and a kind: so many persons. A phrase that joins exactly that
many persons' names (names the model labels a person's, or parts of a name the document gives
in full) agrees with it; the nearest such phrase in the description's sentence or the few
before is what it stands for. Only where it is safe: no other joined phrase of as many persons
(of other names) lies in the window, no other person's name stands between the phrase and
the description, and the description is not itself part of the joined names' phrase
("Haddad and Nasser, the two brothers").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sentences import sentence_bounds, sentence_ents

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

__all__ = ["joined_people"]

#: How many sentences before the description's own its people may be named in.
_BACK = 4
#: How many persons a description of a few counts ("the pair": two).
_COUNT = {"pair": 2, "duo": 2, "couple": 2, "both": 2, "two": 2, "trio": 3, "three": 3}


def joined_people(doc: Doc, at: int, low: str, is_person: Callable[[Token], bool]
                  ) -> list[Token]:
    """The heads of the persons' names that the nearest phrase before token ``at`` joins by
    "and", as many as the description ``low`` ("the two men", "both women") counts, or none
    (see the module); ``is_person(tok)``: whether a name's head is a person's."""
    words = low.split()
    count = _COUNT.get(words[1] if words[0] in ("the", "these", "those") and len(words) > 1
                       else words[0])
    if count is None:
        return []
    window = sentence_bounds(doc, at)[0]
    for _ in range(_BACK):
        if window == 0:
            break
        window = sentence_bounds(doc, window - 1)[0]
    found: list[tuple[list[Token], frozenset[str]]] = []
    for tok in doc[window:at]:
        if tok.dep_ == "conj" or not any(c.dep_ == "conj" for c in tok.children):
            continue
        members = _joined(tok)
        if len(members) != count or not all(_person(t, is_person) for t in members):
            continue
        if members[-1].i >= at or tok.left_edge.i <= at <= tok.right_edge.i:
            continue  # the description inside the phrase: "Haddad and Nasser, the two ..."
        members = [_name_of(t, is_person) for t in members]  # "his brother Karim": Karim
        found.append((members, frozenset(t.lower_ for t in members)))
    if not found or any(names != found[-1][1] for _, names in found):
        return []  # none, or two pairs named: which one is unsaid
    members, names = found[-1]
    if any(e.label_ == "PERSON" and not {t.lower_ for t in e} & names
           for e in sentence_ents(doc, members[-1].i + 1, at)):
        return []  # "... Lena Vogt said little. The two": another person named since
    return members


def _joined(head: Token) -> list[Token]:
    """The heads a coordination joins, the first one ``head`` ("Haddad and Nasser"); empty
    when "or" joins them, or a comma list without "and"."""
    members = [head]
    tok = head
    while (nxt := next((c for c in tok.children if c.dep_ == "conj"), None)) is not None:
        members.append(nxt)
        tok = nxt
    ccs = [c for m in members for c in m.children if c.dep_ == "cc"]
    if not ccs or any(c.lower_ != "and" for c in ccs):
        return []
    return members


def _person(tok: Token, is_person: Callable[[Token], bool]) -> bool:
    """Whether a joined head names a person: a name of one, or a noun a person's name is set
    beside ("his brother Karim", "her colleague, Sofia Brandt")."""
    return is_person(_name_of(tok, is_person))


def _name_of(tok: Token, is_person: Callable[[Token], bool]) -> Token:
    """The head of the person's name set beside the noun ``tok`` ("Karim" of "his brother
    Karim"), else ``tok``."""
    if tok.pos_ != "NOUN":
        return tok
    return next((c for c in tok.children if c.dep_ in ("appos", "npadvmod") and
                 c.pos_ == "PROPN" and is_person(c)), tok)
