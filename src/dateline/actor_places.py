"""Countries of places said around an actor: the country a phrase's words name (a country,
demonym or capital, another name or place of a country, a town or region the gazetteer knows),
and the one a preposition or an apposition attaches to an actor's head ("a court in Kenya",
"peacekeepers from Ghana")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from .actor_dictionary import is_outlet, load_dictionary
from .actor_names import load_named, normal_words
from .actor_whereabouts import ORIGINS, away
from .annotate import dictionary_words
from .deps import owned_noun, prep_object, prep_objects
from .full_names import persons_names
from .person_appositions import apposition_words
from .gazetteer import fold
from .sentences import is_caseless
from .tokens import (children, doc_span, doc_text, heads, lower_set, per_doc, span_root,
                     span_text, tags, words)
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .records import Actor

__all__ = ["place_country", "attached_country", "gazetteer_country", "countries_named", "ngrams",
           "names_no_country", "party_of_relation", "written_as_name", "word_not_name",
           "place_no_party", "said_place_country", "origin_town_country", "written_as_place",
           "after_mark", "party_words", "medium_word", "on_channel", "persons_word"]

#: "ethnic Albanians": a demonym after these is an ethnicity, not a state.
_ETHNIC = word_class("ethnic_markers")
#: "an anti-Syria journalist", "pro-Russian rebels": a stance towards a country, not its own.
_STANCE = word_class("stance_prefixes")
#: "US-backed rebels", "US-supplied weapons": the country word names the backer or maker.
_BACKING = word_class("backer_participles")
#: "guerrillas operating in Macedonia": participles that place an actor.
_PLACING = word_class("placing_participles")
#: "Israel's militia ally", "an ally of Iran": the country is the other party of the relation.
_RELATION = word_class("relation_nouns")


def names_no_country(words: Sequence[str], i: int) -> bool:
    """Whether the country word at ``words[i]`` says an ethnicity or a stance, not the actor's
    country ("ethnic Albanian guerrillas", "an anti-Syria journalist", "pro-Russian rebels",
    "US-backed rebels")."""
    if i + 2 < len(words) and words[i + 1] == "-" and words[i + 2] in _BACKING:
        return True
    before = words[i - 1] if i > 0 else ""
    if before == "-" and i > 1:
        return words[i - 2] in _STANCE
    return before in _ETHNIC or before in _STANCE


def party_of_relation(tok: Token, lo: int, hi: int) -> bool:
    """Whether the country word ``tok`` (a name's last word) owns a noun of a relation to
    another party, or is its "of" object, the noun among the words from ``lo`` to ``hi``
    (token indices): "Israel's militia ally", "the United States' allies", "an ally of Iran"
    name the other party, not the country."""
    noun = owned_noun(tok, ("of",))
    return noun is not None and lo <= noun.i < hi and (
        noun.lemma_.lower() in _RELATION or noun.lower_ in _RELATION)


def written_as_name(t: Token) -> bool:
    """Whether a word is capitalised as a name: a sentence's first word is capitalised anyway,
    so there a common word that is not tagged a proper noun is none ("Banks were looted",
    "Some holdouts": no surname of the dictionary; "Guterres urged" is one)."""
    if t.is_lower:
        return False
    if not t.is_sent_start or t.pos_ == "PROPN" or t.is_upper and len(t) > 1 or \
            t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    words = dictionary_words()
    if t.is_stop:
        return False
    return t.lower_ not in words and t.lemma_.lower() not in words or \
        t.text in _names_written(t.doc)  # "Trump said": "Trump" is a name elsewhere


@per_doc
def _names_written(doc: Doc) -> frozenset[str]:
    """The capitalised words a document writes inside its sentences (names, as written)."""
    from spacy.attrs import IS_TITLE, SENT_START  # read as arrays: a Token per word costs more

    flags = doc.to_array([SENT_START, IS_TITLE]).tolist() if len(doc) else []
    return frozenset(t for t, (start, title) in zip(words(doc).texts, flags, strict=True)
                     if start != 1 and title)


def word_not_name(t: Token) -> bool:
    """Whether a one-word name of the dictionaries is, in ``t``, an ordinary word: a name that
    is also an English word of the model's dictionary ("male" of Malé, "nice") names only where
    it is capitalised, and a stop word ("who" of the WHO, "us") only where it is written as a
    name, not as a sentence's first word ("Who said"); in a text written all in one case the
    words are read as before. (The dictionary holds many places' names too, "herat", "kabul":
    a capitalised first word of a sentence may name one.)"""
    if t.is_stop:
        if written_as_name(t):
            return False
    elif not t.is_lower or t.lower_ not in dictionary_words():
        return False
    return not _caseless(t.doc)


@per_doc
def _caseless(doc: Doc) -> bool:
    return is_caseless(doc_text(doc))


def ngrams(words: list[str], n_max: int) -> list[tuple[int, int, str]]:
    """Every run of up to ``n_max`` words as (start, end, words), the longest first; a hyphen
    the parse splits off is joined again ("guinea-bissau", "timor-leste", as names are kept)."""
    return [(i, i + n, " ".join(words[i:i + n]).replace(" - ", "-"))
            for n in range(min(n_max, len(words)), 0, -1) for i in range(len(words) - n + 1)]


#: Prepositions that attach an actor to its country: "a court in Kenya", "peacekeepers from
#: Ghana", "the foreign minister of Peru", "the embassy at Nairobi".
_ATTACHING = frozenset({"in", "of", "from", "at"})


#: "a suspension of air links with Serbia", "an embargo on sales to Iran": a phrase of these
#: whose object is a thing ...
_OF_THING = frozenset({"of", "on", "to", "against"})
#: ... names, in a phrase of these of its own, the party the thing is with or goes to ("the use
#: of force against the crowds" names whom the force is used on, no party of the act).
_THING_PARTY = frozenset({"with", "to"})


#: Media a word goes out on: "on television", "on Twitter" name the channel, no party.
_CHANNELS = word_class("broadcast_channels")


def medium_word(word: Token, media: frozenset[str] = _CHANNELS) -> bool:
    """Whether ``word`` (its lemma or its form) is one of ``media``: by default a channel a
    word goes out on ("television", "Twitter"); :mod:`dateline.place_words` asks it of all
    the media words reach a report through ("a statement", "the newspaper")."""
    return word.lemma_.lower() in media or word.lower_ in media


def on_channel(pobj: Token) -> bool:
    """Whether ``pobj`` is the medium a word goes out on ("criticised the deal on
    television"), which names no party."""
    return pobj.head.lower_ == "on" and medium_word(pobj)


def party_words(child: Token, preps: frozenset[str]) -> list[Token]:
    """The words among which a head's dependent ``child`` may name a party the head is with,
    to or against, or whose it is: an owner ("Serbia's suppression"), or the object of a
    phrase of ``preps`` ("ties with Serbia") and after it, when that object is a common noun
    (a thing, an act: "a suspension of air links with Serbia", "an embargo on sales to
    Iran"), the object of the noun's own with or to phrase."""
    if child.dep_ == "poss" and child.pos_ != "PRON":
        return [child]
    if child.dep_ != "prep" or child.lower_ not in preps:
        return []
    pobjs = [g for g in child.children if g.dep_ == "pobj" and not on_channel(g)][:1]
    if child.lower_ not in _OF_THING or not pobjs or pobjs[0].pos_ != "NOUN" or \
            pobjs[0].ent_type_:
        return pobjs
    return pobjs + list(prep_objects(pobjs[0], _THING_PARTY))[:1]


def place_country(countries: Mapping[str, str], toks: Sequence[Token]) -> str | None:
    """The country that words name: a country, demonym or capital, another name or place of a
    country from the dictionaries, or a town or region the gazetteer knows."""
    words = [t.lower_ for t in toks]
    terms = load_named().country_terms
    for i, j, gram in ngrams(words, 3):
        if toks[i].pos_ == "PRON" or names_no_country(words, i) or \
                party_of_relation(toks[j - 1], toks[0].i, toks[-1].i + 1):
            continue
        iso = countries.get(gram)
        capital = iso is not None and gram in load_dictionary().capitals
        town = iso is None  # a place of a country, not a country's own name
        if town and toks[i].text[:1].isupper():
            iso = terms.get(gram)
        if iso and not all(word_not_name(t) for t in toks[i:j]):  # "the male population",
            # "in the valley" (not The Valley, Anguilla's capital)
            name = toks[i].doc[toks[i].i:toks[j - 1].i + 1]
            if capital:  # "Tripoli" in a report on Lebanon
                return capital_namesake(name, iso) or iso
            # "Hyderabad" in a report on Pakistan
            return town and _namesake(name.text, name.doc) or iso
    for k, t in enumerate(toks):
        if t.ent_iob_ == "B" and t.ent_type_ in ("GPE", "LOC") and not names_no_country(words, k):
            return gazetteer_country(_entity_from(t).text, t.doc)
    return None


def _entity_from(first: Token) -> Span:
    """The entity that begins at ``first``, found from its tokens (``Doc.ents`` builds every
    entity of the document on each access)."""
    doc, end = first.doc, first.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[first.i:end]


def gazetteer_country(name: str, doc: Doc | None = None) -> str | None:
    """The country of the town or region ``name``: the most populous place of the name, or,
    where places of several countries bear it, a sizeable one of a country ``doc`` names
    ("Tripoli" in a report that says "Lebanese": Lebanon's; "Paris" stays the French one
    beside "American tourists")."""
    from .gazetteer import load

    places = [e for e in load().lookup(name) if e.country]
    if not places:
        return None
    return (_namesake(name, doc) if doc is not None else None) or _reading(name) or \
        max(places, key=lambda e: (e.population, e.n_names)).country


@lru_cache(maxsize=8192)
def _reading(name: str) -> str | None:
    """The country of the place the locator reads a bare name as (:func:`.toponyms.resolve_name`:
    a place's own name before another's exonym, a region before a namesake town abroad: "Borno"
    is the Nigerian state, not Borna in Germany), so that an actor and its event's place agree."""
    from .toponyms import resolve_name

    place = resolve_name(name)
    return place.country if place is not None else None


def persons_word(tok: Token) -> bool:
    """Whether this mention ``tok`` is a person's: the model does not tag it a place, and its
    word is in a person's name the document gives (:func:`.full_names.persons_names`: "Bob
    Kingston", here or before "Kingston met"). A capital's name is then no state's; one tagged
    a place stays the state ("Washington imposed sanctions", whoever else bears the name)."""
    return tok.ent_type_ != "GPE" and fold(tok.text) in _persons_words(tok.doc)


@per_doc
def _persons_words(doc: Doc) -> frozenset[str]:
    """The folded words of the people's names a document gives, gathered once per document
    (a gazetteer lookup per name: :func:`.full_names.persons_names`)."""
    from .toponyms import place_name

    return frozenset(fold(t.text) for ent in persons_names(doc, place_name) for t in ent)


def capital_namesake(name: Span, iso: str) -> str | None:
    """The country of a sizeable town of a capital's name (``name``, the capital of ``iso``) in
    a country its document names, where the document names none of the capital's country and
    writes the name as a place ("in Tripoli", "the port of Tripoli"): there the name is that
    town, no seat of government ("Tripoli" in a report on Lebanon); else ``None``. A capital
    the document never writes as a place is named for its government ("officials said Athens
    had agreed"), whatever towns share its name."""
    doc = name.doc
    if not written_as_place(name[-1]):
        return None
    town = _namesake(name.text, doc)
    return town if town is not None and town != iso and iso not in countries_named(doc) else None


def _namesake(name: str, doc: Doc) -> str | None:
    """The country of a sizeable place called ``name`` in a country ``doc`` names, where the
    most populous place of the name is in a country it does not name; else ``None``."""
    from .gazetteer import load

    places = [e for e in load().lookup(name) if e.country]
    if len({e.country for e in places}) < 2:
        return None
    top = max(places, key=lambda e: (e.population, e.n_names))
    named = countries_named(doc)
    if top.country in named:
        return None
    local = [e for e in places if e.country in named and
             e.population * _NAMESAKE_SHARE >= top.population]
    return max(local, key=lambda e: (e.population, e.n_names)).country if local else None


#: A namesake in a country the document names wins over the most populous place of the name
#: when this many times its population reaches that place's: at least a tenth of it (Tripoli,
#: Lebanon: 0.18 of Tripoli, Libya; Paris, Texas: 0.01 of Paris).
_NAMESAKE_SHARE = 10


@per_doc
def countries_named(doc: Doc) -> frozenset[str]:
    """The countries a document names by a country's name or its people's ("Lebanon",
    "Lebanese"; not a stance, "anti-Syrian", and not a capital, which is a town too)."""
    d = load_dictionary()
    written = words(doc)  # the parse's arrays: no ``Token`` for each word of a long page
    lowers = written.lowers
    found = set()
    i = 0
    while i < len(lowers):
        if written.texts[i][:1].isupper():
            for n in range(min(3, len(lowers) - i), 0, -1):
                gram = " ".join(lowers[i:i + n])
                iso = d.countries.get(gram)
                if iso is not None and gram not in d.capitals and \
                        not names_no_country(lowers, i):
                    found.add(iso)
                    i += n - 1  # one name's words name one country: "South Sudan", no Sudan
                    break
        i += 1
    found.discard("IGO")
    return frozenset(found)


def attached_country(countries: Mapping[str, str], head: Token,
                     preps: frozenset[str] = _ATTACHING, *, at: bool = True) -> str | None:
    """The country of a place attached to an actor's head by a preposition, or the country named
    in an apposition: "a court in Kenya", "troops from the Ghanaian army"; ``preps``: the
    prepositions that may attach it; ``at`` false for a party that is no state's own body,
    which is only where it meets at a place ("the opposition at Geneva")."""
    apposed = preps is _ATTACHING
    if apposed and away(head):
        preps = ORIGINS  # "Yulia Skripal in Salisbury", "the delegation in Geneva"
    elif apposed and not at:
        preps = _ATTACHING - {"at"}
    for child in head.children:
        if child.dep_ == "acl" and child.lemma_.lower() in _PLACING:
            found = attached_country(countries, child, preps, at=at)  # "rebels operating in Chad"
            if found:
                return found
        elif child.dep_ == "prep" and child.lower_ in preps and not (
                child.lower_ == "of" and head.lower_ in _RELATION):  # "an ally of Iran"
            pobj = prep_object(child)
            if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME", "CARDINAL"):
                found = place_country(countries, list(pobj.subtree)) or \
                    said_place_country(pobj) or (  # "civilians in Baghuz", tagged no place
                        origin_town_country(pobj) if child.lower_ == "from" else None)
                if found:
                    return found
        elif child.dep_ == "appos" and apposed:
            found = place_country(countries, list(apposition_words(child))) or next(
                (c for p in child.children if p.dep_ == "prep" and p.lower_ == "from"
                 and (o := prep_object(p)) is not None and (c := origin_town_country(o))), None)
            if found:
                return found
    return None


#: "in Douma", "near Manbij": prepositions after which a name is a place.
_AT_PLACE = word_class("where_preps_name")
#: "the town of Baghuz": nouns of a place that "of" names.
_PLACE_NOUNS = word_class("place_nouns")


@per_doc
def _places_said(doc: Doc) -> frozenset[str]:
    """The names a document writes as places: after a preposition of place ("in Douma") or as
    a named town ("the town of Baghuz")."""
    # read from the parse's arrays: a ``Token`` for each word of a long page costs more
    found = set()
    tagged, up, lowers = tags(doc), heads(doc), words(doc).lowers
    deps, below = tagged.deps, children(doc)
    for i, (dep, pos) in enumerate(zip(deps, tagged.pos, strict=True)):
        if dep != "pobj" or pos != "PROPN":
            continue
        prep = up[i]
        if lowers[prep] in _AT_PLACE or lowers[prep] == "of" and \
                tagged.lemmas[up[prep]] in _PLACE_NOUNS:
            start = min((c for c in below[i] if c < i and deps[c] == "compound"), default=i)
            found.add(span_text(doc, start, i + 1))
    return frozenset(found)


#: Marks that set items of a page apart ("Jane Doe London • Trump's order ..."): no actor's
#: words run across one.
_ITEM_MARKS = frozenset({"•", "·", "▪", "|"})


def after_mark(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """The words of ``span`` after the last item mark in it, when words follow it: a letters
    page runs its writer's name and town into the next letter's first words."""
    if not _ITEM_MARKS & lower_set(doc):
        return span  # (no item mark in the document: nothing to read past)
    marks = [t.i for t in doc_span(doc, span[0], span[1]) if t.text in _ITEM_MARKS]
    if marks:
        return (marks[-1] + 1, span[1]) if marks[-1] + 1 < span[1] else span
    # "Jane Doe, Leeds • Last week Ann Lee, the envoy, complained": the parse makes the next
    # letter's subject an apposition of the signature before the mark; the subject is the one
    root = span_root(doc, span[0], span[1]) if span[1] > span[0] else None
    later = [t.i for t in root.subtree if t.i >= span[1] and t.text in _ITEM_MARKS] \
        if root is not None else []
    named = next((c for c in root.children if c.dep_ == "appos" and later and c.i > later[-1]),
                 None) if root is not None else None
    return (named.left_edge.i, named.right_edge.i + 1) if named is not None else span


def proper_name(end: Token) -> Span:
    """The words of the proper noun token ``end`` ends: it and the compounds before it ("Khan
    Younis", "Deir ez-Zor")."""
    start = min((c.i for c in end.lefts if c.dep_ == "compound"), default=end.i)
    return end.doc[start:end.i + 1]


def written_as_place(tok: Token) -> bool:
    """Whether the document writes the proper noun ``tok`` ends as a place somewhere ("in
    Douma", "into Rojava"), whatever its entity tag: a name that is no person's."""
    return tok.pos_ == "PROPN" and proper_name(tok).text in _places_said(tok.doc)


#: A town of fewer people than this is too often some other thing's name to be where a party
#: comes from when the model tags it as no place ("a nurse from Hope").
_ORIGIN_TOWN = 20_000
#: ... and a name the model tags as an organisation's must be a city's at least this big.
_ORIGIN_CITY = 100_000


def origin_town_country(name_end: Token) -> str | None:
    """The country of the town a party comes from, the proper noun ``name_end`` ends (the object
    of "from") when the model tags it as no place ("a former soldier from Bournemouth"): a town
    of the gazetteer of some size whose name no dictionary knows as an actor's ("a spokesman
    from Oxfam" is no one's town). A name the model tags as an organisation's is more often a
    company's or a university's ("an engineer from Mercedes", "a researcher from Stanford"):
    it is a town only when the document writes it as a place elsewhere ("in Bournemouth"), or
    when towns of its size in one country alone bear it and the largest is a city."""
    if name_end.pos_ != "PROPN" or name_end.ent_type_ in ("GPE", "LOC"):
        return None  # (a tagged place's country is read from its entity)
    name = proper_name(name_end)
    key = " ".join(normal_words(name.text))
    known = load_dictionary()
    if not all(t.text[:1].isupper() for t in name) or key in load_named().aliases or \
            key in known.organisations or key in known.agents or is_outlet(name.text):
        return None
    from .gazetteer import load

    towns = [e for e in load().lookup(name.text) if e.country and e.population >= _ORIGIN_TOWN]
    if not towns or name_end.ent_type_ == "ORG" and name.text not in _places_said(name.doc) and (
            len({e.country for e in towns}) > 1 or max(e.population for e in towns) < _ORIGIN_CITY):
        return None
    return gazetteer_country(name.text, name.doc)


def said_place_country(tok: Token) -> str | None:
    """The country of the town a proper noun names when its document writes it as a place ("in
    Douma", "the town of Baghuz") and the gazetteer knows it, whatever its entity tag."""
    if tok.pos_ != "PROPN":  # (asked of every word after a preposition: the name only then)
        return None
    if (name := proper_name(tok).text) not in _places_said(tok.doc):
        return None
    return gazetteer_country(name, tok.doc)


#: Entity labels of parties: a town's name the model tags as a name of another kind (a place, or
#: a mislabel such as a product: "threatened to attack Manbij") is a place wherever the document
#: writes it; one tagged so, or tagged as nothing ("Jordan" as a surname), may be someone's.
_PARTY_ENTS = frozenset({"PERSON", "ORG", "NORP"})


def place_no_party(doc: Doc, actor: Actor | None, thing: str | None
                   ) -> tuple[Actor | None, str | None]:
    """A recipient and the event's object, with a recipient that is only a town's name ("refused
    to leave Baghuz", "sent a team to Douma") made the object: a name the gazetteer knows as a
    place and the document writes as one ("in Douma") is where the act is done or what it is
    done to, no party; one the dictionaries know as a party or a country keeps its reading. A
    land's soil ("attacks on US soil") is a place, whoever's it is."""
    if actor is not None and actor.text.lower().endswith(" soil"):
        return None, thing or actor.text
    if actor is None or actor.name or actor.country or actor.sector or actor.antecedent or \
            actor.char_start is None or actor.char_end is None:
        return actor, thing
    span = doc.char_span(actor.char_start, actor.char_end)
    if span is None or not all(t.pos_ == "PROPN" for t in span) or not (
            span.text in _places_said(doc) or
            all(t.ent_type_ and t.ent_type_ not in _PARTY_ENTS for t in span)) or \
            gazetteer_country(span.text) is None or addressed(span.root) or \
            held_person(span.root):
        return actor, thing
    return None, thing or actor.text


#: Acts done to people only: a name they are done to is a person's, not a town's.
_TO_PEOPLE = word_class("arrest_participles") | frozenset({
    "jail", "imprison", "abduct", "kidnap", "execute", "behead", "convict", "extradite",
    "interrogate", "torture", "deport", "sentence"})


def held_person(name: Token) -> bool:
    """Whether a name is the one arrested, jailed or abducted ("Elsheikh was arrested"):
    a person, whatever its likeness to a town's name."""
    return name.dep_ in ("nsubjpass", "dobj", "obj") and name.head.lemma_.lower() in _TO_PEOPLE


#: Verbs that address someone "to" or "with" them ("appealed to", "pleaded with").
_ADDRESSING = word_class("writing_to")


def addressed(name: Token) -> bool:
    """Whether a name is the one an appeal or a call is made to ("appealed to Saratova",
    "pleaded with", "called on"): a person or a body, whatever its likeness to a town's name."""
    prep = name.head
    if name.dep_ != "pobj" or prep.dep_ not in ("prep", "dative"):
        return False
    verb = prep.head.lemma_.lower()
    return prep.lower_ in ("to", "with") and verb in _ADDRESSING or \
        prep.lower_ == "on" and verb in ("call", "prevail")


def owner_of_act(place: Token) -> bool:
    """Whether a state's name is the owner of what the noun after it names, no place
    ("Turkey's offensive"; but "Syria's north", "Iraq's capital" are places)."""
    return place.dep_ == "poss" and place.head.lemma_.lower() not in word_class("place_nouns") and \
        place.head.lower_ not in _COMPASS


#: Parts of a land named by the compass ("Syria's north").
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                      "southwest", "north-east", "north-west", "south-east", "south-west"})
