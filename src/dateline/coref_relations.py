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

from typing import TYPE_CHECKING, NamedTuple
from weakref import WeakKeyDictionary

from .coref_kin import SPOUSES, relative_of
from .full_names import entity_of
from .tokens import per_doc

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .coref import Antecedents
    from .records import Actor

__all__ = ["relative_named"]

#: Possessive pronouns of a person.
_OWNERS = frozenset({"his", "her"})
#: What the possessive and subject pronouns of a document stand for, each asked once.
_OWNER_MEMO: WeakKeyDictionary[Antecedents, dict[int, Actor | None]] = WeakKeyDictionary()


class _Named(NamedTuple):
    """A relative named in a document: by ``name`` (a token index) set beside the kin noun
    ``kind`` at ``at``, or the one ``at`` marries (``kind`` "marry"); ``owner``: the index of
    the possessor or subject whose relative the name is."""

    at: int
    kind: str
    name: int
    owner: int


def relative_named(antecedents: Antecedents, doc: Doc, noun: Token) -> Token | None:
    """The head of the name the document gave before ``noun`` (a kin noun owned by "his" or
    "her") to the same person's relative of that kind, or ``None``."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ not in _OWNERS or not relative_of(noun):
        return None
    owner = _owner_at(antecedents, poss)
    if owner is None:
        return None
    lemma = noun.lemma_.lower()
    kinds = (lemma, "marry") if lemma in SPOUSES else (lemma,)
    found: dict[str, Token] = {}
    for named in _relatives_named(doc):
        if named.at >= poss.i:
            break
        if named.kind not in kinds:
            continue
        said = _owner_at(antecedents, doc[named.owner])
        if said is not None and _same(owner, said):
            name = doc[named.name]
            found.setdefault(entity_of(name).text if name.ent_type_ else name.text, name)
    return next(iter(found.values())) if len(found) == 1 else None


@per_doc
def _relatives_named(doc: Doc) -> list[_Named]:
    """Every relative a document names (see :class:`_Named`), in order, gathered once: a
    name in apposition to a kin noun with a possessor ("his daughter, Maya"), and the one
    whom someone marries."""
    out = []
    for tok in doc:
        name, said = None, None
        if tok.tag_ == "NN":
            name = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                         and c.is_title), None)
            said = tok
        elif tok.lemma_ == "marry" and tok.pos_ == "VERB":
            name = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "PROPN"),
                        None)
            said = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if name is None or said is None:
            continue
        owner = next((c for c in said.children if c.dep_ == "poss"), None) \
            if said.tag_ == "NN" else said
        if owner is not None:
            kind = "marry" if tok.pos_ == "VERB" else tok.lemma_.lower()
            out.append(_Named(tok.i, kind, name.i, owner.i))
    return out


def _owner_at(antecedents: Antecedents, poss: Token) -> Actor | str | None:
    """Who a possessor or subject is: the actor a pronoun stands for (asked once per
    document), else the words of a name."""
    if poss.lower_ in _OWNERS or poss.lower_ in ("he", "she"):
        memo = _OWNER_MEMO.setdefault(antecedents, {})
        if poss.i not in memo:
            memo[poss.i] = antecedents.pronoun(poss.i, poss.lower_)
        return memo[poss.i]
    if poss.pos_ != "PROPN":
        return None
    return entity_of(poss).text if poss.ent_type_ else poss.text


def _same(owner: Actor | str, said: Actor | str) -> bool:
    """Whether the owner of both phrases is one person: the same full name, or the same
    person a surname or pronoun stands for; one name word in common is not enough ("Karim
    Haddad ... Sami Haddad": two men)."""
    return _person(owner) == _person(said)


def _person(actor: Actor | str) -> str:
    """Who an actor (or the words of a name) is, by name: the full name it is written with,
    else the name or antecedent it was read as (a surname or pronoun's person)."""
    if isinstance(actor, str):
        return _folded(actor)
    text = _folded(actor.text)
    if len(text.split()) > 1 and actor.text.istitle():
        return text
    return _folded(actor.name or actor.antecedent or actor.text)


def _folded(name: str) -> str:
    return " ".join(name.lower().replace("’s", "").replace("'s", "").split())
