"""Two people "they" stands for: the two persons one clause before it names as its parties
("Mira Holt met her cousin Lena Vogt in Vienna; they flew home together": Holt and Vogt).

A plural pronoun stands for a plural party; when none is named before it, the two persons of
one clause (the doer and the one she acts on or with: subject and object, or a "with" or "to"
phrase) are together the plural it agrees with. Only where it is safe: in the pronoun's own
sentence or the one before, exactly two persons and no group of people are named, no third
person's name stands there, both are parties of the same verb, and neither is the pronoun's
own act's doer. Two persons of two countries are two sides, not one
party; the pair keeps the country only when both have it by their own words or names, and
a sector only when both have it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .records import Actor
from .sentences import in_quotation, sentence_before_start, sentence_bounds, sentence_ents
from .tokens import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .coref import Antecedents

__all__ = ["own_body", "pair_meant", "together", "two_named"]

#: Possessives by which one of people joined is told as another's ("X and his deputy Y").
_THEIR = frozenset({"his", "her", "its", "their"})
#: Plural pronouns that may stand for two people named apart.
_PLURAL = frozenset({"they", "them", "their"})
#: How a person's country was found when it is the person's own: their words, their name, or
#: whom they stand for; not the report's context, which says as much of anyone there.
_OWN = frozenset({None, "antecedent", "possessor"})
#: Links a person's head may be under on the way up to its verb: an apposition, or the object
#: of a preposition (which itself must hang on the verb, not on a noun).
_PATH_LINKS = frozenset({"appos", "pobj"})
#: The last link, to the verb: its subject, object, or a prepositional phrase of it ("by" of
#: a passive included).
_PARTY_LINKS = frozenset({"nsubj", "nsubjpass", "dobj", "prep", "agent"})


def pair_meant(antecedents: Antecedents, doc: Doc, at: int, word: str,
               not_in: range = range(0)) -> Actor | None:
    """The two persons of one clause that the plural pronoun ``word`` at token ``at`` stands
    for (see the module), as one actor, or ``None``."""
    pair = two_named(antecedents, doc, at, word, not_in)
    if pair is None or pair[0].country != pair[1].country:
        return None  # "Holt met Vogt" of two states: two sides, no one party of one country
    return together(pair)


def two_named(antecedents: Antecedents, doc: Doc, at: int, word: str,
              not_in: range = range(0)) -> tuple[Actor, Actor] | None:
    """The two persons of one clause that the plural pronoun ``word`` at token ``at`` may stand
    for, in text order, of one country or of two ("Theresa May met Emmanuel Macron. They
    discussed ...": two sides, which an act of talk "they" do is done between), or ``None``."""
    if word not in _PLURAL:
        return None
    window = sentence_before_start(doc, at)
    text = doc_text(doc)
    quoted = in_quotation(text, doc[at].idx)
    near = [s for s in antecedents.seen if window <= s.at < at and
            (quoted or not in_quotation(text, doc[s.at].idx))]
    if any(s.kind == "people" for s in near):
        return None  # "the rebels" or "Smith and Jones": the plural "they" is
    people: dict[str, tuple[int, Actor, Token]] = {}
    for s in near:
        if s.kind == "person":
            key = (s.actor.name or s.actor.antecedent or s.actor.text).lower()
            root = antecedents.root_of(s)
            if root.dep_ == "poss" and len(s.actor.text.split()) > 1:
                root = root.head  # "her deputy Olaf Scholz": the deputy, not "her"
            while root.dep_ == "compound" and root.head is not root:
                root = root.head  # "her colleague Sofia Brandt", the noun a compound: the name
            people.setdefault(key, (s.at, s.actor, root))
    if len(people) != 2:
        return None
    (_, one, one_root), (_, two, two_root) = sorted(people.values(), key=lambda p: p[0])
    if any(s.at in not_in for s in near if s.kind == "person") or \
            sentence_bounds(doc, one_root.i) != sentence_bounds(doc, two_root.i) or \
            _verb_of(one_root) is None or _verb_of(one_root) != _verb_of(two_root) or \
            _others_named(doc, window, at, (one, two)):
        return None
    return one, two


def together(people: tuple[Actor, ...]) -> Actor:
    """Persons as one party: their names joined; the country only when all have the same one,
    each by their own words or names, a sector or a parent only when all share it."""
    names = [a.name or a.antecedent or a.text for a in people]
    own = all(a.country_from in _OWN for a in people)
    one = people[0]
    return Actor(text=" and ".join(names), name=" and ".join(names),
                 country=one.country if own and all(a.country == one.country for a in people)
                 else None,
                 sector=one.sector if all(a.sector == one.sector for a in people) else None,
                 parent=one.parent if all(a.parent == one.parent for a in people) else None)


def own_body(doc: Doc, heads: list[Token], people: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The joined ``people`` (their names' ``heads``), one told by a possessive as the one
    before's ("Hamas leader Yusuf Darwish and his deputy Sami Harb"), of no country or sector of
    their own, given that one's country, sector and body: a deputy is of his leader's."""
    found = list(people)
    for k in range(1, len(found)):
        one, before = found[k], found[k - 1]
        noun = heads[k].head if heads[k].dep_ == "appos" else heads[k]  # "his deputy, Harb"
        if one.country is None and one.sector is None and any(
                t.dep_ == "poss" and t.lower_ in _THEIR for t in doc[noun.left_edge.i:noun.i]):
            found[k] = replace(one, country=before.country, sector=before.sector,
                               parent=before.parent, country_from="possessor")
    return tuple(found)


def _verb_of(root: Token) -> Token | None:
    """The verb whose party a person's head is: the verb it is the subject, object or
    prepositional phrase of, reached only through an apposition or a preposition of the verb
    ("met her cousin, Lena Vogt", "spoke to Vogt"); not a verb above a noun the person
    qualifies ("condemned the detention of Vogt": Vogt is no party of "condemned")."""
    tok = root
    while tok.head is not tok:
        if tok.head.pos_ in ("VERB", "AUX"):
            return tok.head if tok.dep_ in _PARTY_LINKS else None
        if tok.dep_ not in _PATH_LINKS:
            return None
        tok = tok.head
    return None


def _others_named(doc: Doc, window: int, at: int, pair: tuple[Actor, Actor]) -> bool:
    """Whether a person's name between ``window`` and ``at`` is none of the pair's."""
    words = [set((a.text + " " + (a.name or "") + " " + (a.antecedent or "")).lower().split())
             for a in pair]
    return any(e.label_ == "PERSON" and not any(set(e.text.lower().split()) <= w for w in words)
               for e in sentence_ents(doc, window, at))
