"""Who issued a document or decision that a participle on it says does something.

A participle on a document or decision noun ("a statement criticising Syria", "a report accusing
the army", "the resolution condemning the attacks") tells what the document does: its issuer
does it, not the subject of the clause the document stands in. "Russia blocked a council
statement criticising Syria": the council criticises, Russia blocks. The issuer is the one the
noun names as its own, before it ("the EU's statement", "a UN report") or in a phrase after it
("a statement by the foreign ministry"), else the subject of a verb of issuing it ("the council
adopted a resolution condemning the attacks"); a document whose issuer is not said has no doer
rather than the subject of whatever else was done with it ("Russia vetoed a resolution
condemning Syria").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..deps import prep_objects
from ..wordclasses import word_class
from .concerns import party_word
from .phrases import a_place, named_doer

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["issuer_of", "issuer_said"]

#: Verbs whose subject issues the document that is their object ("issued a statement").
_ISSUING = word_class("issuing_verbs")
#: Prepositions that name a document's issuer after it ("a report by the UN").
_ISSUER_PREPS = ("by", "from")


def issuer_said(document: Token) -> bool:
    """Whether the text says who issued ``document``: in its own words (:func:`_own_issuer`) or
    by the verb it is the object of, whatever that verb is."""
    return _own_issuer(document) is not None or _verb_of(document) is not None


def issuer_of(document: Token, subject_of: Callable[[Token], Token | None]) -> Token | None:
    """The doer of a participle on ``document``: the issuer its own words name
    (:func:`_own_issuer`), else, for the object of a verb of issuing ("issued a statement
    urging"), that verb's doer (``subject_of``); else ``None``, not the doer of another verb
    ("blocked a statement criticising")."""
    own = _own_issuer(document)
    if own is not None:
        return own
    verb = _verb_of(document)
    return subject_of(verb) if verb is not None and _issuing(verb) else None


def _issuing(verb: Token) -> bool:
    """Whether ``verb`` issues its object: a verb of issuing, or one made public by "out"
    ("put out a report", "sent out a statement")."""
    return verb.lemma_.lower() in _ISSUING or any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _own_issuer(document: Token) -> Token | None:
    """The issuer a document's own words name: its possessor when a party ("the EU's
    statement", not "Tuesday's resolution"), the document itself when a name or nationality
    before it names its issuer ("a UN report", resolved as a party by its words), a party noun
    before it ("a council statement"), or the party of a "by" or "from" phrase on it ("a report
    by the UN"; not "a report from Geneva", where it was issued)."""
    owner = next((c for c in document.children if c.dep_ == "poss"), None)
    if owner is not None and _issuer_word(owner):
        return owner
    named = named_doer(document)
    if named is not None and named[0].pos_ != "NOUN":  # "a UN report": the words name it
        return document
    named = next((c for c in document.children if c.dep_ == "compound" and _issuer_word(c)), None)
    if named is not None:  # "a council statement": the party noun itself
        return named
    return next((o for o in prep_objects(document, _ISSUER_PREPS)
                 if _issuer_word(o) and not (o.head.lower_ == "from" and a_place(o))), None)


def _issuer_word(tok: Token) -> bool:
    """Whether ``tok`` can name who issued a document: a party or a pronoun for one, not a
    time ("Tuesday's resolution")."""
    return tok.ent_type_ not in ("DATE", "TIME") and (tok.pos_ == "PRON" or party_word(tok))


def _verb_of(document: Token) -> Token | None:
    """The verb ``document`` is the object of, directly or through a preposition."""
    verb = document.head.head if document.dep_ == "pobj" else document.head
    return verb if document.dep_ in ("dobj", "obj", "pobj") and verb.pos_ in ("VERB", "AUX") \
        else None
