"""Words delivered on printed sheets are said where the sheets come down.

"Helicopters dropped leaflets over the enclave of Eastern Ghouta, urging the fighters to
surrender": the urging is heard in the enclave, not where the sender sits. The place is the one a
phrase of where the sheets were dropped, scattered or handed out names ("over the enclave of
X", "on the town of X", "across X"), read through a noun the place hangs on ("the enclave of").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .records import Place
    from .toponyms import Toponym

__all__ = ["dropped_place"]

#: Printed sheets whose words are their sender's: "leaflets", "flyers", "pamphlets".
_SHEETS = word_class("printed_sheets")
#: Verbs of letting sheets fall or handing them out where people are.
_SCATTERING = word_class("scattering_verbs")
#: Prepositions of where sheets land: "over the enclave", "on the town", "across the city".
_LANDING = word_class("landing_preps")
#: How a participle or clause of words hangs on the verb of dropping.
_HANGING = frozenset({"advcl", "xcomp", "conj", "acl", "relcl"})
_SHEET_ROLES = frozenset({"dobj", "nsubj", "nsubjpass"})


def _sheet(tok: Token) -> bool:
    return tok.lemma_.lower() in _SHEETS or tok.lower_ in _SHEETS


def _scattering(tok: Token) -> bool:
    """A verb of dropping or handing out with a printed sheet as what it moves."""
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in _SCATTERING and any(
        c.dep_ in _SHEET_ROLES and _sheet(c) for c in tok.children)


def _delivery(tok: Token) -> Token | None:
    """The verb of dropping sheets whose words ``tok`` tells: the verb itself ("leaflets were
    dropped, urging …"), the verb a participle or clause of ``tok`` hangs on ("dropped leaflets
    over X, urging …"), or the verb of the sheet ``tok`` describes ("leaflets calling on the
    fighters to surrender were dropped over X")."""
    if _scattering(tok):
        return tok
    if tok.dep_ in _HANGING and _scattering(tok.head):
        return tok.head
    if tok.dep_ in ("acl", "relcl") and _sheet(tok.head) and tok.head.dep_ in _SHEET_ROLES \
            and _scattering(tok.head.head):
        return tok.head.head
    return None


def dropped_place(tok: Token, named: Iterable[Toponym]) -> Place | None:
    """The place where the sheets carrying the words of ``tok`` were dropped, among the places
    ``named`` in its sentence; None when the words are not told as delivered on sheets or no
    phrase of landing names a place."""
    verb = _delivery(tok)
    if verb is None:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _LANDING:
            continue
        lo, hi = prep.i + 1, prep.right_edge.i + 1
        inside = [t for t in named if lo <= t.start and t.end <= hi]
        if inside:
            return min(inside, key=lambda t: t.start).place
    return None
