"""Verbs that do nothing to anyone where they stand, whoever their subject: the lexicon's
readings that are no event, talk and plans, the doings of a text. The police pack codes what
police and armed forces do outside the lexicon; these it leaves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..tokens import children, tags
from ..wordclasses import word_class
from .kinds import thing_kind
from .lexicon import NOT_AN_EVENT, Lexicon
from .roles import agent_words, parsed_agent
from .senses import abstract, of_head, verb_reading
from .words import ARMED, UNITS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["idle"]

_TALK_OBJECTS = word_class("talk_objects")
_UNACTING = word_class("unacting_verbs")
_TIES = word_class("backer_participles")


def _of_talk(tok: Token | None) -> bool:
    """"a sentiment", "tribute", "an Arabic term", "final plans", "a statement": a thing of
    the mind or of talk, or a text."""
    return tok is not None and not tok.ent_type_ and (
        abstract(tok) or thing_kind(tok, "_document")
        or tok.lemma_.lower() in _TALK_OBJECTS)


_CRAFT = word_class("craft")
_WAR_CRAFT = frozenset({"warplane", "bomber", "gunship", "fighter"})
_GOALS = frozenset({"to", "into", "toward", "towards", "inside", "onto"})
_BY = frozenset({"near", "around", "over", "close", "past", "along", "across", "off", "to"})
_NAMED = ("GPE", "LOC", "NORP")


def _war_craft(doer: Token) -> bool:
    """"warplanes", "Chinese military aircraft", "fighter jets": a craft of war, by its name
    or by a word of arms or of a country on it."""
    return doer.lemma_.lower() in _WAR_CRAFT or any(
        c.dep_ in ("amod", "compound", "nmod") and (
            c.lemma_.lower() in ARMED or c.lemma_.lower() in _WAR_CRAFT
            or c.ent_type_ in _NAMED) for c in doer.children)


def _by_a_named_place(verb: Token) -> bool:
    """"flew around Taiwan", "over the Baltic Sea", "close to Taiwan", "near the island": the
    craft goes by a named country, island or sea."""
    for c in verb.children:
        if c.lower_ not in _BY:
            continue
        for obj in c.subtree:
            if obj.dep_ == "pobj" and (obj.ent_type_ in _NAMED or obj.lemma_.lower() in (
                    "island", "sea", "coast", "strait", "airspace", "border", "shoal")):
                return True
    return False


def _going_by(verb: Token, doer: Token) -> bool:
    """"fighter jets soared above", "drones moved slowly beneath the jets": a craft that goes
    its way, to no place and doing nothing to anyone, is the scene, no act of its force; a
    craft of war going by a named country or sea ("Chinese warplanes flew around Taiwan") is
    a show of force."""
    return doer.lemma_.lower() in _CRAFT and not any(
        c.dep_ in ("dobj", "obj", "dative", "xcomp", "ccomp") or c.dep_ == "prep"
        and c.lower_ in _GOALS for c in verb.children) and not (
        _war_craft(doer) and _by_a_named_place(verb))


#: the links of a word that describes the noun it stands before
_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss"})


def _single(tok: Token) -> bool:
    """A word that stands alone: no word of its own hangs on it ("US", "British")."""
    return tok.left_edge.i == tok.i == tok.right_edge.i


def _attributive(verb: Token) -> bool:
    """A participle that describes the noun after it, joined by "and" to a modifier of that
    noun: "Syrian and allied forces" (the words before it modifiers of the noun); or a tie
    (word class ``backer_participles``: "allied", "backed") after a lone name or adjective
    that the parse reads as the object of the verb before ("deter US and allied naval
    manoeuvres"), its own object a bare noun phrase (no article, possessive or pronoun: the
    object of an act is "the militia", "his wife", "him"): an adjective that says what the
    noun is, no act. A verb joined to a verb ("supplied and armed the militia", "tried to
    arrest the man and handcuffed him") is an act."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD", "JJ") or any(
            c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children):
        return False
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].dep_ != "cc":
        return False
    before = doc[verb.i - 2]
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if objs:
        obj = objs[0]
        return verb.lower_ in _TIES and before.pos_ in ("PROPN", "ADJ") and _single(before) \
            and before.dep_ in ("dobj", "obj") and before.head.pos_ == "VERB" \
            and obj.left_edge.i == verb.i + 1 and obj.i > verb.i + 1 \
            and obj.left_edge.tag_ not in ("DT", "PRP", "PRP$", "CD") \
            and obj.pos_ in ("NOUN", "PROPN")
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    noun = first.head
    return first.dep_ in _MODIFIERS and noun.i > verb.i and noun.pos_ in ("NOUN", "PROPN")


def idle(lex: Lexicon, verb: Token) -> bool:
    """The verb does nothing to anyone here, whoever its subject: the lexicon reads it as no
    event in its context ("the army released figures"), or it says, names or plans, its
    object a thing of the mind or of talk ("the officer paid tribute", "articulates a common
    sentiment", "troops are making plans"), or it stands as an adjective before a noun
    (:func:`_attributive`: "US and allied forces"), or its doer a text ("a statement naming the
    soldier"), or a craft going its way ("jets soared above"), or it tells no act of anyone's
    (word class ``unacting_verbs``: "cannot afford attacks", "revised the toll")."""
    if verb.lemma_.lower() in _UNACTING:  # "cannot afford attacks", "revised the toll"
        return True
    if _attributive(verb):  # "US and allied naval manoeuvres"
        return True
    found = verb_reading(lex, verb)
    if found is not None and found.event_type == NOT_AN_EVENT:
        return True
    doc, deps = verb.doc, tags(verb.doc).deps  # the children read from arrays: a Token for
    kids = children(doc)[verb.i]  # the one found only
    obj = next((doc[c] for c in kids if deps[c] in ("dobj", "obj")), None)
    if obj is not None and _of_talk(of_head(obj)):
        return True
    doer = next((doc[c] for c in kids if deps[c] == "nsubj"), None)
    if doer is None and verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBG":
        doer = verb.head if verb.dep_ == "acl" else next(
            (c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if doer is None:  # "as a statement by the army puts it"
        doer = parsed_agent(verb)
    if doer is None or doer.pos_ != "NOUN":
        return False
    if _going_by(verb, doer):
        return True
    lemma = doer.lemma_.lower()
    if lemma in ARMED or lemma in UNITS or agent_words().get(lemma) is not None:
        return False  # "the police force", "the contingent": a force, whatever it is called
    return _of_talk(doer)
