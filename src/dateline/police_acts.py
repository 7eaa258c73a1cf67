"""The police acts the learned police head adds (``learned.Classifier``): an act for a police
word that is the doer of its clause, and the police's statement where the police word names
the speaker.

A police statement ("police said", "a senior police official said", "the spokesperson of the
state police said") is something the police do: by the definition of a police action in a
police story ("did the police do anything?"), it is one, and in such stories the police speak
of their own work more often than of anything else. PLOVER has no statement type, so the coder
gives it as a generic police act at the speech verb (its trigger is the verb of speaking, its
rule ``learned:police_statement``), of half the head's confidence; what the police report keeps
its own doer and attribution ("police said the mob set fire to the shops" is the mob's arson,
told by the police). It is made only when the head is confident that the police acted
(``police_statement``), the rules found no police act in the sentence and what the police
tell is no party's act or fate (:func:`told_act`): beside "militants killed two soldiers,
police said" the police are the teller of the militants' act, while "three persons were injured
in the firing, police said" is their own account of their ground, and their act.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .aspect import governing_verb
from .code import Mention
from .code.frames import load_frames
from .code.lexicon import Sense
from .code.police import DYING
from .code.police_speech import speech_of
from .code.roles import np_span, object_of
from .code.status import status_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .records import Actor, Event

__all__ = ["police_event", "dies", "speech_of", "speaker", "statement_event", "told_act",
           "STATEMENT_RULE"]

ACTION_RULE = "learned:police_action"
STATEMENT_RULE = "learned:police_statement"


def dies(police: Token) -> bool:
    """Whether the verb the police's word hangs on tells them dying ("two policemen died")."""
    return governing_verb(police, itself=False).lemma_.lower() in DYING


def police_event(police: Token, p: float) -> Mention:
    """The act added for a police word that is the doer of its clause, at the verb it hangs on
    ("police personnel patrolled the lanes"), of the head's probability ``p``."""
    verb = governing_verb(police, itself=False)
    if verb.lemma_.lower() in load_frames().verbs:
        # "the police had failed to stop the mob", "tried to disperse them": the act is the
        # complement, with the frame's status (failed, attempted), not the frame verb done
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), verb)
    target = object_of(verb, "COERCE") if verb.pos_ == "VERB" else None
    return _generic(police, verb, p, ACTION_RULE, "generic_security_act",
                    target if target is not None and target.i != police.i else None)


def speaker(police: Sequence[Token]) -> tuple[Token, Token] | None:
    """The first of the police words ``police`` that names a speaker, with its speech verb
    (:func:`speech_of`): "no incident was reported in the police station areas, police added"."""
    return next(((w, verb) for w in police if (verb := speech_of(w)) is not None), None)


def told_act(e: Event) -> bool:
    """Whether an event is a party's act or fate told on someone's word: "militants killed two
    soldiers, police said" is the militants' attack, "an attempt on the life of a provincial
    Tyumen was thwarted, police said" the governor's fate, and the police are their teller, not
    the doers of a second act. What names no party, no doer and no recipient of a country said
    in its words, is the police's own account of their ground ("three persons were injured in the
    firing, police said", "curfew was relaxed, an officer said"): there their statement is the
    act the sentence tells of them, as it is where the act told is theirs and denied ("no
    incident was reported, police added")."""
    if not e.attribution or e.source is not None and e.source.sector == "COP":
        return False
    return e.source is not None or e.target is not None and _of_a_country(e.target)


def _of_a_country(actor: Actor) -> bool:
    """Whether an actor is a party of a country said in its own words ("the governor of
    Tyumen", "three Iraqi civilians"), not one given by the document or the event's place."""
    return actor.country is not None and actor.country_from is None


def statement_event(police: Token, verb: Token, p: float) -> Mention:
    """The police's statement at the speech verb ``verb``: a generic police act with no
    recipient, of half the head's probability ``p`` (a statement is the weakest of acts)."""
    return _generic(police, verb, p / 2, STATEMENT_RULE, "police_statement", None)


def _generic(police: Token, verb: Token, p: float, rule: str, construction: str,
             target: Token | None) -> Mention:
    return Mention(
        trigger=verb.i, trigger_span=(verb.i, verb.i + 1),
        sense=Sense(verb.lemma_.lower(), "COERCE", "police", None, None, None),
        status=status_of(verb), source=np_span(police, with_conj=False),
        target=np_span(target) if target is not None else None, fatalities=None,
        injuries=None, rule=rule, construction=construction, confidence=round(p, 3),
        source_sector="COP")
