"""The person a title said alone stands for: "the leader" after "Hamas leader Ismail Haniyeh",
"the politician" after "the opposition politician Alexei Navalny".

A definite description made of "the" and a word for a person's office or role speaks of the
last person named before it with that word as their title: in front of the name ("Hamas
leader Ismail Haniyeh"), or in an apposition to it ("Ismail Haniyeh, the Hamas leader").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sentences import doc_ents
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["titled_person"]

#: Words for a person's office or role that "the <word>" may stand for.
_TITLES = word_class("person_heads") | word_class("title_words")
#: How many words before a name its title may stand ("opposition leader Alexei Navalny").
_BEFORE = 4


def titled_person(doc: Doc, at: int, words: list[str]) -> Span | None:
    """The name of the person the description ``words`` at token ``at`` stands for, or
    ``None`` when it is no title alone or no one named before bears it."""
    if len(words) != 2 or words[0] != "the" or words[1] not in _TITLES:
        return None
    title = words[1]
    for ent in reversed([e for e in doc_ents(doc) if e.label_ == "PERSON" and e.end <= at]):
        if _bears(doc, ent, title):
            return ent
    return None


def _bears(doc: Doc, ent: Span, title: str) -> bool:
    start = max(ent.sent.start, ent.start - _BEFORE)
    if any(t.lemma_.lower() == title or t.lower_ == title for t in doc[start:ent.start]):
        return True  # "Hamas leader Ismail Haniyeh"
    root = ent.root
    return any(c.dep_ == "appos" and c.lemma_.lower() == title for c in root.children) or (
        root.dep_ == "appos" and root.head.lemma_.lower() == title)  # "X, the Hamas leader"
