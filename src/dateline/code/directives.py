"""Who demands an act that one party tells, orders, advises or presses another to do.

"The court instructed the ministry to release the detainees", "Washington pressured Pakistan
to expel the militants", "the minister told the rebels to lay down their arms": a verb of
demand with an object and an infinitive (object control) puts the act to the party it names,
who has not done it. CAMEO codes the demand: its actor is the one who tells or presses, its
recipient the party told (10 for an order, a demand or pressure; 02 for an appeal or advice,
as the word classes ``demand_ordering_verbs`` and ``demand_appeal_verbs`` say; a verb of
demand in neither is left as it is), as the coder does where the verb of demand is an event of
its own ("urged Iran to stop", ``code/addressees``). Where that verb gives no event ("told",
"instructed", "pressured", or an order whose object the lexicon reads as a thing), the act
demanded is the demand, made by the subject of the verb of demand of the party it names, with
the demand's CAMEO root; what the act was done to stays its object ("told Pakistan to arrest
the militants": the militants). A passive names the demander by its agent ("were ordered by
the court to pay"); one that names none ("were told to leave") leaves the act, demanded, to
the party told, as who is to do it is all the text says. An
order to one's own forces, by any verb of demand ("told his men to fire"), is the act ordered,
done by those forces (``code/type_orders``), and stays so.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..deps import to_infinitive
from ..wordclasses import word_class
from .forces import security_sector
from .frames import load_frames
from .mention import span_of
from .roles import agent_of, is_passive, np_span, subject_of
from .speakers import speaker_of
from .type_orders import forces_told

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["directed"]

#: The status a verb of demand gives the act it puts to another party.
_DEMANDED = "demanded"
#: The CAMEO root of a demand by its verb: 10 for one that orders or presses ("ordered",
#: "told", "pressured"), 02 for one that appeals or advises ("encouraged", "begged").
_ROOTS = {**dict.fromkeys(word_class("demand_ordering_verbs"), "10"),
          **dict.fromkeys(word_class("demand_appeal_verbs"), "02")}
#: How a noun trigger hangs from the verb that carries it: "to cancel the strike".
_CARRIED = frozenset({"dobj", "obj"})
_PARTY_POS = frozenset({"NOUN", "PROPN", "PRON"})


def _act_verb(tok: Token) -> Token:
    """The verb of the act: the trigger, or the verb whose object a noun trigger is."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in _CARRIED and tok.head.pos_ == "VERB":
        return tok.head
    return tok


def _demand_verb(act: Token) -> Token | None:
    """The verb of demand whose infinitive ``act`` is ("told them to leave"; through a
    conjunct, "urged him to show restraint and to avoid ...", and the verb whose gerund an
    ended act is, "told them to stop attacking")."""
    while act.head.i != act.i and act.head.pos_ == "VERB" and (
            act.dep_ == "conj" or act.dep_ == "xcomp" and act.tag_ == "VBG"):
        act = act.head
    if act.dep_ not in ("xcomp", "ccomp") or not to_infinitive(act):
        return None
    head = act.head
    frame = load_frames().verbs.get(head.lemma_.lower())
    return head if head.pos_ == "VERB" and frame is not None and frame[0] == _DEMANDED else None


def _told(verb: Token, act: Token) -> Token | None:
    """The party the verb of demand puts the act to: its object, the subject of a passive
    ("were told to leave"), or the subject the parse gives the infinitive ("ordered the
    newspaper to close", read as a clause)."""
    if is_passive(verb):
        return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    told = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if told is None and act.dep_ == "ccomp":
        told = next((c for c in act.children if c.dep_ == "nsubj"), None)
    return told if told is not None and told.pos_ in _PARTY_POS else None


def _demander(verb: Token) -> Token | None:
    """Who makes the demand: the subject (a passive's agent), past a pronoun of reported
    speech to its speaker."""
    doer = agent_of(verb) if is_passive(verb) else subject_of(verb)
    doer = speaker_of(doer) or doer
    return doer if doer is not None and doer.pos_ in _PARTY_POS else None


def _as_demand(doc: Doc, m: Mention, mentions: list[Mention]) -> Mention:
    if m.status != _DEMANDED:
        return m
    act = _act_verb(doc[m.trigger])
    verb = _demand_verb(act)
    root = None if verb is None else _ROOTS.get(verb.lemma_.lower())
    if verb is None or root is None or forces_told(verb) or any(
            d.trigger_span[0] <= verb.i < d.trigger_span[1] for d in mentions):
        return m  # no verb of demand, or one read as an event of its own
    told = _told(verb, act)
    if told is None:
        return m
    told_words = np_span(told)
    if m.source is not None and not m.by_doer(told_words):
        return m  # the act is another party's ("urged Iran to let inspectors visit")
    # the party told as the act had it, one of several when they are coordinated
    target = m.source or told_words
    demander = _demander(verb)
    source = None if demander is None else span_of(demander)
    if source is None or source[0] < told_words[1] and told_words[0] < source[1]:
        return m
    sector = security_sector(demander) if demander.pos_ in ("NOUN", "PROPN") else None
    return replace(m, source=source, target=target, acted_on=m.target, source_sector=sector,
                   sense=replace(m.sense, cameo_root=root))


def directed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each act demanded of a party by a verb of demand that is no event of
    its own coded as that demand (see the module)."""
    return [_as_demand(doc, m, mentions) for m in mentions]
