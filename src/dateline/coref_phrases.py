"""Tests of a noun phrase's words that say whether a pronoun may stand for its party: a phrase
brought in by "a" ("a teacher"), a body's noun the text names again ("the coalition"), a noun
alone ("by phone"), a name the parse made its sentence's root, an "it" that stands for nothing
("it appears that"), the plural subject a "they" of a clause of time or cause shares ("these
two were identified after they were arrested"), and a phrase that names no one because it is
denied ("no group", "neither army", "not one soldier": "No group claimed the attack.
Police said it ..." has no "it")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["BODY_HEADS", "bare", "definite_body", "empty_it", "indefinite",
           "main_clause_subject", "misparsed_subject", "negated"]

#: Nouns that name a body, not one person ("the regime", "the coalition").
BODY_HEADS = word_class("body_heads")
#: Verbs whose subject "it" stands for nothing ("it appears that ...").
_EMPTY_IT_HEADS = frozenset({"appear", "seem", "emerge", "transpire", "matter", "happen"})
#: Determiners that deny a phrase a party: "no group", "neither side", "nor the army".
_DENYING = frozenset({"no", "neither", "nor"})


def misparsed_subject(root: Token) -> bool:
    """A name the parse made its sentence's root ("Robinson, who ..., went"; not a heading)."""
    return root.dep_ == "ROOT" and root.ent_type_ == "PERSON" and any(
        c.dep_ == "relcl" for c in root.children)


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
    description may stand for: its determiner denies it ("no group", "neither army"), or it
    follows "not" ("not a single soldier") or "nor" ("nor the army"). "None of the rebels"
    still names the rebels ("None of the rebels came. They ..."), and is not denied."""
    if any(c.dep_ in ("det", "preconj", "neg") and c.lower_ in (*_DENYING, "not")
           for c in noun.children):
        return True
    first, before = noun.left_edge, noun.left_edge.i - 1
    if first.lower_ == "not" and first.i < noun.i and noun.doc[first.i + 1].lower_ != "only":
        return True  # "not one minister", "not a single soldier"
    return before >= 0 and noun.doc[before].lower_ in ("not", "nor")


def main_clause_subject(pron: Token) -> Token | None:
    """The plural subject of the main clause that the clause of time, cause or manner whose
    subject is the pronoun ``pron`` hangs from ("These two were identified after they were
    arrested": "two"), which "they" there stands for; ``None`` when there is none, or it is a
    pronoun."""
    verb = pron.head
    if pron.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "advcl" or \
            not any(c.dep_ == "mark" for c in verb.children):
        return None
    main = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if main is None or main.pos_ == "PRON" or main.tag_ not in ("NNS", "NNPS", "CD"):
        return None
    return main
