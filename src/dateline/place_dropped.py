"""Words delivered on printed sheets are said where the sheets come down.

"Helicopters dropped leaflets over the enclave of Eastern Ghouta, urging the fighters to
surrender": the urging is heard in the enclave, not where the sender sits. The place is the one a
phrase of where the sheets were dropped, scattered or handed out names ("over the enclave of
X", "on the town of X", "across X"), read through a noun the place hangs on ("the enclave of").
Only words told by the sheets or by a participle or infinitive with no doer of its own take it:
an act joined with "and" ("… and arrested three activists in Idlib") or a clause with its own
doer ("after rebels attacked …") keeps its own place, as do sheets denied ("did not drop").
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
#: How a participle or infinitive of words hangs on the verb of dropping ("…, urging",
#: "to warn"); a clause joined with "and" or one with a doer of its own tells another act.
_HANGING = frozenset({"advcl", "xcomp"})
_SHEET_ROLES = frozenset({"dobj", "nsubj", "nsubjpass"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _sheet(tok: Token) -> bool:
    return tok.lemma_.lower() in _SHEETS or tok.lower_ in _SHEETS


def _scattering(tok: Token) -> bool:
    """A verb of dropping or handing out with a printed sheet as what it moves (or of the
    sheets falling: "leaflets fell on X"), not denied ("did not drop leaflets")."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in _SCATTERING and any(
        c.dep_ in _SHEET_ROLES and _sheet(c) for c in tok.children) and not any(
        c.dep_ == "neg" for c in tok.children)


def _subjectless(tok: Token) -> bool:
    """A participle or infinitive with no doer of its own: "urging …", "to warn …"; not
    "after rebels attacked …" (nor "because …", "before …": a clause its marker opens)."""
    return not any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in tok.children)


def _delivery(tok: Token) -> Token | None:
    """The verb of dropping sheets whose words ``tok`` tells: the verb itself ("leaflets were
    dropped, urging …"), the verb a participle or clause of ``tok`` hangs on ("dropped leaflets
    over X, urging …"), or the verb of the sheet ``tok`` describes ("leaflets calling on the
    fighters to surrender were dropped over X")."""
    if _scattering(tok):
        return tok
    if tok.dep_ in _HANGING and _subjectless(tok) and _scattering(tok.head):
        return tok.head
    if tok.dep_ in ("acl", "relcl") and _sheet(tok.head) and tok.head.dep_ in _SHEET_ROLES \
            and _scattering(tok.head.head):
        return tok.head.head
    return None


def dropped_place(tok: Token, named: Iterable[Toponym]) -> Place | None:
    """The place where the sheets carrying the words of ``tok`` were dropped, among the places
    ``named`` in its sentence; None when the words are not told as delivered on sheets or no
    phrase of landing names a place, or the words' own clause names one ("…, urging
    residents in X to leave": their own reading places them)."""
    verb, named = _delivery(tok), tuple(named)
    if verb is None or verb is not tok and any(_names(prep, named) for prep in tok.children
                                               if prep.dep_ == "prep"):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in _LANDING and (inside := _names(prep, named)):
            return min(inside, key=lambda t: t.start).place
    return None


def _names(prep: Token, named: Iterable[Toponym]) -> list[Toponym]:
    """The places of ``named`` inside the phrase of preposition ``prep``."""
    lo, hi = prep.i + 1, prep.right_edge.i + 1
    return [t for t in named if lo <= t.start and t.end <= hi]
