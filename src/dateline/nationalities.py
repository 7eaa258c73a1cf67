"""The country a document says a person it names is of, wherever it says it.

A report about one country names people of others, and says whose they are once, often not
where the person acts: "Jac Holmes, 24, from Bournemouth", "Anna Campbell, a British
volunteer", "Spaniard Arges Artiaga", "Campbell became the first British woman to die ...". A
person the dictionary does not know takes that country, at every mention of the name and of a
pronoun standing for it, before the country the document is about.

The country is read from the words that describe the name itself: its modifiers before it, a
phrase set beside it (and the "of" phrases of that phrase's head: "one of a handful of British
women"), the complement of "is" or "became" with the name as subject, and a place the person is
"from". Never from a clause hung on them ("who was killed in Raqqa"): where a person acts or
dies is not whose they are. A name said of two countries has neither.

The town of a person's own home ("detained Tom Carver at his home in Leeds") is weaker: people
live abroad, so it counts only where nothing else in the document says whose they are, never
for a holiday or second home, and only where the person is the one party of their clause who
may own it (not "visited the minister at his home").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .actor_dictionary import load_dictionary
from .actor_places import gazetteer_country, place_country
from .code.person_nouns import a_person_noun
from .demonyms import load_demonyms
from .deps import prep_objects
from .full_names import name_words
from .sentences import doc_ents, sentence_ents
from .tokens import ent_types, per_doc, tags
from .tokens import words as doc_words

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span, Token

__all__ = ["said_nationality"]

#: Dependencies of the words that describe a noun's own kind ("British", "Syria's", "Spaniard").
_DESCRIBING = frozenset({"amod", "compound", "nmod", "poss", "npadvmod"})
#: Verbs whose complement says what their subject is.
_COPULAS = frozenset({"be", "become", "remain"})
#: Verbs whose object says whose their subject is when it is one of ``_PAPERS`` ("who holds
#: British citizenship", "has a Canadian passport").
_HOLDING = frozenset({"hold", "have", "carry", "acquire", "obtain", "gain"})
_PAPERS = frozenset({"citizenship", "nationality", "passport"})
#: The relative pronouns of a clause that describes a person.
_WHO = frozenset({"who", "that"})
#: Nouns of a person's home, and the possessives that make it the person's ("his home in X").
_HOMES = frozenset({"home", "house", "flat", "apartment", "hometown"})
_OWNERS = frozenset({"his", "her"})
#: Labels of a token that is no surname alone, whatever full name ends in it ("UN", "Paris").
_NO_SURNAME = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})
#: Dependencies of a person who is a party of their clause's verb.
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})
#: Verbs of sending or receiving people, whose object's "from" may be where they were sent
#: from, not where they are from ("deported the two men from Leeds").
_SENDING = frozenset({"send", "receive", "deport", "return", "repatriate", "extradite",
                      "transfer", "bring", "fly", "expel", "welcome", "evacuate", "take"})
#: How deep "one of a few dozen Welsh nurses" is followed.
_OF_DEPTH = 3


def said_nationality(doc: Doc, words: Iterable[str]) -> str | None:
    """The one country the document says the person named by ``words`` (folded name words:
    "holmes", or "anna campbell") is of, at any mention of a name that holds them or that they
    hold; ``None`` when it says none or more than one."""
    short = set(words)
    if not short:
        return None
    said = [(iso, weak) for name, iso, weak in _nationalities(doc)
            if short <= set(name) or set(name) <= short]
    found = {iso for iso, weak in said if not weak} or {iso for iso, _ in said}
    return found.pop() if len(found) == 1 else None


@per_doc
def _nationalities(doc: Doc) -> list[tuple[tuple[str, ...], str, bool]]:
    """Each PERSON name of the document with the country its own words say it is of, and
    whether that is only the town of their home."""
    countries = load_dictionary().countries
    peoples = _persons_peoples()
    out = []
    said: dict[int, str] = {}  # the name's head → its country, for the names joined to it
    for ent in [*doc_ents(doc), *_surnames(doc)]:
        name = name_words(ent) if ent.label_ == "PERSON" else ()
        if not name:
            continue  # (a name of no word, "O'Neill" read as one token, would hold every name)
        root = ent.root
        words = [t for t in doc[root.left_edge.i:ent.start] if t.dep_ in _DESCRIBING or
                 any(a.dep_ in _DESCRIBING for a in t.ancestors if a.i < ent.start)]
        for described in _descriptions(root):
            words += _own_words(described)
        iso = place_country(countries, words) if words else None
        # "Spaniard Arges Artiaga": the model makes the demonym part of the name
        iso = iso or next((peoples[t.lower_] for t in ent[:-1] if t.lower_ in peoples), None)
        for origin in _origins(root):
            iso = iso or _place_country(countries, origin)
        weak = iso is None
        for home in _homes(root) if iso is None else ():
            iso = iso or _place_country(countries, home)
        first = root
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head  # "two British fighters, Kotey and Elsheikh": both are
        if iso is None or weak and said.get(first.i):
            iso, weak = said.get(first.i), False
        if iso is None and first is not root and _from_place(first):
            # "the two men from London, Tom Bell and Ana Ruiz", parsed as a list of London and
            # the names: people are no conjuncts of a place, but the ones said to come from it
            iso, weak = _place_country(countries, first), False
        if iso is not None and not weak and iso != "IGO" and any(
                t.tag_ in ("NNS", "NNPS") for t in words):
            # a plural noun describes the names joined to it too; "the British lawyer Tom
            # Harding and Anna Schmidt" says nothing of the second
            said[root.i] = iso
        if iso is not None and iso != "IGO":
            out.append((name, iso, weak))
    return out


def _from_place(tok: Token) -> bool:
    """Whether a token is a town's or country's name, the object of a "from" on a noun of
    people (:func:`_people`), with a comma after it before the names joined to it ("the two
    men from Leeds, Tom Bell and Ana Ruiz"; the parse may hang the "from" on the verb whose
    object the noun is, "send the two men from Leeds, ..."); not a sender's ("support came
    from London and Tess Bellamy", "funding from Qatar and Tom Bell")."""
    doc = tok.doc
    if tok.ent_type_ != "GPE" or tok.dep_ != "pobj" or tok.head.lower_ != "from" or \
            tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return False
    on = tok.head.head
    before = doc[tok.head.i - 1] if tok.head.i else on
    return _people(on) or on.pos_ == "VERB" and before.head == on and \
        before.dep_ in ("dobj", "obj") and _people(before)


def _people(noun: Token) -> bool:
    """Whether a noun names people: a noun of people or a count ("the two women from Leeds",
    "the two from Leeds")."""
    return noun.pos_ == "NUM" or noun.pos_ == "NOUN" and a_person_noun(noun.lemma_.lower())


def _people_from(noun: Token) -> bool:
    """Whether a noun of people (:func:`_people`) beside a name tells by its "from" where the
    name is from: not when it is itself the object of a preposition ("spoke with the envoy
    from X") or of a verb of sending or receiving ("deported the woman from X", "the woman
    from X was deported"), whose "from" may be where they were sent from."""
    if noun.dep_ == "pobj" or noun.dep_ in ("dobj", "obj", "nsubjpass") and \
            noun.head.lemma_.lower() in _SENDING:
        return False
    return _people(noun)


def _place_country(countries: dict[str, str], place: Token) -> str | None:
    return place_country(countries, list(place.subtree)) or (
        gazetteer_country(place.text) if place.pos_ == "PROPN" else None)


def _surnames(doc: Doc) -> list[Span]:
    """The surnames, alone and labelled no person, of the people the document names in full
    ("Carver, a Canadian nurse" after "Tom Carver"), as PERSON spans: what is said beside them
    is said of the person."""
    from spacy.tokens import Span

    ents = doc_ents(doc)
    full = {ent[-1].text for ent in ents if ent.label_ == "PERSON" and len(ent) > 1}
    long = {k for ent in ents if len(ent) > 1 for k in range(ent.start, ent.end)}
    # each word's text, part of speech and entity label read from the arrays: no Token made
    texts, pos, labels = doc_words(doc).texts, tags(doc).pos, ent_types(doc)
    return [Span(doc, i, i + 1, label="PERSON") for i, text in enumerate(texts)
            if text in full and pos[i] == "PROPN" and labels[i] not in _NO_SURNAME
            and i not in long and text[:1].isupper()]


@cache
def _persons_peoples() -> dict[str, str]:
    """Demonyms that name one person of a country ("Spaniard", "Canadian"), folded."""
    return {name.lower(): iso for name, iso in load_demonyms("actors")}


def _descriptions(root: Token) -> list[Token]:
    """The heads of phrases that say what the person named by ``root`` is: an apposition
    either way, the complement of a copula the name is the subject of."""
    heads = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        heads.append(root.head)
    verbs = _said_of(root) + ([root.head] if root.dep_ == "nsubj" else [])
    for verb in verbs:
        if verb.lemma_.lower() in _COPULAS:
            heads += [c for c in verb.children if c.dep_ in ("attr", "acomp")]
        elif verb.lemma_.lower() in _HOLDING:  # "who holds British citizenship"
            heads += [c for c in verb.children if c.dep_ in ("dobj", "obj")
                      and c.lemma_.lower() in _PAPERS]
    return [h for h in heads if h.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")]


def _own_words(head: Token, depth: int = 0) -> list[Token]:
    """The words of ``head`` that say its kind: its describing modifiers, and those of the
    nouns of its "of" phrases ("one of a few dozen Welsh nurses")."""
    words = [head] + [t for c in head.lefts if c.dep_ in _DESCRIBING for t in c.subtree]
    if depth < _OF_DEPTH:
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        words += _own_words(pobj, depth + 1)
    return sorted(set(words), key=lambda t: t.i)


def _said_of(root: Token) -> list[Token]:
    """The copulas of relative clauses that say what the person named by ``root`` is ("Hall,
    who was from Portsmouth", "Smith, who is a Canadian citizen"), and their verbs of holding
    papers ("Smith, who holds British citizenship"): like a phrase beside the name, unlike a
    clause that tells what they did or where ("who was killed in Raqqa")."""
    return [c for c in root.children if c.dep_ == "relcl" and
            c.lemma_.lower() in _COPULAS | _HOLDING
            and any(s.dep_ == "nsubj" and s.lower_ in _WHO for s in c.children)]


def _origins(root: Token) -> list[Token]:
    """The places a person is said to be "from": on the name, on a phrase beside it either way
    ("Jac Holmes, 24, from Bournemouth", "the two men from Leeds, Tom Bell and Ana Ruiz") or
    in a relative clause saying what they are ("Hall, who was from Portsmouth")."""
    hosts = [root, *(c for c in root.children if c.dep_ == "appos"), *_said_of(root)]
    found = [g for h in hosts for g in prep_objects(h, "from")]
    if root.dep_ == "appos" and _people_from(root.head):
        # a noun of people's, of a town or country it names (a name beside a name is another
        # person; "a letter from Washington" or "officials from the embassy" tell no origin)
        found += [g for g in prep_objects(root.head, "from") if g.ent_type_ == "GPE"]
    return found


def _homes(root: Token) -> list[Token]:
    """The place of the home the person named by ``root`` is said to have, in the clause
    they are the one person party of, where the sentence names no other person ("detained Tom
    Carver at his home in Leeds", "Carver was shot outside her house in Leeds"); a home with
    words of its own ("his holiday home") may be anywhere."""
    if root.dep_ not in _PARTY_DEPS:
        return []
    verb, sent = root.head, root.sent
    if sum(1 for e in sentence_ents(root.doc, sent.start, sent.end)
           if e.label_ == "PERSON") > 1 or any(
            c.dep_ in _PARTY_DEPS and c.i != root.i and c.tag_ == "NN"
            and a_person_noun(c.lemma_.lower()) for c in verb.children):
        return []  # "visited the minister at his home": whose home is not said
    return [place for prep in verb.children if prep.dep_ == "prep"
            for home in prep.children if home.dep_ == "pobj" and home.lemma_.lower() in _HOMES
            and all(c.dep_ == "poss" and c.lower_ in _OWNERS or c.dep_ in ("prep", "punct")
                    for c in home.children)
            and any(c.dep_ == "poss" for c in home.children)
            for place in prep_objects(home, "in")]
