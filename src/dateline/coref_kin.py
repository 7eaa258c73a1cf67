"""A relative of someone named ("the mother of X", "X's wife"): a person whom a later pronoun
may stand for, though no event made her an actor and the dictionary gives her no sector ("The
mother of Karim Haddad has lodged a claim ... Her request is ...": the mother, not her son)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_whereabouts import given_names
from .tokens import fine_tags, tags
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token

__all__ = ["GENDERED_NOUNS", "SPOUSES", "blood_relative", "given_named", "relative_of",
           "relatives", "sexed_newcomer"]

#: Nouns that name one woman or one man ("mother", "widow", "son", "queen", "spokeswoman").
GENDERED_NOUNS = word_class("female_nouns") | word_class("male_nouns")
#: Nouns of a relative that tell her or his sex ("mother", "widow", "son"), not of an office or
#: a job ("queen", "spokeswoman").
_KIN = word_class("kin_nouns") & GENDERED_NOUNS


def relative_of(noun: Token) -> bool:
    """Whether a singular noun names a relative by a word of her or his sex and says whose
    relative she or he is: an owner ("X's mother", "his wife") or an "of" phrase naming
    someone ("the mother of X", "the wife of one of the men"); not "the queen of X"."""
    if noun.tag_ != "NN" or noun.lemma_.lower() not in _KIN:
        return False
    return any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.pos_ in ("NOUN", "NUM", "PRON"))
        for g in c.children) for c in noun.children)


#: Relatives by marriage, who may be of another country than the one they married.
SPOUSES = frozenset({"wife", "husband", "widow", "widower"})


def blood_relative(noun: Token) -> bool:
    """Whether a singular noun names a parent, a child or a sibling of someone it says
    (:func:`relative_of`: "her son", "the mother of X"), who is of that one's country unless
    the text says otherwise; not a spouse, who may be of another; nor a conjunct ("Pavel
    Drobny and his daughter"), whose "his" is the party beside it, which the phrase holds and
    an earlier actor would be taken for."""
    return noun.lemma_.lower() not in SPOUSES and noun.dep_ != "conj" and relative_of(noun)


def relatives(doc: Doc, start: int, end: int, known: set[int]) -> Iterator[Token]:
    """The relatives of someone named (:func:`relative_of`) between tokens ``start`` and
    ``end`` that are a subject, an object or a possessor, and not ``known`` (their heads)."""
    lemmas, _, deps, _ = tags(doc)  # read as arrays: a Token made for a kin noun only
    fine = fine_tags(doc)
    for i in range(max(start, 0), min(end, len(doc))):
        if deps[i] in ("nsubj", "nsubjpass", "dobj", "pobj", "poss") and i not in known and \
                fine[i] == "NN" and lemmas[i] in _KIN and relative_of(tok := doc[i]):
            yield tok


def sexed_newcomer(noun: Token) -> bool:
    """Whether a singular noun brings in one person by a word of her or his sex with "a"
    ("a Palestinian man" as a subject or object, "there was a lady in a cell"): whom a later
    "he" or "she" of that sex stands for (the pronoun's gender keeps others out)."""
    if noun.tag_ != "NN" or noun.lemma_.lower() not in GENDERED_NOUNS or \
            not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return False
    return noun.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "pobj") or \
        noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children)


def given_named(root: Token) -> str | None:
    """The gender of a name of two or three capitalised proper nouns that the model labels as
    no entity and that begins with a given name ("Theresa May", whose "May" the model reads as
    no name): a person's name, whose given name says the gender (``actors/given_names.tsv``);
    ``None`` for any other phrase."""
    words = [c for c in root.lefts if c.dep_ == "compound"]
    name = [*words, root]
    if root.ent_type_ or root.pos_ != "PROPN" or not 2 <= len(name) <= 3 or \
            any(c.dep_ == "det" for c in root.children) or \
            name[-1].i - name[0].i != len(name) - 1 or \
            not all(t.pos_ == "PROPN" and t.is_title and not t.ent_type_ for t in name):
        return None
    return given_names().get(name[0].lower_)
