"""Whom a relative's phrase stands for ("her husband", "his daughter"): the one person the
document has named before as that relative of the same person ("Lina Haddad married Omar
Saleh ... her husband": Saleh; "Karim Haddad and his daughter, Maya ... his daughter": Maya).

A relative is not the person they are related to, and a phrase of kin is a definite
description of the one relative of that kind the text has named: by a name set beside the
kin noun of the same owner, or, for a spouse, by the name of the one the owner married. Only
where it is safe: the owner of both phrases is the same person (a possessive pronoun read as
the person it stands for), and one name only is given so ("her sisters Lea and Noor": which
one is unsaid).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .coref_kin import SPOUSES, relative_of
from .full_names import entity_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .coref import Antecedents
    from .records import Actor

__all__ = ["relative_named"]

#: Possessive pronouns of a person.
_OWNERS = frozenset({"his", "her"})


def relative_named(antecedents: Antecedents, doc: Doc, noun: Token) -> Token | None:
    """The head of the name the document gave before ``noun`` (a kin noun owned by "his" or
    "her") to the same person's relative of that kind, or ``None``."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ not in _OWNERS or not relative_of(noun):
        return None
    owner = antecedents.pronoun(poss.i, poss.lower_)
    if owner is None:
        return None
    lemma = noun.lemma_.lower()
    found: dict[str, Token] = {}
    for tok in doc[:poss.i]:
        name, said = None, None
        if tok.lemma_.lower() == lemma and tok.tag_ == "NN":
            name = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                         and c.is_title), None)
            said = _owner_of(antecedents, tok)
        elif lemma in SPOUSES and tok.lemma_ == "marry" and tok.pos_ == "VERB":
            name = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "PROPN"),
                        None)
            said = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            said = _owner_of(antecedents, said) if said is not None else None
        if name is not None and said is not None and _same(owner, said):
            found.setdefault(entity_of(name).text if name.ent_type_ else name.text, name)
    return next(iter(found.values())) if len(found) == 1 else None


def _owner_of(antecedents: Antecedents, tok: Token) -> Actor | str | None:
    """Whose relative a kin noun says (its possessor), or who a subject is: the actor a
    pronoun stands for, else the words of a name."""
    poss = next((c for c in tok.children if c.dep_ == "poss"), None) if tok.tag_ == "NN" \
        else tok
    if poss is None:
        return None
    if poss.lower_ in _OWNERS or poss.lower_ in ("he", "she"):
        return antecedents.pronoun(poss.i, poss.lower_)
    if poss.pos_ != "PROPN":
        return None
    return entity_of(poss).text if poss.ent_type_ else poss.text


def _same(owner: Actor, said: Actor | str) -> bool:
    """Whether the owner of both phrases is one person: the same full name, or the same
    person a surname or pronoun stands for; one name word in common is not enough ("Karim
    Haddad ... Sami Haddad": two men)."""
    return _person(owner) == (_folded(said) if isinstance(said, str) else _person(said))


def _person(actor: Actor) -> str:
    """Who an actor is, by name: the full name it is written with, else the name or
    antecedent it was read as (a surname or pronoun's person)."""
    text = _folded(actor.text)
    if len(text.split()) > 1 and actor.text.istitle():
        return text
    return _folded(actor.name or actor.antecedent or actor.text)


def _folded(name: str) -> str:
    return " ".join(name.lower().replace("’s", "").replace("'s", "").split())
