"""Offers, proposals, suggestions and invitations: what is put forward, not yet done.

The lexicon reads "offered", "proposed", "suggested" and "invited" as AGREE, the PLOVER type of
willingness to cooperate; what they put forward is still to be taken up, so the event is
proposed, not an agreement reached. What is put forward gives the type, as it does for a
promise or a plan (:func:`~.status.frame_root`): an offer of material help is aid to come (AID,
CAMEO 033: "offered compensation to the families", "compensation was offered", "will offer
them asylum", "the offer of cash"); an invitation of a person or body to talks, a summit or a
visit is a meeting to come (CONSULT, CAMEO 036: "invited the rebel leaders to Paris to discuss
a truce"), one happening with the meeting it names. A sum is aid only when it is offered to
someone and not for something bought ("offered 50 million pounds for the striker": a bid).
An invitation of a thing ("invited bids", "invited a rebuke") is no event.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..wordclasses import word_class
from .senses import actor
from .status import status_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["offering_word", "offers"]

_OFFERING = word_class("offering_verbs")
_INVITING = word_class("inviting_verbs")
_OFFER_NOUNS = word_class("offering_nouns")
_MATERIAL = word_class("material_help")
_MEETINGS = word_class("invited_meetings")
_MEETING_VERBS = word_class("invited_meeting_verbs")
#: CAMEO root of an intent to cooperate (033 material aid, 036 a meeting)
_INTENT = "03"
#: types of a thing put forward that is still to be taken up: a meeting, aid (an offer of
#: aid the lexicon may read as AGREE already); not an apology or condolences, given as said
_MEETING_OR_HELP = frozenset({"CONSULT", "AID", "AGREE"})
#: what an offer still stands as: made, or to be made ("will offer")
_PUT = frozenset({"actual", "proposed"})
#: how what is put forward hangs on the verb that offers it: its object ("offered aid") or
#: passive subject ("aid was offered")
_OFFERED = frozenset({"dobj", "obj", "nsubjpass"})
#: the same, or the act it offers to do ("offered to mediate")
_OFFERED_OR_DONE = _OFFERED | {"xcomp"}


def _offering_verb(tok: Token, deps: frozenset[str]) -> Token | None:
    """The verb of offering ``tok`` hangs on by one of ``deps``, if any."""
    head = tok.head
    return head if tok.dep_ in deps and head.i != tok.i and \
        head.lemma_.lower() in _OFFERING else None


def offering_word(tok: Token) -> Token | None:
    """The verb or noun of offering that puts ``tok``'s event forward: ``tok`` itself (a verb
    of offering, an offer noun), or the verb of offering it is offered by ("offered aid", "aid
    was offered", "offered to mediate"); None when nothing puts it forward."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in _OFFERING or tok.pos_ == "NOUN" and lemma in _OFFER_NOUNS:
        return tok
    verb = _offering_verb(tok, _OFFERED_OR_DONE)
    return verb if verb is not None and verb.pos_ == "VERB" else None


def _objects(verb: Token) -> list[Token]:
    """What ``verb`` puts forward: its object, or its passive subject ("aid was offered")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return objects + [g for c in objects for g in c.conjuncts]


def _recipient(verb: Token) -> bool:
    """"offered the families $5m", "offered $5m to the families": a party given the thing."""
    return any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and actor(g) for g in c.children) for c in verb.children)


def _bought(verb: Token, objects: list[Token]) -> bool:
    """"offered 50 million pounds for the striker": a price, what is bought named."""
    return any(c.dep_ == "prep" and c.lower_ == "for" for t in [verb, *objects]
               for c in t.children)


def _material(verb: Token) -> bool:
    """Whether ``verb`` offers material help: its object is help of that kind ("offered
    asylum", "offered the families compensation") or a sum given to someone ("offered $5m to
    the families"), not a price ("offered $5m for the club")."""
    objects = _objects(verb)
    if any(o.lemma_.lower() in _MATERIAL for o in objects):
        return True
    return any(o.ent_type_ == "MONEY" for o in objects) and _recipient(verb) and \
        not _bought(verb, objects)


def _none_given(noun: Token, verb: Token) -> bool:
    """"offered no aid", "neither country offered aid": nothing is put forward."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither")
               for t in [noun, *subjects] for c in t.children)


def _meeting_named(verb: Token) -> bool:
    """Whether an invitation names a meeting: its invitee is a party and it invites them to a
    place, to or for talks, a summit or a visit, or to visit, meet or join talks."""
    invitees = [c for c in verb.children if c.dep_ in ("dobj", "obj") and actor(c)]
    if not invitees:
        return False
    for c in _beside(verb, invitees):  # ("invited the president for talks": on either)
        if c.dep_ == "prep" and c.lower_ in ("to", "for") and any(
                g.dep_ == "pobj" and (_meeting(g) or c.lower_ == "to" and
                                      g.ent_type_ in ("GPE", "LOC", "FAC")) for g in c.children):
            return True
        if c.dep_ in ("xcomp", "advcl", "ccomp") and c.pos_ == "VERB" and (
                c.lemma_.lower() in _MEETING_VERBS or any(
                    g.dep_ == "dobj" and _meeting(g) for g in c.children)):
            return True
    return False


def _meeting(noun: Token) -> bool:
    """"talks", "the summit", "a visit": a meeting an invitation can name."""
    return noun.lower_ in _MEETINGS or noun.lemma_.lower() in _MEETINGS


def _beside(verb: Token, invitees: list[Token]) -> list[Token]:
    """The dependents of an invitation: the verb's own, and those its parser hung on the
    invitee ("invited the president for talks")."""
    return [c for t in [verb, *invitees] for c in t.children]


def _purposes(verb: Token) -> set[int]:
    """The infinitives an invitation names as its purpose ("to discuss the truce", "to visit
    Riyadh") and the meeting it is for ("for talks")."""
    out = {c.i for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
           and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)}
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return out | {g.i for c in _beside(verb, objects) if c.dep_ == "prep" and c.lower_ == "for"
                  for g in c.children if g.dep_ == "pobj"}


def _talks(verb: Token, mentions: list[Mention]) -> list[int]:
    """Indexes in ``mentions`` of the meeting an invitation names as its purpose ("invited
    them to Paris to discuss the truce"): the invitation's own content, no second event. A
    meeting told as held ("after they met in Doha") is another happening."""
    purposes = _purposes(verb)
    doc = verb.doc  # the purpose's verb ("to discuss") or its object ("to join the talks")
    return [k for k, m in enumerate(mentions) if m.sense.event_type == "CONSULT" and
            m.status != "actual" and (m.trigger in purposes or doc[m.trigger].head.i in purposes)]


def _invited(m: Mention, verb: Token, mentions: list[Mention]) -> tuple[Mention, list[int]]:
    """An invitation to a meeting as a meeting to come; a visit it names gives its kind and
    its words, where it tells its own place and time ("to visit Riyadh next month")."""
    talks = _talks(verb, mentions)
    sense = m.sense.with_type("CONSULT", _INTENT)
    out = replace(m, sense=sense, status="proposed")
    for k in talks:
        if mentions[k].sense.mode is not None:
            out = replace(out, sense=replace(sense, mode=mentions[k].sense.mode),
                          trigger=mentions[k].trigger, trigger_span=mentions[k].trigger_span)
    return out, talks


def _offered_noun(noun: Token) -> Token | None:
    """The verb of offering that puts ``noun`` forward ("offered aid", "aid was offered",
    "proposed talks"), if any."""
    return _offering_verb(noun, _OFFERED) if noun.pos_ == "NOUN" else None


def _of_help(noun: Token) -> bool:
    """"the offer of cash", "an offer of aid": an offer that names material help."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _MATERIAL for g in c.children)
        for c in noun.children)


def _offered_act(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` names the act ``verb`` (or an offer noun) offers to do ("offered to
    help", "offered to host talks", "an offer to mediate")."""
    act = tok.head if tok.dep_ in ("dobj", "obj") else tok
    return act.dep_ in ("xcomp", "acl") and act.head.i == verb.i and act.i != verb.i


def _put_forward(m: Mention, noun: Token, verb: Token) -> Mention:
    """The event a noun put forward by ``verb`` names: not done, as the offer stands (made or
    to be made: proposed; not made, refused or failed: negated; alleged: alleged)."""
    told = status_of(verb)
    if told not in _PUT or _none_given(noun, verb) or any(
            c.dep_ == "neg" for c in verb.children):
        return replace(m, status="negated" if told in _PUT or told == "failed" else told)
    kind = m.sense.event_type
    if kind == "AGREE" and noun.lemma_.lower() in _MATERIAL:
        kind = "AID"
    return replace(m, sense=m.sense.with_type(kind, _INTENT), status="proposed")


def offers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with what a verb of offering puts forward told as proposed, and typed by
    what is offered: AID for material help (named by the verb's object or as the event's own
    noun), CONSULT for an invitation to a meeting."""
    out = list(mentions)
    gone: set[int] = set()
    for k, m in enumerate(mentions):
        tok = doc[m.trigger]
        lemma = tok.lemma_.lower()
        verb = _offered_noun(tok)
        if verb is not None and m.sense.event_type in _MEETING_OR_HELP:
            out[k] = _put_forward(m, tok, verb)  # "offered aid", "offered a deal"
            continue
        if m.sense.event_type != "AGREE" or m.status not in _PUT:
            continue
        acts = [j for j, n in enumerate(mentions) if n.status == "proposed" and
                n.sense.event_type in ("AID", "CONSULT") and _offered_act(doc[n.trigger], tok)]
        if tok.pos_ == "NOUN" and lemma in _OFFER_NOUNS and (acts or _of_help(tok)):
            kind = mentions[acts[0]].sense.event_type if acts else "AID"
            out[k] = replace(m, sense=m.sense.with_type(kind, _INTENT), status="proposed")
            gone |= set(acts)  # "the offer of cash"; "his offer to mediate": the noun tells it
            continue
        if lemma not in _OFFERING or any(c.dep_ == "neg" for c in tok.children) or \
                tok.pos_ != "VERB" or _none_given(tok, tok):
            continue
        if lemma in _INVITING:
            if _meeting_named(tok):
                out[k], talks = _invited(m, tok, mentions)
                gone |= set(talks)
            elif any(c.dep_ in ("dobj", "obj") and not actor(c) for c in tok.children):
                gone.add(k)  # "invited bids", "invited a rebuke": no event
            continue
        if acts:
            gone.add(k)  # "offered to help", "proposed to hold talks": the act offered is it
            continue
        sense = m.sense
        if _material(tok):
            sense = sense.with_type("AID", _INTENT)
        out[k] = replace(m, sense=sense, status="proposed")
    return [m for k, m in enumerate(out) if k not in gone]
