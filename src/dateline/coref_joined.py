"""What "they" stands for when it stands for people named together: all of them, not one.

"Kotey and Elsheikh were stripped of their citizenship ... the men they are alleged to have
killed": "they" are both men. The party a coordination of names makes is often one of them (the
first name's actor, which the conjunction makes a plural, or the whole phrase's, named for its
last name); "they" then stands for the phrase as a whole, named by each person's name, of the
country and sector they share. Where one of the conjuncts is no person's name ("Trump and his
aides"), or a person's name is not known to the table, the party is left as it was found.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .records import Actor
from .tokens import doc_span

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from spacy.tokens import Doc, Token

__all__ = ["joined_people"]

#: How a person's country was found when it is the person's own: their words, their name, or
#: whom they stand for; not the report's context, which says as much of anyone there.
_OWN = frozenset({None, "antecedent", "possessor"})


def joined_people(doc: Doc, at: int, root: Token, actor: Actor,
                  actor_at: Callable[[Token], Actor | None]) -> Actor | None:
    """The party of all the people a coordination of names whose first conjunct is ``root``
    names ("Kotey and Elsheikh"), given the party ``actor`` found for it, whose words begin at
    token ``at``, and ``actor_at(name)``:
    the party of one person the document's table holds for a conjunct's head. ``None`` when
    ``root`` heads no coordination of people's names, or one of them has no party of its own;
    ``actor`` itself when its name holds every one of the names."""
    while root.dep_ == "conj" and root.head.ent_type_ == "PERSON":
        root = root.head
    names = [root, *root.conjuncts]
    if len(names) < 2 or not all(_a_name(t) for t in names):
        return None
    if {t.lower_ for t in names} <= set((actor.name or "").lower().split()):
        return actor  # named for them all already ("Marco Haddad and Leon Moreau")
    people = [actor_at(t) for t in names]
    if any(p is None for p in people):
        return None
    found: Sequence[Actor] = [p for p in people if p is not None]
    first, last = min(t.left_edge.i for t in names), max(_name_end(t) for t in names)
    base = None if actor.char_start is None else actor.char_start - doc[at].idx
    return replace(actor, text=doc_span(doc, first, last).text,
                   char_start=None if base is None else base + doc[first].idx,
                   char_end=None if base is None else base + doc[last - 1].idx +
                   len(doc[last - 1].text),
                   name=" and ".join(p.name or p.text for p in found),
                   country=_shared(p.country for p in found if p.country_from in _OWN),
                   sector=_strictly_shared(p.sector for p in found), parent=None, antecedent=None,
                   country_from=None)


def _a_name(tok: Token) -> bool:
    """Whether a conjunct may be a person's name: its head is a singular proper noun (the
    model labels many a surname a place's or a group's: the table's party says whose)."""
    return tok.pos_ == "PROPN" and tok.tag_ == "NNP"


def _name_end(tok: Token) -> int:
    """The end of a conjunct's own words: its subtree up to the next conjunct or conjunction."""
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ in ("cc", "conj", "punct"):
            break
        end = child.right_edge.i + 1
    return end


def _shared(values: Iterable[str | None]) -> str | None:
    """The one value the people of whom it is known share, else ``None``."""
    found = {v for v in values if v is not None}
    return found.pop() if len(found) == 1 else None


def _strictly_shared(values: Iterable[str | None]) -> str | None:
    """The one value all the people share, else ``None``."""
    found = set(values)
    return found.pop() if len(found) == 1 else None
