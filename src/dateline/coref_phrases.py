"""Tests of a noun phrase's words that say whether a pronoun may stand for its party: a phrase
brought in by "a" ("a teacher"), a body's noun the text names again ("the coalition"), a noun
alone ("by phone"), a name the parse made its sentence's root or broke apart, an "it" that
stands for nothing ("it appears that"), the number a "they" of a clause of time or cause
shares as its subject ("the three were freed after they paid a fine"), a subject that names an
organisation the model did not read as one name ("Islamic State claimed ...", "An Isis
affiliate claimed ..."), and a phrase that
names no one because it is denied ("no group", "neither army", "not one soldier": "No group
claimed the attack. Police said it ..." has no "it")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_dictionary import load_dictionary
from .tokens import entity_at
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Container, Iterator

    from spacy.tokens import Doc, Span, Token

__all__ = ["BODY_HEADS", "DENYING", "PART_NOUNS", "bare", "definite_body", "empty_it", "indefinite",
           "main_clause_subject", "misparsed_subject", "name_head", "negated",
           "organisation_subjects", "organisation_words"]

#: Nouns that name a body, not one person ("the regime", "the coalition").
BODY_HEADS = word_class("body_heads")
#: Verbs whose subject "it" stands for nothing ("it appears that ...").
_EMPTY_IT_HEADS = frozenset({"appear", "seem", "emerge", "transpire", "matter", "happen"})
#: Determiners that deny the phrase they open: it names no party ("no group", "neither side"),
#: and what it does or suffers did not happen ("no one was killed").
DENYING = frozenset({"no", "neither"})
#: Words after "not" that count a phrase as none ("not one minister", "not a single soldier").
_NONE_COUNTED = frozenset({"a", "an", "one", "any"})


def misparsed_subject(root: Token) -> bool:
    """A name the parse made its sentence's root ("Robinson, who ..., went"; not a heading)."""
    return root.dep_ == "ROOT" and root.ent_type_ == "PERSON" and any(
        c.dep_ == "relcl" for c in root.children)


#: Nouns of a part of a body that acts for it ("an Isis affiliate", "its branch in Afrin").
PART_NOUNS = word_class("part_of_body_nouns")


def organisation_words(root: Token) -> str | None:
    """The words, lower-cased and without "the", of the name ``root`` heads if they are the
    name of one of the dictionary's organisations (``actors/organizations.tsv``), else
    ``None``. The name's own words are read: the entity ``root`` is in, else its compounds
    with their own words ("al-Qaeda", whose "al" hangs from "Qaeda") and itself."""
    words = _name_words(root).text.lower().removeprefix("the ")
    return words if words in load_dictionary().organisations else None


def _name_words(root: Token) -> Span:
    """The words of the name ``root`` heads: see :func:`organisation_words`."""
    ent = entity_at(root)
    if ent is not None:
        return ent
    name = [c for c in root.lefts if c.dep_ == "compound"]
    return root.doc[name[0].left_edge.i if name else root.i:root.i + 1]


def _written_as_name(words: Span) -> bool:
    """Whether ``words`` are written as a name: proper nouns, not a pronoun, and of two words
    or more, written in capitals or read by the model as an organisation's name ("Islamic
    State", "al-Qaeda", "ANA", "an Isis affiliate"; not the relative "who" nor a given name
    "Ana", though the dictionary's aliases of other bodies are written so)."""
    alpha = [t for t in words if t.is_alpha]
    return bool(alpha) and all(t.pos_ == "PROPN" for t in alpha) and (
        len(alpha) > 1 or words.text.isupper() or alpha[0].ent_type_ == "ORG")


def organisation_subjects(doc: Doc, start: int, end: int, known: Container[int]
                          ) -> Iterator[Token]:
    """The heads of the subjects between tokens ``start`` and ``end``, not begun at a token of
    ``known``, whose own words are written as a name (:func:`_written_as_name`) and are the
    name of one of the dictionary's organisations (:func:`organisation_words`), or a part of
    one ("an Isis affiliate", "an al-Qaeda affiliate"), though the model read no organisation
    there ("Islamic State" read as a nationality and a noun): a party "it" may stand for ("...
    claimed the attack. It said ...")."""
    for tok in doc[start:end]:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.ent_type_ == "ORG" or \
                tok.left_edge.i in known or tok.i in known:
            continue
        name = tok
        if tok.lemma_.lower() in PART_NOUNS:  # "an Isis affiliate": Isis, by its part
            parts = [c for c in tok.lefts if c.dep_ == "compound"]
            if not parts:
                continue
            name = parts[-1]
        if _written_as_name(_name_words(name)) and organisation_words(name) is not None:
            yield tok


#: How a word of a name hangs from a verb outside it when the name is a party of the verb.
_PARTY_OF_VERB = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})


def name_head(ent: Span) -> Token:
    """The word of a name that stands for it in its clause: its root, unless the parse broke
    the name apart ("President Bashar al-Assad addressed ...", whose "al" hangs alone from the
    verb) and another word of it is the subject or object of a verb outside the name: the
    last such word, a name's head being its last."""
    root = ent.root
    if root.dep_ in _PARTY_OF_VERB:
        return root
    return next((t for t in reversed(ent) if t.dep_ in _PARTY_OF_VERB and t.is_alpha and
                 t.head.pos_ in ("VERB", "AUX") and not ent.start <= t.head.i < ent.end), root)


def indefinite(noun: Token) -> bool:
    """"a teacher", "an official": a party the text has only just brought in, which a later
    pronoun is less likely to stand for than one it has named."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in noun.children)


def definite_body(noun: Token) -> bool:
    """"the coalition", "the committee": a body's noun that the text has named before, which
    "it" may stand for though the dictionary gives it no sector."""
    return noun.tag_ == "NN" and noun.lemma_.lower() in BODY_HEADS and any(
        c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children)


def bare(noun: Token) -> bool:
    """"from town to town", "by phone": a singular noun with no word before it names no one
    party (a body's noun alone may: "Parliament voted")."""
    return noun.tag_ == "NN" and noun.lemma_.lower() not in BODY_HEADS and not any(
        c.i < noun.i and c.dep_ != "punct" for c in noun.children)


def empty_it(tok: Token) -> bool:
    """"It appears that ...", "it is clear that ...": an "it" that stands for nothing."""
    if tok.lower_ != "it":
        return False
    head = tok.head
    return head.lemma_ in _EMPTY_IT_HEADS or (
        head.lemma_ == "be" and any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in head.children)
        and not any(c.dep_ == "attr" for c in head.children))


def negated(noun: Token) -> bool:
    """Whether a noun phrase is denied, so that it names no party a later pronoun or
    description may stand for: its determiner denies it ("no group", "neither army"), it
    follows "nor" ("nor the army"), "not" counts it as none ("not one minister", "not a single
    soldier", "not any unit"), or "not" sets it beside another phrase as the one denied ("the
    army" of "the rebels, not the army", which names the rebels). "Not" before a phrase that
    is definite or counted some other way names real parties ("not even the president", "not
    all the rebels", "whether or not the president"), and "none of the rebels" still names the
    rebels ("None of the rebels came. They ...")."""
    before_head = [c for c in noun.children if c.i < noun.i]
    if any(c.dep_ in ("det", "preconj") and c.lower_ in DENYING for c in before_head):
        return True
    doc, first = noun.doc, noun.left_edge
    if first.lower_ == "nor" or first.i > 0 and doc[first.i - 1].lower_ == "nor":
        return True
    if first.lower_ == "not" and first.i < noun.i:
        after = first.i + 1
    elif first.i > 0 and doc[first.i - 1].lower_ == "not":
        if doc[first.i - 1].head == noun.head and noun.dep_ in ("appos", "conj"):
            return True  # "the army" of "the rebels, not the army"
        after = first.i
    else:
        return False
    return doc[after].lower_ in _NONE_COUNTED and not any(
        c.dep_ in ("det", "poss") and c.lower_ not in _NONE_COUNTED for c in before_head)


def main_clause_subject(pron: Token) -> Token | None:
    """The subject of the main clause that the clause of time, cause or manner whose subject
    is the pronoun ``pron`` hangs from, when it is a number with no noun ("The three were
    freed after they paid a fine": "three"), which "they" there stands for; ``None`` when
    there is none or it is of another kind: a noun may be no party at all ("Clashes broke out
    after they arrested two men"), and "they" then stands for a party told before."""
    verb = pron.head
    if pron.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "advcl" or \
            not any(c.dep_ == "mark" for c in verb.children):
        return None
    main = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if main is None or main.tag_ != "CD":
        return None
    return main
