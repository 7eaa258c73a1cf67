"""Modality: whether a clause reports what happened, or only supposes, wishes, guesses at or
asks about it. Read from the parse by clause type (conditional and purpose subordinators,
infinitives hung on nouns and adjectives, questions), modal auxiliaries, the verbs of wishing and
fearing in the status-frame table, and whether it tells of one occasion or a record of many."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import subject
from ..sentences import sentence_bounds
from ..tokens import children, marks, tags, words
from ..wordclasses import word_class
from .frames import load_frames
from .habits import going_on_for_years, used_to
from .lasting_states import lasting_state
from .tallies import tally_of_a_stretch
from .trends import over_a_stretch
from .person_nouns import a_person_noun
from .kinds_told import record
from .occasions import as_a_rule, auxes, bare_plural, own_time, passive_past, present
from .roles import RELATIVE_PRONOUNS
from .senses import actor, of_head
from .speakers import SPEECH_VERBS
from .unacted import (ability, done_so_much, fiction, named_by_standing, question_put,
                      standing_present, state_change)
from .views import asks
from .words import agent_words

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["unreal", "purpose", "in_speech", "possible", "guessed_past", "auxes", "nonspecific"]

# Dependencies that keep a word inside the clause of the verb above it: an infinitive or
# gerund complement, a conjunct, a prepositional phrase and its object, a light verb's noun.
_SAME_CLAUSE = frozenset({"xcomp", "conj", "pcomp", "pobj", "prep", "dobj", "obj", "nsubj",
                          "nsubjpass", "attr", "oprd", "acomp", "appos", "compound", "amod"})
# Dependencies that open a clause of their own: beyond them the frame above is another's.
_CLAUSE_EDGE = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "ROOT"})


_QUANTIFIERS = word_class("quantifiers")
_TEXT_VERBS = word_class("text_verbs")
_TEXT_NOUNS = word_class("text_nouns")
_GENERIC_SUBJECTS = word_class("generic_subjects")
_NONSPECIFIC = word_class("nonspecific_determiners")
_FREE_CHOICE = word_class("free_choice_pronouns")
_NEVER = frozenset({"never", "hardly", "barely"})
_WHENEVER = word_class("habitual_conjunctions")
_TIME = word_class("time_conjunctions")
_SUPPOSED = word_class("supposed_worlds")
_TOUGH = word_class("tough_adjectives")
_ACTIVITIES = word_class("long_activities")
_CARRIERS = word_class("wish_carriers")


def _clause_heads(tok: Token, limit: int = 8) -> list[Token]:
    """The token and the words above it up to and including its clause's head verb."""
    out = [tok]
    cur = tok
    for _ in range(limit):
        if cur.dep_ in _CLAUSE_EDGE or cur.head.i == cur.i:
            break
        if cur.dep_ not in _SAME_CLAUSE:
            break
        cur = cur.head
        out.append(cur)
    return out


def _mark(tok: Token) -> str | None:
    """The kind of clause a subordinator opens on ``tok`` (conditional or purpose)."""
    kinds, deps, lowers = load_frames().marks, tags(tok.doc).deps, words(tok.doc).lowers
    for c in children(tok.doc)[tok.i]:  # read from the arrays: no Token made
        if deps[c] == "mark" and lowers[c] in kinds:
            return kinds[lowers[c]]
    return None


def in_speech(tok: Token) -> bool:
    """Whether the clause is what someone says ("the minister said troops could be sent")."""
    cur = tok
    for _ in range(8):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in SPEECH_VERBS:
            return True
        cur = cur.head
    return False


def possible(tok: Token) -> bool:
    """"could strike", "may now feel emboldened to launch": a modal of possibility on the
    clause's verbs."""
    frames = load_frames()
    return any("possible" in frames.moods(auxes(t)) for t in _clause_heads(tok)
               if t.pos_ in ("VERB", "AUX"))


def _counterfactual(verbs: list[Token]) -> bool:
    """"would have attacked", "if this happened elsewhere, the world would be helping": what
    did not happen, or would happen only on a condition."""
    return any("would" in (a := auxes(t)) and ("have" in a and t.tag_ == "VBN" or any(
        c.dep_ == "advcl" and _mark(c) == "conditional" for c in t.children)) for t in verbs)


def _would_have_to(verbs: list[Token]) -> bool:
    """"Varnok would have to be allowed to leave", "the army may have to withdraw": a necessity
    held only on a supposition or a guess, which no one demands and no one has met."""
    maybe = frozenset({"would", "could", "might", "may", "wo"})
    return any(t.lemma_.lower() == "have" and t.i > 0 and any(a in maybe for a in auxes(t))
               and any(c.dep_ == "xcomp" and "to" in auxes(c) for c in t.children)
               for t in verbs)


def guessed_past(tok: Token) -> bool:
    """"may have launched", "could have been killed": a past act held possible, as an
    allegation is."""
    return any("possible" in load_frames().moods(a := auxes(t)) and "have" in a
               and t.tag_ == "VBN" for t in _clause_heads(tok) if t.pos_ in ("VERB", "AUX"))


def _not_yet(verbs: list[Token]) -> bool:
    """"Turkey is yet to grant a transit visa", "has yet to respond": what has not happened."""
    return any(t.dep_ == "xcomp" and "to" in auxes(t) and t.head.lemma_.lower() in (
        "be", "have") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in t.head.children)
        for t in verbs)


def _no_such(verbs: list[Token]) -> bool:
    """"there is no way to bomb the country into peace", "no approach to extradite him": an
    infinitive of a noun that says there is none."""
    return any(t.dep_ in ("acl", "relcl") and "to" in auxes(t) and t.head.i != t.i
               and t.head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no"
                                                  for c in t.head.children) for t in verbs)


def _too(tok: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ == "too" for c in tok.children)


def _too_to(verbs: list[Token]) -> bool:
    """"too fleeting to deploy the jets", "too invested to back out", "too late to stop it":
    an infinitive after "too" and an adjective, what the state of things kept from happening."""
    for t in verbs:
        if "to" not in auxes(t) or t.dep_ not in ("xcomp", "advcl", "ccomp") or t.head.i == t.i:
            continue
        head = t.head
        if _too(head) or any(c.dep_ in ("acomp", "advmod") and _too(c) for c in head.children):
            return True
    return False


def _bare_infinitive_of_thing(verbs: list[Token]) -> bool:
    """"a chance to regroup", "a green light to invade", "the right to protest": an infinitive
    naming what a noun of chance or permission allows, which no one has done."""
    unreal_words = load_frames().unreal
    return any(t.dep_ in ("acl", "relcl") and "to" in auxes(t) and t.head.i != t.i
               and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in unreal_words
               for t in verbs)


def _a_people(tok: Token | None) -> bool:
    """"Canadians", "most Syrians", "the majority of Europeans": a whole people, no one in
    particular."""
    if tok is None:
        return False
    if tok.lemma_.lower() in _QUANTIFIERS:
        tok = of_head(tok)
    elif any(c.dep_ == "amod" and c.lemma_.lower() in _QUANTIFIERS for c in tok.children):
        pass  # "most Syrians"
    elif any(c.dep_ in ("det", "poss", "nummod", "compound", "prep", "relcl", "acl")
             for c in tok.children):
        return False
    return tok.ent_type_ == "NORP" and tok.tag_ in ("NNS", "NNPS")


def _whenever(clause: Token) -> bool:
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in _WHENEVER for c in clause.children)


def _habitual(verb: Token) -> bool:
    """"when the US wants the support of militias, …", "everywhere we go, the airstrikes
    follow": a clause of what happens whenever or wherever something else does, and the
    clause it is hung on, in the simple present."""
    return (verb.dep_ == "advcl" and _whenever(verb)) or any(
        c.dep_ in ("advcl", "ccomp") and c.tag_ in ("VBZ", "VBP") and _whenever(c)
        for c in verb.children)


def _yet_to_come(verbs: list[Token]) -> bool:
    """"will withdraw after the rebels surrender the town", "once a suspect is caught, he must
    face trial": a clause of time in the present on a main clause of what will, may or must
    be, which tells of what has not happened (unlike "after the man was killed")."""
    frames = load_frames()
    for t in verbs:
        head = t.head
        if t.dep_ != "advcl" or head.i == t.i or not any(
                c.dep_ in ("mark", "advmod") and c.lower_ in _TIME for c in t.children):
            continue
        if present(t) and any(c.lower_ in ("until", "till") for c in t.children):
            return True  # "keep arming them until Putin gets the message": not yet
        while head.dep_ == "xcomp" and not auxes(head) and head.head.i != head.i:
            head = head.head  # "must keep arming them after …": the modal of "keep"
        if present(t) and frames.moods(auxes(head)) and not any(
                c.dep_ == "neg" for c in head.children):
            return True
    return False


_ALTERNATIVES = word_class("alternatives")
_AIMS = word_class("aims")
_NEAR = word_class("nearness_words")


def _instead(heads: list[Token]) -> bool:
    """"instead of warning him off", "rather than attack": what was not done, in place of
    what was; "at risk of being hit", "the prospect of being arrested": what a noun of
    chance or fear holds possible; "focused on fighting the militants": an aim; and "days
    away from capturing the town", "came close to signing": an act neared, not done."""
    unreal_words = load_frames().unreal
    for t in heads:
        if t.dep_ != "pcomp" or t.head.i == t.i:
            continue
        prep = t.head
        if any(c.dep_ == "advmod" and c.lower_ in _ALTERNATIVES for c in prep.children):
            return True
        if prep.lower_ == "of" and prep.head.lemma_.lower() in unreal_words:
            return True
        if prep.lower_ == "on" and prep.head.lemma_.lower() in _AIMS:
            return True  # "its focus on fighting the militants": an aim, no act told
        if prep.lower_ in ("from", "to", "of") and prep.head.lower_ in _NEAR:
            return True  # "weeks away from capturing it", "close to a deal": not reached
        if prep.lower_ in ("on", "from", "to") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _AIMS for c in prep.head.children):
            return True  # "shifted its focus from fighting X to preventing Y": aims
    return any(t.dep_ in ("advcl", "xcomp") and any(
        c.lower_ == "than" and any(g.lower_ in _ALTERNATIVES for g in c.children)
        or c.dep_ == "mark" and c.lower_ == "than" for c in t.children) for t in heads)


def _evaluated(verbs: list[Token]) -> bool:
    """"it is legal to kill them", "it would be safe to rescue the children", "it is no longer
    enough to condemn": an infinitive judged by an adjective of an "it" that stands for it,
    which no one is said to have done; and "the verdict was hard to accept", "the town is easy
    to defend": what an act on the subject would be like."""
    for t in verbs:
        if "to" not in auxes(t) or t.dep_ not in ("xcomp", "advcl", "ccomp"):
            continue
        head = t.head
        if head.dep_ == "acomp" and head.lemma_.lower() in _TOUGH:
            return True  # "the verdict was hard to accept": what it is like to do, not done
        if head.i != t.i and head.lemma_.lower() == "be" and any(
                c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children) and any(
                c.dep_ == "acomp" and c.pos_ == "ADJ" for c in head.children):
            return True
    return False


# "the first journalist to be killed": an infinitive after these reports what happened
_RANKS = frozenset({"first", "last", "only", "second", "third", "latest", "youngest", "oldest"})


def _to_be_done(verbs: list[Token]) -> bool:
    """"radicals to be denounced", "threats to be feared": a passive infinitive naming what a
    thing is there for, not what was done to it (unlike "the first journalist to be killed")."""
    for t in verbs:
        if t.dep_ not in ("relcl", "acl") or "to" not in auxes(t) or "be" not in auxes(t):
            continue
        head = t.head
        if not any(c.lower_ in _RANKS or c.tag_ == "JJS" for c in head.children
                   if c.dep_ in ("amod", "det", "nummod")):
            return True
    return False


def _anyone(tok: Token | None) -> bool:
    """"anyone", "whoever", "any government": a party that is no one in particular."""
    return tok is not None and (tok.lower_ in _GENERIC_SUBJECTS or any(
        c.dep_ == "det" and c.lower_ in _NONSPECIFIC for c in tok.children))


def _generic(verbs: list[Token]) -> bool:
    """"wars kill civilians", "Canadians welcome newcomers", "when the US wants …", "men are
    routinely abused", "anyone who criticised them", "organisations, which provide services":
    what happens as a rule, between classes of things, a whole people or anyone at all, or
    what a description says a party does, with no one in particular doing it once."""
    if not verbs:
        return False
    verb = verbs[-1]
    if verb.dep_ == "relcl" and _anyone(verb.head):
        return True  # "Isis wiped out anyone who criticised them"
    if present(verbs[0]) and present(verb) and _no_one_named(verb, loose=True) and \
            as_a_rule(verb):
        return True  # (not "… are routinely abused, and scores had been detained", nor "the
        # police routinely torture suspects", a named party's practice)
    if verb.tag_ in ("VBD", "VBN") and not auxes(verb) or passive_past(verb):
        if _no_one_named(verb, loose=True) and as_a_rule(verb):
            return True  # "requests were routinely denied", "many were detained on a daily
            # basis": what was done as a rule over a stretch of time, no one occasion
        if as_a_rule(verb) and bare_plural(next(
                (c for c in verb.children if c.dep_ in ("dobj", "obj")), None)) and \
                not own_time(verb, clause=True):
            return True  # "the militia frequently kidnapped travellers": a practice over a
            # stretch of time on a kind of people, no one occasion (not "… on Tuesday")
    if present(verbs[0]) and present(verb) and verb.tag_ == "VBN" and bare_plural(next(
            (c for c in verb.children if c.dep_ == "nsubjpass"), None)) and not any(
            c.dep_ == "agent" for c in verb.children):
        return True  # "journalists are killed for recording the atrocities"
    if verb.tag_ not in ("VBZ", "VBP") or auxes(verb):
        return False
    if _habitual(verb) or verb.dep_ == "relcl" and verbs[0].i == verb.i and _describes(verb):
        return True  # a present-tense relative clause describes its noun (not "officials
        # who fail to protect them", a failure)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if _a_people(subj) or _anyone(subj):
        return True
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    return bare_plural(subj) and (obj is None or bare_plural(obj))


def _gerund_subject(verbs: list[Token]) -> bool:
    """"Boycotting investment conferences is nowhere near enough", "battling the militia was a
    necessity": an act named as the subject of the writer's judgement, done by no one in
    particular (a speaker's "lifting the ban is out of the question" rejects a proposal)."""
    return any(t.dep_ == "csubj" and t.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "poss") for c in t.children) for t in verbs)


_ROLES = word_class("role_nouns")


def _role(tok: Token) -> bool:
    """"one of her tasks was to go from farm to farm to warn herders …", "his instinct is to
    crush dissent", "the only way is to prevent an outbreak", "all she wanted was to defend the
    town": what a role, task, way or wish is, no act reported (a party that "is to" act is
    due to, see :func:`~dateline.code.status.status_of`)."""
    cur = tok
    for _ in range(6):
        if cur.dep_ == "xcomp" and "to" in auxes(cur) and cur.head.lemma_.lower() == "be":
            subj = next((c for c in cur.head.children if c.dep_ == "nsubj"), None)
            return subj is not None and (of_head(subj).lemma_.lower() in _ROLES or not actor(
                of_head(subj)) and subj.pos_ != "PROPN" or _wished(subj))
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _wished(subj: Token) -> bool:
    """"all she wanted", "everything they planned": a pronoun (not a personal one) that is what
    its own relative clause's subject wants or does, no party (not "those who fled")."""
    return subj.pos_ == "PRON" and subj.tag_ != "PRP" and any(
        c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ not in RELATIVE_PRONOUNS
                                  for g in c.children) for c in subj.children)


def _describes(relcl: Token) -> bool:
    """"organisations, which provide services": the relative clause's subject is its noun
    (not "a country where the police torture suspects", the police's practice)."""
    subj = subject(relcl)
    return subj is None or subj.lower_ in RELATIVE_PRONOUNS


def _no_one_named(verb: Token, loose: bool = False) -> bool:
    """The clause's subject is a class or anyone ("detainees are beaten", "anyone who …"),
    or a passive names no doer; ``loose``: a class however described ("requests to deliver
    aid", "many Syrians"), where a habitual adverb already says the clause is of no occasion."""
    subj = subject(verb)
    if subj is None or bare_plural(subj) or _a_people(subj) or _anyone(subj):
        return True
    if loose and any(c.dep_ == "agent" for c in verb.children):
        return False  # "were routinely detained by the militia": a named party's practice
    return loose and subj.tag_ == "NNS" and not subj.ent_type_ and not any(
        c.dep_ in ("det", "poss", "nummod") for c in subj.children)


def _advocacy(verbs: list[Token]) -> bool:
    """"governments must stop arming them", "we should talk to them": what a kind of party,
    or the writer and the readers, ought to do is an opinion, no demand made of anyone."""
    frames = load_frames()
    for t in verbs:
        if "demanded" not in frames.moods(auxes(t)):
            continue
        subj = subject(t)
        if subj is not None and (subj.lower_ == "we" or _anyone(subj) or bare_plural(subj)
                                 or _a_people(subj)):
            return True
    return False


def nonspecific(tok: Token) -> bool:
    """"before launching any intervention", "every attack on them": an act of a kind, not one
    that happened."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in _NONSPECIFIC
                                      for c in tok.children)


def _someone(lemma: str) -> bool:
    """A noun of a kind of person or agent ("suspect", "soldier"), not of a happening ("to
    prevent any incident" tells a measure taken)."""
    return a_person_noun(lemma) or lemma in agent_words()


def _any_party(tok: Token) -> bool:
    """"allows the police to arrest anyone", "can detain any suspect": an act on whoever it
    may be, of a kind and on no one in particular; not one told in the past ("shot anyone who
    fled") or on a day named (an occasion's acts), nor one a negation makes a report of what
    was not done ("did not arrest anyone")."""
    if tok.pos_ != "VERB" or not any(
            c.dep_ in ("dobj", "obj", "nsubjpass") and (c.lower_ in _FREE_CHOICE or (
                c.pos_ == "NOUN" and _someone(c.lemma_.lower()) and any(
                    d.dep_ == "det" and d.lower_ in _NONSPECIFIC for d in c.children)))
            for c in tok.children):
        return False  # no one whoever it may be (most): the clause is not looked at
    if any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree):
        return False  # a day or hour named: an occasion ("shot anyone who fled on Monday")
    if tok.tag_ in ("VBD", "VBN") and not (load_frames().moods(a := auxes(tok)) or "can" in a):
        return False
    return not any(d.dep_ == "neg" or d.lower_ in _NEVER
                   for t in _clause_heads(tok) for d in t.children)


def _open_question(verbs: list[Token]) -> bool:
    """"talks over where they should be tried", "asked how the army could retake it": a
    question that a modal leaves open, whose answer no one gives."""
    for t in verbs:
        if t.dep_ == "ROOT" or not auxes(t) or not load_frames().moods(auxes(t)):
            continue
        if asks(t):
            return True
    return False


def _counterfactual_past(verbs: list[Token]) -> bool:
    """"could have stopped her", "should have arrested him": a past that did not happen, or a
    guess at one, in the writer's voice (unlike "may have launched", an allegation)."""
    return any(t.tag_ == "VBN" and "have" in (a := auxes(t))
               and any(m in a for m in ("could", "might", "should", "ought"))
               for t in verbs)


def _slogan(tok: Token) -> bool:
    """"signs reading 'stop the war'", "a banner saying 'free them'": the words of a sign,
    banner or chant, quoted after the word that names or reads them, are no report."""
    doc = tok.doc
    start, _ = sentence_bounds(doc, tok.i)
    quote = marks(doc).quote
    opening = None
    for i in range(start, tok.i):
        if quote[i]:
            opening = i if opening is None else None  # a closed pair is behind the trigger
    if opening is None or opening == start:
        return False
    before = tags(doc).lemmas[opening - 1]
    return before in _TEXT_VERBS or before in _TEXT_NOUNS


def unreal(tok: Token) -> bool:
    """Whether no one reports the event of ``tok`` (a trigger or its light verb) as happening or
    commits to it: a conditional or ``whether`` clause, a counterfactual, a possibility voiced
    by no one ("the talks could collapse"), a wish, fear or guess, a question, an infinitive
    naming a chance or ability, judged by an adjective ("it is legal to kill them") or naming
    what a thing is for ("radicals to be denounced"), a generic statement or opinion, an act
    of no particular occasion ("any intervention"), an open question, a past that did not
    happen, the words of a sign or chant, one of two courses held open; a question put ("asked
    whether ...") is no appeal."""
    frames = load_frames()
    heads = _clause_heads(tok)
    verbs = [t for t in heads if t.pos_ in ("VERB", "AUX")]
    if any(_mark(t) == "conditional" for t in heads) or _under_condition(heads[-1]):
        return True
    if heads[-1].dep_ == "relcl" and heads[-1].head.lemma_.lower() in _SUPPOSED:
        return True
    if _bare_infinitive_of_thing(verbs) or _generic(verbs) or _evaluated(verbs) or \
            _to_be_done(verbs) or nonspecific(tok) or _any_party(tok) or _open_question(verbs) or \
            _yet_to_come(verbs) or _instead(heads) or record(verbs, tok) or \
            _not_yet(verbs) or _no_such(verbs) or _too_to(verbs) or _would_have_to(verbs) or \
            (_gerund_subject(verbs) and not in_speech(heads[-1])) or _role(tok) or \
            _told_of_a_record(heads[-1]) or _long_activity(verbs) or done_so_much(verbs) or \
            ability(verbs) or standing_present(verbs, tok) or question_put(tok) or \
            named_by_standing(tok) or fiction(tok) or state_change(tok) or used_to(verbs) or \
            going_on_for_years(verbs) or lasting_state(tok) or tally_of_a_stretch(verbs, tok) \
            or over_a_stretch(verbs):
        return True
    if (_advocacy(verbs) or _counterfactual_past(verbs)) and not in_speech(heads[-1]):
        return True
    if _counterfactual(verbs) and not (in_speech(heads[-1]) and not any(
            "have" in auxes(t) for t in verbs)):
        return True  # (a condition someone sets, "would strike if …, he warned", is a threat)
    if _slogan(tok) or _what_is_risked(tok) or _either_or(verbs):
        return True
    top = heads[-1]
    # the clause's head under a verb or noun of wishing, fearing or guessing
    if top.dep_ in ("ccomp", "xcomp", "acl") and top.head.lemma_.lower() in frames.unreal:
        return True
    if any(t.dep_ in ("xcomp", "ccomp") and t.head.lemma_.lower() in frames.unreal
           for t in verbs):
        return True
    carrier = top.head  # "wanted to see them stand trial": a wish for what one would see done
    if top.dep_ in ("ccomp", "xcomp") and carrier.lemma_.lower() in _CARRIERS and \
            carrier.dep_ in ("xcomp", "ccomp") and carrier.head.lemma_.lower() in frames.unreal:
        return True
    if possible(tok) and not in_speech(top) and not guessed_past(tok) and not any(
            c.dep_ == "neg" for t in verbs for c in t.children):
        return True  # the writer's guess: "the move could trigger clashes" (not "could not
        # stop them", which reports a failure)
    return _question(tok) and not in_speech(top)


def _either_or(verbs: list[Token]) -> bool:
    """"either we settle our quarrel or the pact will be lost", "they either get killed or
    replaced": two courses held open, or what happens now one way and now the other, told in
    the present; neither is reported done (unlike "the strike either killed or wounded them")."""
    for t in verbs:
        first = t.head if t.dep_ == "conj" and t.head.i != t.i else t
        if present(first) and any(c.dep_ == "preconj" and c.lower_ == "either"
                                  for c in first.children):
            return True
    return False


def _told_of_a_record(top: Token) -> bool:
    """"have staged 65 raids since 2011, wounding at least 830 villagers": a participle
    that tells more of an act its clause tells as a record is part of that record."""
    if top.dep_ != "advcl" or top.tag_ != "VBG" or top.head.i == top.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in top.children):
        return False
    above = _clause_heads(top.head)
    return record([t for t in above if t.pos_ in ("VERB", "AUX")], top.head)


def _long_activity(verbs: list[Token]) -> bool:
    """"units who have fought with Tarvia against the Zeld", "troops have fought alongside the
    Kurds", "her months in Vorland, where she fought with the rebels", "arrested after he fought
    against the group": a long activity told in the perfect with nothing fought named, or in a
    clause that describes a party or a place or dates another act, with no time of its own, is
    a record or a life story, no one occasion (unlike "rebels fought troops in the suburbs on
    Tuesday", "have fought fierce battles")."""
    for t in verbs[:1]:
        if t.lemma_.lower() not in _ACTIVITIES or t.tag_ not in ("VBN", "VBD") or \
                own_time(t, clause=True):
            continue
        top = verbs[-1]
        perfect = t.tag_ == "VBN" and any(a in ("has", "have", "'s", "'ve", "had", "'d")
                                          for a in auxes(t))
        if perfect and not any(c.dep_ in ("dobj", "obj") for c in t.children):
            return True
        if top.dep_ == "relcl" or top.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in _TIME for c in top.children):
            return True
    return False


def _under_condition(top: Token) -> bool:
    """"if we allow Assad to normalise the use of gas", "unless they agree to withdraw": a
    clause that is the complement of a verb in a conditional clause is as unreal as that verb
    (its own subordinator sits on the verb above, out of the clause's reach)."""
    cur = top
    for _ in range(3):
        if cur.dep_ not in ("ccomp", "xcomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if _mark(cur) == "conditional":
            return True
    return False


def _what_is_risked(tok: Token) -> bool:
    """"military intervention risks escalating the conflict", "strikes risk provoking": an act
    of no occasion ("intervention", not "Saturday's attack") named as what would bring about a
    risk or a fear is an opinion of such acts, none reported."""
    head = tok.head
    if head.i == tok.i or head.lemma_.lower() not in load_frames().unreal or any(
            c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return False
    if tok.dep_ == "nsubj":
        return tok.pos_ == "NOUN"
    # the parse may read "action risks escalating" as one noun, "risks", with a gerund
    return tok.dep_ == "compound" and head.dep_ == "ROOT" and any(
        c.tag_ == "VBG" and c.dep_ in ("acl", "xcomp") for c in head.children)


def _question(tok: Token) -> bool:
    doc = tok.doc
    start, end = sentence_bounds(doc, tok.i)
    quote, space = marks(doc)
    texts = words(doc).texts
    for i in range(end - 1, start - 1, -1):
        if not (space[i] or quote[i] or texts[i] in (")", "]")):
            return texts[i] == "?"
    return False


def purpose(tok: Token) -> bool:
    """"fired tear gas to disperse the crowd", "in order to seize": an act done for the sake of
    another; that other is attempted, not reported done."""
    return tok.dep_ == "advcl" and tok.head.i != tok.i and (
        "to" in auxes(tok) or _mark(tok) == "purpose")
