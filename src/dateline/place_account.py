"""Where an account goes on: the place of what a sentence's words report as done.

:mod:`dateline.locate` carries the place of a story on to a sentence that goes on telling it.
When the sentence before is someone's report ("English said he remembered the aftermath of an
explosion in Manbij in July 2015") its main clause, the saying, has no place of its own; what
its words tell as done does, and a quotation opened right after it is that person's account
going on ("“His kids were badly injured.”"): it happened there, as it happened then (the time
of the words reported is what :mod:`dateline.date` carries the same way). Words of what only
would or is wanted to happen report no scene, nor does a place named as someone's origin.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .aspect import irrealis
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Place
    from .toponyms import Toponym

__all__ = ["reported_place"]

#: Prepositions of where a thing was done: "an explosion in Manbij", "a raid near the border".
_WHERE = word_class("where_preps_lying")
#: Verbs of where someone lives or comes from: "lives in Manbij", "was born in Manbij".
_HOMES = frozenset({"live", "reside", "stay", "bear", "born", "settle"})


def reported_place(doc: Doc, root: Token, named: Iterable[Toponym]) -> Place | None:
    """The place named (``named``: the sentence's place names) in the reported words of the
    sentence whose main verb is ``root`` as where something told as done happened: the object
    of "in", "near" or "at" in a clause of reported words (``ccomp``) not told as only wanted
    or possible; ``None`` for none."""
    for c in root.children:
        if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX") or irrealis(c):
            continue
        inside = {t.i for t in c.subtree}
        for t in named:
            if t.start in inside and _placed_at(doc[t.start]):
                return t.place
    return None


def _placed_at(tok: Token) -> bool:
    """``tok`` (a place name's word) is in a phrase of where ("in", "near", "at"), through the
    nouns it names ("in the town of Sarrin, northern Syria"), not a verb's own argument; the
    verb the phrase hangs on tells a thing done, not only wanted or possible ("wanted to go
    back to his farm in Manbij"), nor where someone lives or comes from ("lives in Manbij",
    "was born in Manbij", "grew up in Manbij")."""
    for a in tok.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            return False
        if a.dep_ == "prep" or a.pos_ == "ADP":
            if a.lower_ in _WHERE:
                return _done_there(a)
            if a.lower_ != "of":
                return False
    return False


def _done_there(prep: Token) -> bool:
    """The verb ``prep`` hangs on (through the nouns between) tells a thing done there."""
    verb = next((v for v in prep.ancestors if v.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return True
    lemma = verb.lemma_.lower()
    return not irrealis(verb) and lemma not in _HOMES and not (lemma == "grow" and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in verb.children))
