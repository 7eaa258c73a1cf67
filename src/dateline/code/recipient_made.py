"""The maker a thing's own participle names before it: "the government-backed plan".

The recipient of an act that judges a thing (rejecting, condemning, welcoming a plan, a law, a
deal) is the party that made it, holds it or stands for it. A participle of making set before
the thing with the party joined to it names that party as plainly as a "by" phrase after it:
"the government-backed plan" is the plan backed by the government, "a US-brokered deal" the deal
brokered by the US, "the Saudi-drafted resolution" the one Saudi Arabia drafted. The party word
is the participle's own modifier (the parse hangs "government" on "backed", or on the thing
beside the participle); a participle of telling or recording ("the widely reported plan", "the
UN-documented abuses") names no maker, save of a thing made by saying it: "the result
announced by the commission" is the commission's, as "the law passed by parliament" is
parliament's.

A made thing told again with no maker of its own ("the decision", "the withdrawal decision")
is the one an earlier sentence told being made: by a verb of its own family ("Trump decided to
withdraw troops. ... Lawmakers criticised the decision"), whose subject is its maker, or by
a noun of its kind that names its maker ("the US withdrawal. ... welcomed the pullout"; "the
withdrawal decision" is of the withdrawal's kind too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordclasses import word_class
from .phrases import a_place, doer_word, thing
from .words import PLACE_NOUNS, counted, is_when

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["act_maker", "common_place", "kin", "maker_word", "prenominal_maker", "said_maker"]

#: Verbs of reporting, witnessing or recording: their doer tells of a thing, it made none.
_RECORDING = word_class("record_verbs")
#: Things made by saying them, and what a party decides or puts forward.
_SAID = word_class("said_things") | word_class("made_things")
#: The verb that does what a made thing names ("decision" -> "decide").
_VERB_OF = dict(pair.split("=", 1) for pair in word_class("made_thing_verbs"))
#: Made things of one kind told by other words ("withdrawal", "pullout").
_KIN = {word: frozenset(group.split("/")) for group in word_class("made_thing_kin")
        for word in group.split("/")}
#: How the party word hangs on the participle or on the thing ("government - backed plan").
_JOINED = frozenset({"npadvmod", "compound", "nmod", "amod"})


def maker_word(tok: Token) -> bool:
    """A word that can name who made a thing: a party's word ("the government"), or a noun
    that is no thing, place or time ("the court", "the prosecutor"; not "by ship", "by
    night", "by the border")."""
    return doer_word(tok) or not (thing(tok) or a_place(tok) or is_when(tok))


def _participle(tok: Token) -> bool:
    return tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.lemma_.lower() not in _RECORDING


def prenominal_maker(obj: Token) -> Token | None:
    """The party word of a participle of making set before the thing ``obj`` and joined to
    it by a hyphen ("the government-backed plan": "government"), or ``None``."""
    doc = obj.doc
    for part in (c for c in obj.lefts if _participle(c)):
        if part.i < 2 or doc[part.i - 1].text != "-":
            continue
        party = doc[part.i - 2]
        if party.dep_ in _JOINED and party.head.i in (part.i, obj.i) and maker_word(party):
            return party
    return None


def common_place(tok: Token) -> bool:
    """A place told by a common noun ("the town", "two villages"), also when its name follows
    after "of" ("the town of Vessa": the phrase's head is still "town"): the people it stands
    for are no party the text names (whom an act on it killed are)."""
    tok = counted(tok)
    return tok.pos_ == "NOUN" and not tok.ent_type_ and tok.lemma_.lower() in PLACE_NOUNS


def said_maker(obj: Token) -> Token | None:
    """The party of the "by" phrase of a participle of telling hung on a thing made by saying
    it ("the result announced by the commission": "commission"), or ``None``."""
    if obj.lemma_.lower() not in _SAID and obj.lower_ not in _SAID:
        return None
    return next((g for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lemma_.lower() in _RECORDING for p in c.children
                 if p.dep_ in ("agent", "prep") and p.lower_ == "by"
                 for g in p.children if g.dep_ == "pobj" and maker_word(g)), None)


def _kinds(thing: Token) -> list[Token]:
    """The made thing and the made things of its compound ("the withdrawal decision":
    "decision", "withdrawal")."""
    return [thing, *(c for c in thing.children if c.dep_ == "compound")]


def act_maker(tok: Token, thing: Token) -> Token | None:
    """The subject of ``tok`` when it is a verb doing what the made thing ``thing`` (or the
    made thing of its compound: "the withdrawal decision") names ("decided", "withdrew"),
    and a party's words rather than a pronoun or a thing; else ``None``."""
    if tok.pos_ != "VERB":
        return None
    verbs = {_VERB_OF.get(k.lemma_.lower()) for k in _kinds(thing)} - {None}
    if tok.lemma_.lower() not in verbs:
        return None
    return next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ != "PRON"
                 and maker_word(c)), None)


def kin(tok: Token, thing: Token) -> bool:
    """Whether the noun ``tok`` tells a made thing of the kind ``thing`` (or the made thing of
    its compound) tells: "withdrawal" for "the pullout" or "the withdrawal decision"."""
    lemma = tok.lemma_.lower()
    return any(lemma == k.lemma_.lower() and k is not thing or lemma in _KIN.get(
        k.lemma_.lower(), ()) for k in _kinds(thing))
