"""Triggers from verbs: each event verb of the lexicon with its actor, target, status and
casualties ("troops shelled the town", "26 were killed", "accused Israel of attacking")."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..deps import prep_objects
from ..tokens import tags
from ..actor_controllers import gerund_doer
from ..wordclasses import word_class
from .casualties import GUNFIRE, cause_of, is_casualty, victim_counts
from .cause_doers import told_cause
from .forces import security_sector, withdrawn_from
from .lexicon import Lexicon, Sense
from .mention import RULESET, Mention, span_of
from .noun_parties import gerund_sides
from .numbers import count_of
from .recipient_gaps import missed_subject
from .reduced_passives import bare_participle_patient, killed_doing, misread_participle
from .roles import (RELATIVE_PRONOUNS, agent_of, bare_clause, is_passive, np_span, object_of,
                    own_claim, party_in, subject_of)
from .senses import disaster, ended_gerund, have_misparse, verb_sense
from .speakers import accused_actor, speaker_of, written_subject
from .modality import purpose
from .status import UNREAL, conditional_threat, frame_root, status_of
from .words import DIE, INJURE, is_kill

if TYPE_CHECKING:
    from spacy.tokens import Token


_DEVICES = word_class("devices")


# Verbs that prolong or renew the event their passive subject names ("curfew was extended").
# What is tightened or stepped up, never who: "security was tightened" has no actor named.
_MEASURES = word_class("security_measures")


#: the ACLED sub-types of ground taken in battle (PLOVER COERCE seize, CAMEO 19)
_TERRITORY_TAKEN = frozenset({"Government regains territory",
                              "Non-state actor overtakes territory"})


def _fighting(sense: Sense) -> bool:
    """An attack or ground taken in battle: named as a purpose, a goal, not a deed told."""
    return sense.event_type == "ASSAULT" or sense.acled_sub_event_type in _TERRITORY_TAKEN


def _no_comment(verb: Token) -> bool:
    """"declined to comment": no refusal of anything (CAMEO 011, a statement)."""
    return verb.lemma_.lower() in ("decline", "refuse") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in ("comment", "elaborate", "respond", "confirm",
                                                  "speak", "say", "discuss", "specify")
        for c in verb.children)


# Participles of a stance its passive subject takes: "is opposed to".
_STANCES = word_class("stance_participles")


# Judging someone for an act makes them its actor: "criticised the police for opening fire",
# "were praised for rescuing", "arrested him for attacking".
_FOR_WHAT = word_class("for_what")


def _judged_for(verb: Token) -> Token | None:
    if verb.dep_ != "pcomp" or verb.head.lower_ != "for":
        return None
    judge = verb.head.head
    if judge.lemma_.lower() not in _FOR_WHAT or judge.pos_ != "VERB":
        return None
    return next((c for c in judge.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _describes(tok: Token) -> bool:
    """"Iran-backed militias", "the detained leaders", "Russian and Iran-backed forces": a
    participle that describes a party, no event of this sentence. A participle joined by a
    hyphen to its agent and without a clause of its own is one, however it is parsed."""
    if tok.dep_ == "amod":
        return have_misparse(tok) is None
    if tok.tag_ != "VBN" or not bare_clause(tok):
        return False
    if tok.dep_ == "conj" and tok.head.dep_ == "amod":
        return True
    return tok.i > 0 and tok.doc[tok.i - 1].text == "-" and tok.dep_ in (
        "conj", "compound", "nmod", "npadvmod", "dep")


def _topic_gerund(tok: Token) -> bool:
    """"talks over redeploying the troops", "the way of investigating": a gerund that completes
    a noun's preposition names a kind of act, the topic of a word, with no doer and no occasion
    of its own; no event told (a gerund of a verb's preposition is its time, means or reason:
    "after fleeing the town", "by attacking the Kurds", "criticised for refusing"; one an
    adjective or a frame judges is an act claimed: "guilty of violating the truce", "accused
    the law of attacking"; one "for" gives is the reason for a reward, a reply or an apology,
    a particular act done: "apologised for shooting a journalist")."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.dep_ != "prep" or \
            tok.head.lower_ == "for":
        return False
    return tok.head.head.pos_ == "NOUN" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "poss") for c in tok.children) and (
        status_of(tok) == "actual")


def _means_of(tok: Token, lex: Lexicon) -> bool:
    """"were killed by shelling": a gerund that is the agent of a passive event verb names
    what did the act (its mode); the same happening, no second one (unlike "hit by airstrikes
    or shelling", two kinds of attack)."""
    by = tok.head
    return tok.tag_ == "VBG" and tok.dep_ == "pcomp" and by.dep_ == "agent" and (
        is_casualty(by.head) or verb_sense(lex, by.head) is not None)


def verb_mentions(sent: Sequence[Token], lex: Lexicon) -> Iterator[tuple[Mention, Token]]:
    pos = tags(sent[0].doc).pos if sent else []
    for tok in sent:
        if pos[tok.i] != "VERB":
            continue
        sense, casualty = verb_sense(lex, tok), is_casualty(tok)
        if not casualty and sense is None:
            continue  # no event reading, nor a death or wound: most verbs ("said", "went")
        if _describes(tok) or _topic_gerund(tok) or _means_of(tok, lex):
            continue  # descriptions of the actors and topics of words, not events of this
            # sentence
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in _DEVICES and \
                tok.head.dep_ in ("nsubj", "nsubjpass"):
            continue  # "the missiles fired by the army struck …": the strike is the event
        cause = cause_of(tok) or told_cause(tok) if casualty else None
        if sense is None and cause is not None:  # "97 died in police firing"
            sense = next(s for s in lex.verbs["kill"] if s.event_type != "-")  # no idiom
        if sense is None or _no_comment(tok):
            continue
        have = have_misparse(tok)
        subj = gerund_doer(tok, subject_of) or subject_of(tok if have is None else have)
        subj = speaker_of(subj) or subj
        if subj is not None and disaster(subj) and is_casualty(tok):
            continue  # "a fire that killed 100 people", "the earthquake killed 300"
        if subj is not None and subj.pos_ == "NUM" and (is_kill(tok) or tok.lemma_.lower()
                                                        in INJURE):
            subj = None  # "26 were killed and 41 wounded": a count of victims, not an actor
        if subj is not None and subj.lemma_.lower() in _DEVICES:
            # "an IED planted by al-Shabaab exploded", "a rocket fired by Hamas hit the house"
            subj = next((a for c in subj.children if c.dep_ == "acl"
                         and (a := agent_of(c)) is not None), subj)
        if subj is None:  # "it"/"they" in reported speech: the speaking state or body
            subj = speaker_of(written_subject(tok))
        obj = object_of(tok, sense.event_type) if have is None else tok.head
        if (victim := killed_doing(tok) or bare_participle_patient(tok, sense.mode)) is not None:
            subj, obj = None, victim  # "the first woman killed fighting alongside the
            # militia": she was killed; "the others arrested while travelling": they were
        # "fighting between A and B": A acts, with B (a mediator's sides are those it brings
        # together, not a doer and its counterpart)
        sided = gerund_sides(tok) if sense.mode != "third-party" else None
        if (read := misread_participle(tok) or sided) is not None:
            subj, obj = read  # "the reporter taken hostage by …": the militia took him
        if sense.mode == "withdraw":
            obj = withdrawn_from(tok, obj)
        if tok.lemma_.lower() in _STANCES and is_passive(tok) and agent_of(tok) is None:
            # "Israel is opposed to French mediation": a stance its subject takes, toward
            # what "to" names
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), subj)
            subj = speaker_of(subj) or subj
            obj = next(prep_objects(tok, "to"), None)
        if sense.event_type == "MOBILIZE" and subj is None and is_passive(tok) and (
                obj is None or obj.lemma_.lower() not in _MEASURES):
            subj, obj = obj, None  # "an army column was dispatched": the column mobilises
        # "travelled to Syria to fight", "uses jammers to shoot drones down": an attack named
        # as a purpose is a goal, no fighting told (aid, talks, a complaint or an arrest named
        # as one is what the means carry out: "sent aid to help", "summoned him to complain",
        # "police raided the house to arrest him": attempted)
        status = UNREAL if _fighting(sense) and purpose(tok) else status_of(tok)
        if ended_gerund(lex, tok):
            ended = lex.ended(sense)  # "agreed to stop fighting": the fighting ends
            if ended is not None:
                sense, status = ended, status_of(tok.head)
        judged = _judged_for(tok)
        if judged is not None:
            subj = judged
        if status == "alleged" and subj is None:
            subj = accused_actor(tok)
        elif status == "alleged":
            accused = accused_actor(tok)
            subj = accused if accused is not None else subj
        if tok.lemma_.lower() in DIE and sense.event_type == "ASSAULT":
            # the dead are the subject, or the one a passive speaks of ("is said to have died"):
            # never the doer, with or without a cause named ("died in custody")
            own = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            subj, obj = None, own if own is not None or tok.dep_ != "xcomp" else subj
            if obj is not None and obj.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
                obj = tok.head
        if obj is None:  # "said between four and 30 villagers died": the parse's gap
            obj = missed_subject(tok)
        if cause is not None and subj is None:
            subj = cause[1]
            if cause[0].lemma_.lower() in GUNFIRE:
                sense = replace(sense, mode="firearms")
        if tok.lemma_.lower() in DIE:
            fat, inj = (count_of(obj) if obj is not None else None), None
        else:
            fat, inj = victim_counts(tok, obj)
        status = conditional_threat(sense, status, tok)
        sense = frame_root(sense, status, tok)
        if status == "alleged" and own_claim(tok, subject_of(tok)):
            sense = replace(sense, cameo_root="01")  # the claim's root, as for "claimed
            # responsibility for": who did it is what the group says
        source_span, target_span = span_of(subj), span_of(obj)
        if sided is not None and subj is sided[0]:
            source_span = np_span(subj, with_conj=False)
        if target_span is None and have is None:
            target_span = span_of(complement_object(tok))
        yield Mention(
            trigger=tok.i, trigger_span=(tok.i, tok.i + 1), sense=sense, status=status,
            source=source_span, target=target_span, fatalities=fat, injuries=inj,
            rule=f"{RULESET}:verb", construction="verb",
            source_sector=security_sector(subj) if subj is not None and subj.pos_ in (
                "NOUN", "PROPN") else None,
        ), tok


def complement_object(verb: Token) -> Token | None:
    """Whom the act a verb promises, threatens or refuses concerns ("threatened to ban
    opposition candidates", "refused to meet the king", "promised to continue aid to
    Mozambique"): the recipient of the verb's complement, for a verb that has none."""
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB":
            return object_of(c, "default") or party_in(c, "default")
    return None
