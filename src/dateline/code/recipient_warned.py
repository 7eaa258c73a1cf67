"""The one a warning is aimed at when it tells how the warner will meet another party's act.

"Turkey warned it will not stand by and watch a Russian-led attack", "Chile warned it would
respond to any Peruvian incursion", "said it would not tolerate Iran's strikes": a threat
or warning (PLOVER THREATEN) is aimed at the party it threatens. When what it says is that the
warner itself will act on, bear or not bear an act of another party, that act's doer is the one
threatened: the owner of the act noun ("Iran's offensive") or the party its modifier names
("Russian-led", "Peruvian"). The act noun itself is a thing, never the recipient. Only the
warner's own reaction is read (the clause's subject is the warner, or a pronoun for it), not a
forecast of what others will do ("warned that a Kurdish attack was imminent").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load_lexicon
from .phrases import doer_in_modifier

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["warned_party"]

#: Pronouns a warner speaks of itself by in what it says it will do.
_SELF = frozenset({"it", "they", "we", "i", "he", "she"})
#: How the content of a warning hangs on its verb: a clause ("warned it would ..."); not an
#: infinitive ("threatened to pull US funding", "to attack a US base"), whose object is what the
#: threatened act is done to, read as any act's object.
_CONTENT = frozenset({"ccomp"})
_SUBJ = frozenset({"nsubj", "nsubjpass"})
#: Kinds of names that name a party in an act noun's modifier.
_PARTY_NAMES = frozenset({"GPE", "NORP", "ORG"})


def _own_reaction(clause: Token, verb: Token) -> bool:
    """Whether ``clause`` tells what the warner itself will do (its subject is the warner or a
    pronoun for it)."""
    subj = next((c for c in clause.children if c.dep_ in _SUBJ), None)
    if subj is None:
        return False
    warner = next((c for c in verb.children if c.dep_ in _SUBJ), None)
    return subj.lower_ in _SELF or warner is not None and subj.lower_ == warner.lower_


def _act_noun(tok: Token) -> bool:
    nouns = load_lexicon().nouns
    return tok.pos_ == "NOUN" and not tok.ent_type_ and (
        tok.lemma_.lower() in nouns or tok.lower_ in nouns)


def _doer(noun: Token) -> Token | None:
    """The party an act noun names as its doer: its owner, a name or demonym before it, or the
    name of an "X-led" or "X-backed" modifier."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner if owner.pos_ in ("PROPN", "NOUN") else None
    named = doer_in_modifier(noun)
    if named is not None:
        return named[0]
    return next((g for c in noun.lefts if c.dep_ == "amod" for g in c.children
                 if g.ent_type_ in _PARTY_NAMES), None)  # "a Russian-led attack"


def _objects(verb: Token):
    for c in verb.children:
        if c.dep_ in ("dobj", "obj"):
            yield c
        elif c.dep_ == "prep":
            yield from (g for g in c.children if g.dep_ == "pobj")


def warned_party(verb: Token, event_type: str) -> Token | None:
    """The doer of the act a warning says the warner will meet ("warned it would not tolerate
    Iran's offensive": Iran); ``None`` otherwise."""
    if event_type != "THREATEN":
        return None
    for clause in verb.children:
        if clause.dep_ not in _CONTENT or not _own_reaction(clause, verb):
            continue
        for act in (clause, *(c for c in clause.children if c.dep_ == "conj")):
            for obj in _objects(act):
                if _act_noun(obj) and (doer := _doer(obj)) is not None:
                    return doer
    return None
