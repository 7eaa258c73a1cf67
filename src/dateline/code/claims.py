"""Claims of responsibility for an attack reported just before: "A car bomb killed nine people
at a market. Al-Shabaab claimed responsibility for the attack." The claimer is the actor of the
attack the claim's noun refers back to, when that attack names no actor of its own (its rule
says so, see :data:`~dateline.code.mention.CLAIM_SUFFIX`); the claim is no second attack.

An attack told again by a definite noun that a party claims, or others lay at a party's door,
gives it that party as well (:func:`attributed`): "Al-Shabaab claimed the attack" (its rule
ends in :data:`~dateline.code.mention.CLAIM_SUFFIX`), "police said the group was behind the
bombing", "the attack was blamed on the rebels" (others' word: its rule ends in
:data:`~dateline.code.mention.BLAME_SUFFIX`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from ..actor_blamed import BLAMING, blamed_party
from ..coref_phrases import negated
from ..tokens import tags
from ..wordclasses import word_class
from .forces import security_sector
from .lexicon import load_lexicon
from .mention import BLAME_SUFFIX, CLAIM_SUFFIX, Mention, span_of
from .roles import own_claim, subject_of
from .status import status_of
from .words import CONFLICT_TYPES, agent_words, definite

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


#: Pronouns that may stand for the party an attack is laid on ("Isis said it was behind").
_PARTY_PRONOUNS = frozenset({"it", "they", "he", "she"})


@cache
def _attack_nouns() -> frozenset[str]:
    """The lexicon's nouns of acts of violence ("attack", "bombing", "raid")."""
    return frozenset(w for w, senses in load_lexicon().nouns.items()
                     if any(s.event_type in CONFLICT_TYPES for s in senses))


def _bare_noun(noun: Token, allowed: str = "") -> bool:
    """A definite noun that says nothing of its own about the act it names ("the attack",
    "this bombing"; not "the attack on a hotel", "the 2019 attack", "the attack that killed
    ten"): the act told just before, told again. ``allowed``: a preposition the parse may hang
    on the noun that is no word about the act ("on" of "blamed the attack on the rebels")."""
    return definite(noun) and not any(
        c.dep_ in ("relcl", "acl", "nummod", "amod", "compound", "npadvmod")
        or c.dep_ == "prep" and c.lower_ != allowed for c in noun.children)


def _party(tok: Token | None) -> Token | None:
    """``tok`` where it may name a party (a name, a noun or a personal pronoun) and is not
    denied ("no group", "neither al-Shabaab nor Isis": :func:`~dateline.coref_phrases.
    negated`), nor one of several joined ("al-Shabaab or Isis" names no one party); a noun
    only where it is a word for those who act ("the rebels", not "poor security")."""
    if tok is None or negated(tok) or any(c.dep_ == "conj" for c in tok.children) or \
            tok.dep_ == "conj":
        return None
    named = tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "NORP", "GPE", "PERSON")
    agent = tok.pos_ == "NOUN" and (tok.lemma_.lower() in agent_words() or
                                    tok.lower_ in agent_words())
    return tok if named or agent or tok.lower_ in _PARTY_PRONOUNS else None


def _told_as_fact(verb: Token) -> bool:
    """Whether the clause of ``verb`` tells what it says as done: not denied, refused, put
    off, asked, doubted or guessed ("declined to blame", "has yet to claim", "it is unclear
    whether", "there is no evidence that"), as the status of an event's own verb is read."""
    return status_of(verb) == "actual" and \
        not any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)


def _subject_of_be(verb: Token) -> Token | None:
    """The subject of a copula, or of the passive it completes ("X is believed to be
    behind")."""
    for v in (verb, verb.head):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if verb.dep_ != "xcomp":
            return None
    return None


def _laid_on(noun: Token) -> tuple[Token | None, str]:
    """The party an attack noun is laid on by its own clause, and the suffix its rule takes:
    "X claimed the attack" (the group's own claim, :data:`CLAIM_SUFFIX`); "X was behind the
    attack", "X was responsible for the attack" (a claim where X says so of itself, else
    others' word, :data:`BLAME_SUFFIX`); "the attack was blamed on X", "officials blamed the
    attack on X" (others' word: :func:`~dateline.actor_blamed.blamed_party`, which takes no
    cause for a party)."""
    head = noun.head
    lay = head.lemma_.lower()
    if noun.dep_ in ("nsubjpass", "dobj", "obj") and lay in BLAMING:
        if not _bare_noun(noun, BLAMING[lay]) or not _told_as_fact(head):
            return None, ""
        return blamed_party(head, noun), BLAME_SUFFIX
    if not _bare_noun(noun):
        return None, ""
    if noun.dep_ in ("dobj", "obj") and lay == "claim":
        return (subject_of(head) if _told_as_fact(head) else None), CLAIM_SUFFIX
    be = None
    if noun.dep_ == "pobj" and head.lower_ == "behind" and head.head.lemma_.lower() == "be":
        be = head.head
    elif noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lower_ == "responsible" \
            and head.head.head.lemma_.lower() == "be":
        be = head.head.head
    if be is None or not _told_as_fact(be):
        return None, ""
    subj = _subject_of_be(be)
    return subj, CLAIM_SUFFIX if own_claim(be, subj) else BLAME_SUFFIX


def attributed(doc: Doc, start: int, end: int) -> list[tuple[Token, Token, str]]:
    """The parties the tokens from ``start`` to ``end`` lay an attack told again at the door
    of, each with the attack's noun and the suffix of the rule that gives it (see
    :func:`_laid_on`): who claimed it, or who others say did it; a party denied ("no group
    claimed the attack", "denied being behind it", "declined to blame it on") none."""
    found = []
    lemmas, pos, nouns = tags(doc).lemmas, tags(doc).pos, _attack_nouns()
    for i in range(start, end):
        if pos[i] != "NOUN" or lemmas[i] not in nouns:
            continue  # most words: read from the arrays, no Token made
        noun = doc[i]
        laid, suffix = _laid_on(noun)
        party = _party(laid)
        if party is not None:
            found.append((party, noun, suffix))
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


def _claimed_by(doc: Doc, out: list[Mention], sentences: Sequence[tuple[int, int]]
                ) -> set[int]:
    """Give each bare claim's claimer to the last attack of its own or the previous sentence
    before the claim, when that attack names no one who did it; and each party an attack told
    again is laid on to that attack only where it is the one attack of the text so far that
    names no doer ("air strikes hit villages in response. Officials blamed the attack on …"
    could tell of either). The triggers of the nouns that told an attack again, so folded."""
    told: set[int] = set()
    for at, (start, end) in enumerate(sentences):
        since = sentences[at - 1][0] if at > 0 else start
        claims = [(c, c.i, CLAIM_SUFFIX, False) for c in _bare_claims(doc, start, end)] + \
            [(party, noun.i, suffix, True) for party, noun, suffix in attributed(doc, start, end)]
        for claimer, before, suffix, again in claims:
            earlier = [j for j, m in enumerate(out) if since <= m.trigger < before
                       and m.sense.event_type in CONFLICT_TYPES]
            if not earlier or not _doerless(doc, out[earlier[-1]]):
                continue
            if again and _sole_doerless(doc, out, before) is None:
                continue
            attack = out[earlier[-1]]
            out[earlier[-1]] = replace(attack, source=span_of(claimer),
                                       source_sector=security_sector(claimer),
                                       rule=attack.rule + suffix)
            if again:
                told.add(before)
    return told


def _told_again(doc: Doc, m: Mention) -> bool:
    """An attack a party is told as having carried out, named by a definite noun that says
    nothing of its own ("officials said the militia carried out the raid", "the attack was
    carried out by the militia"): the attack just told, told again, where the telling is of
    a deed done (not "denied carrying out the attack", "would carry out the attack")."""
    noun = doc[m.trigger]
    return m.construction == "light_verb" and m.sense.event_type in CONFLICT_TYPES and \
        m.status == "actual" and m.source is not None and \
        noun.dep_ in ("dobj", "obj", "nsubjpass") and _refers_back(noun, m) and \
        _bare_noun(noun) and not _is_claim(doc, m)


def _sole_doerless(doc: Doc, out: Sequence[Mention], before: int) -> int | None:
    """The one attack of ``out`` told before the token ``before`` that names no doer; ``None``
    where there are none or several (a noun there could tell of any of them again)."""
    doerless = [j for j, m in enumerate(out) if m.trigger < before
                and m.sense.event_type in CONFLICT_TYPES and _doerless(doc, m)]
    if len(doerless) != 1:
        return None
    return doerless[0]


def claimed_attacks(doc: Doc, mentions: Sequence[Mention],
                    sentences: Sequence[tuple[int, int]]) -> list[Mention]:
    """``mentions`` in text order, with each claim that refers back to an attack of its own or
    the previous sentence (``sentences``: their token bounds) folded into that attack, and each
    attack told again with its doer folded into the one attack before it that names none."""
    out = list(mentions)
    told = _claimed_by(doc, out, sentences)  # an attack told again is no second attack
    dropped = {k for k, m in enumerate(out) if m.trigger in told}
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
        if not own and (_sole_doerless(doc, out, claim.trigger) != j or k in dropped):
            continue  # told again of one of several attacks, or of one with its own doer
        if _doerless(doc, attack) and claim.source is not None:
            out[j] = replace(attack, source=claim.source, source_sector=claim.source_sector,
                             rule=attack.rule + (CLAIM_SUFFIX if own else BLAME_SUFFIX))
        if own:  # a claim in the claimer's words is no act; an attack told again by others
            dropped.add(k)  # stays an event of the sentence that tells it, with its doer
    return [m for n, m in enumerate(out) if n not in dropped]
