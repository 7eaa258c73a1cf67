"""Stage ``code``: event predicates, PLOVER type and mode, roles, status, fatalities.

Works on a parsed spaCy ``Doc`` and returns :class:`Mention` records with token indices; later
stages (actors, locate, date, attribute) turn them into :class:`~dateline.records.Event`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import Sense, load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Mention", "find_mentions", "RULESET"]

#: Provenance name of the rules in this module.
RULESET = "dateline.verb_lexicon.v1"

_SUBJ = {"nsubj", "csubj"}
_PASS_SUBJ = {"nsubjpass", "csubjpass"}
_OBJ = {"dobj", "obj"}
_TARGET_PREPS = {"on", "against", "at", "with", "to"}
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "dozens": 24, "scores": 40,
    "hundreds": 200, "a": 1, "an": 1,
}


@dataclass(frozen=True, slots=True)
class Mention:
    """An event found in a sentence, before actors, places and dates are resolved.

    Spans are ``(start, end)`` token indices into the doc (end exclusive).
    """

    trigger: int
    trigger_span: tuple[int, int]
    sense: Sense
    status: str
    source: tuple[int, int] | None
    target: tuple[int, int] | None
    fatalities: int | None
    injuries: int | None
    rule: str
    confidence: float = 1.0


def _np_span(tok: Token) -> tuple[int, int]:
    """The noun phrase headed by ``tok``, without trailing clauses and prepositions."""
    left = tok.left_edge.i
    right = tok.i
    for child in tok.rights:
        if child.dep_ in ("compound", "amod", "nummod", "poss", "nmod", "appos", "flat"):
            right = max(right, child.right_edge.i)
    return left, right + 1


def _conjoined(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.conjuncts:
        if c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.append(c)
    return out


def _subject(verb: Token) -> tuple[Token | None, bool]:
    """(subject token, is_passive) of a verb, climbing through xcomp/relcl/conj."""
    passive = any(c.dep_ in ("auxpass",) for c in verb.children)
    for c in verb.children:
        if c.dep_ in _SUBJ:
            return c, passive
        if c.dep_ in _PASS_SUBJ:
            return c, True
    if verb.dep_ == "relcl":  # "an air strike that killed": the antecedent is the subject
        return verb.head, passive
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        subj, _ = _subject(verb.head)
        return subj, passive
    return None, passive


def _agent(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _object(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in _OBJ:
            return c
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS:
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _count(tok: Token | None) -> int | None:
    if tok is None:
        return None
    for c in tok.children:
        if c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an")):
            return _number(c.text)
    if tok.pos_ == "NUM":
        return _number(tok.text)
    return None


def _number(text: str) -> int | None:
    t = text.lower().replace(",", "")
    if t.isdigit():
        return int(t)
    return _NUMBER_WORDS.get(t)


def _status(tok: Token) -> str:
    if any(c.dep_ == "neg" for c in tok.children):
        return "negated"
    head = tok.head
    if tok.dep_ == "xcomp":
        lemma = head.lemma_.lower()
        if any(c.dep_ == "neg" for c in head.children):
            return "negated"
        if lemma in ("fail",):
            return "failed"
        if lemma in ("try", "seek", "attempt"):
            return "attempted"
        if lemma in ("threaten", "vow"):
            return "threatened"
        if lemma in ("plan", "propose", "offer", "agree", "promise", "want", "intend"):
            return "proposed"
    return "actual"


def _span(tok: Token | None) -> tuple[int, int] | None:
    return _np_span(tok) if tok is not None and tok.pos_ != "VERB" else None


def _verb_mentions(sent: Span, verbs: dict[str, tuple[Sense, ...]]) -> Iterator[Mention]:
    for tok in sent:
        if tok.pos_ != "VERB":
            continue
        senses = verbs.get(tok.lemma_.lower())
        if not senses:
            continue
        subj, passive = _subject(tok)
        obj = _object(tok)
        if passive:
            source_tok, target_tok = _agent(tok), subj
        else:
            source_tok, target_tok = subj, obj
        sense = senses[0]
        victims = target_tok if sense.event_type == "ASSAULT" else None
        killed = sense.mode == "kill" or tok.lemma_.lower() in ("kill",)
        wounded = tok.lemma_.lower() in ("wound", "injure")
        count = _count(victims)
        yield Mention(
            trigger=tok.i,
            trigger_span=(tok.i, tok.i + 1),
            sense=sense,
            status=_status(tok),
            source=_span(source_tok),
            target=_span(target_tok),
            fatalities=count if killed else None,
            injuries=count if wounded else None,
            rule=f"{RULESET}:verb",
        )


def _noun_mentions(sent: Span, nouns: dict[str, tuple[Sense, ...]], light: frozenset[str]
                   ) -> Iterator[Mention]:
    for tok in sent:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        senses = nouns.get(tok.lemma_.lower())
        if not senses:
            continue
        head = tok.head
        source_tok: Token | None = None
        status = "actual"
        if tok.dep_ in _OBJ and head.lemma_.lower() in light:
            source_tok, _ = _subject(head)
            status = _status(head)
            rule = f"{RULESET}:light_verb"
        elif tok.dep_ in _SUBJ and head.pos_ == "VERB":
            rule = f"{RULESET}:noun_subject"
        else:
            continue
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        source_tok = source_tok or poss
        target_tok = None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("on", "against", "with", "to"):
                target_tok = next((g for g in c.children if g.dep_ == "pobj"), None)
        yield Mention(
            trigger=tok.i,
            trigger_span=(tok.i, tok.i + 1),
            sense=senses[0],
            status=status,
            source=_span(source_tok),
            target=_span(target_tok),
            fatalities=None,
            injuries=None,
            rule=rule,
            confidence=0.8,
        )


def find_mentions(doc: Doc) -> list[Mention]:
    """All event mentions in a parsed document, in text order."""
    lex = load_lexicon()
    out: list[Mention] = []
    for sent in doc.sents:
        out.extend(_verb_mentions(sent, lex.verbs))
        out.extend(_noun_mentions(sent, lex.nouns, lex.light_verbs))
    out.sort(key=lambda m: m.trigger)
    return out
