"""The name of a party whose words join distinct people by "and": all their names, with the
country and sector they share (see :mod:`dateline.actor_joined`)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .actor_dictionary import load_dictionary
from .group_names import armed_group_words
from .person_appositions import pair_apposition

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span

    from .records import Actor

__all__ = ["MOST_PEOPLE", "OWN_COUNTRY", "joined_actor", "member_names", "people_actor"]

#: Where a country the actor stage gave a person came from that is the person's own (its own
#: words or the dictionary leave it ``None``), not the place or focus of the story.
OWN_COUNTRY = frozenset({None, "antecedent", "possessor", "conjunct"})
#: How many people a coordination may join, and how many words a name with its title may have.
MOST_PEOPLE = 4
_LONGEST = 6


def joined_actor(doc: Doc, actor: Actor | None, parts: Sequence[Actor] = ()) -> Actor | None:
    """``actor`` named by all the distinct people its words join by "and", with the country
    and sector they share (see the module), or ``None`` when its words join no such people;
    ``parts``: the actors of its conjuncts, where they were read apart."""
    members = member_names(doc, actor, parts)
    if actor is None or not members:
        return None
    # a one-word name is a person's by the document's full name, not by a namesake the
    # dictionary knows ("Haddad": whoever the document says, not a minister so surnamed); a
    # full name the dictionary knows no one by is the person's own, with what its words say
    # ("Marco Haddad and Leon Moreau, two British volunteers"); a plural description after
    # the names is each one's, whatever name its words gave a part ("two British Isis
    # militants": of a group's role), and a part it left unread says nothing against it
    shared = pair_apposition(members) is not None
    own = [a if (a := _part_for(parts, m)) is not None and (
        _said_in_full(a, m) or len(m) == 1 and _given_in_full(m) or
        (a.name is None or shared) and len(m) > 1) else None for m in members]
    names = [a.name if a is not None and a.name and _said_in_full(a, m) else _full_name(m)
             for a, m in zip(own, members, strict=True)]
    if shared and any(a is not None and (a.country or a.sector) for a in own):
        own = [a for a in own if a is not None and (a.country or a.sector)]
    return people_actor(actor, names, own)


def _said_in_full(actor: Actor, name: Span) -> bool:
    """Whether every word of the name the actor stage read ``name`` as is among its words
    ("Keir Starmer" of "Prime Minister Keir Starmer"; not "Omar Haddad" of "Mr Haddad")."""
    said = {t.lower_ for t in name}
    return bool(actor.name) and all(w.lower() in said for w in (actor.name or "").split())


def people_actor(actor: Actor, names: Sequence[str], own: Sequence[Actor | None]) -> Actor:
    """``actor`` as the people named ``names`` (``own``: each one's actor, or ``None`` when
    unknown): the country they all have of their own, else none, which no story's or
    neighbour's country fills in later; the sector they all have, else none."""
    countries = {a.country if a is not None and a.country_from in OWN_COUNTRY else None
                 for a in own}
    sectors = {a.sector if a is not None else None for a in own}
    country = countries.pop() if len(countries) == 1 else None
    return replace(
        actor, name=" and ".join(names), country=country, country_from=next(
            (a.country_from for a in own if a is not None), None) if country else "joined",
        sector=sectors.pop() if len(sectors) == 1 else None, parent=None,
        antecedent=None)  # (not the one person a surname was read as)


def _full_name(name: Span) -> str:
    """The document's last full name before ``name`` that ends in its last word ("Omar
    Haddad" for "Haddad"), or its own words."""
    low = name[-1].lower_
    full = [e for e in name.doc.ents if e.label_ == "PERSON" and len(e) > len(name) and
            e[-1].lower_ == low and e.end <= name.start]
    return full[-1].text if full else name.text


def member_names(doc: Doc, actor: Actor | None, parts: Sequence[Actor] = ()) -> list[Span]:
    """The names of the distinct people the words of ``actor`` join by "and" (a comma
    between the first ones of a list), or none."""
    if actor is None or actor.char_start is None or actor.char_end is None:
        return []
    words = doc.char_span(actor.char_start, actor.char_end, alignment_mode="expand")
    if words is None or len(words) < 3:
        return []
    cuts = [t.i for t in words if t.lower_ in ("and", ",")]
    if not cuts or doc[cuts[-1]].lower_ != "and" or len(cuts) >= MOST_PEOPLE:
        return []  # no coordination, or one of "or" ("Hale or Ward"), or a long list
    bounds = [words.start, *(i for c in cuts for i in (c, c + 1)), words.end]
    names = [doc[a:b] for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    persons = [n for n in names if _a_name(n, parts)]
    if not persons or not all(n in persons or _unlabelled(n) and _part_for(parts, n) is None
                              and (len(n) > 1 or _given_in_full(n)) for n in names) or \
            not _distinct(names):
        return []  # (proper nouns the parse labels no entity and no one else is read as are
        # a person's beside a person's when a full name, or a surname the document gives)
    return names


def _a_name(words: Span, parts: Sequence[Actor]) -> bool:
    """Whether ``words`` are a person's name, with any title before it: proper nouns only,
    the last a person's by the parse's entities, by the person the actor stage read them as
    ("Scholz": "Olaf Scholz") or as a surname the document gives in full (whatever the
    entity the parse labels it here); not one the actor stage read as an organisation or
    armed group ("Hayat Tahrir al-Sham"), nor an armed group's by its words ("Jaish al-Adl")."""
    if not _proper(words) or armed_group_words(words):
        return False
    own = _part_for(parts, words)
    if own is not None and (own.name or "").lower() in load_dictionary().organisations:
        return False
    return (words[-1].ent_type_ == "PERSON" or _surname_of(
        words, parts) is not None or _given_in_full(words[-1:]))


def _unlabelled(words: Span) -> bool:
    """Whether ``words`` are proper nouns none of which the parse labels an entity but a
    date (a surname that is a month's name: "May")."""
    return _proper(words) and not any(t.ent_type_ not in ("", "DATE") for t in words)


def _proper(words: Span) -> bool:
    """Whether ``words`` are a few proper nouns (a capitalised word the parse tags a common
    noun as well: "Trump")."""
    return 0 < len(words) <= _LONGEST and all(
        t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.is_title for t in words)


def _surname_of(words: Span, parts: Sequence[Actor]) -> str | None:
    """The full name of a person the actor stage read ``words`` of two words or more as, when
    it ends in their last word ("Olaf Scholz", which the parse may take for a body's name);
    a one-word name is a surname only by the document's own full names (:func:`_given_in_full`),
    not by a namesake the dictionary knows."""
    own = _part_for(parts, words) if len(words) > 1 else None
    name = None if own is None else own.name
    if name and len(name.split()) > 1 and name.split()[-1].lower() == words[-1].lower_:
        return name
    return None


def _distinct(names: list[Span]) -> bool:
    """Whether ``names`` are distinct people each named by a name of their own: no two with
    one last word, and a one-word name beside longer ones a surname the document gives in
    full, not a given name that shares the next one's ("Ed and David Miliband")."""
    lasts = [n[-1].lower_ for n in names]
    if len(set(lasts)) < len(lasts):
        return False
    short = [n for n in names if len(n) == 1]
    return len(short) in (0, len(names)) or all(_given_in_full(n) for n in short)


def _given_in_full(name: Span) -> bool:
    """Whether the one-word ``name`` is the last word of a longer person's name of the
    document ("May" after "Theresa May"): a surname, not a given name."""
    low = name[0].lower_
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ == low and
               not e.start <= name.start < e.end for e in name.doc.ents)


def _part_for(parts: Sequence[Actor], name: Span) -> Actor | None:
    """The actor of the conjunct whose words hold the person's ``name``."""
    at = name[-1].idx
    return next((a for a in parts if a.char_start is not None and a.char_end is not None
                 and a.char_start <= at < a.char_end), None)
