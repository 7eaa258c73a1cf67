"""What the police report: the act a police speaker tells of, for the learned police head.

In a police story the police speak of their own work more often than of anything else ("two
persons were injured in the firing, police said", "processions have been banned, a senior police
official said"). The rules code no act at the speech verb, and none at what is reported when no
doer is named there. Where the learned police head is confident that the police acted (the
threshold ``police_report`` of ``learned.py``), the reported act with no other doer becomes a
generic police act at the verb of what is reported; a report of another party's act ("police
said the mob set fire to the shops") stays that party's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .code import Mention
from .code.lexicon import Sense
from .code.roles import agent_words, np_span, object_of
from .code.status import status_of
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["reported_act", "police_act", "REPORT_RULE"]

REPORT_RULE = "learned:police_report"
_SPEECH_VERBS = word_class("speech_verbs_police")
_PARTY_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_CLAUSES = ("ccomp", "parataxis")
_TOLD_AS_DONE = frozenset({"actual", "alleged", "attempted"})


def _speaker_verb(police: Token) -> Token | None:
    """The speech verb whose speaker the police word names ("police said", "a senior police
    official said", "the spokesperson of the state police said", "according to police")."""
    tok = police
    for _ in range(3):
        if tok.dep_ in ("compound", "amod", "conj") and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head  # "police officials", "the army and the police"
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in (
                "NOUN", "PROPN"):
            tok = tok.head.head  # "the spokesperson of the state police"
        else:
            break
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SPEECH_VERBS:
        return tok.head
    return None


def _according_to(police: Token) -> Token | None:
    """The verb a police source is cited for ("according to police, the curfew was relaxed")."""
    prep = police.head
    if police.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according":
        verb = prep.head.head
        return verb if verb.i != prep.head.i and verb.pos_ in ("VERB", "AUX") else None
    return None


def reported_act(police: Token) -> Token | None:
    """The verb of what a police speaker reports, when no other party is named as its doer:
    the speech verb's complement ("police said two persons were injured"), or the clause the
    speech verb comments on ("two persons were injured, police said"); None when the police
    word names no speaker or the report tells another party's act."""
    speech = _speaker_verb(police)
    if speech is None:
        act = _according_to(police)
    else:
        act = next((c for c in speech.children if c.dep_ in _CLAUSES
                    and c.pos_ in ("VERB", "AUX")), None)
        if act is None and speech.dep_ in _CLAUSES and speech.head.pos_ in ("VERB", "AUX"):
            act = speech.head
    if act is None or act.i == police.head.i or status_of(act) not in _TOLD_AS_DONE:
        return None  # a failure, a plan or a wish they tell of is no act of theirs
    return None if _other_doer(act, police) else act


def _other_doer(act: Token, police: Token) -> bool:
    """Whether the reported clause names a party other than the police as its doer ("the mob
    set fire to the shops", "were attacked by the rioters")."""
    agents = agent_words()
    for c in act.children:
        doer = c if c.dep_ == "nsubj" else next(
            (g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "agent" else None
        if doer is None or doer.i == police.i or doer.pos_ == "PRON":
            continue
        lemma = doer.lemma_.lower()
        if doer.ent_type_ in _PARTY_ENTITIES or (lemma in agents and agents[lemma] != "COP"):
            return True
    return False


def police_act(police: Token, act: Token, p: float, rule: str) -> Mention:
    """A generic police act at ``act`` done by the police word, of confidence ``p`` (the
    learned head's), made by ``rule``: an act the head adds for a police doer, or the act a
    police speaker reports."""
    target = object_of(act, "COERCE") if act.pos_ == "VERB" else None
    return Mention(
        trigger=act.i, trigger_span=(act.i, act.i + 1),
        sense=Sense(act.lemma_.lower(), "COERCE", "police", None, None, None),
        status=status_of(act), source=np_span(police, with_conj=False),
        target=np_span(target) if target is not None and target.i != police.i else None,
        fatalities=None, injuries=None, rule=rule,
        construction="generic_security_act", confidence=round(p, 3), source_sector="COP")
