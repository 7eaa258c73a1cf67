"""Coreference-lite: a pronoun or a definite description stands for an earlier actor of the
document that agrees with it.

Agreement is by kind: "he" and "she" are a person (a name, or a title such as "the minister"),
"it" a body (a state, an organisation, a force), "they" people or a body. Among the actors that
agree, those of the pronoun's own sentence come before those of the sentence before it (farther
back is not safe), those of its own kind before the others ("they": people before a body), the
doers of acts before the others and the subject of the sentence's main verb first (subjects are
what a text goes on about), but in a reported clause the clause's own subject, or a pronoun of
the chain there, before who reports it ("Officials said the rebels surrounded the town before
they attacked": the rebels), and the nearest last; when nothing agrees, the pronoun stays
unresolved. The object of a verb never stands for the verb's subject ("police beat them"), and
"they" never for a state named only as an owner ("France's agency", "a corner of Iraq"). A
pronoun of the narrative never stands for a party named inside a quotation ("“I want to live
with my child,” she said": "she" is not the child).

The parties a sentence names are candidates whether or not an event made them actors: names
that are subjects, objects, appositives or possessors ("Turkey's interests have diverged, as it
sought ..."), and phrases that describe an actor ("the regime"). A pronoun of the same kind
earlier in the window stands for what that one stands for, so a chain reaches back as far as the
text keeps it ("Obama blinked. He announced ... Instead, he would seek ..."); "he" chains only
with "he", "she" with "she".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .actor_names import load_named
from .actor_places import written_as_place
from .actor_whereabouts import given_names
from .annotate import dictionary_words
from .coref_binding import doers, named_as, named_in_doer, words_of
from .coref_kin import GENDERED_NOUNS, given_named, relatives, sexed_newcomer
from .coref_plural_people import joined_antecedent, person_by_head
from .coref_phrases import BODY_HEADS, PART_NOUNS, bare, definite_body, empty_it, indefinite, \
    main_clause_subject, misparsed_subject, name_head, negated, organisation_subjects, \
    organisation_words
from .coref_named_state import state_named_in
from .coref_sayers import said_by
from .deps import subject
from .full_names import entity_of
from .gazetteer import fold
from .group_names import armed_group_words
from .records import Actor
from .sentences import (in_quotation, sentence_before_start, sentence_bounds, sentence_ents,
                        sentence_of, wholly_quoted)
from .tokens import doc_span, doc_text, entity_at, heads, span_root, tags, tokens_with
from .tokens import words as doc_words
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

__all__ = ["Antecedents", "FIRST_PERSON", "OWNER", "PART_NOUNS", "PRONOUNS", "PARTY_PREPS",
           "kind_of", "doers", "named_as", "words_of"]

_PERSON = frozenset({"he", "she", "him", "her", "his"})
_BODY = frozenset({"it", "its"})
_GROUP = frozenset({"they", "them", "their"})
#: The possessive of a subject or object pronoun.
OWNER = {"he": "his", "him": "his", "she": "her", "it": "its", "they": "their",
          "them": "their"}
#: Pronouns that may stand for an actor named before them.
PRONOUNS = _PERSON | _BODY | _GROUP
#: A speaker's own words for themselves or their side in what they are quoted saying, as the
#: one who acts or the one acted on ("“Police surrounded us,” she said").
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
_WANTED = {**{w: ("person",) for w in _PERSON}, **{w: ("body",) for w in _BODY},
           **{w: ("people", "body") for w in _GROUP}}

#: Prepositions that name a party an act or a thing is with, to or against.
PARTY_PREPS = frozenset({"with", "to", "for", "against", "on", "from", "by", "of"})
#: Where a named party stands in its clause when a later pronoun may stand for it.
_NAMED_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "attr", "appos", "conj", "pobj",
                          "dative", "oprd", "poss"})
#: Where a phrase describing an actor ("the regime", "the rebels") stands when it may be one.
_DESCRIBED_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj", "poss"})
#: Pronouns that stand for the same one when they follow each other: the gender of "he" and
#: "she", the number of "it" and "they".
_CHAIN = {**{w: "he" for w in ("he", "him", "his")}, **{w: "she" for w in ("she", "her")},
          **{w: "it" for w in ("it", "its")}, **{w: "they" for w in ("they", "them", "their")}}
#: How a verb with no subject of its own hangs from the verb whose subject it shares.
_SUBJECTLESS = frozenset({"advcl", "xcomp", "conj"})
#: How many pronouns back a chain may go.
_CHAIN_DEPTH = 3
#: How many sentences back a definite description looks for an actor of the same head, and an
#: actor of no country for one of its sector.
_RECENT_SENTENCES = 4
#: How many sentences wholly inside a quotation a pronoun of the narrative looks back over for
#: the narrative's sentence before its own ("She adds: “...” She arrived in ...").
_QUOTED_SENTENCES = 3

#: Heads of phrases that name one person by office or role ("the minister", "Iran's leader").
_PERSON_HEADS = word_class("person_heads")


#: Words that say a person is a woman or a man: a head ("his mother", "the widow"), a title
#: ("Mrs Khan") or a phrase set beside a name ("Jane Doe, his mother").
_GENDERED = (("f", word_class("female_nouns")), ("m", word_class("male_nouns")))
#: The gender a pronoun asks of the person it stands for.
_GENDER = {**{w: "m" for w in ("he", "him", "his")}, **{w: "f" for w in ("she", "her")}}


#: Nouns of places, which the dictionary reads as their people ("the town"); a body's noun
#: among them ("office", "front") names the body ("the state security office ... It").
_PLACES = word_class("place_nouns") - BODY_HEADS
#: Nouns of a group of people that are no body's ("the family"): people, for "they", not "she".
_COLLECTIVE = word_class("counted_groups") - BODY_HEADS


def kind_of(root: Token, is_agent: Callable[[Token], bool] | None = None) -> str:
    """"person", "people" (a plural: "rebels", "officials") or "body" (a state, an
    organisation, a force: "Iran", "Hamas", "the army"); a singular noun for an actor
    (``is_agent``) that is not a body's is a person ("a former soldier"); a common noun of a
    place ("the town"; not a word of a name: "Islamic State") is a "place", for no pronoun."""
    if root.lemma_.lower() in _PLACES and not root.ent_type_ and root.pos_ != "PROPN":
        return "place"  # "the city fell": no party a pronoun stands for
    if root.tag_ in ("NNS", "NNPS") and root.ent_type_ not in ("GPE", "ORG") and \
            not _surname_in_s(root) or root.ent_type_ == "PERSON" and \
            any(c.dep_ == "conj" for c in root.children) or (  # "John Smith and Mary Jones"
            root.tag_ == "NN" and root.lemma_.lower() in _COLLECTIVE):
        return "people"
    if root.ent_type_ == "PERSON" or root.lower_ in _PERSON_HEADS or (
            root.tag_ == "NN" and root.lemma_.lower() in GENDERED_NOUNS) or (
            root.ent_type_ == "NORP" and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                             for c in root.children)) or (  # "a Bosnian"
            root.tag_ == "NN" and not root.ent_type_ and is_agent is not None and
            is_agent(root) and root.lemma_.lower() not in BODY_HEADS):
        return "person"
    return "body"


def _surname_in_s(root: Token) -> bool:
    """Whether a name the model tags as a plural is one person's ("Renas says"): labelled a
    person's, capitalised, no common word ("Rebels said" is a plural) and with no determiner
    ("the Joneses" are a family)."""
    return root.ent_type_ == "PERSON" and root.is_title and \
        root.lower_ not in dictionary_words() and \
        root.lower_.removesuffix("s") not in dictionary_words() and \
        not any(c.dep_ == "det" for c in root.children)


def gender_of(root: Token) -> str | None:
    """"f" or "m" where a person's own words say it (:data:`_GENDERED`: the head, a title
    before a name, a phrase in apposition; else the given name a person's name of two words
    or more begins with, ``actors/given_names.tsv``: "Maria Weber"), else ``None``."""
    words = [root, *(c for c in root.children if c.dep_ in ("appos", "compound"))]
    if root.dep_ == "appos":
        words.append(root.head)
    found = {g for t in words for g, nouns in _GENDERED
             if t.lower_ in nouns or t.lemma_.lower() in nouns}
    if not found:
        found = {g for t in words if t.ent_type_ == "PERSON" for g in (_given_gender(t),) if g}
    return found.pop() if len(found) == 1 else None


def _given_gender(tok: Token) -> str | None:
    """The gender of the given name that begins the person's name ``tok`` is a word of, when
    the name has two words or more ("Maria" of "Maria Weber"; "Martin" alone: maybe a surname)."""
    name = entity_of(tok)
    first = name[0]
    if first.ent_type_ != "PERSON" or len(name) < 2 or not first.is_title:
        return None
    return given_names().get(first.lower_)


def _doer_rank(root: Token, doer: bool) -> int:
    """2 for the subject of the sentence's main verb (or of a verb joined to it), 1 for another
    doer, 0 for a party acted on or named otherwise."""
    if not doer:
        return 0
    head = root.head
    main = root.dep_ in ("nsubj", "nsubjpass") and (
        head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT"))
    return 2 if main else 1


def _depth(root: Token) -> int:
    """How deep a party's head lies in its sentence: of two doers, the one nearer the root is
    whom the text goes on about ("Although Erdogan appears to have lessened his wish to see
    Assad removed, ... he": Erdogan, not the subject of a clause deep inside his phrase); a
    conjunct is as deep as the first of its conjuncts ("de Mistura pleaded ..., but Ja'afari
    said")."""
    up, deps, i, depth = heads(root.doc), tags(root.doc).deps, root.i, 0  # arrays: no Token
    while up[i] != i:
        depth += deps[i] != "conj"
        i = up[i]
    return depth


@dataclass(frozen=True, slots=True)
class _Seen:
    at: int  # the first token of the actor's words
    sent: int  # the first token of its sentence
    actor: Actor
    kind: str
    doer: int  # named as the one who acts: see _doer_rank
    gender: str | None = None  # see gender_of
    depth: int = 0  # how many words up its sentence's root is: see _depth


class Antecedents:
    """The actors of one document seen so far, and what a pronoun stands for.

    ``resolve(head, doer)`` makes the actor of the phrase ``head`` heads and adds it (see
    :meth:`add_names`); without it only the actors added by :meth:`add` are candidates.
    ``is_agent(noun)``: whether a common noun names an actor ("regime", "rebels"), not a
    thing or an act ("a US announcement"). ``full_name(name)``: the mention that names in full
    the person a name is part of ("Hollis" of "Nina Hollis", :func:`dateline.full_names.
    full_name`), or ``None``: a name the document gives a person in full is a person's, and
    whose gender the full mention's words may say, though the model labels it otherwise."""

    def __init__(self, doc: Doc, resolve: Callable[[Token, bool], Actor | None] | None = None,
                 is_agent: Callable[[Token], bool] | None = None,
                 full_name: Callable[[Token], Span | None] | None = None) -> None:
        self.doc = doc
        self.seen: list[_Seen] = []
        self._resolve = resolve
        self._is_agent = is_agent
        self._full_name = full_name
        self._named_sents: set[object] = set()  # sentences (parts) whose named parties were added
        self._chained: dict[int, Actor] = {}  # pronouns resolved as links of a chain
        self._described: set[str] = set()  # heads whose described phrases were added
        self._kin: set[int] = set()  # relatives of someone named that were added ("his wife")

    def add(self, at: int, actor: Actor, root: Token, *, doer: bool, state: bool = False
            ) -> None:
        """Adds an actor whose words begin at token ``at`` and whose head is ``root``;
        ``state``: the actor is a state itself ("Ankara" labelled a person: a body); a phrase
        that is denied ("no group") names no one, and is not added."""
        if negated(root):
            return
        kind, gender = kind_of(root, self._is_agent), gender_of(root)
        full = self._full_name(root) if self._full_name is not None and \
            root.pos_ == "PROPN" else None
        if full is not None:  # "Hollis" labelled a group, "Baghdadi" an organisation
            kind, gender = "person", gender or gender_of(full.root)
            if any(c.dep_ == "conj" for c in root.children):  # "Haddad and Moreau"
                kind = "people"
        elif kind == "body" and (_by_surname(root, actor) or _official(root, actor)):
            kind = "person"  # "De Mistura", "Staffan de Mistura" labelled a group
        elif kind == "person" and root.ent_type_ == "PERSON" and gender is None and \
                written_as_place(root):  # (a given name says a person: "of Ahmed Saleh")
            kind = "body"  # "Rojava" labelled a person, written "into Rojava" elsewhere
        if gender is None and (given := given_named(root)) is not None:
            kind, gender = "person", given  # "Theresa May", labelled as no name
        if kind == "person" and root.ent_type_ == "PERSON" and \
                _organisation(actor, root):
            kind, gender = "body", None  # "Boko Haram" labelled a person
        if state:
            kind, gender = "body", None
        self.seen.append(_Seen(at, sentence_bounds(self.doc, at)[0], actor, kind,
                               _doer_rank(root, doer), gender, _depth(root)))

    def person_named(self, tok: Token) -> bool:
        """Whether a proper noun is part of a person's name the document gives in full
        ("Elsheikh" of "El Shafee Elsheikh", labelled a place by the model)."""
        return tok.pos_ == "PROPN" and self._full_name is not None and \
            self._full_name(tok) is not None

    def before(self, at: int) -> list[Actor]:
        """The actors named before token ``at``, in text order."""
        return [s.actor for s in sorted(self.seen, key=lambda s: s.at) if s.at < at]

    def countries_between(self, start: int, end: int) -> list[str]:
        """The countries of the actors seen whose words begin between tokens ``start`` and
        ``end``, each once, in text order."""
        found: list[str] = []
        for s in sorted(self.seen, key=lambda s: s.at):
            if start <= s.at < end and s.actor.country and s.actor.country not in found:
                found.append(s.actor.country)
        return found

    def within(self, start: int, end: int) -> list[Actor]:
        """The actors seen whose words begin between tokens ``start`` and ``end``."""
        return [s.actor for s in self.seen if start <= s.at < end]

    def _recent(self, at: int) -> list[_Seen]:
        """The actors seen in the few sentences up to token ``at``, the nearest first."""
        window = sentence_bounds(self.doc, at)[0]
        for _ in range(_RECENT_SENTENCES):
            if window == 0:
                break
            window = sentence_bounds(self.doc, window - 1)[0]
        return sorted((s for s in self.seen if window <= s.at < at), key=lambda s: -s.at)

    def same_head(self, at: int, head: str, anywhere: bool = False) -> Actor | None:
        """The nearest actor before token ``at``, in its sentence or the few before, whose
        words end in ``head`` and that has a country: what a definite description stands for
        ("the US-led coalition ... the coalition", "Syrian rebels ... the rebels");
        ``anywhere``: else the one of the document's earlier such actors, when they are all
        of one country (a description that names no kind of actor has no other reading)."""
        def described(s: _Seen) -> bool:
            words = s.actor.text.lower().replace("’s", "").replace("'s", "").split()
            return len(words) > 1 and words[-1] == head and bool(s.actor.country) and \
                s.actor.antecedent is None

        near = next((s.actor for s in self._recent(at) if described(s)), None)
        if near is not None or not anywhere:
            return near
        self._add_described(at, head)
        before = sorted((s for s in self.seen if s.at < at and described(s)), key=lambda s: s.at)
        if len({s.actor.country for s in before}) != 1:
            return None
        return before[-1].actor

    def _add_described(self, at: int, head: str) -> None:
        """Makes actors of the document's phrases before token ``at`` whose head is ``head``
        and that a modifier describes ("the US-led coalition's campaign"), which no event made
        actors: what a later "the coalition" of no other reading stands for; a body's noun
        only."""
        if self._resolve is None or head in self._described or head not in BODY_HEADS:
            return  # (a thing's noun: "the travel ban" is no party)
        self._described.add(head)
        known = {s.at for s in self.seen}
        for tok in self.doc[:at]:
            if tok.lower_ == head and tok.pos_ == "NOUN" and not tok.ent_type_ and \
                    tok.left_edge.i not in known and \
                    any(c.dep_ in ("amod", "compound", "npadvmod", "nmod") for c in tok.lefts):
                self._resolve(tok, tok.dep_ == "nsubj")

    def same_sector(self, at: int, sector: str) -> Actor | None:
        """The nearest actor of ``sector`` with a country before token ``at``, in its sentence
        or the few before ("Syrian rebels ... the rebel commander"): the side an actor of no
        country most likely belongs to when the document is about no one country."""
        return next((s.actor for s in self._recent(at) if s.actor.sector == sector
                     and s.actor.country not in (None, "IGO")), None)

    def pronoun(self, at: int, word: str, not_in: range = range(0), depth: int = 0,
                not_named: tuple[frozenset[str], ...] = ()) -> Actor | None:
        """The actor the pronoun ``word`` at token ``at`` stands for, or ``None``; never one
        named in ``not_in`` (the doer of the act a recipient pronoun is the object of: "they
        supported them" are two parties), nor one whose words or name hold all the words of
        one of ``not_named`` (the names of who speaks the quotation the pronoun is in)."""
        wanted = _WANTED.get(word)
        if wanted is None:
            return None
        self.add_names(at)
        owner = self._said_by_owner(at, wanted)
        if owner is not None:
            return owner
        main = main_clause_subject(self.doc[at]) if word == "they" else None
        if main is not None and not any(self.root_of(s) == main for s in self.seen):
            return None  # "The three were freed after they paid a fine": no other
        start = sentence_bounds(self.doc, at)[0]
        quoted = in_quotation(doc_text(self.doc), self.doc[at].idx)
        window = self._sentence_before(start, quoted)
        gender = _GENDER.get(word)
        pool = [s for s in self.seen if window <= s.at < at and s.kind in wanted
                and (gender is None or s.gender in (None, gender))
                and not (s.at <= at < s.at + len(s.actor.text.split())) and (
                    s.at not in not_in or named_in_doer(self.root_of(s), not_in))
                and not self._owned(s, word) and (quoted or not self._quoted(s))]
        if depth < _CHAIN_DEPTH:
            pool += self._links(window, at, word, wanted[0], not_in, depth, quoted)
        if not_named:
            pool = [s for s in pool if not named_as(s.actor, not_named)]
        pool = [s for s in pool if not self._gap_of(s, at) and
                not (word in _GROUP and self._state_named_in_passing(s))]
        if not pool:
            return None
        best = max(pool, key=lambda s: (s.sent, s.kind == wanted[0],
                                        3 if self._reports(s, at, word) else s.doer,
                                        -s.depth if s.doer else 0, s.at,
                                        s.gender is not None))  # "X's mother": not X
        if word not in _GROUP:
            return best.actor
        joined = joined_antecedent(best.actor, self.root_of(best), person_by_head([(
            self.root_of(s), s.actor) for s in self.seen if s.kind == "person"], self._resolve))
        return joined if joined is not None else best.actor  # "they": all the people joined

    def _said_by_owner(self, at: int, wanted: tuple[str, ...]) -> Actor | None:
        """The actor whose words the clause of the pronoun at ``at`` is the subject of reports,
        by :func:`said_by`, when that actor is of the pronoun's kind and gender."""
        pron = self.doc[at]
        owner = said_by(pron, PRONOUNS) if self._resolve is not None else None
        if owner is None or kind_of(owner, self._is_agent) not in wanted or \
                (gender := _GENDER.get(pron.lower_)) is not None and \
                gender_of(owner) not in (None, gender):
            return None
        return self._resolve(owner, True)

    def _sentence_before(self, start: int, quoted: bool) -> int:
        """The first token of the sentence before the one that begins at token ``start``; for
        a pronoun of the narrative (not ``quoted``), of the narrative's last sentence, past a
        few sentences that lie wholly inside a quotation, whose parties the narrative's
        pronouns do not stand for ("She adds: “I come from ...” She arrived ...")."""
        if start == 0:
            return 0
        window = sentence_bounds(self.doc, start - 1)[0]
        for _ in range(0 if quoted else _QUOTED_SENTENCES):
            if window == 0 or not self._wholly_quoted(window):
                break
            window = sentence_bounds(self.doc, window - 1)[0]
        return window

    def _wholly_quoted(self, start: int) -> bool:
        """Whether every word of the sentence that begins at token ``start`` is quoted."""
        return wholly_quoted(self.doc, start)  # (kept per sentence of the document)

    def root_of(self, seen: _Seen) -> Token:
        """The head of an actor's words, or the pronoun that is a link of a chain."""
        first = self.doc[seen.at]
        if first.lower_ in PRONOUNS:
            return first
        return span_root(self.doc, seen.at, seen.at + max(1, len(seen.actor.text.split())))

    def _gap_of(self, seen: _Seen, at: int) -> bool:
        """Whether the pronoun at ``at`` is the object of a verb the actor is the subject of,
        its own or, for a verb of no subject of its own, the one of the verb it hangs from:
        two parties of one clause ("police beat them", "Clegg picked out Gove, accusing him":
        not the police, not Clegg). A verb controlled by an object has that object's subject
        ("Maduro asked the army to protect him": him may be Maduro)."""
        pron, root = self.doc[at], self.root_of(seen)
        if pron.dep_ not in ("dobj", "obj", "dative") or root.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb = pron.head
        for _ in range(_CHAIN_DEPTH):
            if verb == root.head or verb.dep_ not in _SUBJECTLESS or subject(verb) is not None or (
                    verb.dep_ == "xcomp" and any(c.dep_ in ("dobj", "obj", "dative")
                                                 for c in verb.head.children)):
                break  # "asked the army to protect him": the army's verb, not the asker's
            verb = verb.head
        return root.head == verb

    def _state_named_in_passing(self, seen: _Seen) -> bool:
        """Whether an actor is a state named only as what another's words belong to ("France's
        agency", "a corner of Iraq"): no party "they" stands for."""
        root = self.root_of(seen)
        return root.ent_type_ == "GPE" and (root.dep_ == "poss" or (
            root.dep_ == "pobj" and root.head.lower_ == "of"))

    def _reports(self, seen: _Seen, at: int, word: str) -> bool:
        """Whether an actor is the subject of a reported clause the pronoun at ``at`` lies in,
        or an earlier pronoun of its chain there: whom the clause goes on about, before who
        reports it ("Officials said the rebels surrounded the town before they attacked")."""
        if seen.at < sentence_bounds(self.doc, at)[0]:
            return False
        root = self.root_of(seen)
        linked = _CHAIN.get(root.lower_) == _CHAIN[word]
        if not linked and root.dep_ not in ("nsubj", "nsubjpass"):
            return False
        return any(c.left_edge.i <= root.i <= c.right_edge.i
                   for c in self.doc[at].ancestors if c.dep_ == "ccomp")

    def _quoted(self, seen: _Seen) -> bool:
        """Whether an actor is named inside a quotation: a party a speaker names ("my child",
        "our men"), which a pronoun of the narrative around the quotation does not stand for."""
        return in_quotation(doc_text(self.doc), self.doc[seen.at].idx)

    def _owned(self, seen: _Seen, word: str) -> bool:
        """Whether an actor's words are owned by the pronoun's own possessive ("his lawyer"
        for "he", "their leader" for "they"): the pronoun stands for the owner, not for them."""
        owner = OWNER.get(_CHAIN[word])  # "her" of "allow her to stay": not "her commander"
        words = doc_span(self.doc, seen.at, seen.at + len(seen.actor.text.split()))
        return owner is not None and any(t.dep_ == "poss" and t.lower_ == owner for t in words)

    def _links(self, window: int, at: int, word: str, kind: str, not_in: range,
               depth: int, quoted: bool = True) -> list[_Seen]:
        """The earlier pronouns of ``word``'s chain between ``window`` and ``at``, each as the
        actor it stands for; for a pronoun of the narrative (not ``quoted``), none a
        quotation it looked back over holds ("she who smiles")."""
        links = []
        text = doc_text(self.doc)
        near = sentence_before_start(self.doc, at)
        chain = {w for w, c in _CHAIN.items() if c == _CHAIN[word]}
        for tok in tokens_with(self.doc, window, at, doc_words(self.doc).lowers, chain):
            if tok.i in not_in or empty_it(tok) or (
                    not quoted and tok.i < near and in_quotation(text, tok.idx)):
                continue
            actor = self._chained.get(tok.i) or self.pronoun(tok.i, tok.lower_, depth=depth + 1)
            if actor is None:
                continue
            self._chained[tok.i] = actor
            links.append(_Seen(tok.i, sentence_bounds(self.doc, tok.i)[0], actor, kind,
                               _doer_rank(tok, tok.dep_ in ("nsubj", "nsubjpass", "poss")),
                               depth=_depth(tok)))
        return links

    def add_names(self, at: int, *, own: bool = True) -> None:
        """Adds the parties named in a pronoun's sentence and the one before, before it, that
        no event has made actors ("Ahmed Bashir had fled. Police arrested him."): a named
        person, organisation or state that is a subject, object, appositive or possessor, or a
        phrase that describes an actor in such a place ("the regime"), never a place ("in
        Syria") nor a modifier ("Syrian"); not ``own``: of the sentences before only (the
        parties of its own sentence count for its focus: "According to Hamas, the army")."""
        if self._resolve is None:
            return
        sent = sentence_of(self.doc, at)
        before = sentence_of(self.doc, sent.start - 1) if sent.start > 0 else None
        if before is not None and before.start not in self._named_sents:
            self._named_sents.add(before.start)
            self._add_names(before, at, self._resolve)
        if before is not None and not in_quotation(doc_text(self.doc), self.doc[at].idx):
            told = self._sentence_before(sent.start, quoted=False)
            if told < before.start and told not in self._named_sents:
                # the narrative's sentence before a quotation: "She adds: “...” She arrived"
                self._named_sents.add(told)
                self._add_names(sentence_of(self.doc, told), at, self._resolve)
        if own and (part := (sent.start, min(at, sent.end))) not in self._named_sents:
            self._named_sents.add(part)  # its names resolved once: they made what they could
            self._add_names(sent, at, self._resolve)

    def _add_names(self, sent: Span, at: int, resolve: Callable[[Token, bool], object]) -> None:
        known = {s.at for s in self.seen}
        # the names that end before ``at`` (``sentence_ents`` gives those wholly within), their
        # head found only for a name of a party's kind: the same names, the same tests
        for ent in sentence_ents(self.doc, sent.start, min(at, sent.end)):
            if ent.label_ not in ("PERSON", "ORG", "NORP", "GPE"):
                continue
            root = name_head(ent)  # (the root, unless the parse broke the name apart)
            if root.left_edge.i in known or ent.start in known or \
                    root.dep_ not in _NAMED_ROLES and not misparsed_subject(root) or (
                    root.dep_ == "pobj" and root.head.lower_ not in PARTY_PREPS):
                continue
            said = root.head if root.dep_ == "appos" else root  # "the president, X," leads
            resolve(root, said.dep_ in ("nsubj", "nsubjpass", "ROOT"))  # a subject leads
        for tok in tokens_with(self.doc, sent.start, min(at, sent.end), tags(self.doc).deps,
                               ("nsubj", "nsubjpass")):  # a name subject the model tagged as
            if not tok.ent_type_ and tok.is_title and tok.i not in known and (
                    tok.lower_ in load_named().aliases or self.person_named(tok) or  # no
                    tok.left_edge.i not in known and given_named(tok) is not None):
                resolve(tok, True)  # entity ("Trump tweeted", "Isis says it", "Okafor had")
        known = {s.at for s in self.seen}
        for tok in organisation_subjects(self.doc, sent.start, min(at, sent.end), known):
            n = len(self.seen)  # "Islamic State" read as a nationality, "an Isis affiliate":
            resolve(tok, True)  # its name, not its country, which the text's places tell
            self.seen[n:] = [replace(s, actor=replace(s.actor, country=None, country_from=None))
                             for s in self.seen[n:]]
        for tok in tokens_with(self.doc, sent.start, min(at, sent.end), tags(self.doc).pos,
                               ("NOUN",)):
            if self._is_agent is None or tok.ent_type_ or \
                    tok.dep_ not in _DESCRIBED_ROLES and not sexed_newcomer(tok) or \
                    not (self._is_agent(tok) or definite_body(tok) or sexed_newcomer(tok)) or \
                    tok.left_edge.i in known or tok.i in known or \
                    indefinite(tok) and not sexed_newcomer(tok) or bare(tok) or \
                    any(c.i in known or c.dep_ == "appos" and c.left_edge.i in known
                        for c in tok.children) or \
                    tok.lower_ in PRONOUNS or (
                    tok.dep_ == "pobj" and tok.head.lower_ not in PARTY_PREPS):
                continue
            actor = resolve(tok, tok.dep_ == "nsubj")
            if isinstance(actor, Actor) and (state := state_named_in(tok, actor, resolve)):
                actor = state  # "many supporters such as Norway": the state they stand by
            if isinstance(actor, Actor) and (actor.country or sexed_newcomer(tok) and (
                    actor.name is None)) and \
                    not any(tok.left_edge.i <= s.at <= tok.i for s in self.seen):
                # "the coalition" after "the US-led coalition": what the description stands
                # for, which a pronoun after it may stand for too; "there was a lady in a
                # cell", a person of no kind of actor
                self.add(tok.left_edge.i, actor, tok, doer=tok.dep_ == "nsubj")
        for tok in relatives(self.doc, sent.start, min(at, sent.end), self._kin):
            self._kin.add(tok.i)
            if isinstance(actor := resolve(tok, tok.dep_ == "nsubj"), Actor):
                self.add(tok.left_edge.i, actor, tok, doer=tok.dep_ == "nsubj")  # "his wife"


def _organisation(actor: Actor, root: Token) -> bool:
    """Whether the name ``root`` heads is a name of one of the dictionary's organisations
    (``actors/organizations.tsv``: armed groups, parties, international bodies) or, by its
    first or last word, an armed group's (:func:`dateline.group_names.armed_group_words`:
    "Jaish al-Adl"), which the model may take for a person's: "it" stands for it, "he" does
    not. The name's own words are read (:func:`coref_phrases.organisation_words`), not the
    mention's, so that a phrase in apposition leaves it one ("Boko Haram, the armed group,
    …"); and not the actor's name, as a leader's name may resolve to the group."""
    ent = entity_at(root)
    name = list(ent) if ent is not None else \
        [*(c for c in root.lefts if c.dep_ == "compound"), root]
    if armed_group_words(name):
        return True  # "Jaish al-Adl", a group the dictionary does not list
    return actor.name is not None and organisation_words(root) is not None


def _by_surname(root: Token, actor: Actor) -> bool:
    """Whether a name the model takes for a group's is a person's surname: the dictionary's
    name for it is longer and ends in the name's head word, whose first word the mention lacks
    ("De Mistura" for Staffan de Mistura; not "the United Nations"), and the head is no common
    word ("the Collective" of an Anarchist Collective)."""
    if root.pos_ != "PROPN" or root.ent_type_ in ("GPE", "NORP") or actor.name is None:
        return False
    name, said, head = fold(actor.name).split(), fold(actor.text).split(), fold(root.text)
    common = dictionary_words()
    return len(name) > 1 and name[-1] == head and name[0] not in said and \
        head not in common and head.removesuffix("s") not in common


def _official(root: Token, actor: Actor) -> bool:
    """Whether a name the model takes for a group's is the full name of a person holding
    offices ("Staffan de Mistura"), beginning with no common word ("United Nations Monitor")."""
    if not (root.pos_ == "PROPN" or root.is_title) or root.ent_type_ not in ("ORG", "") or \
            actor.name is None:  # (a name the model tagged as none: "Trump tweeted")
        return False
    first = fold(actor.name).split()[0]
    return (first not in dictionary_words() or not root.ent_type_) and \
        load_named().official(actor.name)
