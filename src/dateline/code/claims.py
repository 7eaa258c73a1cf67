"""Claims of responsibility for an attack reported just before: "A car bomb killed nine people
at a market. Al-Shabaab claimed responsibility for the attack." The claimer is the actor of the
attack the claim's noun refers back to, when that attack names no actor of its own (its rule
says so, see :data:`~dateline.code.mention.CLAIM_SUFFIX`); the claim is no second attack.

An attack told again by a definite noun that others lay at a party's door gives it that party
as well (:func:`attributed`): "Al-Shabaab claimed the attack", "police said
the group was behind the bombing", "the attack was blamed on the rebels", "officials said the
militia carried out the raid"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from ..tokens import tags
from ..wordclasses import word_class
from .forces import security_sector
from .lexicon import load_lexicon
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


def _told_again(doc: Doc, m: Mention) -> bool:
    """An attack a party is said to have carried out, named by a definite noun that says
    nothing of its own ("officials said the militia carried out the raid"): the attack just
    told, which takes that party when it names no doer of its own."""
    noun = doc[m.trigger]
    return m.construction == "light_verb" and m.sense.event_type in CONFLICT_TYPES and \
        m.source is not None and noun.dep_ in ("dobj", "obj") and _refers_back(noun, m)


#: Verbs that lay an act at a party's door, and the preposition that names the party.
_LAYING = {"blame": "on", "attribute": "to", "pin": "on"}
#: Verbs that deny what their clause says ("denied it was behind the attack").
_DENYING = frozenset({"deny", "reject", "dismiss", "refute", "disclaim"})
#: Pronouns that may stand for the party an attack is laid on ("Isis said it was behind").
_PARTY_PRONOUNS = frozenset({"it", "they", "he", "she"})


@cache
def _attack_nouns() -> frozenset[str]:
    """The lexicon's nouns of acts of violence ("attack", "bombing", "raid")."""
    return frozenset(w for w, senses in load_lexicon().nouns.items()
                     if any(s.event_type in CONFLICT_TYPES for s in senses))


def _attack_noun(noun: Token) -> bool:
    """A definite noun of an act of violence that says nothing of its own about it ("the
    attack", "this bombing"): the act told just before, told again."""
    return noun.pos_ == "NOUN" and definite(noun) and \
        not any(c.dep_ in ("relcl", "nummod", "amod", "compound") for c in noun.children)


def _party(tok: Token | None) -> Token | None:
    """``tok`` where it may name a party (a name, a noun or a personal pronoun), not denied
    ("no group")."""
    if tok is None or not (tok.pos_ in ("NOUN", "PROPN") or tok.lower_ in _PARTY_PRONOUNS) or \
            any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in tok.children):
        return None
    return tok


def _subject_of_be(verb: Token) -> Token | None:
    """The subject of a copula, or of the passive it completes ("X is believed to be
    behind"); ``None`` where either is negated ("X was not behind")."""
    for v in (verb, verb.head):
        if any(c.dep_ == "neg" for c in v.children):
            return None
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if verb.dep_ != "xcomp":
            return None
    return None


def _laid_on(noun: Token) -> Token | None:
    """The party an attack noun is laid on by its own clause: "X claimed the attack", "X
    claimed responsibility for the attack", "X was behind the attack", "X was responsible for
    the attack", "the attack was blamed on X", "officials blamed the attack on X"."""
    head = noun.head
    if noun.dep_ in ("dobj", "obj") and head.lemma_.lower() == "claim":
        return None if any(c.dep_ == "neg" for c in head.children) else subject_of(head)
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in _CLAIMED \
            and head.head.head.lemma_.lower() in _CLAIMING:
        verb = head.head.head
        return None if any(c.dep_ == "neg" for c in verb.children) else subject_of(verb)
    if noun.dep_ == "pobj" and head.lower_ == "behind" and head.head.lemma_.lower() == "be":
        return _subject_of_be(head.head)
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lower_ == "responsible" and \
            head.head.head.lemma_.lower() == "be":
        return _subject_of_be(head.head.head)
    lay = head.lemma_.lower()
    if noun.dep_ in ("nsubjpass", "dobj", "obj") and lay in _LAYING and \
            not any(c.dep_ == "neg" for c in head.children):
        return next((g for p in (*head.children, *noun.children)
                     if p.dep_ == "prep" and p.lower_ == _LAYING[lay]
                     for g in p.children if g.dep_ == "pobj"), None)
    return None


def attributed(doc: Doc, start: int, end: int) -> list[tuple[Token, Token]]:
    """The parties the tokens from ``start`` to ``end`` lay an attack told again at the door
    of, each with the attack's noun (see :func:`_laid_on`): who claimed it, or who others say
    did it; a party denied ("no group claimed the attack", "denied being behind it") none."""
    found = []
    lemmas, pos, nouns = tags(doc).lemmas, tags(doc).pos, _attack_nouns()
    for i in range(start, end):
        if pos[i] != "NOUN" or lemmas[i] not in nouns:
            continue  # most words: read from the arrays, no Token made
        noun = doc[i]
        if not _attack_noun(noun):
            continue
        party = _party(_laid_on(noun))
        if party is not None and not any(v.lemma_.lower() in _DENYING for v in noun.ancestors):
            found.append((party, noun))
    return found


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
    """Give each bare claim's claimer, and each party an attack told again is laid on, to the
    last attack of its own or the previous sentence before the claim (or the attack's noun),
    when that attack names no one who did it."""
    for at, (start, end) in enumerate(sentences):
        claims = [(c, c.i) for c in _bare_claims(doc, start, end)] + \
            [(party, noun.i) for party, noun in attributed(doc, start, end)]
        for claimer, before in claims:
            since = sentences[at - 1][0] if at > 0 else start
            earlier = [j for j, m in enumerate(out) if since <= m.trigger < before
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
        own = _is_claim(doc, claim) and _refers_back(doc[claim.trigger], claim)
        if not own and not _told_again(doc, claim):
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
        if own:  # a claim in the claimer's own words is no second attack; another's telling
            dropped.add(k)  # of who did it stays the event it is read as
    return [m for n, m in enumerate(out) if n not in dropped]
