"""The doer of a gerund with no subject of its own is the one the phrase it completes speaks of
(its controller), wherever the parse hangs that phrase:

- on an adjective said of someone: "the two men are responsible for murdering the hostages",
  "a commander guilty of shelling the town" (the men, the commander);
- on a participle that describes someone: "the first person prosecuted for helping the
  group", "the first woman killed fighting alongside the militia" (the person, the woman);
- on a verb, the party it acts on: "were fined by a court for going to fight",
  "attacked the rebels for shelling the town" (they, the rebels), not a thing ("used the
  helicopters for carrying troops": the user);
- on a noun of what befalls or is given to someone: "his arrest for insulting the king", "the
  arrest of the lawyer for defending the protesters", "a soldier facing charges for fighting
  the group", "was given a medal for rescuing the crew" (he, the lawyer, the soldier);

and a noun that only says what someone is ("she was the first woman killed ...", "he is
thought to be the first person prosecuted ...") stands for that someone. The gerund's doer is
never a thing ("the use of force for dispersing the crowd" names no doer). A participle on
one's own life or time spent or given is the subject's act ("she gave her life defending the
town": she defended it). A sentence-opening gerund of saying is the main clause's subject's
act (see ``actor_said_openers``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .code.phrases import thing
from .code.reduced_passives import killed_doing
from .actor_said_openers import opening_speaker
from .code.words import INJURE, is_kill
from .deps import prep_objects
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

__all__ = ["gerund_doer"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
#: Verbs whose subject undergoes, holds or earns what their object names ("faces charges",
#: "received a sentence", "won an award"), so that the object's "for" phrase tells of the
#: subject's own act.
_UNDERGOING = frozenset({"face", "receive", "get", "serve", "win", "earn", "risk", "escape",
                         "deserve", "incur", "suffer", "draw", "attract", "avoid"})
#: Verbs whose passive subject is given what their object names ("was given a medal for").
_GIVING = frozenset({"give", "award", "hand", "grant", "issue", "sentence"})
#: Nouns whose "for" phrase is the reason someone meets them: a punishment, a blame, a reward
#: ("his arrest for", "charges for", "a medal for"), not a call or a plan ("a call for ending
#: the siege" is no act of the caller's).
_REASONED = word_class("for_what") | frozenset({
    "charge", "prosecution", "trial", "conviction", "detention", "punishment", "award", "medal",
    "prize", "criticism", "condemnation", "execution", "expulsion", "deportation", "ban",
    "imprisonment", "sentence", "term", "penalty", "sanction"})


def gerund_doer(verb: Token, subject_of: Callable[[Token], Token | None]) -> Token | None:
    """The doer of ``verb``, a gerund with no subject of its own, by the rules of the module;
    ``None`` when it is no such gerund or the phrase names no one (``subject_of`` finds the
    doer of a clause)."""
    if (speaker := opening_speaker(verb, subject_of)) is not None:
        return speaker  # "Insisting X is essential ..., he said": he insists
    while verb.dep_ == "xcomp" and verb.head.tag_ == "VBG" and not any(
            c.dep_ in _SUBJECTS for c in verb.children):
        verb = verb.head  # "for going to fight": the one who goes fights
    if verb.tag_ != "VBG" or any(c.dep_ in _SUBJECTS or c.dep_ == "poss" for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "acl" and _own_time(head):  # "she gave her life defending the town"
        doer = subject_of(head.head)
        doer = doer if doer is not None and _owns(doer, head) else None
    elif verb.dep_ in ("pcomp", "pobj") and head.dep_ == "prep" and head.i != head.head.i:
        doer = _said_of(head.head, subject_of, head.lower_)
        for holder in _hung_higher(head.head):  # "a prosecution under terrorism laws for
            if doer is not None:  # fighting": the parse hangs the reason on the nearer noun
                break
            doer = _said_of(holder, subject_of, head.lower_)
    elif verb.dep_ in ("dobj", "obj") and head.tag_ in ("VBD", "VBN") and (
            is_kill(head) or head.lemma_.lower() in INJURE):
        # "the first woman killed fighting": a reduced passive (see ``reduced_passives``)
        doer = killed_doing(head) or (_said_of(head, subject_of) if head.dep_ == "acl" else None)
    else:
        return None
    return None if doer is None or thing(doer) else doer


#: Nouns of the span of one's own life or time, which one spends, gives or loses doing something.
_LIFETIME = frozenset({"life", "time", "day", "year", "month", "week", "career", "youth",
                       "weekend", "night", "evening", "hour"})
#: Verbs of spending, giving or losing one's life or time.
_SPENDING = frozenset({"give", "spend", "lose", "devote", "dedicate", "waste", "risk"})
#: Possessive pronouns that make the time the subject's own, and the pronoun subjects each
#: agrees with (a name or a noun: any but the first and second persons').
_OWN = {"her": "she", "his": "he", "their": "they", "my": "i", "our": "we", "your": "you",
        "its": "it"}


def _own_time(noun: Token) -> bool:
    """Whether ``noun`` is a life or time that a verb's subject spends, gives or loses
    ("gave her life", "spent his days", "lost their lives"): a participle on it tells what the
    subject did in it, not what the time did, when the time is the subject's own (``_owns``)."""
    return noun.lemma_.lower() in _LIFETIME and noun.dep_ in ("dobj", "obj") and \
        noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in _SPENDING and \
        any(c.dep_ == "poss" and c.lower_ in _OWN for c in noun.children)


def _owns(subject: Token, noun: Token) -> bool:
    """Whether the life or time ``noun`` is the ``subject``'s own: its possessive agrees with
    the subject ("she gave her life", "the soldiers gave their lives", not "she risked his
    life")."""
    own = next(_OWN[c.lower_] for c in noun.children if c.dep_ == "poss" and c.lower_ in _OWN)
    if subject.lower_ in _OWN.values():  # a personal pronoun; "who" is as its noun
        return subject.lower_ == own
    return own == "they" if subject.tag_ in ("NNS", "NNPS") else own not in ("i", "we", "you")


def _hung_higher(noun: Token) -> list[Token]:
    """The words a noun's phrase hangs on, through one or two prepositions ("legislation" in
    "a prosecution under terrorism legislation": the prosecution)."""
    out = []
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and len(out) < 2:
        noun = noun.head.head
        out.append(noun)
    return out


def _said_of(holder: Token, subject_of: Callable[[Token], Token | None], prep: str = ""
             ) -> Token | None:
    """Whom the word a gerund's phrase (of the preposition ``prep``) hangs on speaks of."""
    if holder.pos_ == "ADJ":
        if holder.dep_ == "amod":
            return _identity(holder.head, subject_of)
        if holder.dep_ == "acomp" and holder.head.pos_ in ("VERB", "AUX"):
            return subject_of(holder.head)
        if holder.dep_ == "oprd" and holder.head.pos_ == "VERB":  # "was found guilty of",
            return next((c for c in holder.head.children  # "found him guilty of"
                         if c.dep_ in ("nsubjpass", "dobj", "obj")), None)
        return None
    if holder.dep_ == "acl" and holder.tag_ in ("VBN", "VBD") and holder.head.pos_ in (
            "NOUN", "PROPN"):
        return _identity(holder.head, subject_of)
    if holder.pos_ == "VERB" and prep == "for":  # "were fined for going to fight",
        return _acted_on(holder)  # "attacked the rebels for shelling the town"
    if holder.pos_ != "NOUN" or holder.lemma_.lower() not in _REASONED:
        return None
    party = next((o for o in prep_objects(holder, "of") if not thing(o)), None) or next(
        (c for c in holder.children if c.dep_ == "poss"), None)
    if party is not None:
        return party
    verb = holder.head
    if holder.dep_ not in ("dobj", "obj") or verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma in _GIVING and any(c.dep_ == "auxpass" for c in verb.children):
        return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject_of(verb) if lemma in _UNDERGOING else None


#: Entity labels of amounts: what is spent or paid is no party.
_AMOUNTS = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT"})


def _acted_on(verb: Token) -> Token | None:
    """The party a verb acts on, whose own act a "for" phrase on the verb tells (why it is
    blamed, rewarded or treated so, or what it is sent or paid to do): the subject of a
    passive, the object of an active verb; ``None`` when it is a thing ("used helicopters for
    carrying troops": the user carries), an amount ("spent billions for training soldiers":
    the spender's act) or the verb acts on no one."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    party = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")),
                 None)
    if party is None or thing(party) or party.lower_ in ("it", "this", "that", "which") or \
            party.pos_ == "NUM" or party.tag_ == "CD" or party.ent_type_ in _AMOUNTS:
        return None
    return verb.head if party.lower_ in ("who", "whom") and verb.dep_ == "relcl" else party


def _identity(noun: Token, subject_of: Callable[[Token], Token | None]) -> Token:
    """The subject a predicate noun says something of ("she was the first woman ..."), else the
    noun itself."""
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subject = subject_of(noun.head)
        if subject is not None and subject.lower_ not in ("it", "this", "that", "there"):
            return subject
    return noun
