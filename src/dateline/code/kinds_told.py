"""Acts named as a kind: "terror attacks have taken their toll", "attacks on civilians are
rising", "kidnappings have become common".

A PLOVER event is one act with a doer, at a time. A plural noun of acts with no determiner,
owner, count, doer, named party or place is the kind, no act in particular; where it is the
subject of what is said only of a kind as a whole, its number, its spread or its weight
(rising, mounting, becoming common, taking a toll), in the present or the present perfect
and with no time of its own, the clause reports no happening ("air strikes killed 12 on
Monday", "the attacks on Kabul have risen", "attacks by the militia are rising" stay). A
relative clause on the noun says more of the kind and names no side of it ("attacks, for
which the minister is blamed, have taken their toll").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..aspect import PRESENT_PERFECT
from ..wordclasses import word_class
from .arguments import fighter
from .kinds_described import repute_told
from .lasting_states import act_noun
from .phrases import known_group
from .occasions import auxes, own_time, present, record as one_of_many

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["kind_told"]

_KIND_PREDICATES = word_class("kind_predicates")
#: what makes a plural some acts in particular: a determiner, an owner, a count
_PARTICULAR = frozenset({"det", "poss", "nummod", "appos"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "EVENT"})
#: the prepositions that name a doer or a side of the acts
_SIDES = frozenset({"by", "between", "with", "against"})
#: the complements of "become", "remain" said of a kind's frequency ("have become common")
_FREQUENCIES = word_class("kind_frequencies")
_REPUTE = word_class("repute_verbs")


def _kind_of_acts(noun: Token) -> bool:
    """A plural act noun naming no one act: nothing particular on it, no doer or side ("by",
    "between", "with", "against"), and no name or party anywhere in its phrase ("Israeli air
    strikes", "on Kabul", "militia attacks")."""
    if noun.tag_ != "NNS" or noun.ent_type_ or any(c.dep_ in _PARTICULAR for c in noun.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in _SIDES for c in noun.children):
        return False
    return not any(w.i != noun.i and (w.ent_type_ in _NAMED or fighter(w) or known_group(w))
                   for w in _own_phrase(noun))


def _own_phrase(noun: Token) -> list[Token]:
    """The words of the noun's phrase, less its relative clauses of judging: "attacks, for which
    the chancellor has been blamed" names a party of the blame, not of the acts; "raids, which
    the army launched" names their doer, and its words stay."""
    clauses = [c for c in noun.children if c.dep_ == "relcl" and not _done_by(c)]
    inside = {w.i for c in clauses for w in c.subtree}
    return [w for w in noun.subtree if w.i not in inside]


def _done_by(clause: Token) -> bool:
    """A relative clause with a doer for subject ("which the army launched"), its verb no
    judging of the acts ("which the chancellor has condemned")."""
    return clause.lemma_.lower() not in _REPUTE and any(
        c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in clause.children)


def _said_of_kind(verb: Token) -> bool:
    """"are rising", "have become common", "have taken their toll": a predicate of a kind's
    number, spread or weight, in the present or the present perfect."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        told = any(c.dep_ == "dobj" and c.lemma_.lower() == "toll" for c in verb.children)
    elif lemma in ("become", "remain"):
        told = any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _FREQUENCIES
                   for c in verb.children)
    else:
        told = lemma in _KIND_PREDICATES
    return told and (present(verb) or any(a in PRESENT_PERFECT for a in auxes(verb)))


def kind_told(verbs: list[Token], tok: Token) -> bool:
    """Whether ``tok``, an act noun or the verb it is the subject of, tells a bare plural of
    acts as the subject of a predicate said only of a kind of acts (see the module)."""
    if not verbs:
        return False
    verb = verbs[0]
    if tok.pos_ == "NOUN":
        noun: Token | None = tok if tok.head.i == verb.i else None
    else:
        noun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if noun is None or noun.dep_ not in ("nsubj", "nsubjpass") or not act_noun(noun):
        return False
    return _kind_of_acts(noun) and _said_of_kind(verb) and \
        not own_time(verb, short=True, clause=True)


def record(verbs: list[Token], tok: Token) -> bool:
    """Whether the clause of ``verbs`` (``tok`` its trigger) tells a record of many acts, a tie
    held, a statistic (:func:`~dateline.code.occasions.record`), a kind of acts or a party's
    repute (:func:`~dateline.code.kinds_described.repute_told`) rather than one occasion."""
    return one_of_many(verbs, tok) or kind_told(verbs, tok) or repute_told(tok)
