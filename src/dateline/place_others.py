"""Places that belong to another happening, or to who someone is, in an event's sentence.

A sentence often names a happening only to tell of something else: "the Senate withdrew support
for the war in Yemen and accused the prince of ordering the killing". The war is in Yemen; the
killing is not (:func:`anothers_deed`, asked before :mod:`dateline.locate` lends an event a place
named outside its own clause). And a doer's description tells who they are, not where they act:
"Renas, one of the British women fighting with the Kurdish units in Syria, has come forward to
urge Britain to do more" (:func:`described_doer`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .toponyms import Toponym

__all__ = ["anothers_deed", "described_doer"]

#: Nouns of happenings that have a scene of their own: attacks, killings, wars, campaigns.
_HAPPENINGS = word_class("deed_nouns") | word_class("wars") | word_class("campaign_nouns")
#: How a place name hangs on the noun it tells the scene of ("the war in Yemen", "the Yemen
#: war", "Yemen's war").
_UP = frozenset({"pobj", "prep", "compound", "nmod", "poss", "conj", "appos"})
_STEPS = 4


def anothers_deed(doc: Doc, t: Toponym, tok: Token) -> bool:
    """The place hangs on the noun of another happening ("support for the war in Yemen") that
    ``tok`` neither is, is part of, nor governs: that happening's place, not ``tok``'s."""
    node = doc[t.start:t.end].root
    for _ in range(_STEPS):
        if node.dep_ not in _UP or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "VERB":
            return False
        if node.pos_ == "NOUN":
            break
    else:
        return False
    if node.lemma_.lower() not in _HAPPENINGS and node.lower_ not in _HAPPENINGS:
        return False
    if node.i == tok.i or node.left_edge.i <= tok.i <= node.right_edge.i:
        return False
    return node.i not in {a.i for a in tok.ancestors} and not any(
        a.i == tok.i for a in node.ancestors)


#: Dependencies of a doer on its verb.
_DOERS = frozenset({"nsubj", "nsubjpass", "agent"})


def described_doer(doc: Doc, t: Toponym, tok: Token) -> bool:
    """The place is in a description set beside a doer of ``tok``'s clause ("Renas, one of the
    women fighting in Syria, urged …", "Smith, a volunteer who fought in Raqqa, was arrested"):
    an apposition that tells, by a verb of its own, what the doer did elsewhere."""
    verbs = {tok.i, *(a.i for a in tok.ancestors)}
    node = doc[t.start:t.end].root
    through_verb = False
    for a in node.ancestors:
        if a.pos_ in ("VERB", "AUX") and a.i not in verbs:
            through_verb = True
        if a.dep_ == "appos":
            holder = a.head
            return through_verb and holder.dep_ in _DOERS and holder.head.i in verbs \
                and not a.left_edge.i <= tok.i <= a.right_edge.i
        if a.i in verbs:
            return False
    return False
