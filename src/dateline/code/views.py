"""Clauses that name, ask or tell rather than act: a verb with an object complement
("called them traitors"), a question ("asked why the army withdrew"), a view of what is or may
be so ("warned that the decision could hurt"), a foretelling of what will befall others
("warned that thousands could die"), and an outcome vowed that names no party ("vowed to win
the next vote"). The lexicon's senses test these by name
(:mod:`dateline.code.senses`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import subject
from ..wordclasses import word_class
from .forces import armed, security_sector
from .roles import is_passive
from .words import ARMED, PERSON_NOUNS, PERSONAL, PLACE_NOUNS
from .type_warnings import foretold_happening

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["asks", "bare_outcome", "own_act", "predicative", "prediction", "question",
           "statement"]

_QUESTION_WORDS = word_class("question_words")
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves",
                         "yourself", "yourselves"})


def predicative(verb: Token) -> bool:
    """"called them traitors", "deemed the house safe", "it is called terrorism", "something
    called civilians", "called himself Abu Saad": the verb names or judges its object (an object
    complement), it does not act on it. A person's name as the complement of an active verb is
    the small model's misparse of "called Foreign Minister Sergey Lavrov", unless the object is
    the subject itself."""
    comps = [c for c in verb.children if c.dep_ in ("oprd", "acomp")]
    if not comps:
        return False
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if obj is not None and obj.lower_ in _REFLEXIVES:
        return True
    if is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return True  # "it is called terrorism", "something called civilians"
    return obj is not None and any(c.ent_type_ != "PERSON" for c in comps)


def asks(clause: Token) -> bool:
    """"why the army withdrew", "where they are held": a clause opened by a question word."""
    return any(c.lower_ in _QUESTION_WORDS and c.i < clause.i for c in clause.children
               if c.dep_ in ("advmod", "mark", "nsubj", "nsubjpass", "dobj", "attr"))


def _after_quoted_question(verb: Token) -> bool:
    """"'Will you resign?' I asked the minister": the verb's clause opens right after a quoted
    question, which is what was asked."""
    left = min([verb.i] + [c.left_edge.i for c in verb.lefts])
    doc = verb.doc
    return left >= 2 and doc[left - 1].is_quote and doc[left - 2].text == "?"


def question(verb: Token) -> bool:
    """"asked her why she wore it", "asked him about the talks", "'Why?' she asked": the
    verb asks a question, it requests nothing (a request has an infinitive, a "that"-clause
    or "for" what is asked)."""
    kids = list(verb.children)
    if any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "for" for c in kids):
        return False
    if verb.tag_ == "VBN" and not any(c.dep_.startswith("nsubj") for c in kids):
        # "asked about the talks, the minister said …", "asked whether ...": a question put
        # to the party who answers; with neither, left to the verb's other readings
        return any(c.dep_ == "ccomp" and asks(c) or c.dep_ == "prep" and c.lower_ == "about"
                   for c in kids)
    for c in kids:
        if c.dep_ == "ccomp" and not any(g.dep_ == "mark" and g.lower_ == "that"
                                         for g in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "about":
            return True
        if c.dep_ in ("dobj", "obj") and any(g.text == "?" for g in c.subtree):
            return True
    if _after_quoted_question(verb):
        return True
    return not any(c.dep_ in ("dobj", "obj", "ccomp", "dative") for c in kids)


# Auxiliaries of a clause that tells what is or was so; and those of one that tells what is to
# be done, which a promise, a warning of one's own act or a demand holds.
_FACT_AUXES = frozenset({"is", "are", "am", "was", "were", "has", "have", "had", "does", "do",
                         "did", "'s", "'re", "'ve", "been", "being"})
#: the auxiliaries of what one will or would do
_WILL = frozenset({"will", "would", "wo", "'ll"})
_TO_BE_DONE = _WILL | {"shall", "should", "must", "to", "ought"}
_MAYBE = frozenset({"could", "may", "might", "can", "ca"})
#: the auxiliaries of what will or may be
_FORESEEN = _WILL | _MAYBE


def _subject(verb: Token, clause: Token) -> Token | None:
    """The subject of a verb's that-clause, also where the parse takes it for the verb's object
    ("warned the decision could hurt them": "decision" the object, "hurt" a clause without a
    subject)."""
    subj = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is not None or clause.i < verb.i:
        return subj
    return next((g for g in verb.children if g.dep_ == "dobj" and verb.i < g.i < clause.i
                 and g.pos_ in ("NOUN", "PROPN")), None)


_PENALTIES = word_class("penalties")


def _threat_to(verb: Token, clause: Token) -> bool:
    """"warned Houthi rebels could face more strikes", "warned residents face arrest",
    "warned vessels could be boarded by its coastguard": the party warned will face a harm or
    be acted on by the warner's side, a threat to it ("warned families face hunger" is what
    others go through)."""
    if clause.lemma_ == "face":
        return any(g.dep_ in ("dobj", "obj") and g.lemma_.lower() in _PENALTIES
                   for g in clause.children)
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    for agent in (g for g in clause.children if g.dep_ == "agent"):
        for doer in (g for g in agent.children if g.dep_ == "pobj"):
            if any(p.dep_ == "poss" and p.pos_ == "PRON" for p in doer.children) or (
                    speaker is not None and doer.lemma_.lower() == speaker.lemma_.lower()):
                return True
    return False


#: the auxiliaries of what ought to be so
_OUGHT = frozenset({"must", "should", "ought", "to"})


def _what_it_is(clause: Token) -> bool:
    """"(that his departure must) be a precondition": the clause says what a thing is, a
    predicate noun after "be", no act done or to be done by anyone."""
    return clause.lemma_ == "be" and any(c.dep_ == "attr" for c in clause.children) and not any(
        c.dep_ == "auxpass" for c in clause.children)


def _said_clauses(verb: Token) -> list[Token]:
    """The that-clauses of a verb of saying, and the clause the parse hangs a sentence-opening
    participle on ("Insisting Turkey is essential, he said …": "Insisting" a compound of
    "Turkey", the subject of "is", or the subject of "is" itself, "Turkey" its object)."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.tag_ != "VBG" or not verb.is_sent_start:
        return clauses
    head = verb.head
    if verb.dep_ == "compound" and head.dep_ in ("nsubj", "nsubjpass"):
        head = head.head
    elif verb.dep_ != "csubj":
        return clauses
    return [*clauses, head] if head.dep_ == "ccomp" else clauses


def statement(verb: Token) -> bool:
    """"warned that the decision could hurt", "insisted that he hates them", "agreed that it
    was different": the verb reports a view of what is, was or may be so, held in a clause
    with its own subject; no act of the speaker's is promised, threatened or called for
    ("warned that it would retaliate", "insisted that they withdraw" keep their readings)."""
    for c in _said_clauses(verb):
        if c.pos_ not in ("VERB", "AUX"):
            continue
        subj = _subject(verb, c)
        if subj is None or _threat_to(verb, c):
            continue
        auxes = {g.lower_ for g in c.children if g.dep_ in ("aux", "auxpass")}
        if auxes & _TO_BE_DONE:
            if auxes <= _OUGHT and _what_it_is(c):
                return True  # "must be a precondition": what a thing ought to be, a view
            continue
        if auxes & _MAYBE:
            if subj.pos_ != "PRON":  # "it could strike": maybe the speaker's own act
                return True
            continue
        if c.tag_ in ("VBD", "VBZ") or auxes & _FACT_AUXES or (
                c.pos_ == "AUX" and c.tag_ == "VBP") or _bare_past(c, auxes):
            return True
    return False


def _bare_past(clause: Token, auxes: set[str]) -> bool:
    """"insisting it aimed only to secure the border": a past form the parse tags as a
    participle ("aimed" VBN) that has a subject of its own and no auxiliary is the finite past
    of a clause that tells what was so (a participle stands without a subject)."""
    return clause.tag_ == "VBN" and not auxes and any(
        g.dep_ == "nsubj" for g in clause.children)


_OWN_PRONOUNS = frozenset({"i", "we", "it", "he", "she"})
#: what the speaker's side will, would or can do
_OWN_WILL = _WILL | {"can", "ca", "could"}


def own_act(verb: Token) -> bool:
    """"insisted it would push the militants out", "insisted we will not leave": what the
    speaker's own side will or will not do, told in a clause whose subject is a pronoun of the
    speaker, or in a gerund with no subject of its own ("insisted on joining the fight"); no
    demand on another party ("insisted that they withdraw", "insisted the army must leave",
    "insisted on a ceasefire" keep their readings)."""
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    for c in verb.children:
        if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX"):
            continue
        subj = subject(c)
        if subj is None or subj.pos_ != "PRON":
            continue
        own = subj.lower_ in _OWN_PRONOUNS or (
            speaker is not None and speaker.lower_ == subj.lower_)
        auxes = {g.lower_ for g in c.children if g.dep_ == "aux"}
        if own and auxes & _OWN_WILL:
            return True  # (and "insists it cannot house them": what it can or cannot do)
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(
        g.dep_ == "pcomp" and g.tag_ == "VBG" and not any(
            s.dep_ in ("nsubj", "poss") for s in g.children) for g in c.children)
        for c in verb.children)  # "insisted on joining the fight": what the speaker will do


def prediction(verb: Token) -> bool:
    """"warned that the assault would be a disaster", "warned that thousands could die": what
    will or may befall others, foretold, or befalls them now ("warned families face hunger");
    a view, no threat ("warned that it would retaliate", "warned that the army will strike",
    "warned that the US would respond" keep theirs: a pronoun, a name or an armed body, which
    may be the warner's own side, as the clause's subject)."""
    if statement(verb):
        return True
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    for c in _said_clauses(verb):
        if c.pos_ not in ("VERB", "AUX"):
            continue
        subj = _subject(verb, c)
        if subj is not None and not _threat_to(verb, c) and foretold_happening(subj, c):
            return True  # "warned that an assault would lead to a catastrophe"
        if subj is None or _threat_to(verb, c) or subj.pos_ in ("PRON", "PROPN") \
                or subj.ent_type_ or armed(subj) or security_sector(subj) or (speaker is not None
                                            and subj.lemma_.lower() == speaker.lemma_.lower()):
            continue
        aux = {g.lower_ for g in c.children if g.dep_ in ("aux", "auxpass")}
        if aux & _FORESEEN or not aux and c.tag_ == "VBP":
            return True  # (and "warned children face grave conditions": what others go
            # through now, told)
    return False


#: the prepositions that name what an outcome is won over or carried on with
_OVER = frozenset({"over", "with"})
_FIGHTS = word_class("vowed_fights")
_NAMED = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
#: people by office or role and bodies ("the government", "the minister")
_BODIES = word_class("person_heads") | word_class("offices") | word_class("doers") \
    | word_class("body_heads")


def _party_or_fight(tok: Token) -> bool:
    """"the rebels", "the city", "them", "its offensive": a party, a place or a fight."""
    lemma = tok.lemma_.lower()
    return tok.ent_type_ in _NAMED or tok.lower_ in PERSONAL or lemma in PERSON_NOUNS \
        or lemma in ARMED or lemma in _BODIES or lemma in PLACE_NOUNS or lemma in _FIGHTS \
        or armed(tok) or security_sector(tok) is not None


def bare_outcome(clause: Token) -> bool:
    """"(vowed) to win the next vote", "(pledged) to prevail": an outcome with no party, place
    or fight named as what it is won from or carried on against; not "to win back the city"
    (a particle), "to overcome the rebels" (a party the object), "to prevail over the
    insurgents", "to persist with its offensive", "to win the war against the government" (a
    phrase against anyone, or over or with a party or a fight, of the verb or its object)."""
    if any(c.dep_ == "prt" and c.lower_ == "back" for c in clause.children):
        return False
    objs = [c for c in clause.children if c.dep_ in ("dobj", "obj")]
    if any(_party_or_fight(o) and o.lemma_.lower() not in ("war", "fight", "battle")
           for o in objs):
        return False
    return not any(c.dep_ == "prep" and (c.lower_ == "against" or c.lower_ in _OVER and any(
        g.dep_ == "pobj" and _party_or_fight(g) for g in c.children))
        for head in (clause, *objs) for c in head.children)  # (what one wins against is a foe)
