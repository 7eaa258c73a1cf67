"""A plural pronoun whose antecedent is one of people joined by "and" stands for all of them.

"Haddad and Nasser have been stripped of their citizenship, and the men they are alleged to
have killed ...": "they" agrees in number with the two men, not with the one whose name stands
nearest. When the actor a "they", "them" or "their" was read to stand for is a person named
as a member of a coordination of people's names, each of whom the document's actors name, the
pronoun stands for the coordination: named by all their names, with the country they share
or none, the sector they share or the first one's.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .actor_joined_names import joined_actor

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from .records import Actor

__all__ = ["joined_antecedent"]

#: How many people a coordination may join.
_MOST = 4


def joined_antecedent(found: Actor, root: Token, actor_of: Callable[[Token], Actor | None]
                      ) -> Actor | None:
    """The actor of all the people whose coordination is the antecedent ``found`` or has it
    as a member (``root``: the head of its words), or ``None`` when there is none or not
    every member is a person ``actor_of`` names (a member's head: its actor seen so far)."""
    whole = joined_actor(root.doc, found)
    if whole is not None:
        return whole  # "Haddad and Nasser" read as one of them
    top = root
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head
    members = [top]
    while len(members) <= _MOST and (nxt := next(
            (c for c in members[-1].children if c.dep_ == "conj"), None)) is not None:
        members.append(nxt)
    if len(members) < 2 or len(members) > _MOST or root not in members or any(
            c.dep_ == "cc" and c.lower_ != "and" for t in members for c in t.children):
        return None  # one person, a long list, or "Haddad or Nasser"
    actors = [actor_of(t) for t in members]
    if any(a is None or not a.name or " and " in a.text or
           a.char_start is None or a.char_end is None for a in actors):
        return None
    named: list[Actor] = actors  # type: ignore[assignment]
    names = [a.name or "" for a in named]
    if len({n.split()[-1].lower() for n in names}) < len(names) or \
            not all(t.pos_ == "PROPN" for t in members):
        return None  # a shared surname, or not people's names
    countries = {a.country for a in named}
    sectors = {a.sector for a in named}
    first, last = named[0], named[-1]
    doc = root.doc
    start, end = min(a.char_start or 0 for a in named), max(a.char_end or 0 for a in named)
    return replace(first, text=doc.text[start:end], name=" and ".join(names),
                   country=countries.pop() if len(countries) == 1 else None,
                   country_from=first.country_from if len(countries) == 1 else None,
                   sector=sectors.pop() if len(sectors) == 1 else first.sector,
                   parent=None, char_start=start, char_end=max(end, last.char_end or 0))
