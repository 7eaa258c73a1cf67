"""The object a verb's "as" phrase is set before: "condemned as illegal the court's ruling".

An act is done to its object whether the object comes before the "as" phrase that says what
it is called ("described the attack as a crime") or after it ("denounced as a crime the
army's crackdown", "branded as terrorists the protesters"), where a long object is often put.
The parse then makes the object part of the "as" phrase: the noun of the phrase with the
predicate adjective before its determiner ("as illegal the ruling"), or a noun set beside the
predicate noun ("as a crime the crackdown"). That noun is the verb's object, read as any
object is (its owner, or whom it concerns, may be the recipient).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["shifted_objects"]

#: Relations the parse gives a noun set right after the predicate noun of an "as" phrase.
_BESIDE = frozenset({"appos", "npadvmod", "dobj"})
#: Words that open a noun phrase that names a given thing: its determiner or possessor.
_OPENERS = frozenset({"det", "poss"})
#: Words of quantity that, before a number, make "as" part of a count, not a shift.
_QUANTITIES = word_class("quantifiers")


def _shifted(prep: Token, pred: Token) -> Token | None:
    """The object inside the "as" phrase ``prep`` whose object is ``pred``, or ``None``."""
    beside = next((c for c in pred.rights if c.dep_ in _BESIDE and c.pos_ in ("NOUN", "PROPN")
                   and any(g.dep_ in _OPENERS for g in c.lefts)), None)
    if beside is not None:  # "as a crime the crackdown": the noun set beside "crime"
        return beside
    called = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    opener = next((c for c in pred.lefts if c.dep_ in _OPENERS), None)
    if called is not None and called.pos_ == "ADJ" and opener is not None and \
            called.i < opener.i:
        return pred  # "as illegal the ruling": the adjective is what it is called
    return None


def shifted_objects(verb: Token) -> Iterator[Token]:
    """The object of ``verb`` set after its "as" phrase, when the verb has no direct object."""
    if any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for pred in prep.children:
                if pred.dep_ == "pobj" and (found := _shifted(prep, pred)) is not None:
                    yield found
                    return


def shifted_as(tok: Token) -> bool:
    """An "as" hung as an adverb on the adjective after it ("hailed as historic the deal"); not
    a comparison ("as many as 50 men", "as large as the town"), nor a quantity before a number."""
    doc, i = tok.doc, tok.i
    if not (tok.lower_ == "as" and tok.dep_ == "advmod" and i + 1 < len(doc) and
            doc[i + 1].pos_ == "ADJ"):
        return False
    after = doc[i + 2] if i + 2 < len(doc) else None
    return after is None or not (after.lower_ == "as" or doc[i + 1].lower_ in _QUANTITIES
                                 and after.like_num)


def phrase_start(tok: Token) -> int:
    """Where the noun phrase headed by ``tok`` begins: its left edge, less the adjective an
    "as" before it makes what the phrase is called ("as illegal the ruling": "the ruling"). The
    parse may hang that "as" on the adjective, inside the phrase ("as historic the deal")."""
    doc, left = tok.doc, tok.left_edge.i
    if shifted_as(doc[left]):
        left += 1
    elif left == 0 or doc[left - 1].lower_ != "as" or doc[left].pos_ != "ADJ":
        return left
    k = left
    while k < tok.i and doc[k].pos_ in ("ADJ", "ADV"):
        k += 1
    opens = doc[k].dep_ in _OPENERS or doc[k].pos_ == "PROPN" and any(
        c.dep_ == "case" for c in doc[k].children)  # "as illegal the …", "as unfair Iran's …"
    return k if k <= tok.i and opens else left
