"""The main verb of a sentence the parse made a noun phrase: "The coalition bombed Hajin" is
parsed as a coalition that was "bombed Hajin", the verb a participle hung on the noun. A
participle of a passive takes no direct object of its own, save a verb of giving or telling
("the men given visas", "the town sent aid"), so one that has an object, in a sentence with no
other main verb, is the sentence's verb in the past tense, and the noun is its doer. So is
one that urges a party named in its own phrase to act ("The envoy called on both sides to
respect the truce"): a passive's phrase would have lost that party ("the man called on to
resign"); and one of the acts done with another party, named in its "with" phrase ("The rebels
negotiated with the government"): one negotiates a deal, not a party, so no passive reads so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["noun_root_verb"]

#: Verbs whose passive keeps an object ("given a visa", "told the news", "denied entry").
_TWO_OBJECTS = frozenset({
    "give", "award", "grant", "offer", "hand", "deny", "show", "send", "tell", "ask", "promise",
    "teach", "allow", "pay", "lend", "owe", "issue", "serve", "sentence", "name", "call",
    "elect", "appoint", "make", "leave", "charge", "fine", "assign"})

#: Acts done with another party, whom a "with" phrase names ("negotiated with the government").
_DONE_WITH = frozenset({
    "negotiate", "talk", "speak", "meet", "confer", "consult", "clash", "fight", "spar",
    "quarrel", "argue", "cooperate", "collaborate", "ally", "side", "reconcile"})


def noun_root_verb(verb: Token) -> bool:
    """Whether ``verb``, a participle the parse hangs on the sentence's noun root, is that
    sentence's past-tense verb with the noun as its doer (see the module)."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or head.dep_ != "ROOT" or \
            head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i:
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("agent", "auxpass", "aux", "nsubj", "nsubjpass", "dative") for c in kids):
        return False
    if any(c.dep_ in ("acl", "relcl") and c.i != verb.i for c in head.children):
        return False  # "the town bombed by jets, hit twice": a phrase of participles
    if _urges(verb) or verb.lemma_.lower() in _DONE_WITH and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(
                g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "PRON") for g in c.children)
            for c in kids):
        return True
    return verb.lemma_.lower() not in _TWO_OBJECTS and any(
        c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "PRON") for c in kids)


#: Verbs that urge a party named in their phrase to act ("called on", "appealed to").
_URGING = frozenset({"call", "appeal", "urge", "plead", "press"})


def _urges(verb: Token) -> bool:
    """Whether a verb of urging names, in its own phrase, a party it urges to act, and the act:
    "called on both sides to respect the truce", "appealed to the rebels to lay down their arms"
    (not "ordered at gunpoint to surrender": no party is named, the noun is the one ordered)."""
    return verb.lemma_.lower() in _URGING and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children) and any(
        c.dep_ == "prep" and c.i < min((x.i for x in verb.children if x.dep_ == "xcomp"),
                                       default=c.i) and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children)
