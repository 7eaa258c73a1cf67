"""The party an act of force is done to, named as the one that withstands it.

"The rebels repelled an attack by government troops", "fighters fending off the offensive",
"the minister survived an assassination attempt", "he resisted arrest": who repels, resists,
withstands or survives an attack or an arrest is the party it was done to (its recipient, as
PLOVER and CAMEO code an assault or a coercion: the party acted on). The act is a noun, the
object of such a verb (or its passive subject); the party is the verb's subject, the noun its
participle or relative clause is set on ("fighters fending off"), or its passive's agent.

Only a party is taken (not a place or a thing: "the wall withstood the shelling"), never the
act's own doer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .phrases import a_place, np_span, thing
from .shared_objects import named_party

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["resisting_party", "withstanding"]

#: Acts of force whose recipient the one withstanding them is.
_FORCE = frozenset({"ASSAULT", "COERCE"})
#: Verbs of withstanding an act done to oneself, alone or with their particle.
_WITHSTANDING = frozenset({"repel", "repulse", "resist", "withstand", "survive"})
_WITH_PARTICLE = {"fend": "off", "fight": "off", "hold": "off", "ward": "off", "beat": "back",
                  "stave": "off"}
_OBJECTS = frozenset({"dobj", "obj"})
#: Relative words a clause's subject stands for its head noun by.
_RELATIVES = frozenset({"who", "which", "that"})
#: Subject pronouns for people ("he resisted arrest"), which stand for a party named before.
_PEOPLE_SUBJECTS = frozenset({"he", "she", "they", "we"})


def withstanding(verb: Token) -> bool:
    """Whether a verb is one of withstanding an act done to oneself ("repelled", "held off")."""
    lemma = verb.lemma_.lower()
    if lemma in _WITHSTANDING:
        return True
    prt = _WITH_PARTICLE.get(lemma)
    return prt is not None and any(c.dep_ in ("prt", "advmod") and c.lower_ == prt
                                   for c in verb.children)


def _subject(verb: Token) -> Token | None:
    """Who does the withstanding: the verb's subject (through a relative word to its noun), its
    passive's agent, or the noun its participle is set on."""
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    if passive:
        return next((o for a in verb.children if a.dep_ == "agent" for o in a.children
                     if o.dep_ == "pobj"), None)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj",)), None)
    if subj is not None and subj.lower_ in _RELATIVES and verb.dep_ == "relcl":
        return verb.head
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        return verb.head  # "fighters fending off the offensive"
    if subj is None and verb.dep_ == "conj":
        return _subject(verb.head)
    return subj


def resisting_party(doc: Doc, m: Mention) -> tuple[int, int] | None:
    """The words of the party that withstands the act of ``m`` when the act is a noun that a
    verb of withstanding takes; ``None`` for none."""
    act = doc[m.trigger]
    if m.sense.event_type not in _FORCE or act.pos_ != "NOUN":
        return None
    verb = act.head
    if not (act.dep_ in _OBJECTS or act.dep_ == "nsubjpass") or verb.pos_ not in ("VERB", "AUX") \
            or not withstanding(verb):
        return None
    party = _subject(verb)
    if party is None or a_place(party) or thing(party) or party.pos_ == "PRON" and \
            not (named_party(party) or party.lower_ in _PEOPLE_SUBJECTS):
        return None
    words = np_span(party, with_conj=False)
    return None if m.by_doer(words) else words
