"""Casualties: who died or was hurt, how many, at whose hands ("97 died in police firing"),
and the victim verbs folded into the attack they describe ("an air strike that killed four")."""

from __future__ import annotations

from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING

from ..aspect import governing_verb
from ..deps import prep_object, prep_objects
from ..wordclasses import word_class
from .forces import owner_by_of, security_sector
from .numbers import count_of
from .words import ARMED, DIE, INJURE, PERSON_NOUNS, is_kill

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .mention import Mention


# Acts of force that kill or wound: "killed in police firing", "died due to police firing",
# "fell to police bullets", "injured in the lathi-charge by the police".
_FORCE_NOUNS = word_class("force_nouns")


SHOTS = word_class("shots")
GUNFIRE = SHOTS | {"fire", "bullet"}  # force nouns that are shooting


def is_casualty(verb: Token) -> bool:
    """Whether the verb says someone died or was hurt ("killed", "died", "wounded")."""
    lemma = verb.lemma_.lower()
    return lemma in DIE or lemma in INJURE or is_kill(verb)


def cause_of(verb: Token) -> tuple[Token, Token] | None:
    """``(force noun, its security owner)`` for a death or wound caused by named forces."""
    for c in verb.children:
        if c.dep_ not in ("prep", "agent"):
            continue
        preps = [c]
        if c.lower_ in ("due", "owing", "because"):  # "due to", "owing to", "because of"
            preps += [g for g in c.children if g.dep_ in ("prep", "pcomp")]
        for prep in preps:
            if prep.lower_ not in ("in", "during", "to", "of", "by", "from", "due", "owing",
                                   "because"):
                continue
            for noun in prep.children:
                if noun.dep_ == "pcomp" and noun.lower_ in SHOTS:  # "in police firing" parsed
                    owner = next((g for g in noun.children if g.dep_ == "nsubj"  # as a clause
                                  and security_sector(g)), None)
                    if owner is not None:
                        return noun, owner
                if noun.dep_ != "pobj":
                    continue
                shot = next((g for g in noun.children if g.dep_ == "acl"
                             and g.lower_ in SHOTS), None)
                if shot is not None and security_sector(noun):  # "in police firing" misparsed
                    return shot, noun
                if noun.lemma_.lower() not in _FORCE_NOUNS:
                    continue
                owner = next((g for g in noun.children if g.dep_ in ("compound", "poss", "amod",
                                                                    "nmod")
                              and security_sector(g)), None) or owner_by_of(noun)
                if owner is not None:
                    return noun, owner
    return None


def victim_counts(verb: Token, target: Token | None) -> tuple[int | None, int | None]:
    n = count_of(target) if target is not None else None
    if n is None and target is not None:
        # "at least 12 fighters" / "dozens of people": look inside the phrase
        for c in target.children:
            if c.dep_ == "prep" and c.lower_ == "of" and target.pos_ in ("NUM", "NOUN"):
                pobj = prep_object(c)
                if pobj is not None and target.pos_ == "NUM":
                    n = count_of(target)
    if n is None and target is not None and target.tag_ in ("NN", "NNP") and (
            target.ent_type_ == "PERSON" or target.lemma_.lower() in PERSON_NOUNS
            or target.lemma_.lower() in ARMED) and target.lemma_.lower() != "family":
        n = 1  # "shot dead the protester"
    if is_kill(verb):
        return n, None
    if verb.lemma_.lower() in INJURE:
        return None, n
    return None, None


_CONTRAST = word_class("contrast_marks")


def _contrasted(verb: Token) -> bool:
    """A clause set beside another as a happening of its own ("while 20 were killed")."""
    return any(c.dep_ == "mark" and c.lower_ in _CONTRAST for c in verb.children)


def _sequenced(verb: Token, victim: Token) -> bool:
    """A clause set before or after a toll whose own doer is named ("shot dead by officers after
    he opened fire", "police shot him after he fired"): another happening, not the one the
    victims fell in ("were killed after an airstrike hit the building" is the strike's toll)."""
    return any(c.dep_ == "mark" and c.lower_ in ("after", "before", "until")
               for c in verb.children) and any(
        c.dep_ == "agent" or c.dep_ == "nsubj" and c.lower_ not in ("who", "that", "which")
        for c in victim.children)


def _occasion(victim: Token, by_token: dict[int, int]) -> int | None:
    """The found attack a victim verb happened in: "dozens were wounded when a car bomb
    exploded", "twelve were killed and thirty hurt when a bomb went off" (the clause on the
    last of the joined victim verbs), "killed in the bombing, which also wounded thirty"."""
    verbs = (victim, *(c for c in victim.children if c.dep_ == "conj" and c.pos_ == "VERB"))
    for verb in verbs:
        for c in verb.children:
            # (a toll set beside it, "while 20 were killed in another", is its own; an attack,
            # "killed while militants attacked their convoy", is its occasion)
            if c.dep_ == "advcl" and c.i in by_token and not (
                    _contrasted(c) and is_casualty(c)) and not _sequenced(c, verb):
                return by_token[c.i]
    for g in prep_objects(victim, ("in", "during", "by")):
        if g.i in by_token:
            return by_token[g.i]
    return None


# Nouns whose act a verb carries: "missiles struck", "launched an attack", "claimed
# responsibility for a shooting".
_CARRIED = frozenset({"noun_subject", "light_verb", "claimed"})


def _carrier(m: Mention, tok: Token) -> Token | None:
    """The verb that carries a noun mention's act, if any (up to the clause's verb)."""
    if m.construction not in _CARRIED:
        return None
    verb = governing_verb(tok, itself=False)
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    # no further than three words up: a verb higher up carries another act
    near = [tok.head, *islice(tok.head.ancestors, 2)]
    return verb if any(w.i == verb.i for w in near) else None


def merge_victims(found: list[tuple[Mention, Token]]) -> list[Mention]:
    """Fold "…, killing two" / "an air strike that killed four" into the attack they describe."""
    by_token = {tok.i: i for i, (_, tok) in enumerate(found)}
    for i, (m, tok) in enumerate(found):  # "Russian missiles struck …, killing 12": the
        carrier = _carrier(m, tok)  # missiles' event stands for the verb it replaced; so
        if carrier is not None:  # does "an attack" for "launched an attack …, killing 12"
            by_token.setdefault(carrier.i, i)
    drop: set[int] = set()
    into: dict[int, int] = {}
    out = [m for m, _ in found]
    for i, (m, tok) in enumerate(found):
        if not (is_kill(tok) or tok.lemma_.lower() in INJURE | DIE) or m.status not in (
                "actual", "alleged") or _contrasted(tok):
            continue  # "…, while 20 were killed in another": a happening of its own
            # ("died in the fighting between …" is that fighting's toll)
        host = None
        if tok.dep_ == "relcl" and tok.head.i in by_token:
            host = by_token[tok.head.i]
        elif tok.dep_ in ("advcl", "conj", "xcomp") and tok.head.i in by_token:
            host = by_token[tok.head.i]
        else:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.i in by_token:
                host = by_token[subj.i]
            else:
                host = _occasion(tok, by_token)
        while host is not None and host in into:  # "killing four and wounding six"
            host = into[host]
        if host is None or host == i or out[host].sense.event_type != "ASSAULT" or (
                m.status != "actual" and out[host].status not in ("actual", "alleged")):
            continue  # a toll reported ("were reportedly killed when airstrikes hit") is
            # the toll of the attack it hangs on
        into[i] = host
        h = out[host]
        out[host] = replace(
            h,
            target=h.target or m.target,
            fatalities=(h.fatalities or 0) + m.fatalities if m.fatalities is not None
            else h.fatalities,
            injuries=(h.injuries or 0) + m.injuries if m.injuries is not None else h.injuries,
            source=h.source or (None if m.source and m.source[0] <= h.trigger < m.source[1]
                                else m.source),  # "a strike that killed": not its own actor
        )
        drop.add(i)
    return [m for i, m in enumerate(out) if i not in drop]
