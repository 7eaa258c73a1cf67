"""Words said at a gathering their speaker took part in (stage ``locate``).

A summit, talks or a visit held in a town gathers parties: "Putin hosted Erdoğan in Sochi",
"the leaders of Russia, Turkey and Iran met in Tehran", "a summit in Tehran at which Erdoğan
pleaded with Russia and Iran". What one of those parties says or decides in the next sentence
or the one after, where nothing else places it ("Putin rejected calls for a ceasefire"), was
said there, not at the party's seat; so were words its own sentence says came after the
gathering ("After talks with Erdoğan in Sochi, Putin rejected …"). A party is one the
gathering's clause names by name (its subject, object, those it was "with", a relative clause
on it), a person (by name or office) of a country it names when it names several ("the Russian
president" after "the leaders of Russia, Turkey and Iran met"), or, in the words' own sentence,
the doer of the words the gathering phrase hangs on. A ministry or a state is no party that
went. A gathering only planned or wished for ("will meet in Sochi") holds nothing here.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from .actor_dictionary import load_dictionary
from .actor_names import load_named, normal_words
from .aspect import irrealis
from .gazetteer import REGION_KINDS
from .place_anaphora import gathering
from .sentences import Sentences, same_section
from .tokens import span_root
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Actor, Place
    from .toponyms import Toponym

__all__ = ["gathered_at", "sent_names"]

#: How many sentences back a gathering holds the words of its parties.
_STEPS = 2
#: Dependencies of a gathering's word on which its parties hang: who met, whom, with whom, and
#: a relative clause telling what they did there.
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "relcl", "compound", "amod", "poss",
                         "agent", "conj", "appos"})
_PARTY_PREPS = frozenset({"with", "between", "among", "of", "by"})
_NAME_ENTS = frozenset({"PERSON", "GPE", "NORP", "ORG"})
#: How many phrases up from the town its gathering's word may be.
_CLIMB = 2
#: Nouns of a gathering of parties.
_GATHERINGS = word_class("venues")
#: Nouns of a person by office.
_PERSONS = word_class("person_heads")


def gathered_at(doc: Doc, sents: Sentences, by_sent: Mapping[int, Sequence[Toponym]],
                venues: Mapping[int, set[int]], trig: Token, doer: tuple[int, int] | None,
                actor: Actor | None) -> Place | None:
    """The town of a gathering the doer of the words at ``trig`` took part in, told in their
    sentence or one of the two before it (see the module's rule); ``None`` if none."""
    if doer is None or not 0 <= doer[0] < doer[1] <= len(doc):
        return None
    names = _doer_names(doc, doer, actor)
    country = actor.country if actor is not None else None
    k = sents.index(trig.i)
    for j in range(k, max(k - _STEPS, 0) - 1, -1):
        if not same_section(sents.text, sents.start_chars[j], sents.start_chars[k]):
            return None
        for t, heads in _gatherings(doc, by_sent.get(j, ()), venues):
            if j == k:
                # (the gathering phrase hangs on the words themselves: "after talks in Sochi,
                # Putin rejected …"; its doer took part)
                if any(_hangs_on(h, trig) for h in heads):
                    return t.place
                continue
            words, countries = _parties(doc, heads, by_sent.get(j, ()))
            # (by country only at a gathering of several states: at home, all are one's)
            if not names.isdisjoint(words) or (
                    country is not None and country in countries and len(countries) > 1
                    and _a_person(doc[doer[0]:doer[1]].root)):
                return t.place
    return None


def _doer_names(doc: Doc, doer: tuple[int, int], actor: Actor | None) -> set[str]:
    """The proper names of the doer's words, and of those a pronoun stands for."""
    out = {w.lower_ for w in doc[doer[0]:doer[1]] if w.pos_ == "PROPN"}
    if actor is not None and actor.antecedent and not out:
        out = {w.lower() for w in actor.antecedent.split() if w[:1].isupper()}
    return out


def _hangs_on(word: Token, trig: Token) -> bool:
    """Whether ``word`` is in a phrase set on ``trig`` by prepositions alone ("after talks in
    Sochi", "on the sidelines of a summit"), not in what the words ask or tell ("urged it to
    attend the Sochi conference")."""
    while word.i != trig.i and word.dep_ in ("pobj", "prep") and word.head.i != word.i:
        word = word.head
    return word.i == trig.i


def _a_person(head: Token) -> bool:
    """Whether a doer's head names a person (by name or office: "Putin", "the Russian
    president"), who goes to gatherings; not a body, a ministry or a state."""
    return head.ent_type_ == "PERSON" or head.lemma_.lower() in _PERSONS


def _gatherings(doc: Doc, places: Sequence[Toponym], venues: Mapping[int, set[int]]
                ) -> Iterator[tuple[Toponym, list[Token]]]:
    """The towns of the sentence that hold a gathering told as held, with the gathering's
    words: the venue's noun and verb ("a summit in Tehran", "talks in Geneva ended"), or a
    verb of meeting the town hangs on ("met in Sochi", "hosted Erdoğan in Sochi")."""
    for t in places:
        if t.kind in REGION_KINDS or t.kind == "country" or (t.place.precision or 3) >= 3:
            continue
        heads = [doc[i] for i in sorted(venues.get(t.start, ()))]
        node = span_root(doc, t.start, t.end)
        # (the place's phrase may hang on a party of the gathering: "talks with Erdoğan in
        # Sochi", "hosted Erdoğan in Sochi")
        for _ in range(_CLIMB):
            if node.dep_ != "pobj" or node.head.dep_ != "prep":
                break
            node = node.head.head
            if gathering(node) or (node.pos_ == "NOUN" and (
                    node.lower_ in _GATHERINGS or node.lemma_.lower() in _GATHERINGS)):
                heads.append(node)
                break
        if heads and not any(irrealis(h) for h in heads):
            yield t, heads


def _parties(doc: Doc, heads: Sequence[Token], places: Sequence[Toponym]
             ) -> tuple[set[str], set[str]]:
    """The names (lower case) and the countries of the parties a gathering's words name (not
    the places of the sentence)."""
    tokens: set[int] = set()
    for h in heads:
        parts = [c for c in h.children if c.dep_ in _PARTY_DEPS
                 or (c.dep_ == "prep" and c.lower_ in _PARTY_PREPS)]
        if h.dep_ in ("dobj", "pobj", "attr"):
            # ("Putin and Erdoğan held talks in Sochi": who held them)
            verb = h.head.head if h.dep_ == "pobj" else h.head
            parts += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        for c in parts:
            tokens.update(w.i for w in c.subtree)
    tokens -= {i for t in places for i in range(t.start, t.end)}
    words = [doc[i] for i in sorted(tokens)]
    countries = load_dictionary().countries
    names = {w.lower_ for w in words if w.pos_ == "PROPN" or w.ent_type_ in _NAME_ENTS}
    found = {countries[w.lower_] for w in words if countries.get(w.lower_)}
    return names, found | {c for w in words if w.ent_type_ == "PERSON"
                           for c in _person_countries(w.text)}


@lru_cache(maxsize=1024)
def _person_countries(word: str) -> frozenset[str]:
    """The countries a person the actor dictionary knows by this one name has served
    ("Putin": Russia), in any of their roles."""
    named = load_named()
    k = named.aliases.get(" ".join(normal_words(word)))
    if k is None:
        return frozenset()
    return frozenset(r.country for r in named.actor(k).roles
                     if r.country and len(r.country) == 3 and r.country != "IGO")


#: Titles of a party sent to talks or posted abroad ("the lead negotiator", "the envoy").
_AWAY = word_class("away_parties")


def sent_names(doc: Doc) -> frozenset[str]:
    """The last names (lower case) of the people the text calls by a title of a party sent
    abroad ("the government's lead negotiator Bashar Jaafari", "Nasr Hariri, the opposition's
    envoy"): they came to the talks the story is about, and what they say later by name alone
    ("Jaafari accused the envoy …") is said there too."""
    out: set[str] = set()
    for w in doc:
        if w.pos_ != "NOUN" or w.lemma_.lower() not in _AWAY:
            continue
        named = [w.head] if w.dep_ in ("compound", "appos") else []
        named += [c for c in w.children if c.dep_ == "appos"]
        out.update(n.lower_ for n in named if n.pos_ == "PROPN" and n.ent_type_ in ("", "PERSON"))
    return frozenset(out)
