"""A plural pronoun whose antecedent is one of people joined by "and" stands for all of them.

"Tomas Brandt and Lena Vogel were questioned on Monday, and the court said they had lied":
"they" agrees in number with the two people, not with the one whose name stands nearest.
When the actor a "they", "them" or "their" was read to stand for is people's names joined by
"and", or a person named as a member of such a coordination, each of whom the document's
actors name, the pronoun stands for the coordination: named by all their names, with the
country they all have of their own or none, the sector they share or none. People whose own
countries are known to differ are not one party: the pronoun keeps its one antecedent.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .actor_joined_names import MOST_PEOPLE, OWN_COUNTRY, joined_actor, member_names, people_actor

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from spacy.tokens import Token

    from .records import Actor

__all__ = ["joined_antecedent"]

def joined_antecedent(found: Actor, root: Token, actor_of: Callable[[Token], Actor | None]
                      ) -> Actor | None:
    """The actor of all the people whose coordination is the antecedent ``found`` or has it
    as a member (``root``: the head of its words), or ``None`` when there is none, not every
    member is a person ``actor_of`` names (a member's head: that person's actor), or their
    own countries differ."""
    doc = root.doc
    names = member_names(doc, found)
    if names:  # "Haddad and Nasser" read as one of them
        parts = [a for n in names if (a := actor_of(n.root)) is not None and
                 a.char_start is not None and a.char_end is not None and
                 n.start_char <= a.char_start and a.char_end <= n.end_char]
        whole = joined_actor(doc, found, parts)
        return None if whole is None or _differ(parts) else whole
    members = _conjuncts(root)
    if members is None:
        return None
    actors = [actor_of(t) for t in members]
    named = [a for a in actors if a is not None and a.name and a.char_start is not None and
             a.char_end is not None and not member_names(doc, a)]
    if len(named) < len(members) or _differ(named) or \
            len({a.name.split()[-1].lower() for a in named if a.name}) < len(named):
        return None  # a person not named, people of two countries, or a shared surname
    start = min(a.char_start or 0 for a in named)
    end = max(a.char_end or 0 for a in named)
    return replace(people_actor(named[0], [a.name or "" for a in named], named),
                   text=doc.text[start:end], char_start=start, char_end=end)


def _conjuncts(root: Token) -> list[Token] | None:
    """The heads of the people's names coordinated by "and" that ``root`` is one of, or
    ``None``: one name, a long list, one joined by "or", or words not all proper nouns."""
    top = root
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head
    members = [top]
    while len(members) <= MOST_PEOPLE and (nxt := next(
            (c for c in members[-1].children if c.dep_ == "conj"), None)) is not None:
        members.append(nxt)
    if len(members) < 2 or len(members) > MOST_PEOPLE or root not in members or any(
            c.dep_ == "cc" and c.lower_ != "and" for t in members for c in t.children) or \
            not all(t.pos_ == "PROPN" for t in members):
        return None
    return members


def _differ(people: Sequence[Actor]) -> bool:
    """Whether the countries of their own the actor stage gave ``people`` are not one."""
    return len({a.country for a in people if a.country and a.country_from in OWN_COUNTRY}) > 1


def person_by_head(seen: Sequence[tuple[Token, Actor]],
                   resolve: Callable[[Token, bool], Actor | None] | None
                   ) -> Callable[[Token], Actor | None]:
    """The actor of the person whose name a token heads: one ``seen`` so far (a head with
    its actor) that names one person, else the one ``resolve`` reads the name as."""
    def person(head: Token) -> Actor | None:
        found = next((a for t, a in seen if t == head and not member_names(head.doc, a)), None)
        return found if found is not None or resolve is None else resolve(head, False)
    return person
