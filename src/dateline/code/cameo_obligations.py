"""A duty a speaker lays on another party is the speaker's demand of that party (CAMEO 10,
Demand: "demand that the target do something"; PLOVER REQUEST). ``addressees`` reads the plain
"Russia said Sudan must return the helicopter"; this pass reads the same demand told three
other ways grammar allows:

* the obligation held by a copula with an adjective of readiness: "the president said Uganda
  must be ready to negotiate" asks the negotiation of Uganda (no intent of Uganda's own, which
  "ready to" alone would tell);
* the obligation told by "need to" or "have to" in the present ("Britain said Russia needs to
  stop the attacks"), which is "must" by another verb;
* the party obliged named as the one the words are put to, with a pronoun for the subject of
  the duty: "Germany told Poland that it must cooperate", "issued a reminder to Iraq that it
  must cooperate", "sent a message to Japan that it must release the crew".

The act keeps its type, its object and its other parties' words; its source is the speaker,
its recipient the party obliged, its status demanded, its root CAMEO 10. A duty the speaker
lays on itself or on no party ("we must be ready", "it must be done") is no demand of anyone.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .addressees import inside
from .occasions import auxes
from ..wordclasses import word_class
from .lexicon import Sense, load_lexicon
from .roles import np_span, subject_of, thing
from .speakers import SPEECH_VERBS
from .status import _FUTURE_RETYPE, deontic

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["duties_laid"]

_MESSAGES = word_class("duty_messages")
_READY = word_class("readiness_adjectives")
#: Verbs of obligation in the present: "needs to", "have to" ("had to" tells what was done).
_OBLIGATION = frozenset({"need", "have"})
_PRESENT = frozenset({"VBZ", "VBP"})
#: Pronouns that may stand for the party told: "told Poland that it must".
_TOLD_PRONOUNS = frozenset({"it", "they"})
_DEMAND_ROOT = "10"
#: How far above the trigger the clause of the duty may stand ("must be ready to allow aid
#: to reach": allow, ready, be).
_REACH = 4


def _duty_clause(tok: Token) -> Token | None:
    """The verb of the clause that lays the duty on the act ``tok`` tells: a copula with a
    modal of obligation and an adjective of readiness ("must be ready to talk"), or "need to",
    "have to" in the present."""
    cur = tok
    for _ in range(_REACH):
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lemma_.lower() in _READY and \
                head.dep_ == "acomp" and head.head.lemma_.lower() == "be" and \
                deontic(head.head):
            return head.head
        if cur.dep_ == "xcomp" and head.tag_ == "VBN" and head.lower_ in _READY and (
                deontic(head) or any(c.dep_ == "auxpass" and deontic(c)
                                     for c in head.children)):  # "must be prepared to", read
            # as a passive (the modal hung on its "be")
            return head
        if cur.dep_ == "xcomp" and head.lemma_.lower() in _OBLIGATION and \
                head.tag_ in _PRESENT and "to" in auxes(cur):
            return head
        if cur.dep_ not in ("xcomp", "conj", "dobj", "advcl"):
            return None
        cur = head
    return None


def _plain_duty(tok: Token) -> Token | None:
    """The verb of the act's own clause when a modal of obligation stands on it ("it must
    cooperate"), climbing through a conjunct or a noun's verb."""
    cur = tok
    for _ in range(2):
        if cur.pos_ in ("VERB", "AUX") and deontic(cur):
            return cur
        if cur.dep_ not in ("conj", "dobj") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _speaker(verb: Token) -> Token | None:
    """The one who speaks with ``verb``; a participle the parse made the subject ("the Red
    Cross operating in Iraq said") gives way to its own subject."""
    who = subject_of(verb)
    if who is None:
        clausal = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")
                        and c.pos_ == "VERB"), None)
        who = next((c for c in clausal.children if c.dep_ == "nsubj"), None) \
            if clausal is not None else None
    return who if who is not None and who.pos_ in ("NOUN", "PROPN") and not thing(who) \
        else None


#: Verbs that put words to a party named as their object: "told Poland", "reminded Iran".
_ADDRESSING = frozenset({"tell", "remind", "warn", "inform", "assure"})


def _told(verb: Token) -> Token | None:
    """The party ``verb`` puts its words to: its indirect object ("told Poland"), or the
    object of its "to" ("sent a message to Japan", "issued a reminder to Iraq")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN") and \
                verb.lemma_.lower() in _ADDRESSING:
            return c
        if c.dep_ in ("dative", "prep") and c.lower_ == "to":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") and not thing(obj):
                return obj
    return None


def _demand_of(clause: Token) -> tuple[Token, Token] | None:
    """The speaker and the party obliged of the duty's clause ``clause``, when it is what a
    speech verb or a message put to someone says."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    head = clause.head
    if clause.dep_ == "ccomp" and head.lemma_.lower() in SPEECH_VERBS | _ADDRESSING:
        speech = head
    elif clause.dep_ in ("acl", "ccomp") and head.lemma_.lower() in _MESSAGES and \
            head.head.i != head.i and head.head.pos_ == "VERB":
        speech = head.head
    else:
        return None
    speaker = _speaker(speech)
    if speaker is None:
        return None
    if subj.lower_ in _TOLD_PRONOUNS:
        obliged = _told(speech) or (_told(head) if head is not speech else None)
    elif subj.pos_ in ("NOUN", "PROPN") and not thing(subj):
        obliged = subj
    else:
        return None
    if obliged is None or obliged.i == speaker.i or any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in obliged.children):
        return None  # "said his government must be ready", "its army must": a duty on itself
    return speaker, obliged


def _own_type(sense: Sense) -> Sense:
    """The act's own type where ``sense`` was read as an intent ("ready to talk": AGREE, CAMEO
    03): asked of another, the talks are asked for, not an intent of the speaker's."""
    lex = load_lexicon()
    for own in lex.verbs.get(sense.lemma, ()) + lex.nouns.get(sense.lemma, ()):
        if own.mode == sense.mode and own.condition == sense.condition and \
                _FUTURE_RETYPE.get(own.event_type, ("",))[0] == sense.event_type:
            return replace(sense, event_type=own.event_type)
    return sense


def _laid(doc: Doc, m: Mention) -> Mention:
    if m.status not in ("demanded", "proposed"):
        return m
    tok = doc[m.trigger]
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "obj") and tok.head.pos_ == "VERB":
        tok = tok.head  # "needs to stop the attacks": the verb whose object the act's noun is
    clause = _duty_clause(tok)
    if clause is None and m.status == "demanded":
        clause = _plain_duty(tok)
    found = _demand_of(clause) if clause is not None else None
    if found is None:
        return m
    speaker, obliged = found
    subj = next(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
    if inside(speaker, m.source) and subj.lower_ in _TOLD_PRONOUNS:
        pass  # "told Poland that it must": the pronoun read as the speaker is the one told
    elif m.source is not None and not (inside(subj, m.source) or inside(obliged, m.source)) \
            or inside(speaker, m.source):
        return m  # the act is another's, or the speaker's own already
    sense = _own_type(m.sense) if m.status == "proposed" else m.sense
    return replace(m, source=np_span(speaker), target=np_span(obliged), status="demanded",
                   source_sector=None, sense=replace(sense, cameo_root=_DEMAND_ROOT))


def duties_laid(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with a duty a speaker lays on another party read as the speaker's demand
    of that party."""
    return [_laid(doc, m) for m in mentions]
