"""The one a warning is aimed at when it tells how the warner will meet another party's act.

"Turkey warned it will not stand by and watch a Russian-led attack", "Chile warned it would
respond to any Peruvian incursion", "said it would not tolerate Iran's strikes": a threat
or warning (PLOVER THREATEN) is aimed at the party it threatens. When what it says is that the
warner itself will act on, bear or not bear an act of another party, that act's doer is the one
threatened: the owner of the act noun ("Iran's offensive") or the party its modifier names
("Russian-led", "Peruvian"). The act noun itself is a thing, never the recipient. Only the
warner's own reaction is read (the clause's subject is the warner, or a pronoun for it), not a
forecast of what others will do ("warned that a Kurdish attack was imminent"); and only a
reaction to an act (a verb of meeting one: "respond", "tolerate", "watch"), not the warner's own
act ("would step up American airstrikes against the militia": the militia, read as any act's
object). An act noun that names whom it is against, on or into ("Egypt's attacks on Sudan") is
left to that reading, and the warner or its own side is never the one threatened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import pobjs, prep_objects, subject
from ..gazetteer import fold
from ..wordclasses import word_class
from .lexicon import load_lexicon
from .phrases import doer_in_modifier, thing

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["warned_party"]

#: Pronouns a warner speaks of itself by in what it says it will do.
_SELF = frozenset({"it", "they", "we", "i", "he", "she"})
#: How the content of a warning hangs on its verb: a clause ("warned it would ..."); not an
#: infinitive ("threatened to pull US funding", "to attack a US base"), whose object is what the
#: threatened act is done to, read as any act's object.
_CONTENT = frozenset({"ccomp"})
#: Kinds of names that name a party in an act noun's modifier.
_PARTY_NAMES = frozenset({"GPE", "NORP", "ORG"})
#: Verbs of meeting another party's act: bearing it, answering it, resisting it.
_ANSWERING = word_class("answering_verbs")
#: Nouns of acts such a verb meets that the lexicon gives no event ("any Russian provocation").
_ANSWERED = word_class("answered_acts")
#: Prepositions by which an act noun names whom it is done to ("attacks on the town").
_AIMED = frozenset({"against", "on", "into", "at"})


def _own_reaction(clause: Token, verb: Token) -> bool:
    """Whether ``clause`` tells what the warner itself will do (its subject is the warner or a
    pronoun for it)."""
    subj = subject(clause)
    if subj is None:
        return False
    warner = subject(verb)
    return subj.lower_ in _SELF or warner is not None and subj.lower_ == warner.lower_


def _act_noun(tok: Token) -> bool:
    nouns = load_lexicon().nouns
    return tok.pos_ == "NOUN" and not tok.ent_type_ and (
        tok.lemma_.lower() in nouns or tok.lower_ in nouns or tok.lemma_.lower() in _ANSWERED)


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


def _aimed_at_party(noun: Token) -> bool:
    """Whether the act noun names a party it is against, on, into or at ("incursion into
    Russia"; not "attacks on the dam", a thing)."""
    return any(not thing(g) for g in prep_objects(noun, _AIMED))


def _own_side(doer: Token, warner: Token | None) -> bool:
    """Whether ``doer`` is the warner, a pronoun for it, or its people's demonym."""
    from ..actor_places import gazetteer_country
    from ..seats import demonym_table

    if doer.lower_ in _SELF or doer.lower_ in ("its", "their", "our", "my", "his", "her"):
        return True
    if warner is None:
        return False
    if doer.i in range(warner.left_edge.i, warner.i + 1) or doer.lower_ == warner.lower_:
        return True
    name = " ".join(t.text for t in warner.doc[warner.left_edge.i:warner.i + 1] if t.dep_ != "det")
    country = gazetteer_country(name) if warner.pos_ == "PROPN" else None
    side = demonym_table().get(fold(doer.text)) or (
        gazetteer_country(doer.text) if doer.pos_ == "PROPN" else None)
    return country is not None and side == country


def _objects(verb: Token) -> list[Token]:
    """The objects of ``verb`` and of its prepositions ("tolerate X", "respond to X")."""
    return [g for c in verb.children for g in (
        (c,) if c.dep_ in ("dobj", "obj") else pobjs(c) if c.dep_ == "prep" else ())]


def warned_party(verb: Token, event_type: str) -> Token | None:
    """The doer of the act a warning says the warner will meet ("warned it would not tolerate
    Iran's offensive": Iran); ``None`` otherwise."""
    if event_type != "THREATEN":
        return None
    warner = subject(verb)
    for clause in verb.children:
        if clause.dep_ not in _CONTENT or not _own_reaction(clause, verb):
            continue
        for act in (clause, *(c for c in clause.children if c.dep_ == "conj")):
            if act.lemma_.lower() not in _ANSWERING:
                continue
            for obj in _objects(act):
                if _act_noun(obj) and not _aimed_at_party(obj) and \
                        (doer := _doer(obj)) is not None and not _own_side(doer, warner):
                    return doer
    return None
