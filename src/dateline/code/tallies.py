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
from .numbers import count_of
from .occasions import own_time

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["tally_of_a_stretch"]

_HARMS = word_class("record_harms")
#: vague counts one occasion may well reach ("scores of men were detained last year")
_FEW_MANY = frozenset({"several", "multiple", "dozens", "scores"})
#: vague counts of a great many ("hundreds", "countless"), read as a tally's
_MANY = word_class("many_counts") - _FEW_MANY
#: the least count that no one occasion is assumed to reach in a year's record
_HUNDREDS = 100


def _at_least(noun: Token, least: int) -> bool:
    """``noun`` is counted ``least`` or more ("300 people", "three hundred people", "1.5
    million people", "more than 2,000 people": :func:`~dateline.code.numbers.count_of`), or
    as a vague great many ("hundreds of civilians", "thousands", "countless raids"); not
    "dozens", "several", which one occasion may reach."""
    if noun.lower_ in _MANY or any(c.dep_ in ("amod", "nummod") and c.lower_ in _MANY
                                   for c in noun.children):
        return True
    if noun.lower_ in _FEW_MANY or any(c.dep_ in ("amod", "nummod") and c.lower_ in _FEW_MANY
                                       for c in noun.children):
        return False
    value = count_of(noun)
    return value is not None and value >= least


def _counted(party: Token) -> bool:
    """A party counted in the hundreds or a vague great many."""
    return _at_least(party, _HUNDREDS)


def _one_act_named(verb: Token) -> bool:
    """A singular noun of an act in the verb's clause ("a bomb", "an attack"): the toll is
    that occasion's."""
    return any(w.tag_ == "NN" and act_noun(w) for w in verb.subtree)


def _acts_counted(noun: Token) -> bool:
    """"40 attacks", "hundreds of raids": acts counted, three or more."""
    if noun.tag_ != "NNS" or not act_noun(noun):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _MANY:
        return True
    return _at_least(noun, 3)


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
