"""A fighter of a named armed group is of that group, not of a kind named for his country.

PLOVER and CAMEO code a member of an armed group with the group's code, and ACLED names the
group as the actor; a fighter's own country is the one thing his words add. So a member's
noun read only as a kind of armed party ("militants", "jihadists", "fighters": rebels, or an
unidentified armed group, of the country a demonym before it names) whose own phrase names the
armed group it belongs to ("Tunisian militants of Hayat Tahrir al-Sham", "the fighters from
the Jaish al-Islam group", "gunmen from the Nusra Front") takes the group: its name, its
sector and its parent, and the country the demonym gives him, else the group's. The group is
named by a proper name the dictionary reads as an armed party (a state's army or police, or
an armed group), before the noun or after "of", "with", "in", "for" or "from" (from a party
is of it; from a place, which is no party, says where he comes from, even one a group holds:
"from Hezbollah-held areas", "from the Hezbollah stronghold of Baalbek"); a former member
("a former Isis fighter") keeps his kind. An actor with a name of its own (a person, a
group) is as it was: ``actor_fighters`` reads whom a person serves.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .sectors import FORCE_SECTORS

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from spacy.tokens import Span, Token

    from .records import Actor

__all__ = ["group_member", "past_member"]

#: Nouns of an armed group's member, which a kind's name stands for until the group is read.
_MEMBERS = frozenset({"member", "fighter", "militant", "jihadist", "jihadi", "combatant",
                      "recruit", "militiaman", "guerrilla", "insurgent", "gunman", "extremist",
                      "operative", "commander"})
#: Prepositions that join a member to his group.
_PREPS = frozenset({"of", "with", "in", "for", "from"})
#: Sectors of a kind of armed party a member's noun alone is read as.
_KINDS = frozenset({"REB", "UAF"})
#: Common nouns of an armed group, which a name before them calls ("the Jaish al-Islam group").
_GROUP_WORDS = frozenset({"group", "militia", "faction", "front", "brigade", "movement",
                          "organisation", "organization"})
#: Words that make a membership a past one.
_PAST = frozenset({"former", "ex", "ex-"})


def group_member(actor: Actor | None, words: Span | None, kind_names: frozenset[str | None],
                 party: Callable[[Span], tuple[str | None, str | None, str | None]]
                 ) -> Actor | None:
    """``actor`` as a member of the named armed group its own words (``words``) name, or
    ``actor`` itself (see the module). ``kind_names``: the names ``actor`` would have as a
    kind alone (the sector's label, the country's kind); ``party`` gives (name, country,
    sector) of a phrase."""
    if actor is None or words is None or actor.sector not in _KINDS or \
            actor.name not in kind_names:
        return actor
    root = words.root
    if root.lemma_.lower() not in _MEMBERS and root.lower_ not in _MEMBERS or \
            past_member(root):
        return actor
    for phrase in _groups(root):
        name, country, sector = party(phrase)
        if name and sector in FORCE_SECTORS:
            own = actor.country if actor.country_from is None else None
            return replace(actor, name=name, sector=sector, country=own or country or
                           actor.country, country_from=actor.country_from if own else
                           "antecedent")
    return actor


def past_member(noun: Token) -> bool:
    """Whether a member's noun is made a past one by its modifier ("a former fighter", "an
    ex-member")."""
    return any(c.lower_ in _PAST for c in noun.children if c.dep_ in ("amod", "compound"))


def _groups(noun: Token) -> Iterator[Span]:
    """The phrases of proper names that may name a member's group: a name before the noun
    ("Isis fighters"), or the object of "of", "with", "in", "for" or "from" after it when it
    is itself a proper name (from its first proper-name word: "the Nusra Front", not
    "Hezbollah-held areas"), and the name a group word is called by ("the Jaish al-Islam
    group", not "the Hezbollah stronghold")."""
    doc = noun.doc
    for c in noun.children:
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i:
            yield doc[c.left_edge.i:c.i + 1]
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.pos_ == "PROPN":
                start = obj.i
                while start > obj.left_edge.i and doc[start - 1].pos_ == "PROPN" and \
                        start <= doc[start - 1].head.i <= obj.i:
                    start -= 1
                yield doc[start:obj.i + 1]
            names = [c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if obj.pos_ == "NOUN" and names and obj.lemma_.lower() in _GROUP_WORDS:
                yield doc[names[0].i:names[-1].i + 1]
