"""Whom a demand or a threat is addressed to, when the sentence names them in the act's own
clause: "Russia said Sudan must return the helicopter" is Russia's demand of Sudan (CAMEO 10),
not an act of Sudan's; "Iran threatened to launch an offensive unless Baghdad accepted its
terms" is a threat to Baghdad (CAMEO 13), whose recipient the condition names (what is
threatened, "an offensive", "talks", stays the event's object). An act demanded by a demand or
appeal the sentence codes as its own event ("China demanded that the US cancel the sale",
"urged Europe to support the plan") is that demand as CAMEO codes it: the demander's, of whom
it is asked, with the demand's root (as a threatened act is the threatener's). A demand or a
protest named as what a protest is for ("rallied to demand reforms", "began a hunger strike to
protest the ruling") is that protest's aim, which CAMEO codes as the protest itself (1411-1414,
demonstrate for a change of leader, policy or rights): the protesters', against whom they
protest, CAMEO 14."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..deps import subject
from .modality import purpose
from .roles import np_span, subject_of, thing
from .speakers import SPEECH_VERBS
from .status import deontic
from .words import DOCUMENTS as _DOCUMENTS, WRITING_TO as _WRITING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["addressed", "inside"]

#: How far up from its trigger the clause that says "must" or the condition may hang:
#: "must allow aid to reach", "threatened to stop talks if …".
_REACH = 3
_CONDITIONS = frozenset({"if", "unless"})
#: How a condition hangs from the clause it conditions.
_CONDITIONED = frozenset({"advcl", "conj"})
_CLIMB = frozenset({"xcomp", "advcl", "conj"})
#: How a demanded act hangs from the demand that asks for it: "demanded that X cancel",
#: "urged X to support", "calls for X to withdraw", "a demand to sever".
_ASKED = frozenset({"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "acl"})
#: CAMEO roots of a demand (10) and an appeal (02); of a protest (14).
_DEMAND_ROOTS = frozenset({"10", "02"})
_PROTEST = "14"


def _verb_of(tok: Token) -> Token:
    """The verb of a trigger: itself, or the verb whose object or subject a noun trigger is."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "obj", "nsubjpass") and \
            tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    return tok


def _clause_verbs(tok: Token) -> list[Token]:
    """The trigger's verb and the verbs it depends on through control, purpose and clauses."""
    out = [_verb_of(tok)]
    for _ in range(_REACH):
        cur = out[-1]
        if cur.dep_ not in _CLIMB or cur.head.i == cur.i or cur.head.pos_ not in ("VERB", "AUX"):
            break
        out.append(cur.head)
    return out


def inside(tok: Token, span: tuple[int, int] | None) -> bool:
    """Whether ``tok`` is within the token span ``span`` (none when ``span`` is ``None``)."""
    return span is not None and span[0] <= tok.i < span[1]


def _noun_subject(verb: Token) -> Token | None:
    """The clause's subject when it names a party ("if Hamas ran"; not "if cooperation
    founders")."""
    subj = subject(verb)
    return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") and not thing(subj) \
        else None


def _demanded_of(doc: Doc, m: Mention) -> Mention:
    """"X said Y must do Z": X demands of Y; the act stays Z, its actor the speaker."""
    verbs = _clause_verbs(doc[m.trigger])
    verb = next((v for v in verbs if deontic(v)), None)
    if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_VERBS:
        return m
    speaker = subject_of(verb.head)
    addressee = _noun_subject(verb)
    if speaker is None or addressee is None or speaker.pos_ not in ("NOUN", "PROPN"):
        return m
    if m.source is not None and not inside(addressee, m.source):
        return m  # the act's actor is someone other than the one told what to do
    return replace(m, source=np_span(speaker), target=np_span(addressee))


def _threatened(doc: Doc, m: Mention) -> Mention:
    """"threatened to … unless Baghdad accepted", "warned that it would respond if Vesta
    attacked": the party the condition is put to."""
    verbs = _clause_verbs(doc[m.trigger])
    verbs += [c for c in verbs[0].children if c.dep_ in ("xcomp", "ccomp")]  # the act, or
    # the clause that tells it
    for verb in verbs:
        for clause in verb.children:
            mark = next((g for g in clause.children if g.dep_ == "mark"
                         and g.lower_ in _CONDITIONS), None) if clause.dep_ in _CONDITIONED \
                else None  # (a clause "if" opens is a condition, whatever the parse joins)
            if mark is None:
                continue
            party = _noun_subject(clause)
            if party is not None and not inside(party, m.source) and mark.i < party.i and \
                    not any(t.is_punct for t in doc[mark.i:party.left_edge.i]):
                # the subject right after "if", not a misparsed clause further on
                return replace(m, target=np_span(party))
            return m
    return m


def _asking(doc: Doc, m: Mention, mentions: list[Mention]) -> Mention | None:
    """The demand or appeal of the sentence that asks for the demanded act ``m``."""
    tok = doc[m.trigger]
    for _ in range(_REACH + 1):
        if tok.dep_ not in _ASKED or tok.head.i == tok.i:
            return None
        tok = tok.head
        ask = next((d for d in mentions if d is not m and d.status != "demanded" and
                    d.sense.cameo_root in _DEMAND_ROOTS and d.source is not None and
                    d.trigger_span[0] <= tok.i < d.trigger_span[1]), None)
        if ask is not None:
            return ask
    return None


def _as_asked(m: Mention, ask: Mention) -> Mention:
    """The demanded act as the demand that asks for it: its demander's, of whom it is asked
    (the demand's recipient, else the act's own actor when that is not the demander: "X's
    demand to sever ties" names no one it is asked of), with the demand's CAMEO root."""
    own = m.source if m.source is not None and ask.source is not None and (
        m.source[1] <= ask.source[0] or ask.source[1] <= m.source[0]) else None
    return replace(m, source=ask.source, target=ask.target or own,
                   source_sector=ask.source_sector,
                   sense=replace(m.sense, cameo_root=ask.sense.cameo_root))


def _means(tok: Token, mentions: list[Mention]) -> Mention | None:
    """The event whose trigger is ``tok``, or whose noun ``tok`` takes as its object ("began
    a hunger strike")."""
    return next((d for d in mentions if d.trigger_span[0] <= tok.i < d.trigger_span[1] or (
        d.trigger != tok.i and tok.doc[d.trigger].head.i == tok.i
        and tok.doc[d.trigger].dep_ in ("dobj", "obj"))), None)


def _protest_aim(doc: Doc, m: Mention, mentions: list[Mention]) -> Mention:
    """A demand or protest that is what a protest is for, coded as that protest (against whom
    the aim names, else whom the protest does)."""
    if m.sense.cameo_root not in _DEMAND_ROOTS | {_PROTEST}:
        return m
    verb = _verb_of(doc[m.trigger])  # "to press their demands": the verb of the aim
    if not purpose(verb) and not (verb.dep_ in ("xcomp", "acl") and verb.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return m
    means = _means(verb.head, [d for d in mentions if d is not m])
    if means is None or means.sense.cameo_root != _PROTEST or means.source is None:
        return m
    return replace(m, source=means.source, target=m.target or means.target,
                   source_sector=means.source_sector,
                   sense=replace(m.sense, cameo_root=_PROTEST))


def _written_to(doc: Doc, m: Mention) -> Mention:
    """"sent a letter to the minister asking for help", "wrote to the leaders urging a vote": a
    clause that tells what a letter or a writing says is addressed to whom it went; so is one
    whose words name only a thing it is about ("wrote to the leaders opposing a proposal")."""
    verb = doc[m.trigger]
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "to":
        return _written_as_asker(m, verb)
    if m.target is not None and not thing(doc[m.target[0]:m.target[1]].root) or \
            verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl"):
        return m
    holder = verb.head
    if holder.pos_ in ("NOUN", "PROPN") and holder.lemma_.lower() in _DOCUMENTS:
        sent = [holder, holder.head]  # "a letter to X asking", "sent a letter asking X"
    elif _writer(holder):
        sent = [holder]
    elif _writer(holder.head.head) and holder.dep_ == "pobj" and holder.head.lower_ == "to":
        sent = [holder.head.head]  # "wrote to the leaders opposing …", parsed as the leaders'
    else:
        return m
    to = next((g for h in sent for c in h.children if c.dep_ in ("prep", "dative")
               and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"
               and g.pos_ in ("NOUN", "PROPN") and not thing(g)), None)
    if to is None or inside(to, m.source):
        return m
    return replace(m, target=np_span(to))


def _writer(verb: Token) -> bool:
    """Whether ``verb`` writes to someone or sends them a writing ("wrote", "sent a letter")."""
    return verb.pos_ == "VERB" and (verb.lemma_.lower() in _WRITING or any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _DOCUMENTS for c in verb.children))


def _written_as_asker(m: Mention, verb: Token) -> Mention:
    """"sent a letter to the minister asking for documents", parsed as if the minister asked:
    the writer asks, and the one the letter went to is asked."""
    holder = verb.head.head
    addressee = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if addressee is None or not inside(addressee, m.source) or not _writer(holder):
        return m
    writer = subject_of(holder)
    if writer is None or writer.pos_ not in ("NOUN", "PROPN"):
        return m
    return replace(m, source=np_span(writer), target=np_span(addressee), source_sector=None)


def addressed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with the addressee of a reported demand or a conditional threat."""
    out = []
    for m in mentions:
        ask = _asking(doc, m, mentions) if m.status == "demanded" else None
        if ask is not None:
            m = _as_asked(m, ask)
        elif m.status == "demanded" and m.sense.cameo_root == "10":
            m = _demanded_of(doc, m)
        elif m.sense.cameo_root == "13" and (m.target is None or thing(
                doc[m.target[0]:m.target[1]].root)):  # "threatened to stop talks if …"
            m = _threatened(doc, m)
        m = _written_to(doc, m)
        out.append(_protest_aim(doc, m, mentions))
    return out
