"""Recipients that coordinated verbs share: "arrested and charged three opposition leaders"
(the first verb's object is the second's), "accused Ostrava of sharp practice and issued an
ultimatum" (the act the second verb does is done to the first verb's party)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..deps import prep_object
from .concerns import party_word
from .lexicon import NOT_AN_EVENT, load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["raised_object", "left_party", "named_party", "up_to", "conjunct_agent"]

_PEOPLE_PRONOUNS = frozenset({"him", "her", "them", "us"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_OBJECTS = frozenset({"dobj", "obj"})
#: What a verb with an object or a recipient of its own has: it shares none.
_OWN = _OBJECTS | {"dative", "ccomp", "xcomp", "prep", "agent", "prt", "oprd", "attr", "acomp"}
#: Event types of a stance against a party, and of one for it: a party praised is not the
#: one the sanctions announced next are on, nor one condemned the one aid is pledged to.
_AGAINST = frozenset({"ACCUSE", "REJECT", "DISAPPROVE", "THREATEN", "PROTEST", "SANCTION",
                      "COERCE", "ASSAULT", "MOBILIZE"})
_FOR = frozenset({"SUPPORT", "AID", "AGREE", "COOPERATE", "CONCEDE"})
#: Event types of acts mostly told with no object (stepping down, fleeing, rallying, deploying):
#: an object after a coordinated verb is that verb's alone.
_UNDIRECTED = frozenset({"RETREAT", "PROTEST", "MOBILIZE"})


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def named_party(tok: Token | None) -> bool:
    """A named or worded party, or a pronoun for people ("him", "them"); never one standing
    for a thing ("it")."""
    return tok is not None and (party_word(tok) or tok.pos_ == "PROPN" or tok.ent_type_ in (
        "PERSON", "ORG", "GPE", "NORP") or tok.lower_ in _PEOPLE_PRONOUNS) and \
        tok.lower_ not in ("it", "this", "that", "which")


def raised_object(verb: Token, event_type: str | None = None) -> Token | None:
    """The object a verb with none of its own shares with the verb coordinated after it:
    "arrested and charged three men", "tried to kill or capture the governor", "detained and
    beat dozens of protesters"; not when the later verb has a subject of its own ("police
    arrived and they detained …"), the earlier verb a phrase that may be its own recipient
    ("withdrew from the town and attacked the base"), or an act of ``event_type`` done to no
    one ("resigned and thanked his supporters", "fled and abandoned the villagers")."""
    if event_type in _UNDIRECTED or _passive(verb) or any(c.dep_ in _OWN for c in verb.children):
        return None
    later = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if later is None or _passive(later) or any(c.dep_ in _SUBJECTS for c in later.children):
        return None
    between = verb.doc[verb.i + 1:later.i]
    if any(t.pos_ not in ("CCONJ", "PUNCT", "ADV") for t in between):
        return None  # only "and", "or", a comma or an adverb between the two verbs
    obj = next((c for c in later.children if c.dep_ in _OBJECTS), None)
    return obj if named_party(obj) else None


def left_party(verb: Token, event_type: str | None = None) -> Token | None:
    """The party the verb coordinated before ``verb`` acts on, when ``verb`` has no subject of
    its own and acts on a thing ("accused Ostrava of sharp practice and issued an ultimatum": the
    ultimatum is Ostrava's; "met the president and signed an agreement"); not when the earlier
    verb takes the other stance to its party than an act of ``event_type`` ("thanked Qatar and
    announced new sanctions")."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB" or _passive(verb) or _passive(verb.head) \
            or any(c.dep_ in _SUBJECTS for c in verb.children) or _turned(verb.head, event_type):
        return None
    own = next((c for c in verb.children if c.dep_ in _OBJECTS), None)
    if own is not None and (own.lemma_.lower() == "other" or any(
            c.dep_ == "nummod" for c in own.children)):
        return None  # "killing four officers and wounding six others": people of its own
    obj = next((c for c in verb.head.children if c.dep_ in _OBJECTS), None)
    # a pronoun is left alone: "strip them of their citizenship and restrict activities" tells
    # two acts, the second done to no one named
    return obj if named_party(obj) and obj.pos_ != "PRON" else None


def _turned(verb: Token, event_type: str | None) -> bool:
    """Whether every event reading of ``verb`` the lexicon has takes the other stance to its
    party than an act of ``event_type`` (one for it, one against it)."""
    other = _FOR if event_type in _AGAINST else _AGAINST if event_type in _FOR else None
    if other is None:
        return False
    types = {s.event_type for s in load_lexicon().verbs.get(verb.lemma_.lower(), ())}
    types.discard(NOT_AN_EVENT)  # ("thanked God")
    return bool(types) and types <= other


def up_to(verb: Token) -> Token | None:
    """The counted object of "kidnapped up to 16 advisers", which the parse reads as a particle
    "up" and a phrase "to 16 advisers"."""
    for prt in verb.children:
        if prt.dep_ != "prt" or prt.lower_ != "up":
            continue
        for prep in (*prt.children, *verb.children):
            if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i == prt.i + 1:
                pobj = prep_object(prep)
                if pobj is not None and any(g.dep_ == "nummod" for g in pobj.children):
                    return pobj
    return None


#: What a participle with a voice or a subject of its own has: it shares no agent.
_OWN_CLAUSE = _SUBJECTS | {"aux", "auxpass"}
#: Adverbs that make a coordinated participle a later act, which another party may do
#: ("were arrested and later released by a court").
_LATER = frozenset({"later", "then", "subsequently", "afterwards", "eventually", "finally"})


def conjunct_agent(verb: Token, is_passive: Callable[[Token], bool],
                   agent_of: Callable[[Token], Token | None]) -> Token | None:
    """The "by" agent a passive ``verb`` shares with a participle it is coordinated with: the
    one before it ("were taken away by the police and released"), or the next one when that
    has no subject, auxiliary or object of its own ("have been detained and forcibly
    disappeared by Isis": Isis detained them too); ``agent_of`` reads a participle's agent."""
    if verb.dep_ == "conj" and is_passive(verb.head):
        return agent_of(verb.head)
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.tag_ == "VBN" and conj.i - verb.i <= 4 and \
                not any(c.dep_ in _OWN_CLAUSE or c.dep_ in _OBJECTS or c.lower_ in _LATER
                        for c in conj.children):
            return agent_of(conj)
    return None
