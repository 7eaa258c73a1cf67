"""Claims of responsibility for an attack reported just before: "A car bomb killed nine people
at a market. Al-Shabaab claimed responsibility for the attack." The claimer is the actor of the
attack the claim's noun refers back to, when that attack names no actor of its own (its rule
says so, see :data:`~dateline.code.mention.CLAIM_SUFFIX`); the claim is no second attack."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..tokens import tags
from ..wordclasses import word_class
from .forces import security_sector
from .mention import CLAIM_SUFFIX, Mention, span_of
from .roles import own_claim, subject_of
from .words import CONFLICT_TYPES, definite

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["claimed_attacks"]

_DEVICES = word_class("devices")
_CLAIMING = word_class("claiming")
_CLAIMED = frozenset({"responsibility", "credit"})


def _doerless(doc: Doc, m: Mention) -> bool:
    """An attack that names no one who did it: no actor, or only its device ("a car bomb
    exploded")."""
    return m.source is None or doc[m.source[0]:m.source[1]].root.lemma_.lower() in _DEVICES


def _refers_back(noun: Token, claim: Mention) -> bool:
    """"the attack", "this bombing": a definite noun that says nothing of its own about the act
    (no victims, no target, no clause describing it)."""
    return claim.target is None and claim.fatalities is None and claim.injuries is None and \
        definite(noun) and \
        not any(c.dep_ in ("relcl", "prep", "nummod") for c in noun.children)


def _is_claim(doc: Doc, m: Mention) -> bool:
    """A claim of an attack: "claimed responsibility for the attack", "the attack was claimed
    by …", "the group said it carried out the attack" (its own act, in its own words)."""
    if m.construction == "claimed":
        return m.sense.event_type in CONFLICT_TYPES
    noun = doc[m.trigger]
    return m.construction == "light_verb" and m.sense.event_type == "ASSAULT" and \
        noun.dep_ in ("dobj", "obj") and own_claim(noun.head, subject_of(noun.head))


def _bare_claims(doc: Doc, start: int, end: int) -> list[Token]:
    """The claimers of "claimed responsibility" with nothing said to be claimed ("Islamic
    State claimed responsibility.", "no group has yet claimed responsibility" has none) in
    the tokens from ``start`` to ``end``: a claim of the attack just reported."""
    out = []
    lemmas, _, deps, _ = tags(doc)
    for i in range(start, end):
        if lemmas[i] not in _CLAIMED or deps[i] not in ("dobj", "obj"):
            continue  # most words: their head is not asked for
        tok = doc[i]
        verb = tok.head
        if verb.lemma_.lower() not in _CLAIMING or any(
                    c.dep_ == "prep" for c in (*tok.children, *verb.children)
                    if c.lower_ in ("for", "of")) or any(c.dep_ == "neg" for c in verb.children):
            continue
        claimer = subject_of(verb)
        if claimer is not None and claimer.pos_ in ("NOUN", "PROPN") and not any(
                c.dep_ == "det" and c.lower_ in ("no", "any") for c in claimer.children):
            out.append(claimer)
    return out


def _claimed_by(doc: Doc, out: list[Mention], sentences: Sequence[tuple[int, int]]) -> None:
    """Give each bare claim's claimer to the last attack of its own or the previous sentence,
    when that attack names no one who did it."""
    for at, (start, end) in enumerate(sentences):
        for claimer in _bare_claims(doc, start, end):
            since = sentences[at - 1][0] if at > 0 else start
            earlier = [j for j, m in enumerate(out) if since <= m.trigger < claimer.i
                       and m.sense.event_type in CONFLICT_TYPES]
            if not earlier or not _doerless(doc, out[earlier[-1]]):
                continue
            attack = out[earlier[-1]]
            out[earlier[-1]] = replace(attack, source=span_of(claimer),
                                       source_sector=security_sector(claimer),
                                       rule=attack.rule + CLAIM_SUFFIX)


def claimed_attacks(doc: Doc, mentions: Sequence[Mention],
                    sentences: Sequence[tuple[int, int]]) -> list[Mention]:
    """``mentions`` in text order, with each claim that refers back to an attack of its own or
    the previous sentence (``sentences``: their token bounds) folded into that attack."""
    out = list(mentions)
    _claimed_by(doc, out, sentences)
    dropped: set[int] = set()
    for k, claim in enumerate(out):
        if not _is_claim(doc, claim) or not _refers_back(doc[claim.trigger], claim):
            continue
        at = next((n for n, (start, end) in enumerate(sentences) if start <= claim.trigger < end),
                  None)
        if at is None:
            continue
        since = sentences[at - 1][0] if at > 0 else sentences[at][0]
        earlier = [j for j, m in enumerate(out[:k]) if j not in dropped and since <= m.trigger
                   and m.sense.event_type in CONFLICT_TYPES and not _is_claim(doc, m)]
        if not earlier:
            continue
        j = earlier[-1]
        attack = out[j]
        if _doerless(doc, attack) and claim.source is not None:
            out[j] = replace(attack, source=claim.source, source_sector=claim.source_sector,
                             rule=attack.rule + CLAIM_SUFFIX)
        dropped.add(k)
    return [m for n, m in enumerate(out) if n not in dropped]
