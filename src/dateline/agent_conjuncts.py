"""The country of a state agent named with no country of its own, from the agent it is joined to.

"US marines and soldiers raided a village", "Russian warplanes and helicopters bombed the town",
"the German chancellor and several ministers met Chinese leaders": the country word of the first
conjunct is read over the agents joined to it, which act on the same side; the place of the act
("in Helmand", "in Beijing") does not make them the place's. Only agents of the state
(government, forces, police) join a state agent's side, only a plural or collective agent ("the
prime minister" after "the US president" is most often the other state's), and not where the
joined parties act on each other ("Russian troops and soldiers clashed", "the US president and
ministers met": a meeting or fight with no one else named). An agent with words of a people or
place of its own ("Iranian-backed ground forces", "local police") is not read so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sectors import STATE_FAMILY
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .actor_dictionary import ActorDictionary
    from .records import Actor

__all__ = ["joined_country"]

#: Verbs and nouns of acts two parties do to each other: joined parties of one of them with no
#: other party named are its two sides.
_MUTUAL = word_class("meeting_verbs") | word_class("happening_meeting") | frozenset({
    "talk", "talks", "negotiate", "negotiation", "confer", "discuss", "clash", "fight",
    "battle", "exchange", "sign", "agree"})
#: Links by which a verb or its object names the other party of a mutual act.
_OTHER_PARTY = frozenset({"dobj", "obj", "dative"})
_OTHER_PREPS = frozenset({"with", "against", "between"})
#: Collective nouns of state agents, said in the singular of many people ("police").
_COLLECTIVE = frozenset({"police", "military", "group", "team", "delegation", "unit", "units",
                         "personnel", "staff"})
#: Entities that give an agent a people or a place of its own.
_OWN = frozenset({"NORP", "GPE", "LOC"})
#: Words by which an agent says it is of the place, not of its conjunct's state.
_LOCAL = frozenset({"local", "provincial", "regional", "municipal", "district", "tribal"})


def joined_country(doc: Doc | None, actor: Actor, words: ActorDictionary) -> str | None:
    """The country of the state-agent conjunct ``actor`` joins ("soldiers" in "US marines and
    soldiers": USA), when ``actor`` is a plural or collective state agent with no country of
    its own and exactly one country is named in the words of the conjuncts before it; else
    ``None``."""
    if doc is None or actor.char_start is None or actor.char_end is None or \
            actor.sector not in STATE_FAMILY:
        return None
    span = doc.char_span(actor.char_start, actor.char_end, alignment_mode="expand")
    if span is None or any(t.lower_ in _LOCAL or t.ent_type_ in _OWN or t.lower_ in words.countries
                           for t in span):
        return None  # "local police", "Iranian-backed ground forces": a side of their own
    head = span.root
    if head.dep_ != "conj" or not _many(head) or _mutual(_first(head)):
        return None
    countries = {iso for c in _before(head) for iso in _named(c, words)}
    return next(iter(countries)) if len(countries) == 1 else None


def _many(head: Token) -> bool:
    """Whether an agent's head word says many people ("soldiers", "police", "a group of")."""
    return head.tag_ in ("NNS", "NNPS") or head.lower_ in _COLLECTIVE


def _first(head: Token) -> Token:
    while head.dep_ == "conj":
        head = head.head
    return head


def _before(head: Token) -> list[Token]:
    """The conjuncts before ``head`` in its coordination, of the state's sectors or not."""
    first = _first(head)
    return [first, *(c for c in first.conjuncts if c.i < head.i)]


def _own_words(conjunct: Token) -> list[Token]:
    """A conjunct's words without those of the conjuncts joined to it."""
    skip = {t.i for c in conjunct.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    return [t for t in conjunct.subtree if t.i not in skip]


def _named(conjunct: Token, words: ActorDictionary) -> set[str]:
    """The countries a conjunct's own words name ("US", "Russian", "South Korean")."""
    toks = _own_words(conjunct)
    found: set[str] = set()
    for n in range(words.max_country_words, 0, -1):
        for i in range(len(toks) - n + 1):
            run = toks[i:i + n]
            if any(t.i != run[0].i + k for k, t in enumerate(run)):
                continue
            iso = words.countries.get(" ".join(t.lower_ for t in run))
            if iso and iso != "IGO":
                found.add(iso)
    return found


def _mutual(first: Token) -> bool:
    """Whether the joined parties headed by ``first`` do a mutual act to no one else named:
    the subjects of "met", "clashed", "held talks" with no object or "with" phrase."""
    verb = first.head
    if first.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    objects = [c for c in verb.children if c.dep_ in _OTHER_PARTY]
    heads = [verb, *objects]
    if not any(h.lemma_.lower() in _MUTUAL or h.lower_ in _MUTUAL for h in heads):
        return False
    other = any(c.dep_ == "prep" and c.lower_ in _OTHER_PREPS for h in heads for c in h.children)
    named_object = any(o.lemma_.lower() not in _MUTUAL and o.lower_ not in _MUTUAL
                       for o in objects)
    return not (other or named_object)
