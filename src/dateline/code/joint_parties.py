"""The topic of a communicative or cooperative act is no party to it.

A recipient is the party an act is done with or to, never what it is about: the object of
"discuss" or "debate" and what its content clause names ("met to discuss Syria", "discussed how
to protect the Kurds"), a noun in an "about/on/over/regarding/concerning" phrase of talks, a
meeting, a deal or a statement ("talks on the nuclear programme", "a summit on Syria"). The
recipient of such an act is the party of its "with" phrase ("discussed Syria with Erdogan",
"in phone calls with Trump"), the one brought to the talks ("invited two leaders to discuss"),
or none: a joint act of a coordinated subject ("Russia and Turkey met to discuss Syria") is
PLOVER's reciprocal event, one for each member with no recipient.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..deps import prep_object, prep_objects
from ..full_names import entity_of
from .phrases import a_place, thing
from .roles import np_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["joint_parties", "topic_preps", "with_party", "JOINT_WORDS"]

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


#: Prepositions of a phrase that a "with" phrase of the act may hang on: a place, time or
#: occasion of the act ("talks in Geneva with the envoy", "in phone calls with Trump").
_WITH_VIA = frozenset({"in", "at", "on", "during", "over"})


def with_party(tok: Token) -> Token | None:
    """The party of a "with" phrase on ``tok`` ("discussed Syria with Erdogan"), or on a
    place, time or occasion phrase on it ("held talks in Geneva with the envoy", "discussed
    Syria in phone calls with Erdogan"): a noun, name or pronoun that is no thing and no place
    ("with weapons", "with Geneva" name no party)."""
    for g in prep_objects(tok, _WITH_VIA | {"with"}):
        if g.head.lower_ == "with":
            if g.pos_ in ("NOUN", "PROPN", "PRON") and not thing(g) and not a_place(g):
                return g
        elif (found := with_party(g)) is not None:
            return found
    return None


#: Verbs that bring a party to talks: its object is the counterpart of the talks they are
#: for ("invited two leaders to Paris to discuss", "summoned the ambassador to discuss").
_BRINGING = frozenset({"invite", "host", "summon", "receive", "welcome", "call", "phone",
                       "contact", "meet", "visit", "join"})


def _invited(trigger: Token) -> Token | None:
    """The party a verb of bringing to talks names, for the talks it is done for."""
    head = trigger.head
    if trigger.dep_ not in ("xcomp", "advcl") or _lemma(head) not in _BRINGING:
        return None
    party = next((c for c in head.children if c.dep_ in ("dobj", "obj")), None)
    return None if party is None or thing(party) else party


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


def _revised(doc: Doc, m: Mention) -> Mention:
    if m.target is None:
        return m
    topic_of = _topic_head(doc[m.target[0]:m.target[1]].root)
    if topic_of is None:
        return m
    partner = next((p for w in _act_words(doc, m, topic_of) if (p := with_party(w)) is not None),
                   None) or _invited(doc[m.trigger])
    if partner is not None and (m.source is None or not m.source[0] <= partner.i < m.source[1]):
        return replace(m, target=np_span(partner))
    return replace(m, target=None)  # "Russia and Turkey met to discuss Syria": reciprocal


def _state_or_body(tok: Token) -> bool:
    """Whether the name ``tok`` is in is one the actor dictionary knows as a country (or the
    capital that stands for one) or an organisation: not a town or a region ("fighters from
    Homs and Hama")."""
    if tok.ent_type_ not in ("GPE", "NORP", "ORG"):
        return False
    from ..actor_dictionary import load_dictionary

    known = load_dictionary()
    name = " ".join(t.lower_ for t in entity_of(tok) if t.lower_ != "the")
    return name in known.countries or name in known.organisations


def _members(doc: Doc, m: Mention) -> list[Mention]:
    """A reciprocal act of the agents "from" or "of" coordinated states or organisations
    ("ministers from Russia and Turkey met"): one reading for each member's side, the first with
    the agents' words. Agents from towns ("fighters from Homs and Hama clashed") stay one."""
    if m.source is None or m.target is not None or not any(
            _lemma(w) in JOINT_WORDS or w.lower_ in JOINT_WORDS
            for w in _act_words(doc, m, None)[:2]):
        return [m]
    root: Token = doc[m.source[0]:m.source[1]].root
    for c in root.children:
        first = prep_object(c) if c.dep_ == "prep" and c.lower_ in ("from", "of") else None
        rest = [] if first is None else [g for g in first.conjuncts if g.i > first.i
                                         and g.ent_type_ in ("GPE", "NORP", "ORG")]
        if first is not None and rest and all(_state_or_body(g) for g in (first, *rest)):
            spans = [(m.source[0], np_span(first, with_conj=False)[1]),
                     *(np_span(g, with_conj=False) for g in rest)]
            return [replace(m, source=span, conjunct=m.conjunct + k)
                    for k, span in enumerate(spans)]
    return [m]


def joint_parties(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with the topics of communicative acts taken out of their recipients and
    the members of a joint act's coordinated subject made each other's counterparts."""
    return [r for m in mentions for r in _members(doc, _revised(doc, m))]
