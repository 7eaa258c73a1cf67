"""Whom a demand or a threat is addressed to, when the sentence names them in the act's own
clause: "Russia said Sudan must return the helicopter" is Russia's demand of Sudan (CAMEO 10),
not an act of Sudan's; "Iran threatened to launch an offensive unless Baghdad accepted its
terms" is a threat to Baghdad (CAMEO 13), whose recipient the condition names (what is
threatened, "an offensive", "talks", stays the event's object)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .roles import np_span, subject_of, thing
from .speakers import SPEECH_VERBS
from .status import deontic

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["addressed"]

#: How far up from its trigger the clause that says "must" or the condition may hang:
#: "must allow aid to reach", "threatened to stop talks if …".
_REACH = 3
_CONDITIONS = frozenset({"if", "unless"})
_CLIMB = frozenset({"xcomp", "advcl", "conj"})


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


def _inside(tok: Token, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= tok.i < span[1]


def _noun_subject(verb: Token) -> Token | None:
    """The clause's subject when it names a party ("if Hamas ran"; not "if cooperation
    founders")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
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
    if m.source is not None and not _inside(addressee, m.source):
        return m  # the act's actor is someone other than the one told what to do
    return replace(m, source=np_span(speaker), target=np_span(addressee))


def _threatened(doc: Doc, m: Mention) -> Mention:
    """"threatened to … unless Baghdad accepted": the party the condition is put to."""
    verbs = _clause_verbs(doc[m.trigger])
    verbs += [c for c in verbs[0].children if c.dep_ == "xcomp"]  # the threat verb's act
    for verb in verbs:
        for clause in verb.children:
            mark = next((g for g in clause.children if g.dep_ == "mark"
                         and g.lower_ in _CONDITIONS), None) if clause.dep_ == "advcl" else None
            if mark is None:
                continue
            party = _noun_subject(clause)
            if party is not None and not _inside(party, m.source) and mark.i < party.i and \
                    not any(t.is_punct for t in doc[mark.i:party.left_edge.i]):
                # the subject right after "if", not a misparsed clause further on
                return replace(m, target=np_span(party))
            return m
    return m


def addressed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with the addressee of a reported demand or a conditional threat."""
    out = []
    for m in mentions:
        if m.status == "demanded" and m.sense.cameo_root == "10":
            m = _demanded_of(doc, m)
        elif m.sense.cameo_root == "13" and (m.target is None or thing(
                doc[m.target[0]:m.target[1]].root)):  # "threatened to stop talks if …"
            m = _threatened(doc, m)
        out.append(m)
    return out
