"""The country of a conjunct that names none, from the one it is joined to: in "Syrian troops
and militiamen" or "the Bosnian Serb army and paramilitaries" the country word before the
first noun describes both.

:func:`joined_state_country` reads it so for a state agent before the country of the place of
its act is given it ("US marines and soldiers raided a village in Helmand": the soldiers are
the US's, not Afghanistan's), only where the first noun is a state agent too, and the joined
one a plural or collective of the government's forces or officials with no words of its own
that tie it to the place ("local police", "government forces", "security forces", or bare
"police": most often the place's own); nor where the two act on each other with no one else
named ("the US envoy and officials met": a meeting of two sides).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_places import place_country
from .sectors import STATE_FAMILY
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Doc, Span, Token

    from .actor_dictionary import ActorDictionary
    from .records import Actor

__all__ = ["conjunct_country", "joined_state_country"]

#: Dependencies of the words before a noun that may say whose it is.
_PREMODIFIERS = frozenset({"amod", "compound", "nmod", "poss"})
#: Entity types that say a country of the conjunct's own.
_OWN = frozenset({"NORP", "GPE", "LOC"})
#: Words by which a state agent is the place's own: "local police", "government forces".
_PLACE_AGENT = word_class("place_agent_words")
#: Collective nouns of state agents said in the singular of many people ("the military").
_COLLECTIVE = word_class("state_collective_nouns")
#: Verbs and nouns of acts two parties do to each other ("met", "held talks"); and of fighting,
#: mutual only where told so ("fought each other").
_MUTUAL = word_class("meeting_verbs") | word_class("happening_meeting") | word_class(
    "mutual_act_words")
_FIGHT = word_class("fight_words")
#: Links by which a verb or its object names the other party of a mutual act.
_OTHER_PARTY = frozenset({"dobj", "obj", "dative"})
_OTHER_PREPS = frozenset({"with", "against", "between"})
#: Entity types of an object that is a party ("met Chinese leaders"), not a thing ("a deal").
_PARTY_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def conjunct_country(countries: Mapping[str, str], span: Span) -> str | None:
    """The country the words before the noun that ``span``'s head is joined to name ("Syrian"
    of "Syrian troops and militiamen"), when ``span`` names no country, people or place of
    its own and is the second of two nouns joined by "and"."""
    root = span.root
    if root.dep_ != "conj" or root.pos_ != "NOUN" or root.head.pos_ != "NOUN" or \
            root.head.i > root.i or any(t.ent_type_ in _OWN for t in span) or \
            not any(t.lower_ == "and" for t in root.head.rights if t.i < root.i):
        return None
    first = root.head
    if any(c.dep_ == "conj" and c.i < root.i for c in first.children):
        return None  # a list of three or more: the word may describe the first alone
    return _premodifier_country(countries, first)


def joined_state_country(doc: Doc | None, actor: Actor, words: ActorDictionary) -> str | None:
    """The country of the state agent that ``actor``, a plural or collective state agent with
    no country nor place of its own, is joined to ("soldiers" in "US marines and soldiers":
    USA), by :func:`conjunct_country`; else ``None``."""
    if doc is None or actor.char_start is None or actor.char_end is None or \
            actor.sector not in STATE_FAMILY or actor.sector == "COP":
        return None  # "US soldiers and police arrested two men in Kandahar": the place's police
    span = doc.char_span(actor.char_start, actor.char_end, alignment_mode="expand")
    if span is None or any(t.lower_ in _PLACE_AGENT or t.lower_ in words.countries
                           for t in span):
        return None
    head = span.root
    if head.dep_ != "conj" or not (head.tag_ in ("NNS", "NNPS") or head.lower_ in _COLLECTIVE):
        return None
    first = head.head
    if not _state_agent(first, words) or _mutual(first):
        return None
    return conjunct_country(words.countries, span)


def _premodifier_country(countries: Mapping[str, str], head: Token) -> str | None:
    words = [t for c in head.lefts if c.dep_ in _PREMODIFIERS for t in c.subtree]
    return place_country(countries, words) if words else None


def _state_agent(noun: Token, words: ActorDictionary) -> bool:
    """Whether a noun is a state agent of the dictionary ("warplanes", "the foreign
    minister"), alone or with the words before it."""
    mods = [t.lower_ for t in noun.lefts if t.dep_ in ("amod", "compound")
            and t.lower_ not in words.countries]
    names = {noun.lower_, noun.lemma_.lower(), " ".join([*mods, noun.lower_])}
    return any(words.agents.get(n) in STATE_FAMILY for n in names)


def _mutual(first: Token) -> bool:
    """Whether the joined parties headed by ``first`` do a mutual act to no one else named:
    the subjects of "met", "held talks" with no party as object nor a "with" phrase, or of
    "fought each other"."""
    verb = first.head
    if first.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    objects = [c for c in verb.children if c.dep_ in _OTHER_PARTY]
    heads = [verb, *objects]
    if any(_word_in(h, _FIGHT) for h in heads):
        return any(t.lower_ in ("other", "another") and t.head.lower_ in ("each", "one") or
                   t.lower_ == "other" and t.i > 0 and t.nbor(-1).lower_ in ("each", "one")
                   for t in verb.subtree)
    if not any(_word_in(h, _MUTUAL) for h in heads):
        return False
    other = any(c.dep_ == "prep" and c.lower_ in _OTHER_PREPS for h in heads for c in h.children)
    party = any(not _word_in(o, _MUTUAL) and any(t.ent_type_ in _PARTY_ENTS for t in o.subtree)
                for o in objects)
    return not (other or party)


def _word_in(tok: Token, words: frozenset[str]) -> bool:
    return tok.lemma_.lower() in words or tok.lower_ in words
