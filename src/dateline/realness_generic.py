"""Causes and stances told as acts: clauses that name no one happening.

An event is a discrete happening with a doer at a time. Some clauses the rules read as acts tell
instead what holds of a kind of people, what someone stood for, or what a group keeps saying:

* a struggle for a cause or a side: "she fought for the people of the valley", "Britons
  fighting for the militia", "he fought to protect our freedoms": fighting for someone or
  something, with no enemy named, is a life's cause or an allegiance (a tribute, a
  membership), not a battle; fighting for a place or for its control ("fought for the town",
  "for control of the pass"), in a place ("fought for the militia in Kessa"), or to defeat a
  named party, stays a battle;
* a fight told as what someone was doing when killed ("killed by a bomb while fighting
  against the militia", "died fighting the rebels"): the circumstance of the death, which is
  the news, not a second act;
* a charge a group keeps making: "critics accuse the government of neglect", "they blame the
  army for the shortages": the simple present of an accusation by a kind of people or by a
  "they" that stands for no named party is a stance held, not a statement made (a named
  speaker's "the minister accuses", "rebels blame", "they" for two states named before, is
  the news present, and the speaker's own "we condemn" an act of the quotation); the acts the
  charge names ("of abusing prisoners") are its content, not reported happenings.

Only stories of more than one sentence are read so (:mod:`dateline.habits`' rule: a lone line
tells no background). The pipeline also asks, after the real-event judge, for
:func:`~dateline.realness_roles.without_roles` (standing roles, acts inside a condition, an
interview's terms), which this module hands on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .aspect import PRESENT_PERFECT
from .code.arguments import fighter
from .code.occasions import auxes, own_time
from .code.person_nouns import a_person_noun
from .code.phrases import known_group
from .code.words import DIE, LETHAL, PERSON_NOUNS
from .date_clauses import PRESENT_BE
from .realness_private import private_exchange
from .code.particulars import PARTIES, bare_plural
from .realness_roles import without_roles
from .realness_standing import no_act
from .sentences import event_token
from .toponym_words import PLACE_LABELS
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Event

__all__ = ["generic", "without_generics", "without_roles"]

#: the statuses whose events these forms can make no happening: those told as done, and (the
#: content of a held charge) those told as alleged
_STATUSES = ("actual",)
_CHARGED = ("actual", "alleged")
#: the prepositions that put an act in a place ("in Tehran", "near the border")
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around"})
_FIGHT = frozenset({"fight", "battle"})
#: the links of a participle to the verb it tells the circumstance of ("killed fighting" may
#: be parsed as the verb's object)
_ON_DEATH = frozenset({"advcl", "xcomp", "dobj"})
#: verbs of a death, dying or killed
_DEATHS = DIE | LETHAL
_SPOT_PREPS = frozenset({"near", "at", "outside", "inside", "around"})
#: what one fights for when the fight is a battle: a place's control or possession
_HELD = frozenset({"control", "possession", "territory", "ground", "city", "town", "village",
                   "district", "province", "region", "area", "hill", "base", "airport", "road",
                   "bridge", "border", "crossing", "survival", "life", "lives"})
#: the enemies a fight names ("against the militia", "with rebels", "over the town")
_ENEMY_PREPS = frozenset({"against", "with", "over", "alongside"})
#: verbs of a charge ("accuse", "blame", "condemn")
_CHARGES = frozenset({"accuse", "blame", "charge", "condemn", "criticise", "criticize"})
#: a charge brought in court, an act of the prosecutors whether or not they are named
_COURT_CHARGES = frozenset({"charge"})
#: subjects that are a kind of people ("they" is one only when no named party precedes it)
_KIND_PRONOUNS = frozenset({"many", "some", "others", "critics"})
#: plurals that name a party, not a kind of people ("rebels blame the army")
_ARMED = word_class("armed")
#: how many sentences back a named party "they" stands for is looked for
_ANTECEDENT_SENTENCES = 2


def _bare_plural(noun: Token) -> bool:
    """A kind of people or things: a bare plural (:func:`~dateline.code.particulars.bare_plural`)
    that names no party."""
    return noun.ent_type_ not in PARTIES and bare_plural(noun)


def _fought_somewhere(verb: Token) -> bool:
    """A fight told with its place: a place phrase on the verb ("fought in the hills", not "in
    2015"), or a named place after "in", "at", "near" anywhere in its clause ("fought for the
    militia in Kessa", where the parser may hang the place from the side)."""
    return any(c.dep_ == "prep" and c.lower_ in _PLACE_PREPS and any(
        g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)
        for c in verb.children) or any(
        t.ent_type_ in PLACE_LABELS and t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS
        for t in verb.subtree)


def fights_for(tok: Token) -> bool:
    """"fought for the people of the valley", "fighting for the militia": a fight for a side or
    a cause, with no enemy, no place, no object and no day of its own."""
    if tok.lemma_.lower() not in _FIGHT or tok.pos_ != "VERB":
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("dobj", "obj") or c.dep_ == "prep" and c.lower_ in _ENEMY_PREPS
           for c in kids) or _fought_somewhere(tok):
        return False
    goals = _goals(tok)
    return bool(goals) and not any(_held(g) for g in goals) \
        and not own_time(tok, short=True, clause=True)


def _goals(tok: Token) -> list[Token]:
    """What a fight is for: its "for" objects, and what its purpose acts on ("fought to protect
    our freedoms")."""
    kids = list(tok.children)
    goals = [g for c in kids if c.dep_ == "prep" and c.lower_ == "for"
             for g in c.children if g.dep_ == "pobj"]
    return goals + [g for c in kids if c.dep_ in ("xcomp", "advcl") and any(
        m.lower_ == "to" for m in c.children) for g in c.children if g.dep_ in ("dobj", "obj")]


def fought_when_killed(tok: Token) -> bool:
    """"killed by a roadside bomb while fighting against the militia", "the first woman killed
    fighting alongside the militia", "died fighting the rebels": a fight told as what one who
    died or was killed was doing then (a participle of the fight, with no subject of its own, on
    the verb of the death, passive where it is a verb of killing) is the victim's part at the
    time, the circumstance of the death that is the news, no second act; a fight for a place,
    its control or against a named party (:func:`_held`) stays a battle."""
    if tok.lemma_.lower() not in _FIGHT or tok.tag_ != "VBG" or tok.dep_ not in _ON_DEATH:
        return False
    head = tok.head
    if head.i == tok.i or head.lemma_.lower() not in _DEATHS or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    # the one killed, not the killer ("troops killed 15 rebels while fighting" is the battle)
    if head.lemma_.lower() in LETHAL and not (any(
            c.dep_ in ("nsubjpass", "auxpass") for c in head.children)
            or head.tag_ == "VBN" and head.dep_ == "acl"):
        return False
    # a fight for a place or its control, or to defeat a party, is a battle ("killed while
    # fighting to retake the town"), as in :func:`fights_for`
    if any(_held(g) for g in _goals(tok)):
        return False
    # a day, or a spot nearer than a country or a town ("near the airport", "in the hills"),
    # makes the fight a battle of its own, told as news ("died fighting near the dam on Monday")
    near = [*tok.subtree, *(c for c in head.children if c.i != tok.i)]
    return not own_time(head, short=True, clause=True) and not any(
        c.dep_ == "prep" and (c.lower_ in _SPOT_PREPS or c.lower_ == "in" and any(
            g.dep_ == "pobj" and g.ent_type_ != "GPE" for g in c.children)) for c in near)


def _held(goal: Token) -> bool:
    """A goal that makes a fight a battle: a place (named, or a proper name of no party) or its
    control, or (the object of a purpose: "fighting to defeat the militia") a party."""
    if goal.dep_ != "pobj" and (goal.tag_ == "PRP" or any(
            t.ent_type_ in PARTIES for t in (goal, *goal.conjuncts) + tuple(
                c for c in goal.children if c.dep_ == "appos"))):
        return True
    return goal.lemma_.lower() in _HELD or goal.ent_type_ in PLACE_LABELS or (
        goal.pos_ == "PROPN" and goal.ent_type_ not in PARTIES)


def _kind_subject(verb: Token) -> bool:
    """The subject is a kind of people: "critics", "many", a bare plural that names no party
    ("residents", not "rebels"), or a "they" that stands for no named party."""
    return any(c.dep_ == "nsubj" and (
        c.lower_ in _KIND_PRONOUNS or c.lower_ == "they" and not _named_before(c)
        or _bare_plural(c) and c.lemma_.lower() not in _ARMED) for c in verb.children)


def _named_before(pron: Token) -> bool:
    """A named party is the subject of a sentence shortly before ``pron`` ("Egypt and Jordan
    issued a statement. They condemn ..."): the one "they" stands for."""
    sent = pron.sent
    start = sent.start
    for _ in range(_ANTECEDENT_SENTENCES):
        if start == 0:
            break
        start = pron.doc[start - 1].sent.start
    return any(t.ent_type_ in PARTIES and (t.dep_ in ("nsubj", "nsubjpass") or
                                            t.dep_ == "conj" and t.head.dep_ == "nsubj")
               for t in pron.doc[start:pron.i])


def held_charge(verb: Token, passive: bool = True) -> bool:
    """"critics accuse the government of neglect", "they blame the army": the simple present
    (plural) of a charge made by a kind of people or by a "they" of no named party; and, unless
    ``passive`` is false, its passive with no one charging in the present or the present
    perfect, in a clause describing a thing ("attacks, for which the policy has been blamed"):
    what the thing is known by, no statement made.
    The acts a passive charge names ("of killing civilians") are still reported as alleged:
    only the charge is no statement made."""
    if verb.lemma_.lower() not in _CHARGES or own_time(verb, short=True, clause=True):
        return False
    if verb.tag_ == "VBP" and not auxes(verb):
        return _kind_subject(verb)
    return passive and verb.dep_ == "relcl" and verb.lemma_.lower() not in _COURT_CHARGES \
        and _a_thing(verb.head) and _agentless_present(verb)


def _a_thing(noun: Token) -> bool:
    """The noun a clause describes is a thing ("the shortages", "the dam"), no person or party
    ("a man who is accused", "the militia, which has been condemned")."""
    lemma = noun.lemma_.lower()
    return not (noun.ent_type_ in PARTIES or noun.pos_ == "PRON" or fighter(noun)
                or known_group(noun) or lemma in PERSON_NOUNS or a_person_noun(lemma))


def _agentless_present(verb: Token) -> bool:
    """A passive with no agent, in the present ("is blamed") or the present perfect ("has been
    blamed")."""
    helpers = auxes(verb)
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children) or any(
            c.dep_ == "agent" for c in verb.children):
        return False
    return len(helpers) == 1 and helpers[0] in PRESENT_BE or "been" in helpers and any(
        a in PRESENT_PERFECT for a in helpers) and len(helpers) == 2


def _in_held_charge(tok: Token) -> bool:
    """The trigger is what a held charge (:func:`held_charge`) names: "of abusing prisoners"."""
    node = tok
    for _ in range(5):
        if node.head.i == node.i:
            return False
        node = node.head
        if held_charge(node, passive=False):
            return True
    return False


#: verbs of saying, which a kind of people in the simple present says as a stance held
#: ("critics say", "residents complain")
_SAYINGS = word_class("held_saying_verbs")
#: the nouns and pronouns of a kind of people whose saying is a view held
_HOLDERS = word_class("held_view_people")


def _holders_subject(verb: Token) -> bool:
    """The subject is a kind of people by its own word (word class ``held_view_people``:
    "critics", "residents", "many", a "they" of no named party), with no named body on it:
    "UN investigators", "rights groups", "opposition lawmakers" make statements."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _HOLDERS and (
        c.pos_ == "PRON" or bare_plural(c)) and (c.lower_ != "they" or not _named_before(c))
        and not any(m.ent_type_ in PARTIES for m in c.subtree) for c in verb.children)


def held_saying(verb: Token) -> bool:
    """"what critics say is neglect", "residents complain that ...": the simple present
    (plural) of a verb of saying by a kind of people (:func:`_holders_subject`), with no time
    of its own, read as a charge: a view held by many, no statement made (the acts it names
    are left to their own status)."""
    return verb.lemma_.lower() in _SAYINGS and verb.tag_ == "VBP" and not auxes(verb) and \
        _holders_subject(verb) and not own_time(verb, short=True, clause=True)


def generic(tok: Token) -> str | None:
    """The form by which the trigger ``tok`` tells no happening (``cause``, ``circumstance``,
    ``charge``), or
    ``None`` (a kind told in a present passive, "women who refuse are beaten", is a standing
    state: :func:`dateline.code.standing.standing`)."""
    if fights_for(tok):
        return "cause"
    if fought_when_killed(tok):
        return "circumstance"
    if held_charge(tok) or _in_held_charge(tok) or held_saying(tok):
        return "charge"
    return None


def without_generics(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` less those told as done whose trigger :func:`generic` reads as a kind, a
    cause or a stance, those told as alleged that a held charge names, acts between private
    people (:func:`~dateline.realness_private.private_exchange`), and those told as done that
    are no act at a time (:func:`~dateline.realness_standing.no_act`)."""
    out = []
    for e in events:
        tok = event_token(doc, e)
        if tok is not None and private_exchange(doc, e, tok):
            continue  # (an act between private people: :mod:`dateline.realness_private`)
        if e.status in _STATUSES and tok is not None and no_act(tok, e):
            continue  # (a standing act, a warning, a no-comment: :mod:`dateline.realness_standing`)
        if e.status in _CHARGED:
            form = generic(tok) if tok is not None else None
            if form is not None and (e.status in _STATUSES or form == "charge"):
                continue
        out.append(e)
    return out
