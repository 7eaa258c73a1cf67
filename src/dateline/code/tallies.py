"""Tallies: harm or restraint counted in the hundreds over a month, a year or longer
("militants killed 300 people in the province last year", "security forces arrested more than
2,000 people in 2017", "hundreds were detained this year"), and acts counted over such a
stretch ("carried out 40 attacks last year"), sum many acts: a statistic, no act
at a time. Not one occasion's toll, told by a day ("killed 300 people on Tuesday") or by one
act named in the clause ("a bomb killed 300 people in 2017", "were killed in an attack last
year"). Part of :func:`~dateline.code.modality.unreal`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import subject
from ..wordclasses import word_class
from .lasting_states import act_noun
from .occasions import own_time

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["tally_of_a_stretch"]

_HARMS = word_class("record_harms")
_MANY = word_class("many_counts") - {"several", "multiple", "dozens", "scores"}
#: the least count that no one occasion is assumed to reach in a year's record
_HUNDREDS = 100


def _counted(party: Token) -> bool:
    """"300 people", "more than 2,000 people", "hundreds of civilians", "thousands": a count in
    the hundreds or a vague great many."""
    if party.lower_ in _MANY:
        return True
    for c in party.children:
        if c.dep_ == "nummod":
            value = c.lower_.replace(",", "")
            if value.isdigit() and int(value) >= _HUNDREDS or c.lower_ in _MANY:
                return True
        if c.dep_ == "amod" and c.lower_ in _MANY:
            return True
    return False


def _one_act_named(verb: Token) -> bool:
    """A singular noun of an act in the verb's clause ("a bomb", "an attack"): the toll is
    that occasion's."""
    return any(w.tag_ == "NN" and act_noun(w) for w in verb.subtree)


def _acts_counted(noun: Token) -> bool:
    """"40 attacks", "dozens of raids": acts counted, three or more."""
    if noun.tag_ != "NNS" or not act_noun(noun):
        return False
    if noun.head.lower_ == "of" and noun.head.head.lower_ in _MANY:
        return True
    return any(c.dep_ == "nummod" and (c.lower_.replace(",", "").isdigit() and int(
        c.lower_.replace(",", "")) >= 3 or c.lower_ in _MANY) or c.dep_ == "amod"
        and c.lower_ in _MANY for c in noun.children)


def _long_time(verb: Token) -> bool:
    """A time of the verb's own of a month or more ("last year", "in 2017"; not a year in a
    phrase describing a party: "the 2016 coup"), and none shorter in its clause."""
    return own_time(verb) and not own_time(verb, short=True, clause=True)


def tally_of_a_stretch(verbs: list[Token], tok: Token) -> bool:
    """Whether the clause of ``tok`` (``verbs``, its verbs from the trigger up) tallies harm or
    restraint done to hundreds, or acts counted ("carried out 40 attacks last year"), over a
    stretch of a month or more."""
    if tok.pos_ == "NOUN" and _acts_counted(tok):
        return bool(verbs) and _long_time(verbs[0])
    for t in verbs[:1]:
        if any(c.dep_ == "dobj" and _acts_counted(c) for c in t.children) and _long_time(t):
            return True  # the light verb of acts counted ("carried out 40 attacks")
        doer = subject(t)
        if t.lemma_.lower() not in _HARMS or not _long_time(t) or \
                doer is not None and act_noun(doer):
            continue  # (not acts named as the doer: "the attacks have displaced 300,000")
        parties = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(_counted(p) for p in parties) and not _one_act_named(t):
            return True
    return False
