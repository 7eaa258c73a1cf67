"""Harm or restraint done to tens of thousands, told as a sum to date: a tally, no event.

An event is one act at one time. No one occasion kills, holds or turns back tens of thousands
of people, nor destroys tens of thousands of things (the harms of ``record_harms`` include
destroying, bombing and razing): "more than 53,000 foreign fighters had been prevented from
reaching Syria", "tens of thousands of fighters are believed to have been killed in the
battle", "have destroyed more than 12,000 homes" sum the acts of a campaign or of years. The
perfect with no time of its own tells such a sum to date; a day or a year named ("on
Tuesday", "since Friday", "in 2017") is left to the other tally rules. Verbs joined to each
other ("have arrested and deported 20,000") share the tense, the time and the harmed of the
first. Part of :func:`~dateline.code.tallies.tally_of_a_stretch`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import controller, subject
from ..sentences import first_conjunct
from ..wordclasses import word_class
from .habits import perfect
from .lasting_states import act_noun
from .numbers import count_of
from .occasions import own_time

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["mass_sum_to_date"]

#: acts of harm (killing, holding) and of turning people back (preventing, deporting)
_HARMS = word_class("record_harms") | word_class("turning_back_verbs")
#: the least count of people no one occasion is taken to reach
_MASS = 10_000
#: "tens of thousands", "hundreds of thousands": the words before a vague great count
_TENS = frozenset({"tens", "hundreds"})
_GREAT = frozenset({"thousands", "millions"})


def _mass(noun: Token) -> bool:
    """``noun`` counted in the tens of thousands or more ("53,000 fighters", "tens of
    thousands of fighters", "millions")."""
    if noun.lower_ == "millions" or noun.lower_ in _GREAT and any(
            c.lower_ in _TENS for c in noun.children if c.dep_ in ("quantmod", "nummod", "amod")):
        return True
    value = count_of(noun)
    return value is not None and value >= _MASS


def _harmed(verb: Token) -> list[Token]:
    """Whom or what ``verb`` harms: its object, its passive subject, or the subject of the verb
    whose infinitive it is ("thousands are believed to have been killed")."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not found:
        held = controller(verb)
        found = [held] if held is not None else []
    return found


def _shared_harmed(verb: Token, first: Token) -> list[Token]:
    """Whom ``verb`` harms; where it names no one, whom the first of the verbs joined with it
    or the verbs joined after that harm ("arrested and deported 20,000", "jailed and killed
    tens of thousands")."""
    found = _harmed(verb) or _harmed(first)
    if found:
        return found
    return [c for v in first.children if v.dep_ == "conj" and v.pos_ == "VERB"
            for c in _harmed(v)]


def mass_sum_to_date(verb: Token) -> bool:
    """Whether ``verb`` is harm or restraint in the perfect, with no time of its own (a day
    named in its clause, "since Friday", is one), done to people or things counted in the tens
    of thousands, by no acts named as its doer. A verb joined to an earlier one is read on
    that one's form, time and doer."""
    first = first_conjunct(verb, ("VERB",))
    if verb.lemma_.lower() not in _HARMS or not perfect(first) or own_time(first) \
            or own_time(first, short=True, clause=True):
        return False
    doer = subject(first)
    if doer is not None and act_noun(doer):
        return False  # the acts named as its doer keep theirs: "the attacks have displaced 300,000"
    return any(_mass(p) for p in _shared_harmed(verb, first))
