"""Tallies: harm or restraint counted in the hundreds over a month, a year or longer
("militants killed 300 people in the province last year", "security forces arrested more than
2,000 people in 2017", "hundreds were detained this year"), and acts counted over such a
stretch ("carried out 40 attacks last year"), sum many acts: a statistic, no act at a time; so
does harm to thousands told in the present perfect with no time ("8,000 people have been
detained": :func:`running_total`). Not one occasion's toll, told by a day ("killed 300 people
on Tuesday") or by one act named in the clause ("a bomb killed 300 people in 2017", "were
killed in an attack last year"). Part of :func:`~dateline.code.modality.unreal`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import subject
from ..wordclasses import word_class
from .lasting_states import act_noun
from .numbers import count_of
from ..aspect import PRESENT_PERFECT
from .occasions import auxes, own_time, span

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["running_total", "tally_of_a_stretch"]

_HARMS = word_class("record_harms")
#: vague counts one occasion may well reach ("scores of men were detained last year")
_FEW_MANY = frozenset({"several", "multiple", "dozens", "scores"})
#: vague counts of a great many ("hundreds", "countless"), read as a tally's
_MANY = word_class("many_counts") - _FEW_MANY
#: the least count that no one occasion is assumed to reach in a year's record
_HUNDREDS = 100
#: the least count of a running total told with no time ("8,000 people have been detained")
_THOUSANDS = 1000
_GREAT = frozenset({"thousands", "millions", "tens"})


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


def _thousands(noun: Token) -> bool:
    """A party counted in the thousands or more ("8,000 people", "thousands of civilians",
    "tens of thousands")."""
    words = {noun.lower_} | {c.lower_ for c in noun.children if c.dep_ in ("amod", "nummod")}
    if words & _GREAT or noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.lower_ in _GREAT):
        return True
    value = count_of(noun)
    return value is not None and value >= _THOUSANDS


def running_total(verb: Token) -> bool:
    """"more than 8,000 people have been detained by the militia", "the regime has killed tens
    of thousands": harm done to thousands, told in the present perfect with no time in its
    clause, is a running total, a statistic. Not the acts made since a time ("have arrested
    1,200 since Monday"), nor one act's toll ("have killed 2,000 in the offensive")."""
    if verb.lemma_.lower() not in _HARMS or not any(a in PRESENT_PERFECT for a in auxes(verb)):
        return False
    doer = subject(verb)
    if doer is not None and act_noun(doer) or own_time(verb, clause=True) or any(
            c.dep_ == "prep" and span(c) for c in verb.children) or _one_act_named(verb):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and _thousands(c) for c in verb.children)


def tally_of_a_stretch(verbs: list[Token], tok: Token) -> bool:
    """Whether the clause of ``tok`` (``verbs``, its verbs from the trigger up) tallies harm or
    restraint done to hundreds, or acts counted ("carried out 40 attacks last year"), over a
    stretch of a month or more."""
    if tok.pos_ == "NOUN" and _acts_counted(tok):
        return bool(verbs) and _long_time(verbs[0])
    for t in verbs[:1]:
        if running_total(t):
            return True
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
