"""A promise named by a noun whose content is an act of its own: one event, the act's.

"the promise to withdraw the troops", "his pledge of a withdrawal", "a vow to crush the
rebels": what is promised is the event (a withdrawal to come is a concession, CONCEDE, by the
PLOVER manual; an attack vowed a threat), told with the status the noun gives it; the noun is
no second, cooperative AGREE beside it. The verb's case ("promised to withdraw") is
:func:`dateline.code.merge.concessions_agreed`'s; a promise to cooperate stays AGREE. A
withdrawal named as what a verb of promising promises ("a troop withdrawal promised by the
president", "pledged a pullout") is the concession to come, the promise's own event.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .senses import noun_sense
from .words import CONFLICT_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .lexicon import Lexicon, Sense
    from .mention import Mention

__all__ = ["promised_acts", "promised_withdrawals"]

# Acts whose intent is their own event: promising them is not a second, cooperative one.
_INTENDED = CONFLICT_TYPES | {"CONCEDE", "RETREAT"}


def _content(noun: Token) -> list[Token]:
    """What the noun ``noun`` promises: its infinitive ("the promise to withdraw") and what it
    is "of" ("the pledge of a withdrawal")."""
    out = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VB" and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    out += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]
    return out


def promised_acts(verbs: list[tuple[Mention, Token]], nouns: list[tuple[Mention, Token]]
                  ) -> list[tuple[Mention, Token]]:
    """``nouns`` without the AGREE of a promise noun whose content is an act found in the
    sentence (a verb or a noun trigger) of a type that is its own event."""
    acts = {t.i: m.sense.event_type for m, t in verbs + nouns}
    return [(m, t) for m, t in nouns if not (
        m.sense.event_type == "AGREE" and t.pos_ == "NOUN"
        and any(acts.get(c.i) in _INTENDED for c in _content(t)))]


_PROMISING = frozenset({"promise", "pledge", "vow"})


def _promised(verb: Token) -> Token | None:
    """What the verb promises as a thing: its object, or the noun its participle describes
    ("a withdrawal promised by the president")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)


def promised_withdrawals(lex: Lexicon, verbs: list[tuple[Mention, Token]],
                         nouns: list[tuple[Mention, Token]]
                         ) -> tuple[list[tuple[Mention, Token]], list[tuple[Mention, Token]]]:
    """``verbs`` and ``nouns`` with a withdrawal that a promise names as its object made the
    withdrawal to come, a concession (CONCEDE, CAMEO 03 intent, proposed): the withdrawal
    noun's mention where it has one (the promise then no second event), else the promise."""
    noun_at = {t.i: k for k, (_, t) in enumerate(nouns)}
    verbs_out, nouns_out = [], list(nouns)
    for m, t in verbs:
        thing = _promised(t) if m.sense.event_type == "AGREE" and \
            t.lemma_.lower() in _PROMISING else None
        if thing is not None and thing.i in noun_at:
            k = noun_at[thing.i]
            act, tok = nouns_out[k]
            if act.sense.event_type == "RETREAT":
                nouns_out[k] = (_conceded(act, act.sense), tok)
                continue
        found = noun_sense(lex, thing) if thing is not None and thing.i not in noun_at else None
        if found is not None and found[0].event_type == "RETREAT":
            m = _conceded(m, found[0])
        verbs_out.append((m, t))
    for k, (m, t) in enumerate(nouns_out):  # "a withdrawal promised by the president"
        if m.sense.event_type == "RETREAT" and m.status == "actual" and any(
                c.dep_ in ("acl", "amod") and c.tag_ == "VBN" and c.lemma_.lower() in _PROMISING
                for c in t.children):
            nouns_out[k] = (_conceded(m, m.sense), t)
    return verbs_out, nouns_out


def _conceded(m: Mention, withdrawal: Sense) -> Mention:
    """``m`` as the promised withdrawal ``withdrawal``: a concession to come."""
    sense = replace(withdrawal.with_type("CONCEDE", "03"), mode=withdrawal.mode)
    return replace(m, sense=sense, status="proposed",
                   source=m.source, target=m.target)
