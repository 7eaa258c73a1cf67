"""Interviews and private words: acts of words that are how a story was told or a family's life.

An event is an act by a party to another. A story of a war tells how its witnesses came to speak
and what their kin said to them; none of it is political event data:

* the terms of an interview: a request, an assent or a talk by someone the actor stage tied to
  no party (no country, parent or sector of its own) to the press ("he asked the reporter to
  use a pseudonym", "she begged the journalist not to print her name"), and anyone's assent
  to speak to the press ("agreed to speak to the Observer", "agreed to an interview"):
  the press is no party, and talking to it is the reporting itself;
* an apology, a promise, a concession or a talk of someone's kin or friend, or of the writer,
  with no one else named ("his wife apologised", "her brother agreed"): said to one of their
  own (:func:`~dateline.private_people.private_person`).

A party's words to the press that press a demand on it ("police asked the reporter to delete
the photos") keep their event: the doer is a party. Only stories of more than one sentence are
read so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_dictionary import is_outlet
from .private_people import private_person
from .sentences import event_token
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Actor, Event

__all__ = ["interview_terms"]

#: acts of words or of dealings
_WORD_TYPES = frozenset({"CONSULT", "REQUEST", "AGREE", "SUPPORT", "COOPERATE", "AID",
                         "ACCUSE", "REJECT", "CONCEDE"})
#: assent, which an interview's terms may be (a refusal to talk is the standing rules':
#: :func:`~dateline.realness_standing.refusal_to_speak`)
_ASSENTS = frozenset({"AGREE", "CONCEDE", "CONSULT"})
#: the acts of words that set an interview's terms: asking, agreeing, conceding, talking
#: (not a refusal or a charge, which a witness may make of the press as of anyone)
_TERMS = frozenset({"REQUEST", "AGREE", "CONCEDE", "CONSULT"})
#: kin and friends' acts of words among themselves
_KIN_WORDS = frozenset({"SUPPORT", "AGREE", "CONCEDE", "CONSULT"})
#: the sectors of the press, and of people the actor stage tied to no party
_PRESS = frozenset({"JRN", "MED"})
_UNPARTIED = frozenset({None, "CVL", "UNK"})
#: words of the press as a recipient of speech ("spoke to a reporter"), and of an interview
_PRESS_NOUNS = frozenset({"journalist", "journalists", "reporter", "reporters", "newspaper",
                          "paper", "press", "media", "interviewer", "correspondent"})
_INTERVIEWS = frozenset({"interview", "interviews"})
#: verbs of assent to an interview ("agreed to an interview")
_CONSENTING = frozenset({"agree", "consent"})
#: verbs of speaking, whose "to" or "with" may name the press
_SPEAKING = word_class("speech_refusals") | {"talk", "tell", "give", "grant", "do"}


def _unpartied(actor: Actor) -> bool:
    """An actor the actor stage tied to no party: no country, parent or sector of its own ("he",
    "the woman", a person named with no office)."""
    return not (actor.country or actor.parent) and actor.sector in _UNPARTIED


def _press_word(noun: Token) -> bool:
    """A word or name of the press ("a reporter", "the Observer") or an interview."""
    if noun.lower_ in _PRESS_NOUNS or noun.lower_ in _INTERVIEWS:
        return True
    if not noun.ent_type_ and noun.pos_ != "PROPN":
        return False
    name = " ".join(t.text for t in noun.subtree if t.lower_ == "the" or (
        t.ent_type_ == noun.ent_type_ if noun.ent_type_ else t.pos_ == "PROPN"))
    return is_outlet(name)


def _speech_to_press(tok: Token) -> bool:
    """"agreed to speak to the Observer", "agreed to an interview": the act's content is
    speaking to the press, or an interview."""
    if any(c.dep_ in ("dobj", "obj") or c.dep_ == "xcomp" and c.lemma_.lower() not in _SPEAKING
           for c in tok.children):
        return False  # "agreed in an interview to resume talks": the talks are agreed to
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "for") and tok.lemma_.lower() in _CONSENTING \
                and any(g.dep_ == "pobj" and g.lower_ in _INTERVIEWS for g in c.children):
            return True  # (not "conceded defeat in an interview", "met him after an interview")
        if c.dep_ != "xcomp" or c.lemma_.lower() not in _SPEAKING:
            continue
        for d in c.children:
            if d.dep_ in ("dobj", "dative") and _press_word(d):
                return True
            if d.dep_ == "prep" and d.lower_ in ("to", "with") and any(
                    g.dep_ == "pobj" and _press_word(g) for g in d.children):
                return True
    return False


def _kin(doc: Doc, actor: Actor | None) -> bool:
    """The writer, the reader, or someone's kin or friend, with no country or party."""
    if actor is None or actor.country or actor.parent or actor.sector not in _UNPARTIED:
        return False
    head = event_token(doc, actor)
    return head is not None and private_person(head)


def interview_terms(doc: Doc, event: Event, tok: Token) -> bool:
    """Whether ``event`` (its trigger ``tok``) is an interview's terms or a family's words."""
    src, tgt = event.source, event.target
    if event.event_type not in _WORD_TYPES:
        return False
    if event.event_type in _ASSENTS and _speech_to_press(tok):
        return True  # "agreed to speak to the Observer", whoever agrees
    if event.event_type in _TERMS and src is not None and tgt is not None and \
            tgt.sector in _PRESS and _unpartied(src):
        return True  # "he asked the reporter not to print his name"
    return tgt is None and event.event_type in _KIN_WORDS and _kin(doc, src)
