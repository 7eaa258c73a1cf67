"""Triggers from nouns: eventive nouns count as events when a light verb carries them
("carried out a raid"), when they are the subject of an eventive verb ("an air strike killed"),
when an owner or a "by" phrase names their actor ("the army's offensive"), in "went on strike" /
"there were clashes", as what someone is put under ("placed under curfew", "remains under
arrest"), or as acts done to someone ("the arrest of"); topical uses ("talks on
the attack", "fears of an attack") are not events."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..actor_blamed import BLAMING, blamed_doer
from ..deps import prep_object, prep_objects, subject
from ..tokens import tags, words
from ..wordclasses import word_class
from .concerns import AGAINST_AUTHOR
from .conjuncts import sides
from .forces import stops_others, withdrawn_from
from .lexicon import Lexicon, Sense
from .noun_parties import (accused_in, aimed_at, modifier_doer, person_owner, place_not_party,
                           sides_told)
from .mention import CLAIM_SUFFIX, RULESET, Construction, Mention, span_of
from .frames import UNREAL
from .modality import nonspecific
from .occasions import auxes
from .phrases import BODIES, known_group
from .roles import (agent_of, agent_words, concerned, doer_in_modifier, is_passive, is_when,
                    np_span, object_of, party_in, subject_of, thing)
from .senses import ends, money, noun_sense, verb_sense
from .type_captures import persons_taken
from .clause_parties import clause_party
from .recipient_aims import aimed_party
from .recipient_comments import comment, comment_topic
from .recipient_resisted import withstanding
from .role_asked_nouns import asked_of
from .shared_objects import left_party
from .speakers import accused_actor
from .noun_moods import described_status
from .status import (
    REACTIONS,
    conditional_threat,
    frame_root,
    frame_status,
    planned_ahead,
    status_of,
)
from .views import predicative
from .words import ARMED, CONFLICT_TYPES, DIE, INJURE, MUTUAL, PERSON_NOUNS, is_kill

if TYPE_CHECKING:
    from spacy.tokens import Token


_CLAIMING = word_class("claiming")
_EVENTIVE_HEADS = word_class("eventive_heads")
_TOPICAL_HEADS = word_class("topical_heads")
_PROLONG = word_class("prolong")
_PARTAKING = word_class("partaking")
#: the types of acts of force, whose doer is the one responsible for them
_FORCE = frozenset({"ASSAULT", "COERCE"})
_BACKERS = word_class("backer_participles")
#: What stands for a document of an act, which another party may send ("a copy of the deal").
_COPIES = frozenset({"copy", "copies", "text", "draft", "version"})
#: Verbs whose object does what their complement says ("forced the army to withdraw").
_OBJECT_CONTROL = word_class("object_control")
#: Acts whose noun's purpose or relative clause may name whom they are done to.
_CLAUSED = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})
_UNDERGONE = word_class("undergone")
_UNDERGONE_ACTS = word_class("undergone_acts")


# Nouns of acts done to someone, named with whom: "the arrest of X", "the killing of three
# protesters", "the abduction of two aid workers" (the actor, if any, is found elsewhere).
_PATIENT_NOUNS = word_class("patient_nouns")

# Nouns of acts whose "of" phrase names who does them: "the support of Iran and Russia".
_OF_DOER_NOUNS = word_class("of_doer_nouns")
#: Verbs of who puts on an event ("a march organised by", "a rally staged by").
_ORGANISE = word_class("organise_verbs")
#: wars and other long happenings, which one ends by no single act
_WARS = word_class("wars")


def _of_doer(noun: Token) -> Token | None:
    """The party a "by" phrase names as the doer of an act a noun names ("there were attacks
    by the rebels"), or an "of" phrase for nouns whose "of" says who acts ("the staunch
    support of Iran and Russia", "the visit of the president"): a country, a people, a
    group, a person or a body."""
    preps = ("by", "of") if noun.lemma_.lower() in _OF_DOER_NOUNS else ("by",)
    for c in noun.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            g = prep_object(c)
            if g is not None and g.pos_ in ("PROPN", "NOUN") and (
                    g.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or known_group(g)
                    or g.lemma_.lower() in BODIES or g.lemma_.lower() in PERSON_NOUNS
                    or g.lemma_.lower() in agent_words()):  # "by police", "by … fighters"
                return g
    return None


_BACKGROUND = frozenset({"after", "before", "following", "since", "until", "till"})


_PERSONAL_POSSESSIVES = frozenset({"his", "her", "their", "my", "our", "your"})


def _patient_of(noun: Token) -> Token | None:
    """Whom an act named by a noun was done to: "the arrest of X"; "X's arrest", "his
    detention" when no "of" phrase names another and X is a person, not a body that acts
    ("the army's arrests")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and not any(c.dep_ == "prep" and c.lower_ == "of"
                                     for c in noun.children) and (
            owner.ent_type_ == "PERSON" or owner.lower_ in _PERSONAL_POSSESSIVES
            or owner.pos_ == "PROPN" and owner.ent_type_ not in ("ORG", "GPE", "NORP", "LOC")
            or owner.lemma_.lower() in PERSON_NOUNS or person_owner(owner)):
        return owner
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            g = prep_object(c)
            if g is not None and (g.ent_type_ in ("PERSON", "NORP", "ORG") or g.pos_ in (
                    "PRON", "NUM") or g.lemma_.lower() in PERSON_NOUNS
                    or g.lemma_.lower() in ARMED or g.lemma_.lower() in agent_words()
                    or any(n.dep_ == "nummod" or n.lower_.endswith("-old")
                           for n in g.children)):
                return g
    return None


def _claimed_by(noun: Token) -> Token | None:
    """Who claimed the act a noun names, in a clause of its own: "the attack, which was
    claimed by al-Shabaab", "in an attack claimed by the group"."""
    for c in noun.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() == "claim" and is_passive(c):
            agent = agent_of(c)
            if agent is not None:
                return agent
    return None


def _organised_by(noun: Token) -> Token | None:
    """Who organised or staged the act a noun names, in a clause of its own: "a march organised
    by the Kurdish community", "a rally staged by the opposition"."""
    for c in noun.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _ORGANISE and is_passive(c):
            agent = agent_of(c)
            if agent is not None:
                return agent
    return None


def _party_preps(sense: Sense) -> tuple[str, ...]:
    """The prepositions of a noun trigger that name its recipient: talks and agreements are
    "with" someone, "on" or "for" something ("negotiations on a troop pullback"); a mediation
    is "between" the sides it goes to."""
    if sense.event_type not in MUTUAL:  # an act of force "into" ground: its holder's
        return ("on", "against", "with", "to", "for", "at") + (
            ("into",) if sense.event_type == "ASSAULT" else ())
    return ("with", "to", "between") if sense.mode == "third-party" else ("with", "to")


def _objects(head: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of the phrases of ``head`` with one of ``preps`` and its indirect objects,
    in their order, times left out."""
    objs = []
    for c in head.children:
        if c.dep_ == "dative" and c.pos_ != "ADP":
            objs.append(c)
        elif c.dep_ in ("prep", "dative") and c.lower_ in preps:
            objs.extend(g for g in c.children if g.dep_ == "pobj" and not is_when(g))
    if "against" in preps:  # "launched an operation in the enclave of Afrin against the
        # militia": no place is against anyone, the phrase the parse hangs on it is the act's
        objs.extend(a for g in prep_objects(head, _SCENE)
                    for a in prep_objects(g, "against") if not is_when(a))
    return objs


_SCENE = frozenset({"in", "inside", "near", "across", "throughout", "around"})


def _named_party(head: Token, preps: tuple[str, ...], frame: Token | None = None
                 ) -> Token | None:
    """The first of :func:`_objects` of ``head``; when more are named (by ``head`` or by the
    verb ``frame`` that carries it), one the act is "against" (whom it is aimed at), else the
    first party that is no place ("launched an offensive on Afrin against the militia": the
    militia; the town is where it happened)."""
    objs = _objects(head, preps)
    named = objs + (_objects(frame, preps) if objs and frame is not None else [])
    if len(named) > 1:
        parties = [g for g in named if not thing(g)]
        party = next((g for g in parties if g.head.lower_ == "against"), None) or next(
            (g for g in parties if g.ent_type_ not in ("GPE", "LOC", "FAC")), None)
        if party is not None:
            return party
    return objs[0] if objs else None


def _party_of_thing(target: Token | None, event_type: str) -> Token | None:
    """The party a thing a protest or a judgement is aimed at concerns, as for a verb's object
    (``object_of``): whoever made it or whose it is ("a rally against the pay freeze imposed
    by the ministry": the ministry); a party, a thing that names none, or the thing of another
    act (the party it concerns is found by the actor resolver) stays."""
    if target is None or event_type not in AGAINST_AUTHOR or not thing(target):
        return target
    about = concerned(target, author=True)
    return target if about is None else about


def partaken(noun: Token) -> Token | None:
    """The verb of taking part whose act ``noun`` names ("participated in the massacre",
    "took part in the assault", "engaged in talks"): taking part in an act is doing it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in":
        return None
    verb = prep.head
    if verb.lemma_.lower() == "part" and verb.dep_ in ("dobj", "obj"):
        verb = verb.head  # "took part in"
    elif verb.lemma_.lower() == "take":
        if not any(c.lemma_.lower() == "part" and c.dep_ in ("dobj", "obj")
                   for c in verb.children):
            return None
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in _PARTAKING else None


def _answered_for(noun: Token, lex: Lexicon) -> Token | None:
    """The copula whose subject is said to be responsible for the act of force ``noun`` names
    ("the militia has been responsible for mass killings"): the one responsible for an attack
    or a seizure did it (one responsible for talks or aid is in charge of them)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() != "responsible" \
            or not any(s.event_type in _FORCE for s in lex.nouns.get(noun.lemma_.lower(), ())):
        return None
    verb = prep.head.head
    if prep.head.dep_ != "acomp" or verb.lemma_.lower() != "be" or _no_one_answers(verb):
        return None
    return verb


#: Subjects that name no one ("nobody was responsible") or ask who ("who was responsible?").
_NO_ONE = frozenset({"nobody", "none", "no-one", "who", "whoever", "what", "which"})


def _no_one_answers(verb: Token) -> bool:
    """Whether the subject said to be responsible names no one: "no group said it was
    responsible for the attack", "nobody was responsible", "which group was responsible":
    no one is said to have done the act, and this is no telling of it."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("it", "they") and verb.dep_ == "ccomp":
        # "no group said it was": the one speaking of itself
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), subject)
    return subject is not None and (subject.lower_ in _NO_ONE or any(
        c.dep_ == "det" and c.lower_ in ("no", "which", "what") for c in subject.children))


#: Nouns of a run of like acts: "a wave of attacks", "a series of raids".
_RUNS = frozenset(("wave", "series", "string", "spate", "spree", "flurry", "volley", "salvo",
                   "barrage", "succession", "rash", "chain"))


def run_of(noun: Token) -> Token | None:
    """The noun of a run of like acts that ``noun`` (plural) is the acts of: "a wave of
    attacks" (wave); ``None`` for anything else (not "a round": "a new round of exercises"
    is a stage of one undertaking, told as its own)."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or noun.tag_ not in ("NNS", "NNPS"):
        return None
    return of.head if of.head.lemma_.lower() in _RUNS and of.head.pos_ == "NOUN" else None


def light_host(noun: Token) -> Token:
    """The word a noun trigger stands in for as a light verb's object: the run it is the acts
    of ("launched a wave of attacks": wave), else the noun itself."""
    run = run_of(noun)
    return noun if run is None else run


def _noun_context(noun: Token, lex: Lexicon
                  ) -> tuple[Construction, Token | None, Token | None] | None:
    """Whether a noun trigger is an event here: ``(construction, actor_token, status_token)``."""
    head = noun.head
    hl = head.lemma_.lower()
    if noun.dep_ in ("dobj", "obj") and (hl in lex.light_verbs or hl in lex.ending_verbs) \
            and head.pos_ == "VERB" and not predicative(head) and not withstanding(head):
        # not "called the attack cowardly", nor "held off an assault": its attackers' act
        return "light_verb", subject_of(head), head
    if noun.dep_ in ("dobj", "obj", "nsubjpass") and head.pos_ == "VERB" and withstanding(head):
        # "held off an assault by the rebels", "beat back a rebel offensive": the attackers'
        # act, which the verb's subject withstands (the parse may hang "by" on the verb); a
        # light verb ("held") stays no act of its own
        by = next(prep_objects(noun, "by"), None)
        if by is None and noun.dep_ != "nsubjpass":
            by = next(prep_objects(head, "by"), None)
        if by is None and noun.dep_ != "nsubjpass" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in head.children) and not any(
                c.dep_ == "poss" for c in noun.children):
            return None  # "killed by guards repulsing an attack": no party named on either side
        return "light_verb" if hl in lex.light_verbs else "nominal", by, head
    run = run_of(noun)  # "launched a wave of attacks": the run is done, so each act in it
    if run is not None and run.dep_ in ("dobj", "obj", "nsubjpass") and \
            run.head.pos_ == "VERB" and run.head.lemma_.lower() in lex.light_verbs and \
            not predicative(run.head):  # (or "a wave of attacks was launched by")
        return "light_verb", subject_of(run.head), run.head
    if noun.dep_ == "pobj" and head.lower_ == "in" and money(head.head) and \
            head.head.dep_ in ("dobj", "obj") and head.head.head.lemma_.lower() in lex.light_verbs \
            and verb_sense(lex, head.head.head) is None:  # "gave $2 million" is the verb's
        verb = head.head.head  # "announced $33 million in assistance"
        return "light_verb", subject_of(verb), verb
    if noun.dep_ == "nsubjpass" and head.pos_ == "VERB" and not withstanding(head) and (
            hl in lex.light_verbs or hl in lex.ending_verbs or hl in _PROLONG):
        return "light_verb", subject_of(head), head  # "the curfew was lifted", "talks were held"
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() == "resort" \
            and head.head.pos_ == "VERB":  # "police resorted to a lathi-charge": the act done
        return "light_verb", subject_of(head.head), head.head
    if (verb := partaken(noun) or _answered_for(noun, lex)) is not None:
        return "light_verb", subject_of(verb), verb  # "took part in the assault": the assault
    if noun.dep_ == "nsubjpass" and head.pos_ == "VERB" and hl == "claim":
        return "claimed", agent_of(head), noun  # "the attack was claimed by al-Shabaab"
    if noun.dep_ in ("nsubjpass", "dobj", "obj") and head.pos_ == "VERB" and hl in BLAMING and \
            (doer := blamed_doer(noun)) is not None:
        return "noun_subject", doer, head  # "the raid was blamed on the army"
    if noun.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "VERB" and hl in _EVENTIVE_HEADS:
        # "the missiles fired by the Israeli military struck": the firer is the actor
        # ("the offensive, backed by Russian jets, killed": the backer is not the doer)
        # ("the bombing, blamed by police on the PKK": the accuser is not the doer)
        by = blamed_doer(noun) or next(
            (a for c in noun.children if c.dep_ == "acl" and c.lower_ not in _BACKERS
             and c.lemma_.lower() not in BLAMING and (a := agent_of(c)) is not None), None)
        return "noun_subject", by, head
    if noun.dep_ == "conj" and head.dep_ in ("dobj", "obj") and head.head.pos_ == "VERB" and \
            head.head.lemma_.lower() in lex.light_verbs:
        return "light_verb", subject_of(head.head), head.head  # "launched air and artillery
        # strikes"
    if noun.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in (
            "go", "be", "remain", "stay", "continue", "put", "place", "keep", "arrive",
            "travel", "fly", "come"):  # "went on strike", "arrived in Amman on a visit"
        return "on_strike", subject_of(head.head), head.head
    if noun.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() in _UNDERGONE \
            and noun.lemma_.lower() in _UNDERGONE_ACTS:
        # "the town was placed under curfew", "remains under house arrest": its subject
        # undergoes the act, whose doer is the passive's agent if any
        return "under", agent_of(head.head), head.head
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in (
            "responsibility", "credit") and head.head.head.lemma_.lower() in _CLAIMING:
        claim = head.head.head  # "Islamic State claimed responsibility for the bombings"
        return "claimed", subject_of(claim), noun
    for c in noun.children:  # "the arrests made by the police", "raids carried out by troops"
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lex.light_verbs and not (
                noun.dep_ == "pobj" and head.head.lemma_.lower() in _COPIES):
            # (not "a draft of the truce sent by a mediator": the draft is sent, not the act)
            agent = agent_of(c)
            if agent is not None:
                return "light_verb_by", agent, c
    if noun.dep_ == "attr" and hl == "be" and any(c.dep_ == "expl" for c in head.children):
        return "existential", None, head
    if noun.dep_ == "pobj" and head.lower_ in ("in", "during") and (
            is_kill(head.head) or head.head.lemma_.lower() in INJURE | DIE) and sides(noun):
        # "twenty were killed in (died in) fighting between the army and rebels": the fight
        # between the sides is the happening the dead fell in (its toll folds into it)
        return "existential", None, head.head
    if noun.lemma_.lower() in _PATIENT_NOUNS and noun.dep_ != "compound" and not (
            noun.dep_ == "pobj" and (hl in _BACKGROUND or head.lower_ in _BACKGROUND)) \
            and _patient_of(noun) is not None:
        # "the arrest of Asif Reza Khan"; not "after the kidnapping of three fishermen", the
        # earlier event a report recalls as background
        by = next((g for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                   for g in c.children if g.dep_ == "pobj"), None)
        return "patient_of", by, head if noun.dep_ in ("dobj", "obj") and \
            head.pos_ == "VERB" else noun
    if any(c.dep_ == "relcl" and (is_kill(c) or c.lemma_.lower() in INJURE)
           for c in noun.children):
        return "noun_relcl", None, noun  # "a raid that killed two Palestinians"
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    by = next(prep_objects(noun, "by"), None)
    if (owner is not None or by is not None) and not (
            noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower()
            in _TOPICAL_HEADS):
        if noun.dep_ in ("nsubj", "dobj", "nsubjpass", "ROOT", "appos", "conj"):
            return "nominal", owner if owner is not None else by, head
    return None


def _made_to_act(verb: Token) -> bool:
    """"the bombing forced the government to close the schools", "the attack prompted the EU to
    review its policy": whom the act makes act is not whom it was done to."""
    return verb.lemma_.lower() in _OBJECT_CONTROL and any(
        c.dep_ in ("xcomp", "ccomp") or c.dep_ in ("dobj", "obj") and any(
            g.dep_ in ("acl", "relcl") and "to" in auxes(g) for g in c.children)
        for c in verb.children)  # the parse may hang "to be scrutinised" on the object


def _aim(verb: Token) -> bool:
    """"to end the war", "aimed at ending the war": the verb is an infinitive or a gerund after a
    preposition, an aim named (not "the deal ended the war", told as done)."""
    return "to" in auxes(verb) or verb.dep_ == "pcomp"


def noun_mentions(sent: Sequence[Token], lex: Lexicon, taken: set[int]
                   ) -> Iterator[tuple[Mention, Token]]:
    if not sent:
        return
    doc = sent[0].doc
    lemmas, pos, _, _ = tags(doc)
    texts, lowers, _ = words(doc)
    last = lex.noun_ends
    for tok in sent:
        i = tok.i
        if pos[i] not in ("NOUN", "PROPN") or i in taken:
            continue
        if lemmas[i] not in last and lowers[i] not in last and not (
                i >= 2 and texts[i - 1] == "-"):
            continue  # no noun of the lexicon ends in this word, nor is it hyphen-joined:
            # most nouns (noun_sense would find no reading)
        found = noun_sense(lex, tok)
        if found is None:
            continue
        sense, first = found
        sense = persons_taken(lex, sense, tok)  # "their capture": people, not ground
        ctx = _noun_context(tok, lex)
        if ctx is None:
            continue
        rule, actor, frame = ctx
        if rule == "light_verb" and frame is not None and ends(lex, frame):
            if tok.lemma_.lower() in _WARS and _aim(frame):
                continue  # "talks to end the war", "aimed at ending the conflict": a goal
            ended = lex.ended(sense)  # "called off the strike": a concession
            if stops_others(tok, frame, sense.acled_event_type):
                restrained = lex.restrained(sense)  # "police stopped the march": restraint
                if restrained is None:
                    continue
                sense = restrained
            elif ended is not None:
                sense = ended
        claimer = _claimed_by(tok) if actor is None else None
        if claimer is not None:  # "the attack, which was claimed by al-Shabaab, killed"
            actor = claimer
        if actor is None:  # "the shelling, attributed to government forces"
            actor = blamed_doer(tok)
        if actor is None:  # "a march organised by the Kurdish community": its organisers
            actor = _organised_by(tok)
        if actor is None:  # "the army's offensive"; not "Karim's arrest", done to him
            actor = next((c for c in tok.children if c.dep_ == "poss" and not is_when(c)
                          and (tok.lemma_.lower() not in _PATIENT_NOUNS
                               or c != _patient_of(tok))), None)
        if actor is None:  # "Israeli air strikes", "a Saudi-led coalition strike"
            by = _of_doer(tok)  # "the Idlib offensive by Syrian forces": the "by" phrase's
            # doer, and the modifier says where; else "a regime offensive", "rebel attacks"
            named = doer_in_modifier(tok, first) if by is not None and by.i < tok.i else \
                None if by is not None else modifier_doer(tok, first)
            actor, actor_span = named if named is not None else (None, None)
            if actor is None:  # "the support of Iran and Russia", "attacks by the rebels"
                actor = by
                actor_span = span_of(actor)
        else:
            actor_span = span_of(actor)
        both = sides_told(tok) if actor is None and sense.mode != "third-party" else None
        if both is not None:  # "talks between Iran and the US": one side acts, with the other
            actor, actor_span = both[0], np_span(both[0], with_conj=False)
        target = both[1] if both is not None else _party_of_thing(_named_party(
            tok, _party_preps(sense), frame if rule == "light_verb" else None), sense.event_type)
        if both is None and comment(sense) and (target is None or thing(target)):
            # "voiced concern about Iran": whom the comment is about
            target = comment_topic(tok, frame if rule == "light_verb" else None) or target
        if both is None and (target is None or place_not_party(target, sense.event_type)):
            # "the battle for X, launched against Y": whom it is aimed at, not the ground
            target = aimed_at(tok, sense.event_type) or target
        if target is None and sense.event_type in CONFLICT_TYPES:  # "shelling of Gaza"
            target = next((g for g in prep_objects(tok, "of")
                           if g.ent_type_ in ("GPE", "LOC", "FAC")), None)
        if target is None and tok.dep_ == "conj":  # "strikes on X" hung on the first conjunct
            for c in tok.head.children:
                if c.dep_ == "prep" and c.lower_ in ("on", "against", "at"):
                    target = next((g for g in c.children if g.dep_ == "pobj"
                                   and not is_when(g)), None)
                    if target is not None:
                        break
        if target is None and rule == "light_verb" and frame is not None:
            # "granted a pardon to the journalists": the recipient hangs from the light verb
            target = _party_of_thing(_named_party(frame, _party_preps(sense) + (
                ("upon",) if sense.event_type not in MUTUAL else ())), sense.event_type)
        if target is None and rule in ("light_verb", "on_strike") and frame is not None:
            target = _party_of_thing(aimed_party(tok, frame, sense.event_type),
                                     sense.event_type)  # "Operation X against Y"
        if target is None and (rule == "patient_of" or tok.lemma_.lower() in _PATIENT_NOUNS):
            target = _patient_of(tok)
        if target is None and rule == "under" and frame is not None:
            target = subject(frame)
        if target is None:  # "lifted the sanctions imposed on China": whom they concern
            target = concerned(tok, owner=False)
        if target is None and sense.event_type == "REQUEST":
            target = asked_of(tok)
        elif target is None and sense.event_type == "ACCUSE":  # "claims that X armed them"
            target = accused_in(tok)
        if target is None and rule == "noun_subject" and frame is not None and \
                not _made_to_act(frame) and frame.lemma_.lower() not in BLAMING:
            target = object_of(frame, sense.event_type)
        if target is None and rule == "light_verb":  # "imposed a curfew in Bangkok",
            target = party_in(tok, sense.event_type) or (  # "a ceasefire in all Libyan
                party_in(frame, sense.event_type) if frame is not None else None)  # territories"
        if target is None and rule == "light_verb" and frame is not None:
            target = left_party(frame, sense.event_type)  # "accused the US … and delivered an
            # ultimatum"
        if target is None and sense.event_type in _CLAUSED:  # "an offensive to retake the town
            target = clause_party(tok, sense.event_type,  # from the rebels"
                                  lambda v: verb_sense(lex, v) is not None)
        if sense.mode == "withdraw" and target is not None and target.dep_ == "pobj" and \
                target.head.lower_ == "of" and target.head.head.i == tok.i:
            left = withdrawn_from(tok, target)  # "the withdrawal of Russian troops from
            if left is not target:  # Georgia": the troops withdraw, and from Georgia
                if actor_span is None:
                    actor, actor_span = target, span_of(target)
                target = left
        status = status_of(tok) if frame is None or frame.i == tok.i or rule != "light_verb" \
            and frame.lemma_.lower() in REACTIONS else status_of(frame) \
            if rule == "light_verb" else frame_status(frame)  # "nearly launched a raid"
        # (a stance taken on a happening, "will investigate the attack by the army", leaves
        # the happening its own status)
        rumoured = False  # an act's noun told as hearsay ("a suspected air strike")
        if tok.dep_ in ("nsubj", "nsubjpass") and nonspecific(tok):
            status = UNREAL  # "any attack on the province will trigger an exodus": a kind
        elif status == "actual" and planned_ahead(tok):
            status = "proposed"  # "the president's visit is planned for May"
        elif status == "actual" and not (rule == "light_verb" and frame is not None
                                         and ends(lex, frame)):
            # "a suspected air strike", "the failed coup", "will investigate the planned
            # raid"; not "cancelled a planned visit", where the cancelling is the act, nor
            # "a planned attack killed 12", told as done by a verb of its own
            status = described_status(tok, told=frame is not None and frame.i != tok.i
                                      and frame.lemma_.lower() not in REACTIONS) or status
            rumoured = status == "alleged"  # its own hearsay, not an accuser's frame
        if status == "alleged" and rule != "claimed":  # "accused Israel of carrying out
            accused = accused_actor(frame if frame is not None else tok)  # the attack": Israel
            if accused is None and frame is not None and frame.dep_ in ("pcomp", "xcomp"):
                accused = accused_actor(frame.head)
            if accused is not None:
                actor_span = span_of(accused)
        if rule == "claimed":  # who did it is what the group says (CAMEO 015 claim
            status = "alleged"  # responsibility): the claim's root, not the attack's
        if rule == "light_verb" and frame is not None and frame.lemma_.lower() in (
                "offer", "promise", "propose", "announce", "pledge") and sense.event_type in (
                "RETREAT", "AID", "COOPERATE", "CONCEDE"):
            status = "proposed"
        elif rule == "light_verb" and frame is not None and frame.lemma_.lower() in (
                "promise", "vow", "pledge", "threaten") and sense.event_type in CONFLICT_TYPES:
            status = "threatened"  # "officials promise arrests"
        fat = inj = None  # casualties come from the verb, merged into the noun's event
        status = conditional_threat(sense, status, frame if frame is not None else tok)
        if not rumoured:  # (hearsay keeps the act's own kind, as frame_root keeps it for
            sense = frame_root(sense, status, frame if frame is not None else tok)  # adverbs)
        if rule == "claimed":
            sense = replace(sense, cameo_root="01")
        target_span = span_of(target)
        if target is not None and actor_span is not None and \
                actor_span[0] <= target.i < actor_span[1]:
            target_span = None  # "accusations by the US": the accuser is no recipient too
        partner = next((c for c in actor.children if c.dep_ == "conj" and c.pos_ in (
            "NOUN", "PROPN")), None) if actor is not None and (target is None or (
                sense.event_type in MUTUAL and target.dep_ == "pobj"
                and target.head.lower_ not in _party_preps(sense))) else None
        # "Putin and Erdoğan held talks in Sochi | on Syria": the sides are all actors of the
        # talks, with no recipient (PLOVER's reciprocal events); the place or matter is neither
        if partner is not None and sense.event_type in MUTUAL and actor_span is not None:
            target_span = None
        yield Mention(
            trigger=tok.i, trigger_span=(first, tok.i + 1), sense=sense, status=status,
            source=actor_span, target=target_span, fatalities=fat, injuries=inj,
            rule=f"{RULESET}:{rule}" + (CLAIM_SUFFIX if claimer is not None else ""),
            construction=rule, confidence=0.9,
        ), tok
