"""Stage ``date``: acts told as what someone is judged, blamed or known for.

What someone is accused of, charged with, jailed or blamed for is a deed done before the
judging, by a span the text does not say: "jailed on Monday for smuggling arms" (the smuggling
is not Monday's). The charge is told by a gerund after a preposition of judging ("of", "for",
"with", "over"), and so is a deed the gerund's act carries out, orders or plans, named as its
object: "accused the prince of ordering the murder of the journalist", "jailed for planning the
bombing" (the murder and the bombing are part of the charge, done before it, at a time the
text gives only inside the charge).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["CHARGE_PREPOSITIONS", "charge_gerund", "charged_with", "first_noun_conjunct",
           "judged"]

#: Prepositions of what someone is judged, blamed or known for: "jailed for smuggling",
#: "accused of funding", "charged with murdering", "a row over spying".
CHARGE_PREPOSITIONS = frozenset({"for", "of", "with", "over"})
#: Words of judging or blaming someone: a deed named under one of them is a charge.
_JUDGING = frozenset({"accuse", "charge", "convict", "prosecute", "prosecution", "indict",
                      "indictment", "jail", "imprison", "sentence", "try", "trial", "sue",
                      "lawsuit", "fine", "punish", "responsible", "guilty", "blame", "acquit",
                      "conviction", "suspect"})
#: How far above the preposition a word of judging may stand: "a prosecution under the law
#: for fighting" (the law, then the prosecution).
_JUDGING_REACH = 3


def judged(gerund: Token) -> bool:
    """Whether a word of judging stands over the preposition of ``gerund``."""
    above = [gerund.head.head, *gerund.head.head.ancestors][:_JUDGING_REACH]
    return any(a.lemma_.lower() in _JUDGING for a in above)


def first_noun_conjunct(tok: Token) -> Token:
    """The first of the nouns ``tok`` is coordinated with ("the raid and the bombing": the
    raid), or ``tok`` itself."""
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return tok


def _gerund_of_charge(tok: Token) -> bool:
    return tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in CHARGE_PREPOSITIONS


def charge_gerund(tok: Token) -> Token | None:
    """The gerund telling the charge ``tok``'s act belongs to: ``tok`` itself ("jailed for
    smuggling arms"), or the gerund whose object ``tok`` names, or one joined to that object
    ("accused of ordering the murder", "of planning the raid and the bombing"); ``None``
    when ``tok`` is no part of a charge."""
    if _gerund_of_charge(tok):
        return tok
    noun = first_noun_conjunct(tok)
    if tok.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "dobj":
        return None
    # a deed the gerund carries out is a charge only under a word of judging: not "took the
    # step of ordering the evacuation", "arrested for carrying out the attack"
    return noun.head if _gerund_of_charge(noun.head) and judged(noun.head) else None


def charged_with(tok: Token) -> bool:
    """``tok`` is an act told as what someone is judged, blamed or known for ("jailed on Monday
    for smuggling arms", "accused of ordering the murder"): done before the judging, by a span
    the text does not say (:func:`charge_gerund`)."""
    return charge_gerund(tok) is not None
