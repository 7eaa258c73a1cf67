"""Whether a person acts for a body of no one country, by any mention of their name.

A report says once whom a person works for ("Clive Stafford Smith, of the legal charity
Reprieve", "a spokeswoman for Médecins Sans Frontières", "Jan Egeland, the head of the
Norwegian Refugee Council") and names them by their surname later: every mention of the name
is of the same person, who is then of no country the report or its sentence lends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_describe import agent_sector, describe
from .full_names import name_words
from .sentences import doc_ents

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span

    from .actor_dictionary import ActorDictionary

__all__ = ["serves_no_state", "name_mentions"]

_NO_STATE = frozenset({"NGO", "IGO"})
_SERVED = frozenset({"of", "for", "at", "with"})


def name_mentions(doc: Doc, words: Iterable[str]) -> list[Span]:
    """The document's PERSON mentions of the name of folded ``words`` (one holding the
    other's words: "Stafford Smith" and "Clive Stafford Smith")."""
    own = set(words)
    if not own:
        return []
    return [e for e in doc_ents(doc) if e.label_ == "PERSON" and name_words(e) and (
        own <= set(name_words(e)) or set(name_words(e)) <= own)]


def serves_no_state(d: ActorDictionary, date: str | None, spans: Iterable[Span]) -> bool:
    """Whether a phrase set beside one of ``spans`` (mentions of a person) or one of "of",
    "for", "at" on it names a body of no one country (an NGO or IGO)."""
    for span in spans:
        doc = span.doc
        root = span.root  # "the lawyer Paul Grant, of the charity …": what the name is set beside
        hosts = [root, root.head] if root.dep_ == "appos" else [root]
        for child in (c for host in hosts for c in host.children if c != root):
            if child.dep_ == "prep" and child.lower_ in _SERVED and child.i >= span.end - 1:
                words = doc[child.i + 1:child.right_edge.i + 1]
            elif child.dep_ == "appos":
                words = doc[child.left_edge.i:child.right_edge.i + 1]
            else:
                continue
            sectors = {describe(d, words, date)[2], *(
                agent_sector(d, [t.lower_], [t.lemma_.lower()])[0]
                for t in words if t.pos_ == "NOUN")}
            if sectors & _NO_STATE:
                return True
    return False
