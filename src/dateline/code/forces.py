"""Police and armed forces named in a phrase ("senior police officials", "an army column")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import prep_objects, subject
from ..tokens import per_token, span_text
from ..wordclasses import word_class
from .phrases import phrase_words
from .ranks import rank_sector, shared_rank
from .roles import POSSESSIVE_PRONOUNS, agent_words, np_span, party_in
from .words import ARMED, PLACE_NOUNS, UNITS, counted

if TYPE_CHECKING:
    from spacy.tokens import Token


_JURISDICTIONS = word_class("jurisdictions")
_ENVOYS = word_class("envoys")


@per_token
def security_sector(tok: Token) -> str | None:
    """COP or MIL when the phrase headed by ``tok`` names police or armed forces."""
    agents = agent_words()
    if tok.lemma_.lower() in PLACE_NOUNS or tok.lemma_.lower() in _JURISDICTIONS:
        return None  # "the police station area", "soran police circle": places
    sector = rank_sector(tok, agents.get(tok.lemma_.lower()))
    if sector in ("COP", "MIL"):
        return sector
    # any agent word in the phrase: "senior police officials", "the superintendent of police"
    start, end = np_span(tok, with_conj=False)
    words = phrase_words(span_text(tok.doc, start, end))
    found = None
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            key = " ".join(words[i:i + n])
            sector = agents.get(key)
            if sector == "COP" and shared_rank(key):  # "Inspector Sharma", "UN inspectors"
                rank = next((t for t in tok.doc[start:end] if t.lower_ == key), tok)
                sector = rank_sector(rank, sector)
            if sector == "COP":
                return sector
            found = found or (sector if sector == "MIL" else None)
    return found


#: Words for people of no calling that "armed" makes fighters ("armed men"; "armed villagers"
#: are still villagers).
_ARMED_PEOPLE = frozenset({"man", "men", "group", "youth", "individual", "person", "assailant"})


def armed(tok: Token) -> bool:
    """Whether ``tok`` names fighters or forces: by its word, or said to be armed ("armed men")."""
    lemma = tok.lemma_.lower()
    return lemma in ARMED or lemma in UNITS or security_sector(tok) is not None or (
        lemma in _ARMED_PEOPLE and any(c.dep_ == "amod" and c.lower_ == "armed"
                                       for c in tok.children))


def owner_by_of(noun: Token) -> Token | None:
    """The police in "inaction of the police", "failure on the part of the police"."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "by", "on"):
            for g in c.subtree:
                if g.dep_ == "pobj" and security_sector(g):
                    return g
    return None


def withdrawn_from(verb: Token, obj: Token | None) -> Token | None:
    """The recipient of a withdrawal (``verb``) whose object is ``obj``: forces and envoys a
    party withdraws are its own, so the party or place they leave is the one the act is done
    to ("withdraw all US troops from Syria", "recalled its ambassador from Riga"), or none is
    named; any other object stays the recipient ("withdrew its support for the rebels")."""
    if obj is None:  # ("staff will be withdrawn from Syria": the passive's subject likewise)
        return obj
    head = counted(obj)
    if head.lemma_.lower() not in _ENVOYS and not armed(head):
        return obj
    return party_in(verb, "RETREAT") or party_in(head, "RETREAT")  # "troops from Iraq"


#: Words saying an act is the ender's own ("called off its strike", "their own march").
_OWN = POSSESSIVE_PRONOUNS | {"own"}
_CROWD_ACTS = frozenset({"Protests", "Riots"})


def _ender(frame: Token) -> Token | None:
    """Who ends the act: the subject of the ending verb or of the verb it completes ("tried to
    stop the looting": the one who tried)."""
    for verb in (frame, frame.head if frame.dep_ in ("xcomp", "ccomp") else None):
        if verb is None:
            continue
        subj = subject(verb)
        if subj is not None:
            return subj
    return None


def stops_others(noun: Token, frame: Token, acled_event_type: str | None) -> bool:
    """An act ended by someone who did not do it is restrained, not given up ("police stopped
    the march", "troops tried to stop the looting", "the army halted the rebels' advance");
    an act of the ender's own is called off ("the union called off its strike")."""
    ender = _ender(frame)
    doer = next((c for c in noun.children if c.dep_ == "poss"), None)
    if doer is None:
        doer = next(prep_objects(noun, ("by", "from")), None)
    if doer is not None:
        if doer.lower_ in _OWN or ender is None:
            return False
        return doer.lemma_.lower() != ender.lemma_.lower()
    crowd = acled_event_type in _CROWD_ACTS or noun.lemma_.lower() in ("looting", "riot")
    return crowd and ender is not None and security_sector(ender) is not None
