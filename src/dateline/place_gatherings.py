"""Words said at a gathering their speaker took part in (stage ``locate``).

A summit, talks or a visit held in a town gathers parties: "Valenko hosted Bashir in Sochi",
"the leaders of Russia, Turkey and Iran met in Tehran", "a summit in Tehran at which Bashir
pleaded with Russia and Iran". What one of those parties says or decides in the next sentence
or the one after, where nothing else places it ("Valenko rejected calls for a ceasefire"), was
said there, not at the party's seat; so were words its own sentence says came after the
gathering ("After talks with Bashir in Sochi, Valenko rejected …") or a relative clause on their
doer puts it at ("Bashir, who was hosted in Sochi, urged …"). A party is a person the
gathering's clause names by name (its subject, object, those it was "with", a relative clause
on it), or one who speaks for a state (its president, prime or foreign minister) of a country
it names when it names several ("the Russian president" after "the leaders of Russia, Turkey
and Iran met"). A ministry, an aide ("Bashir's spokesman"), a body or a state is no party
that went, nor is who only backs the talks ("UN-backed talks"). A gathering only planned or
wished for ("will meet in Sochi"), denied ("did not meet in Sochi"), still to come for the
words ("before talks in Sochi") or on another day than the words ("On Wednesday, Valenko …")
holds nothing here, nor does one a nearer sentence moves the speaker on from ("Bashir later
told reporters in Ankara …"), nor words held over time ("has repeatedly condemned")."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from .actor_dictionary import countries_named
from .actor_names import load_named, normal_words
from .aspect import irrealis
from .gazetteer import REGION_KINDS
from .place_anaphora import gathering
from .sentences import Sentences, same_section
from .tokens import span_root
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .records import Actor, Place
    from .toponyms import Toponym

__all__ = ["gathered_at"]

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
    if doer is None or not 0 <= doer[0] < doer[1] <= len(doc) or _told_as_long_held(trig):
        return None
    head = doc[doer[0]:doer[1]].root
    if not _a_person(head):
        return None  # (a ministry, a council, a state: "Valenko's foreign ministry rejected …")
    names = _doer_names(head, actor)
    country = actor.country if actor is not None else None
    day = _own_day(trig)
    k = sents.index(trig.i)
    for j in range(k, max(k - _STEPS, 0) - 1, -1):
        if not same_section(sents.text, sents.start_chars[j], sents.start_chars[k]):
            return None
        for t, heads in _gatherings(doc, by_sent.get(j, ()), venues):
            if day is not None and (other := _gathering_day(heads)) is not None and other != day:
                continue  # ("On Wednesday, Valenko rejected …" after a meeting on Monday)
            if j == k:
                # (the gathering phrase hangs on the words themselves: "after talks in Sochi,
                # Valenko rejected …", or on their doer: "Bashir, who was hosted in Sochi, urged
                # …"; its doer took part)
                if any(_hangs_on(h, trig) or _said_of(h, head) for h in heads):
                    return t.place
                continue
            words, countries = _parties(doc, heads, by_sent.get(j, ()))
            # (by country only at a gathering of several states: at home, all are one's; and
            # only one who speaks for the state there)
            if not names.isdisjoint(words) or (
                    country is not None and country in countries and len(countries) > 1
                    and (_state_office(head) or head.pos_ == "PROPN")):
                return t.place
        if j < k and _placed_elsewhere(sents.spans[j], names, venues):
            return None  # ("Bashir later told reporters in Ankara …": nearer, his own place)
    return None


def _doer_names(head: Token, actor: Actor | None) -> set[str]:
    """The proper names of the doer's head and the names it is one with ("Ahmed Bashir"; not
    an owner's: "Valenko's foreign ministry"), and of those a pronoun stands for."""
    out = {w.lower_ for w in (head, *head.children)
           if w.pos_ == "PROPN" and (w.i == head.i or w.dep_ in ("compound", "flat"))}
    if actor is not None and actor.antecedent and not out:
        out = {w.lower() for w in actor.antecedent.split() if w[:1].isupper()}
    return out


#: Prepositions that set the words apart from a gathering's time ("before talks in Sochi").
_APART = frozenset({"before", "until", "till", "pending", "ahead", "prior"})


def _hangs_on(word: Token, trig: Token) -> bool:
    """Whether ``word`` is in a phrase set on ``trig`` by prepositions alone ("after talks in
    Sochi", "on the sidelines of a summit"), not in what the words ask or tell ("urged it to
    attend the Sochi conference"), nor a gathering still to come ("before talks in Sochi")."""
    while word.i != trig.i and word.dep_ in ("pobj", "prep") and word.head.i != word.i:
        if word.dep_ == "prep" and (word.lower_ in _APART or word.head.lower_ in _APART):
            return False
        word = word.head
    return word.i == trig.i


def _said_of(word: Token, doer: Token) -> bool:
    """Whether ``word`` is in a clause told of the doer ("Bashir, who was hosted by Valenko in
    Sochi, urged …")."""
    node = word
    while node.head.i != node.i:
        if node.dep_ in ("relcl", "acl") and node.head.i == doer.i:
            return True
        node = node.head
    return False


#: Pronouns that stand for a person.
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
#: Offices that speak for a state at a gathering of states, and the words before them that
#: name the office ("prime minister", "foreign minister").
_STATE_OFFICES = frozenset({"president", "minister", "premier", "chancellor", "king", "emir",
                            "leader", "secretary"})
_OFFICE_WORDS = frozenset({"prime", "foreign", "state"})


def _a_person(head: Token) -> bool:
    """Whether a doer's head names a person (by name, office or pronoun: "Valenko", "the Russian
    president", "he"), who goes to gatherings; not a body, a ministry or a state."""
    return head.ent_type_ == "PERSON" or head.lemma_.lower() in _PERSONS \
        or head.lower_ in _PERSON_PRONOUNS \
        or (head.pos_ == "PROPN" and bool(_person_countries(head.text)))


def _state_office(head: Token) -> bool:
    """Whether a doer's head is an office that speaks for its state at a summit ("the Russian
    president", "the Turkish foreign minister"), not a party's or a sector's ("the Turkish
    opposition leader", "the defence minister")."""
    if head.lemma_.lower() not in _STATE_OFFICES:
        return False
    for c in head.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i and c.ent_type_ != "NORP" \
                and c.lower_ not in _OFFICE_WORDS:
            return False
    if head.lemma_.lower() in ("minister", "secretary"):
        return any(c.lower_ in ("prime", "foreign") for c in head.children)
    return True


def _told_as_long_held(trig: Token) -> bool:
    """Whether words are told as held over time ("has repeatedly condemned", "has long
    opposed"), not said on one occasion; a past perfect ("had earlier rejected") still tells
    an occasion before another told."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
               for c in trig.children) or any(
        c.dep_ == "advmod" and c.lower_ in ("repeatedly", "often", "always", "long", "consistently")
        for c in trig.children)


def _own_day(word: Token) -> str | None:
    """The day (or date) a clause's own phrase of time gives ("on Wednesday"), lower case."""
    for c in word.children:
        if c.dep_ in ("npadvmod", "tmod") and c.ent_type_ == "DATE":
            return c.lower_
        if c.dep_ == "prep" and c.lower_ in ("on", "in"):
            for o in c.children:
                if o.dep_ == "pobj" and o.ent_type_ == "DATE":
                    return " ".join(w.lower_ for w in o.subtree)
    return None


def _gathering_day(heads: Sequence[Token]) -> str | None:
    """The day a gathering's words give it ("met in Sochi on Monday": "monday")."""
    for h in heads:
        for w in (h, h.head):
            if (day := _own_day(w)) is not None:
                return day
    return None


def _placed_elsewhere(span: Span, names: set[str], venues: Mapping[int, set[int]]) -> bool:
    """Whether the sentence puts the doer (by name or pronoun) at a place named there, not a
    gathering's ("Bashir later told reporters in Ankara", "Valenko flew back to Moscow")."""
    for w in span:
        if w.dep_ != "pobj" or w.ent_type_ not in ("GPE", "LOC", "FAC") or venues.get(w.i):
            continue
        node = w
        for _ in range(4):
            if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                break
            node = node.head
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if node.pos_ in ("VERB", "AUX") and subj is not None and (
                subj.lower_ in _PERSON_PRONOUNS
                or {x.lower_ for x in subj.subtree if x.pos_ == "PROPN"} & names):
            return True
    return False


def _gatherings(doc: Doc, places: Sequence[Toponym], venues: Mapping[int, set[int]]
                ) -> Iterator[tuple[Toponym, list[Token]]]:
    """The towns of the sentence that hold a gathering told as held, with the gathering's
    words: the venue's noun and verb ("a summit in Tehran", "talks in Geneva ended"), or a
    verb of meeting the town hangs on ("met in Sochi", "hosted Bashir in Sochi")."""
    for t in places:
        if t.kind in REGION_KINDS or t.kind == "country" or (t.place.precision or 3) >= 3:
            continue
        heads = [doc[i] for i in sorted(venues.get(t.start, ()))]
        node = span_root(doc, t.start, t.end)
        # (the place's phrase may hang on a party of the gathering: "talks with Bashir in
        # Sochi", "hosted Bashir in Sochi")
        for _ in range(_CLIMB):
            if node.dep_ != "pobj" or node.head.dep_ != "prep":
                break
            node = node.head.head
            if gathering(node) or (node.pos_ == "NOUN" and (
                    node.lower_ in _GATHERINGS or node.lemma_.lower() in _GATHERINGS)):
                heads.append(node)
                break
        if heads and not any(irrealis(h) or _denied(h) for h in heads):
            yield t, heads


def _denied(word: Token) -> bool:
    """Whether a gathering's word, or the verb it is the object of, is denied ("did not meet
    Bashir in Sochi", "held no talks in Sochi")."""
    verb = word.head if word.dep_ in ("dobj", "pobj", "attr") else word
    return any(c.dep_ == "neg" for c in (*word.children, *verb.children)) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in word.children)


def _parties(doc: Doc, heads: Sequence[Token], places: Sequence[Toponym]
             ) -> tuple[set[str], set[str]]:
    """The names (lower case) and the countries of the parties a gathering's words name (not
    the places of the sentence)."""
    tokens: set[int] = set()
    for h in heads:
        parts = [c for c in h.children if (c.dep_ in _PARTY_DEPS and not _backer(c))
                 or (c.dep_ == "prep" and c.lower_ in _PARTY_PREPS)]
        if h.dep_ in ("dobj", "pobj", "attr"):
            # ("Valenko and Bashir held talks in Sochi": who held them)
            verb = h.head.head if h.dep_ == "pobj" else h.head
            parts += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        for c in parts:
            tokens.update(w.i for w in c.subtree)
    tokens -= {i for t in places for i in range(t.start, t.end)}
    words = [doc[i] for i in sorted(tokens)]
    names = {w.lower_ for w in words if w.pos_ == "PROPN" or w.ent_type_ in _NAME_ENTS}
    found = countries_named(w.lower_ for w in words)
    return names, found | {c for w in words if w.ent_type_ == "PERSON"
                           for c in _person_countries(w.text)}


#: Participles that say who backs a gathering, not who goes to it ("UN-backed talks").
_BACKING = frozenset({"back", "sponsor", "broker", "mediate", "support", "organise", "organize"})


def _backer(word: Token) -> bool:
    """Whether a modifier of a gathering's word only says who backs it ("UN-backed talks",
    "US-brokered talks"): no party that went."""
    doc = word.doc
    if word.dep_ == "amod" and word.tag_ == "VBN" and word.lemma_.lower() in _BACKING:
        return True
    return word.dep_ in ("compound", "npadvmod") and word.i + 2 < len(doc) \
        and doc[word.i + 1].text == "-" and doc[word.i + 2].lemma_.lower() in _BACKING


@lru_cache(maxsize=1024)
def _person_countries(word: str) -> frozenset[str]:
    """The countries a person the actor dictionary knows by this one name has served
    ("Valenko": the country he leads), in any of their roles."""
    named = load_named()
    k = named.aliases.get(" ".join(normal_words(word)))
    if k is None:
        return frozenset()
    return frozenset(r.country for r in named.actor(k).roles
                     if r.country and len(r.country) == 3 and r.country != "IGO")
