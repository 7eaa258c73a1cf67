"""Figures of conflict: a battle, war or offensive that is fought in a court, at the polls or in
words is no armed attack ("launched a legal battle against the ministry", "waged a war of
words", "a charm offensive", "an uphill battle"), and an attack on a policy or a plan is a
criticism of it ("mounted a fierce attack on the budget"), as a verb of attack with such an
object already reads in the lexicon ("attacked the plan")."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING


from ..sectors import FORCE_SECTORS
from ..wordclasses import word_class
from .lexicon import Sense
from .words import agent_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["figurative"]

_CONFLICTS = word_class("conflict_nouns")
_ARENAS = word_class("figurative_arenas")
#: what a "war of …" or "battle of …" is fought with when it is fought in words
_OF_MIND = word_class("abstract_nouns") | word_class("talk_objects") | word_class("minds")
#: what an attack is made on when it is made in words: a policy, a plan, a text, an idea
_POLICIES = word_class("policy_nouns") | word_class("abstract_nouns") | word_class("documents")
_MODIFIERS = frozenset({"amod", "compound", "nmod"})
_PLACES = word_class("place_nouns") | word_class("weapon_heads")
#: a criticism: CAMEO 111, criticise or denounce
_CRITICISE = ("ACCUSE", "disapprove", "11", "111")


def _conflict(tok: Token) -> Token | None:
    """The noun of conflict an ASSAULT trigger names: the trigger itself ("a legal battle") or
    its object ("waged a war of words", "fighting an uphill battle")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return tok if tok.lemma_.lower() in _CONFLICTS else None
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    return obj if obj is not None and obj.lemma_.lower() in _CONFLICTS else None


def _in_figure(noun: Token) -> bool:
    """"a legal battle", "a charm offensive", "a war of words", "a battle of wills"."""
    for c in noun.children:
        if c.dep_ in _MODIFIERS and c.lemma_.lower() in _ARENAS:
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and any(
                o.dep_ == "pobj" and not o.ent_type_ and o.lemma_.lower() in _OF_MIND
                for o in c.children):
            return True
    return False


def _on_a_policy(noun: Token) -> bool:
    """"an attack on the budget", "a fierce assault on the reforms": on a thing of words (not
    on a place a word of which also names one, held by the party its modifier names: "attacks
    on army posts")."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(
        o.dep_ == "pobj" and not o.ent_type_ and o.lemma_.lower() in _POLICIES
        and not _held_place(o) for o in c.children) for c in noun.children)


def _held_place(obj: Token) -> bool:
    """Whether ``obj`` is a place word held by a party its modifier names ("army posts",
    "a police post")."""
    return obj.lemma_.lower() in _PLACES and any(
        c.dep_ in _MODIFIERS and agent_words().get(c.lemma_.lower()) in FORCE_SECTORS
        for c in obj.children)  # (an army's or police post, not a blog or party post)


def figurative(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions less the armed attacks that are figures of speech, with an attack on a
    policy read as a criticism of it."""
    out = []
    for m in mentions:
        noun = _conflict(doc[m.trigger]) if m.sense.event_type == "ASSAULT" else None
        if noun is None:
            out.append(m)
        elif _in_figure(noun):
            continue
        elif _on_a_policy(noun):
            etype, mode, root, code = _CRITICISE
            out.append(replace(m, sense=Sense(m.sense.lemma, etype, mode, root, None, None,
                                              m.sense.condition, code)))
        else:
            out.append(m)
    return out
