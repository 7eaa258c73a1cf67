"""Tallies: harm or restraint counted in the hundreds over a month, a year or longer
("militants killed 300 people in the province last year", "security forces arrested more than
2,000 people in 2017", "hundreds were detained this year"), and acts counted over such a
stretch ("carried out 40 attacks last year"), sum many acts: a statistic, no act
at a time. Not one occasion's toll, told by a day ("killed 300 people on Tuesday") or by one
act named in the clause ("a bomb killed 300 people in 2017", "were killed in an attack last
year"). Harm told over a period named as one, of weeks or longer ("in recent weeks", "over the
past three years", "in the last 18 months"), done by acts named in the plural ("airstrikes in
recent weeks have killed 40 civilians") or to a counted many ("have displaced millions in the
last year"), sums the acts of that period too, whatever the count. So do acts counted in the
hundreds or as a great many in the perfect with no time ("has carried out thousands of
strikes", "countless raids"), and harm to hundreds by acts named in the plural in the perfect or
a participle with no place or single target named ("airstrikes have killed hundreds", "reports
of raids killing hundreds"; not "strikes on a clinic have killed 140"). Part of
:func:`~dateline.code.modality.unreal`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import prep_objects, subject
from ..sentences import first_conjunct
from ..toponym_words import PLACE_LABELS, SOFT_LABELS
from ..wordclasses import word_class
from .habits import perfect
from .lasting_states import act_noun
from .numbers import count_of, counted_many
from .occasions import own_time
from .particulars import ARGUMENTS, PLACE_PREPS, bare_plural, placed
from .roles import RELATIVE_PRONOUNS, agent_of
from .tallies_mass import mass_sum_to_date

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["tally_of_a_stretch", "counted_hundreds"]

_HARMS = word_class("record_harms")
#: the part of speech of verbs joined to each other ("killing and wounding")
_VERB = ("VERB",)
#: harms a toll counts, with wounding ("killing and wounding hundreds")
_HARMS_OR_INJURIES = _HARMS | word_class("injure")
#: things fired or thrown ("shells", "rounds"): one clash may use hundreds, so a count of them
#: counts no occasions
_MUNITIONS = word_class("munitions")
#: vague counts one occasion may well reach ("scores of men were detained last year")
_FEW_MANY = frozenset({"several", "multiple", "dozens", "scores"})
#: vague counts of a great many ("hundreds", "countless"), read as a tally's
_MANY = word_class("many_counts") - _FEW_MANY
#: the least count that no one occasion is assumed to reach in a year's record
_HUNDREDS = 100
#: stretches of time, the words that make one the stretch just gone ("in recent years", "over
#: the past months"), and the prepositions that tell acts over it
SPANS = frozenset({"week", "month", "year", "decade"})
LATELY = frozenset({"recent", "past", "last", "previous"})
OVER = frozenset({"in", "over", "during", "for", "within", "throughout"})
_WARS = word_class("wars")
#: times of a day or of a few days, which make a clause one occasion's news even with a period
_DAYS = word_class("short_times") - {"days", "week", "weeks", "hours", "fortnight"}
#: the prepositions that name what acts were aimed at ("strikes on a school")
_AIMED_AT = frozenset({"on", "against", "at"})


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


def counted_hundreds(noun: Token) -> bool:
    """``noun`` counted in the hundreds or more, or as a vague great many ("1,200 people",
    "thousands"; not "dozens", which one occasion may reach)."""
    return _at_least(noun, _HUNDREDS)


def _one_act_named(verb: Token) -> bool:
    """A singular noun of an act in the verb's clause ("a bomb", "an attack"): the toll is
    that occasion's."""
    return any(w.tag_ == "NN" and act_noun(w) for w in verb.subtree)


def _acts_counted(noun: Token, least: int = 3) -> bool:
    """"40 attacks", "hundreds of raids": acts counted, ``least`` or more; with ``least`` at
    :data:`_HUNDREDS`, acts in the hundreds or a vague great many ("thousands of strikes",
    "countless raids", "more than 1,000 airstrikes"), which no one occasion is; not munitions
    there ("fired 700 tear gas shells at the crowd" may tell one day)."""
    if noun.tag_ != "NNS" or not act_noun(noun):
        return False
    if least >= _HUNDREDS and noun.lemma_.lower() in _MUNITIONS:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _MANY:
        return True
    return _at_least(noun, least)


def _untimed_perfect(verb: Token) -> bool:
    """A perfect ("have carried out", "had launched") with no time in its clause: a sum to
    then."""
    return perfect(verb) and not own_time(verb, clause=True)


def _long_time(verb: Token) -> bool:
    """A time of the verb's own of a month or more ("last year", "in 2017"; not a year in a
    phrase describing a party: "the 2016 coup"), and none shorter in its clause."""
    return own_time(verb) and not own_time(verb, short=True, clause=True)


def long_stretch(noun: Token, prep: Token, weeks: bool = False) -> bool:
    """"recent years", "the past months", "five years" (not "for four months", how long one
    act lasted), "the final months of the war": months or years gone by, or of a war; with
    ``weeks``, weeks too ("in recent weeks", "the last few weeks")."""
    units = SPANS if weeks else SPANS - {"week"}
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in units:
        return False
    if any(d.lower_ in LATELY for d in noun.children):
        return True
    if prep.lower_ != "for" and any(d.dep_ == "nummod" for d in noun.children):
        return True
    return any(w.lemma_.lower() in _WARS for w in prep_objects(noun, "of"))


def _period(head: Token | None) -> Token | None:
    """A stretch of weeks or longer gone by (:func:`long_stretch`), hung on ``head`` by a
    preposition ("in recent weeks", "over the past three years")."""
    if head is None:
        return None
    return next((g for g in prep_objects(head, OVER) if long_stretch(g, g.head, weeks=True)),
                None)


def _plural_acts(noun: Token | None) -> bool:
    """Acts named in the plural ("airstrikes", "the attacks"), counted or not."""
    return noun is not None and noun.tag_ == "NNS" and act_noun(noun)


def _summed(verb: Token) -> bool:
    """Whether ``verb`` tells harm over a period (:func:`_period`, on the verb or on its doer)
    by acts in the plural or to a counted many, with no day of its own in the clause."""
    if verb.lemma_.lower() not in _HARMS:
        return False
    doer = subject(verb)
    if doer is not None and doer.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        doer = verb.head  # "airstrikes that have killed dozens in recent weeks"
    period = _period(verb) or _period(doer)
    if period is None or _one_act_named(verb):
        return False
    within = {w.i for w in period.head.subtree}
    if any(w.ent_type_ in ("DATE", "TIME") and w.i not in within and (
            w.lower_ in _DAYS or w.like_num and len(w.text) <= 2) for w in verb.subtree):
        return False  # "over recent weeks, and on Tuesday alone, killed 40"
    if _plural_acts(doer) or _plural_acts(agent_of(verb)):
        return True  # (the doer's acts: "killed by airstrikes in recent weeks")
    return any(counted_many(c) for c in _shared_harmed(verb))


def _many_harmed_by_acts(verb: Token) -> bool:
    """"airstrikes have killed hundreds of civilians", "reports of raids killing thousands":
    harm to hundreds by acts named in the plural, told in the perfect or in a participle of no
    tense, with no time, place or single target in its clause (:func:`_particulars`): the sum
    of those acts, none of them. A verb joined to another ("killing and wounding hundreds",
    "have killed and maimed thousands") shares its form, its doers and, where it names none
    of its own, its object."""
    first = first_conjunct(verb, _VERB)
    if not {verb.lemma_.lower(), first.lemma_.lower()} & _HARMS_OR_INJURIES or \
            own_time(first, clause=True):
        return False
    if first.tag_ == "VBG" and first.dep_ == "acl":
        doers = [first.head]
    elif perfect(first):
        doers = [subject(first), *(agent_of(v) for v in (first, *_conjuncts(first)))]
    else:
        return False
    acts = [d for d in doers if _plural_acts(d)]
    if not acts or _particulars(first, acts):
        return False  # one occasion's toll: "airstrikes on the market have killed 120"
    return any(counted_hundreds(c) for c in _shared_harmed(first))


def _conjuncts(verb: Token) -> list[Token]:
    """The verbs coordinated after ``verb`` that have no subject of their own (they share its
    form and its doers)."""
    return [v for v in verb.children if v.dep_ == "conj" and v.pos_ == "VERB"
            and not any(s.dep_ in ("nsubj", "nsubjpass") for s in v.children)]


def _harmed(verb: Token) -> list[Token]:
    """Whom ``verb`` harms: its object or its passive subject."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]


def _shared_harmed(verb: Token) -> list[Token]:
    """Whom ``verb`` harms; where it names no one, whom the verbs joined after it harm
    ("killed and wounded hundreds"; not "killed two soldiers and wounded hundreds")."""
    return _harmed(verb) or [c for v in _conjuncts(verb) for c in _harmed(v)]


def _particulars(verb: Token, acts: list[Token]) -> bool:
    """The clause of ``verb`` names a place, on the verb, its parties or the ``acts`` ("have
    killed 130 villagers in Ostrava", "raids near Kessa"), or the acts name a target taken as
    one, not a kind ("strikes on a clinic", "raids against the convoy"; not "strikes on rebel
    positions"): that occasion's toll, no sum."""
    if placed(verb, arguments=True):
        return True
    heads = (verb, *(c for c in verb.children if c.dep_ in ARGUMENTS), *acts)
    if any(_place_phrase(p) for h in heads for p in h.children if p.dep_ == "prep"):
        return True
    return any(p.dep_ == "prep" and p.lower_ in _AIMED_AT and any(
        g.dep_ == "pobj" and not bare_plural(g) for g in p.children)
        for a in acts for p in a.children)


def _place_phrase(prep: Token) -> bool:
    """A phrase naming a place: any with a place entity in it ("on a village in Kessa"), or a
    place preposition before a proper noun the model labels otherwise ("in Aleppo", which the
    small model may take for a language or a person)."""
    if any(t.ent_type_ in PLACE_LABELS for t in prep.subtree):
        return True
    return prep.lower_ in PLACE_PREPS and any(
        g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ in SOFT_LABELS
        for g in prep.children)


def tally_of_a_stretch(verbs: list[Token], tok: Token) -> bool:
    """Whether the clause of ``tok`` (``verbs``, its verbs from the trigger up) tallies harm or
    restraint done to hundreds, or acts counted ("carried out 40 attacks last year"), over a
    stretch of a month or more, or harm summed over a period (:func:`_summed`); acts counted in
    the hundreds, or harm to hundreds by acts in the plural, told as a sum to date
    (:func:`_acts_counted`, :func:`_many_harmed_by_acts`). A harm joined to another verb
    ("killed and wounded hundreds last year") is read with the first of them, whose tense,
    doers and times it shares."""
    if _stretch(verbs, tok) or verbs and mass_sum_to_date(verbs[0]):
        return True
    first = first_conjunct(verbs[0], _VERB) if verbs else None
    return first is not None and first is not verbs[0] and \
        verbs[0].lemma_.lower() in _HARMS_OR_INJURIES and _stretch([first], first)


def _stretch(verbs: list[Token], tok: Token) -> bool:
    """:func:`tally_of_a_stretch` of one reading of the clause."""
    if verbs and _summed(verbs[0]) or _plural_acts(tok) and any(
            c.dep_ == "relcl" and _summed(c) for c in tok.children):
        return True
    if tok.pos_ == "NOUN" and _acts_counted(tok):
        return bool(verbs) and (_long_time(verbs[0]) or _acts_counted(tok, _HUNDREDS)
                                and _untimed_perfect(verbs[0]))
    for t in verbs[:1]:
        acts = [a for c in t.children if c.dep_ == "dobj" for a in (c, *prep_objects(c, "of"))]
        if any(_acts_counted(a) for a in acts) and _long_time(t):
            return True  # the light verb of acts counted ("carried out 40 attacks")
        if any(_acts_counted(a, _HUNDREDS) for a in acts) and _untimed_perfect(t):
            return True  # "has carried out thousands of strikes": a sum to date
        if _many_harmed_by_acts(t):
            return True
        doer = subject(t)
        if t.lemma_.lower() not in _HARMS or not (_long_time(t) or not own_time(
                t, short=True) and any(_long_time(v) for v in _conjuncts(t))) or \
                doer is not None and act_noun(doer):
            continue  # (not acts named as the doer: "the attacks have displaced 300,000")
        parties = _shared_harmed(t)  # (a time or an object of its own is the verb's)
        if any(counted_hundreds(p) for p in parties) and not _one_act_named(t):
            return True
    return False
