"""The person a title said alone stands for: "the leader" after "Hamas leader Ismail Haniyeh",
"the politician" after "the opposition politician Alexei Navalny", "the foreign minister" after
"the Iranian foreign minister, Ali Rezai", "the aid worker" after "Tom Baxter, an American aid
worker".

A definite description made of "the", at most one modifier and a word for a person's office,
role or kind speaks of the last person named before it with those words as their title: in
front of the name ("Hamas leader Ismail Haniyeh"), or in an apposition to it ("Ismail Haniyeh,
the Hamas leader"). Its modifier must be among the title's words ("the foreign minister" is
not the defence minister named last).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .code.person_nouns import a_person_noun
from .full_names import TITLES
from .sentences import doc_ents

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["person_description", "titled_person"]

#: How many words before a name its title may stand ("opposition leader Alexei Navalny").
_BEFORE = 4
#: How many modifiers a description may have between "the" and its head ("the aid worker").
_MODIFIERS = 1


def person_description(low: str) -> bool:
    """Whether words (lower case) are "the", at most one modifier and a word for a person's
    office, role or kind ("the minister", "the foreign minister", "the aid worker"): a
    description of a person named before, not a kind of actor of its own."""
    words = low.split()
    return 2 <= len(words) <= 2 + _MODIFIERS and words[0] == "the" and \
        all(w.isalpha() for w in words[1:]) and _a_title(words[-1])


def titled_person(doc: Doc, at: int, words: list[str]) -> Span | None:
    """The name of the person the description ``words`` at token ``at`` stands for, or
    ``None`` when it is no title alone or no one named before bears it."""
    if not person_description(" ".join(words)):
        return None
    title, modifiers = words[-1], set(words[1:-1])
    for ent in reversed([e for e in doc_ents(doc) if e.label_ == "PERSON" and e.end <= at]):
        if _bears(doc, ent, title, modifiers):
            return ent
    return None


def _a_title(word: str) -> bool:
    return word in TITLES or a_person_noun(word)


def _bears(doc: Doc, ent: Span, title: str, modifiers: set[str]) -> bool:
    start = max(ent.sent.start, ent.start - _BEFORE)
    before = doc[start:ent.start]
    if any(_is(t, title) for t in before) and modifiers <= {t.lower_ for t in before}:
        return True  # "Hamas leader Ismail Haniyeh", "the American aid worker Tom Baxter"
    root = ent.root
    apposed = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        apposed.append(root.head)  # "the Iranian foreign minister, Ali Rezai"
    return any(_is(h, title) and modifiers <= {t.lower_ for t in h.lefts} for h in apposed)


def _is(tok: Token, title: str) -> bool:
    return tok.lemma_.lower() == title or tok.lower_ == title
