"""Kinds of things a trigger's object or subject may be, which decide the trigger's sense:
one releases prisoners, not a report; charges a suspect, not a phone; hits a town, not a
record. Each kind is a class of the word-class table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import prep_objects, subject
from ..wordclasses import word_class
from .lexicon import load_lexicon
from .roles import is_passive, parsed_agent
from .words import of_object

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["KINDS", "light_doer", "of_what", "thing_kind"]

_QUANTIFIERS = word_class("quantifiers")


def of_what(tok: Token) -> Token:
    """What a stretch of time or a quantity is of: "decades of frustration" → frustration."""
    if tok.ent_type_ not in ("DATE", "CARDINAL") and tok.pos_ != "NUM" \
            and tok.lemma_.lower() not in _QUANTIFIERS:
        return tok
    return of_object(tok) or tok


#: Kinds of things a condition's option may name, each a class of the word-class table: what
#: is read, published or shown; what is made and sold; parts of the body; counts and figures.
KINDS = {"_document": word_class("publications"), "_product": word_class("products"),
         "_body": word_class("body_parts"), "_number": word_class("figures")}
_NUMBER_ENTITIES = frozenset({"CARDINAL", "PERCENT", "QUANTITY", "MONEY"})


def thing_kind(tok: Token, kind: str) -> bool:
    """Whether the word names a thing of ``kind`` (``_document``: "a report", "the figures
    released"; ``_product``: "a phone", "the book"; ``_body``: "the back"; ``_number``: "a
    record", "40 per cent", "the toll"), not a person, force or place."""
    if tok.ent_type_ in ("PERSON", "NORP", "GPE", "ORG", "LOC", "FAC"):
        return False
    if tok.ent_type_ in _NUMBER_ENTITIES or tok.like_num or tok.pos_ == "NUM":
        counted = of_what(tok)  # "hundreds of prisoners": prisoners
        if counted is not tok:
            return thing_kind(counted, kind)
        if kind == "_number":
            return True  # "40 per cent", "a million"
    return tok.lemma_.lower() in KINDS[kind] or tok.lower_ in KINDS[kind]


def light_doer(noun: Token) -> Token | None:
    """The doer of an act named by a noun: its own possessor named by a noun ("the warplanes'
    bombardment"), its "by" object ("a bombardment by helicopters"), or the doer of the light
    verb it is the object of ("jets renewed their bombardment" → jets) or the passive subject
    of ("the bombardment was carried out by warplanes" → warplanes); ``None`` for a verb, for
    a noun of none of these, and for the subject of a verb that carries out no act ("helicopters
    survived the rebel bombardment")."""
    if noun.pos_ != "NOUN":
        return None
    own = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    own = own or next(prep_objects(noun, "by"), None)
    if own is not None:
        return own
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj", "nsubjpass") or verb.i == noun.i \
            or verb.lemma_.lower() not in load_lexicon().light_verbs:
        return None
    if noun.dep_ == "nsubjpass":
        return parsed_agent(verb) if is_passive(verb) else None
    return subject(verb)
