"""The parties of joint and communicative acts: whom talks, meetings, deals and clashes are with.

Two rules, from what a recipient is (the party an act is done with or to, never what it is
about):

* the topic of a communicative or cooperative act is no party to it: the object of "discuss" or
  "debate", a noun in an "about/on/over/regarding/concerning" phrase of talks, a meeting, a
  deal, a call or a statement ("met to discuss Syria", "talks on the nuclear programme",
  "a summit on Syria") is what the act concerns; its recipient is the party named in the act's
  "with" phrase, the other member of its coordinated subject, or none;
* a joint act whose subject is a coordination ("Russia and Turkey held talks", "foreign
  ministers from Russia and Turkey met") is done by the first member with the others: the first
  acts, each other member is a recipient (one reading per pair of members).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..deps import prep_object
from .phrases import thing
from .roles import np_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["joint_parties", "is_topic", "topic_preps", "JOINT_WORDS"]

#: Acts done together: their parties are each other's counterparts ("Russia and Turkey met").
JOINT_WORDS = frozenset({
    "meet", "meeting", "talk", "talks", "negotiate", "negotiation", "negotiations", "agree",
    "agreement", "deal", "accord", "treaty", "pact", "clash", "clashes", "cooperate",
    "cooperation", "sign", "summit", "discuss", "discussion", "discussions", "consult",
    "consultation", "consultations", "confer", "dialogue", "collaborate", "collaboration",
    "partnership", "alliance", "ally", "reconcile", "reconciliation", "truce", "armistice",
})

#: Acts of words, agreement or dispute whose "about/on/over" phrase names what they concern.
_TOPICAL_WORDS = JOINT_WORDS | frozenset({
    "speak", "say", "statement", "phone", "telephone", "conversation", "chat",
    "comment", "remark", "letter", "message", "debate", "exchange", "memorandum", "vote",
    "row", "dispute", "quarrel", "spat", "argue", "disagree", "disagreement", "conference",
    "briefing", "brief", "communique", "declaration", "understanding", "compromise",
})

#: Occasions of talk that a phrase of an act may name ("discussed it in a call with Erdogan").
_TALK_NOUNS = frozenset({"call", "conversation", "meeting", "talk", "talks", "summit",
                         "visit", "exchange", "negotiation", "session"})

#: Verbs whose direct object is what is spoken of ("discussed Syria"), never a party.
_TOPIC_VERBS = frozenset({"discuss", "debate", "review"})

#: Prepositions that name the matter of talk ("talks on Syria", "a row over Kashmir").
_TOPIC_PREPS = frozenset({"about", "on", "over", "regarding", "concerning", "re"})


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _topic_head(tok: Token) -> Token | None:
    """The communicative or cooperative word ``tok`` is the topic of, or ``None``."""
    while tok.dep_ == "conj":  # "discussed Syria and Iraq"
        tok = tok.head
    head = tok.head
    if tok.dep_ in ("dobj", "obj") and _lemma(head) in _TOPIC_VERBS:
        return head
    if tok.dep_ == "pobj" and head.lower_ in _TOPIC_PREPS and head.dep_ == "prep":
        word = head.head
        if _lemma(word) in _TOPICAL_WORDS or word.lower_ in _TOPICAL_WORDS:
            return word
    return _discussed_clause(tok)


def _discussed_clause(tok: Token) -> Token | None:
    """The verb of discussing whose content clause ``tok`` is in ("met to discuss how to
    protect the Kurds", "debated whether to arm the rebels"), or ``None``."""
    for _ in range(8):
        head = tok.head
        if head is tok or tok.dep_ in ("relcl", "acl", "advcl", "conj"):
            return None  # out of the clause
        if tok.dep_ in ("ccomp", "xcomp", "csubj") and _lemma(head) in _TOPIC_VERBS:
            return head
        tok = head
    return None


def topic_preps(word: Token) -> frozenset[str]:
    """The prepositions whose phrases name what ``word`` is about, none of them a party to it:
    "about/on/over" of talks, a summit, a deal or a statement; none for other words ("an attack
    on the base", "sanctions on Russia")."""
    return _TOPIC_PREPS if _lemma(word) in _TOPICAL_WORDS or word.lower_ in _TOPICAL_WORDS \
        else frozenset()


def is_topic(tok: Token) -> bool:
    """Whether ``tok`` names what a communicative or cooperative act is about ("Syria" in
    "met to discuss Syria", "talks on Syria", "a deal over Gaza")."""
    return _topic_head(tok) is not None


def _with_party(words: list[Token]) -> Token | None:
    """The party in a "with" phrase of one of ``words`` ("discussed Syria with Erdogan"), or of
    the talk a phrase of theirs names ("discussed Syria in phone calls with Erdogan")."""
    talks = [g for w in words for c in w.children if c.dep_ == "prep" and c.lower_ in (
        "in", "during", "at", "over") for g in c.children if g.dep_ == "pobj" and (
        _lemma(g) in _TALK_NOUNS)]
    for word in [*words, *talks]:
        for c in word.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                party = prep_object(c)
                if party is not None and party.pos_ in ("NOUN", "PROPN", "PRON"):
                    return party
    return None


def _act_words(doc: Doc, m: Mention, topic_of: Token | None) -> list[Token]:
    """The words that carry the act's phrases: its trigger, the light verb it is the object of
    ("held talks with"), the verb of the purpose clause it merged with, the word of the topic."""
    trigger = doc[m.trigger]
    words = [trigger]
    if trigger.dep_ in ("dobj", "obj", "pobj") and trigger.head.pos_ in ("VERB", "ADP"):
        words.append(trigger.head if trigger.head.pos_ == "VERB" else trigger.head.head)
    words += [c for c in trigger.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"]
    if trigger.dep_ in ("xcomp", "advcl") and _lemma(trigger.head) in JOINT_WORDS:
        words.append(trigger.head)  # "met with Turkey to discuss Syria": the meeting's party
    if topic_of is not None and topic_of not in words:
        words.append(topic_of)
    return words


def _members(doc: Doc, source: tuple[int, int]) -> tuple[tuple[int, int], list[Token]] | None:
    """The first member's span and the other members of a coordinated subject: "Russia and
    Turkey" (Russia; Turkey), "ministers from Russia and Turkey" (ministers from Russia;
    Turkey); ``None`` for one party."""
    root: Token = doc[source[0]:source[1]].root
    others = [c for c in root.conjuncts if c.i > root.i and c.pos_ in ("NOUN", "PROPN")
              and source[0] <= c.i < source[1]]
    if others:
        return np_span(root, with_conj=False), others
    for c in root.children:  # "ministers from Russia and Turkey", "leaders of the two Koreas"
        if c.dep_ == "prep" and c.lower_ in ("from", "of") and c.i > root.i:
            first = prep_object(c)
            if first is None:
                continue
            rest = [g for g in first.conjuncts if g.i > first.i and g.pos_ in ("NOUN", "PROPN")]
            if rest:
                return (source[0], np_span(first, with_conj=False)[1]), rest
    return None


def _joint(m: Mention, words: list[Token]) -> bool:
    """Whether the act is one its parties do together: talks, a meeting, a deal, a clash (not
    one a third party does for them: "sponsored the talks", "mediated")."""
    return m.sense.mode != "third-party" and any(
        _lemma(w) in JOINT_WORDS or w.lower_ in JOINT_WORDS for w in words[:2])


def _revised(doc: Doc, m: Mention) -> list[Mention]:
    topic_of = None
    if m.target is not None:  # only a topic, or a thing ("agreed to a truce"), gives way
        root = doc[m.target[0]:m.target[1]].root
        topic_of = _topic_head(root)
        if topic_of is None and not thing(root):
            return [m]
    words = _act_words(doc, m, topic_of)
    if not _joint(m, words) and topic_of is None:
        return [m]
    partner = _with_party(words)
    if partner is not None and (m.source is None or not m.source[0] <= partner.i < m.source[1]):
        return [replace(m, target=np_span(partner))]
    members = _members(doc, m.source) if m.source is not None and _joint(m, words) else None
    if members is None:
        return [m] if topic_of is None else [replace(m, target=None)]
    first, others = members
    return [replace(m, source=first, target=np_span(o, with_conj=False),
                    conjunct=m.conjunct + k) for k, o in enumerate(others)]


def joint_parties(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with the topics of communicative acts taken out of their recipients and
    the members of a joint act's coordinated subject made each other's counterparts."""
    return [r for m in mentions for r in _revised(doc, m)]
