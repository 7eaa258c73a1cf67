"""The medium a statement is made to, as its hearer: "told the Times newspaper it would not
withdraw", "warned in an interview with the BBC", "said in an interview with Reuters that it
rejected the plan", "speaking to Al Jazeera, he called for a ceasefire".

A threat, a demand, an accusation, a refusal or a promise is told to someone; when the act's
own words name no one it is aimed at, the outlet or the medium it was told to (the object of
"tell", the "with" of an interview, the "to" of a verb of speaking) is who heard it. Only an
outlet the dictionary knows or words whose head is a medium ("the newspaper", "state
television") are taken: a person told ("told his aides") is the addressee rules' business.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actor_dictionary import is_outlet
from ..wordclasses import word_class
from .phrases import np_span

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .mention import Mention

__all__ = ["medium_told"]

#: Acts done by saying them, whose hearer is their recipient when no party is named.
_SPOKEN = frozenset({"THREATEN", "REQUEST", "REJECT", "AGREE", "CONCEDE"})
#: Acts aimed at a party of their own when they have a mode ("vowed to retake the city").
_AIMED = frozenset({"THREATEN"})
#: Nouns of a medium or an outlet ("the newspaper", "state television", "the agency").
_MEDIA = word_class("outlet_nouns")
#: Verbs of speaking whose "to" phrase names the hearer ("said to the newspaper").
_SPEAKING = frozenset({"say", "speak", "talk", "tell", "write", "explain", "confirm", "insist"})
#: Nouns of an exchange with a medium whose "with" phrase names it ("in an interview with").
_EXCHANGES = frozenset({"interview", "conversation"})
#: How a clause that tells an act hangs on the verb of saying that frames it.
_TOLD = frozenset({"ccomp", "xcomp", "conj", "advcl"})
#: Dependencies of the hearer of "tell" ("told the newspaper", "told the BBC").
_HEARER = frozenset({"dobj", "obj", "dative", "iobj"})


def _medium(tok: Token) -> bool:
    """Whether words name an outlet or a medium, not a person."""
    if tok.ent_type_ == "PERSON" or tok.pos_ == "PRON":
        return False
    start, end = np_span(tok, with_conj=False)
    words = tok.doc[start:end]
    return is_outlet(words.text) or tok.pos_ == "NOUN" and tok.lemma_.lower() in _MEDIA


def _with_of(noun: Token) -> Token | None:
    """The object of the "with" phrase of an interview noun."""
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ == "with":
            return next((g for g in p.children if g.dep_ == "pobj"), None)
    return None


def _heard_by(verb: Token) -> Token | None:
    """The medium a verb's own words say it was told to: the hearer of "tell", the "to" of a
    verb of speaking, the "with" of an interview it was said in; else ``None``."""
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if lemma == "tell" and c.dep_ in _HEARER and _medium(c):
            return c
        if c.dep_ != "prep":
            continue
        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if pobj is None:
            continue
        if c.lower_ == "to" and lemma in _SPEAKING and _medium(pobj):
            return pobj  # "said to the newspaper", "speaking to Al Jazeera"
        if c.lower_ in ("in", "during") and pobj.lemma_.lower() in _EXCHANGES:
            other = _with_of(pobj)  # "in an interview with the BBC"
            if other is not None and _medium(other):
                return other
    for c in verb.children:  # "speaking to Al Jazeera, he called for …"
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in _SPEAKING:
            found = _heard_by(c)
            if found is not None:
                return found
    return None


def medium_told(trigger: Token, m: Mention) -> tuple[int, int] | None:
    """The words of the medium an act done by saying it was told to, found on its own verb or
    on the verbs of saying its clause is told by ("told the newspaper he would not …"), or
    ``None``."""
    if m.sense.event_type not in _SPOKEN or m.sense.event_type in _AIMED and m.sense.mode:
        return None  # (a threat of force is aimed at whom it would strike, not the hearer)
    verb, steps = trigger, 0
    while verb is not None and steps < 3:
        if verb.pos_ in ("VERB", "AUX"):
            found = _heard_by(verb)
            if found is not None:
                if m.source is not None and m.source[0] <= found.i < m.source[1]:
                    return None
                return np_span(found, with_conj=False)
        if verb.dep_ not in _TOLD and not (verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "obj")):
            return None
        verb, steps = verb.head, steps + 1
    return None
