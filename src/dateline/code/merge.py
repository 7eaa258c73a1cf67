"""Merges: verb and noun mentions of one act become one event ("carried out a raid", "agreed to
lift the curfew", "artillery shells struck a camp", "killed in an air strike")."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..wordclasses import word_class
from .casualties import cause_of, is_casualty
from .lexicon import Lexicon
from .senses import ended_gerund, noun_sense
from .words import CONFLICT_TYPES, INJURE, is_kill

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .mention import Mention


def fold_light_verbs(verbs: list[tuple[Mention, Token]], nouns: list[tuple[Mention, Token]]
                     ) -> tuple[list[tuple[Mention, Token]], set[int]]:
    """Verb mentions that a noun's event stands for, left out, and the light verbs' tokens.

    Objects of light verbs carry the event ("carried out a raid"): the light verb itself is then
    not an event; "threaten a strike" is a THREATEN as well as the strike; "an air strike hit the
    town" is one event, the noun's (victim verbs merge later)."""
    # "threatened a strike": the threat and the strike; "could order airstrikes": the strikes
    # alone, threatened (the light verb is no second event, whatever the noun's status)
    threat_verbs = {t.i for m, t in verbs if m.sense.event_type == "THREATEN"}
    light_heads = {i for m, tok in nouns if m.construction == "light_verb"
                   and (i := (tok.head.head if tok.dep_ == "conj" else tok.head).i)
                   not in threat_verbs}
    light_heads |= {c.i for m, tok in nouns if m.construction == "light_verb_by"
                    for c in tok.children if c.dep_ == "acl"}
    described = {tok.head.i: m.sense.event_type for m, tok in nouns
                 if m.construction == "noun_subject"}
    verbs = [(m, t) for m, t in verbs if t.i not in light_heads and not (
        described.get(t.i) == m.sense.event_type and not is_kill(t)
        and t.lemma_.lower() not in INJURE)]
    return verbs, light_heads


_HELPING = word_class("helping_verbs")


def helped_acts(verbs: list[tuple[Mention, Token]]) -> list[tuple[Mention, Token]]:
    """"helped evacuate the wounded", "was determined to help defend the town": one act, the
    infinitive's (which takes the helper's status), not an AID beside it."""
    acts = {t.i for _, t in verbs}
    return [(m, t) for m, t in verbs if not (t.lemma_.lower() in _HELPING and any(
        c.dep_ == "xcomp" and c.i in acts for c in t.children))]


def concessions_agreed(lex: Lexicon, verbs: list[tuple[Mention, Token]],
                       nouns: list[tuple[Mention, Token]]) -> list[tuple[Mention, Token]]:
    """"agreed to lift the curfew", "promised to withdraw": one future concession (CONCEDE),
    not an AGREE as well; "vowed to continue the offensive": one threatened act of conflict,
    not an AGREE as well; agreeing to cooperate stays AGREE."""
    types = {t.i: m.sense.event_type for m, t in verbs}
    types.update({t.head.i: m.sense.event_type for m, t in verbs if ended_gerund(lex, t)})
    types.update({t.head.i: m.sense.event_type for m, t in nouns
                  if m.construction == "light_verb"})
    agreeing = {t.i: k for k, (m, t) in enumerate(verbs) if m.sense.event_type == "AGREE"}
    out = list(verbs)
    drop: set[int] = set()
    for k, (m, t) in enumerate(verbs):
        host = agreeing.get(t.head.i) if t.dep_ == "xcomp" else None
        if m.sense.event_type == "AGREE" and m.status == "proposed" and host is not None:
            # "promised to meet union leaders": one promise (CAMEO 036) with the recipient,
            # not a second AGREE for the meeting
            hm, ht = out[host]
            out[host] = (replace(hm, target=hm.target or m.target), ht)
            drop.add(k)
    return [(m, t) for k, (m, t) in enumerate(out) if k not in drop and not (
        m.sense.event_type == "AGREE" and any(
            c.dep_ == "xcomp" and types.get(c.i) in _INTENDED
            for c in t.children))]


# Acts whose intent is their own event: promising them is not a second, cooperative one.
_INTENDED = CONFLICT_TYPES | {"CONCEDE", "RETREAT"}


def agreed_once(verbs: list[tuple[Mention, Token]], nouns: list[tuple[Mention, Token]]
                ) -> list[tuple[Mention, Token]]:
    """"agreed to resume talks": one AGREE, the verb's; the talks are not a second."""
    agreeing = {t.i for m, t in verbs if m.sense.event_type == "AGREE"}
    return [(m, t) for m, t in nouns if not (
        m.construction == "light_verb" and m.sense.event_type == "AGREE"
        and m.status == "proposed" and t.head.dep_ == "xcomp" and t.head.head.i in agreeing)]


def merge_noun_subjects(found: list[tuple[Mention, Token]]) -> list[tuple[Mention, Token]]:
    """"Artillery shells struck a camp": one event, the verb's, with the weapon's mode."""
    verbs = {tok.i: k for k, (m, tok) in enumerate(found) if m.construction == "verb"}
    drop: set[int] = set()
    out = list(found)
    for k, (m, tok) in enumerate(found):
        host = verbs.get(tok.head.i)
        if m.construction != "noun_subject" or host is None:
            continue
        vm, vt = out[host]
        if vm.sense.event_type != m.sense.event_type or is_kill(vt) or \
                vt.lemma_.lower() in INJURE:
            continue
        sense = replace(vm.sense, mode=m.sense.mode or vm.sense.mode,
                        acled_event_type=m.sense.acled_event_type or vm.sense.acled_event_type,
                        acled_sub_event_type=m.sense.acled_sub_event_type
                        or vm.sense.acled_sub_event_type)
        out[host] = (replace(vm, sense=sense, source=m.source), vt)
        drop.add(k)
    return [x for k, x in enumerate(out) if k not in drop]


def instrument_refine(m: Mention, tok: Token, lex: Lexicon) -> Mention:
    """"killed in an air strike": the verb takes the weapon's mode and ACLED sub-type."""
    if m.sense.event_type != "ASSAULT" or m.sense.mode not in (None, "firearms"):
        return m
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "during", "by", "with"):
            for g in c.children:
                found = noun_sense(lex, g) if g.dep_ == "pobj" else None
                if found and found[0].event_type == "ASSAULT" and found[0].mode:
                    s = found[0]
                    return replace(m, sense=replace(
                        m.sense, mode=s.mode, acled_event_type=s.acled_event_type
                        or m.sense.acled_event_type,
                        acled_sub_event_type=s.acled_sub_event_type
                        or m.sense.acled_sub_event_type))
    return m


def covered_tokens(lex: Lexicon, verbs: list[tuple[Mention, Token]],
                   nouns: list[tuple[Mention, Token]], light_heads: set[int]) -> set[int]:
    """Tokens the events found so far stand on: nouns, light verbs, the gerunds that end an
    act, the participles describing a noun's event, the force that caused a death."""
    taken = {tok.i for _, tok in nouns} | light_heads
    taken |= {tok.head.i for _, tok in verbs if ended_gerund(lex, tok)}
    taken |= {c.i for m, tok in nouns if m.construction == "noun_subject"
              for c in tok.children if c.dep_ == "acl"}
    taken |= {c[0].i for _, tok in verbs
              if is_casualty(tok) and (c := cause_of(tok)) is not None}
    return taken
