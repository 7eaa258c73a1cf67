"""Stage ``code``: event predicates, PLOVER type and mode, roles, status, fatalities.

Works on a parsed spaCy ``Doc`` and returns :class:`Mention` records with token spans; later
stages (actors, locate, date, attribute) turn them into :class:`~dateline.records.Event`.

Triggers are verbs and eventive nouns from the lexicons in ``dateline/data/lexicon``; nouns count
as events when a light verb carries them ("carried out a raid"), when they are the subject of an
eventive verb ("an air strike killed"), when an owner or a "by" phrase names their actor ("the
army's offensive"), or in "went on strike" / "there were clashes"; topical uses ("talks on the
attack", "fears of an attack") are not events.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from .lexicon import Lexicon, Sense, load_lexicon
from .numbers import count_of
from .roles import (RELATIVE_PRONOUNS, agent_of, agent_words, is_passive, is_when, np_span,
                    object_of, party_in, speaker_of, subject_of)
from .status import FRAME_ROOTS, deontic, status_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Mention", "Construction", "find_mentions", "RULESET"]

#: Provenance name of the rules in this package.
RULESET = "dateline.lexicon_coder.v2"

_LETHAL = frozenset({"kill", "murder", "slay", "massacre", "execute", "behead", "assassinate",
                     "lynch"})
_INJURE = frozenset({"injure", "wound", "maim", "hurt"})
_DIE = frozenset({"die", "perish", "fall"})
_MUTUAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})
_CLAIMING = frozenset({"claim", "accept", "admit", "take", "assume", "acknowledge"})
_DEVICES = frozenset({"ied", "bomb", "mine", "landmine", "device", "explosive", "grenade",
                      "rocket", "missile", "shell", "mortar", "drone", "car", "vehicle"})
_EVENTIVE_HEADS = frozenset({"kill", "hit", "strike", "target", "leave", "wound", "injure",
                             "destroy", "damage", "claim", "rock", "erupt", "occur", "break",
                             "happen", "take", "continue", "begin", "start", "end", "follow",
                             "flatten", "shake", "level", "raze", "cause", "ravage",
                             "tear", "spark", "trigger", "left", "resume", "intensify",
                             "escalate", "rage", "force", "prompt", "lead", "come"})
_TOPICAL_HEADS = frozenset({"fear", "threat", "risk", "talk", "report", "concern", "rumour",
                            "rumor", "question", "plan", "debate", "news", "warning", "danger",
                            "possibility", "prospect", "aftermath", "anniversary", "wake",
                            "investigation", "probe", "inquiry", "condemnation", "victim",
                            "memory", "photo", "video", "footage", "image", "story", "film"})
_PLACE_NOUNS = frozenset({"town", "city", "village", "area", "position", "base", "camp",
                          "district", "region", "province", "neighbourhood", "neighborhood",
                          "hospital", "school", "market", "house", "home", "building", "convoy",
                          "checkpoint", "post", "outpost", "territory", "stronghold", "airport",
                          "port", "bridge", "road", "border", "capital", "county", "state",
                          "hill", "valley", "settlement", "compound", "facility", "site",
                          "target", "vehicle", "car", "bus", "office", "station", "mosque",
                          "church", "temple", "shelter", "tent", "zone", "front", "line",
                          "headquarters", "depot", "installation", "plant", "infrastructure"})
_PERSON_NOUNS = frozenset({"man", "woman", "child", "people", "person", "civilian", "resident",
                           "villager", "student", "worker", "journalist", "official", "member",
                           "leader", "activist", "farmer", "teacher", "doctor", "boy", "girl",
                           "family", "passenger", "pilgrim", "worshipper", "employee",
                           "protester", "demonstrator", "youth", "victim", "guard"})
_ARMED = frozenset({"army", "troop", "soldier", "force", "militant", "rebel", "fighter",
                    "insurgent", "police", "militia", "gunman", "guerrilla", "jihadist",
                    "terrorist", "military", "policeman", "officer", "marine", "commando"})
_UNITS = frozenset({"company", "battalion", "column", "contingent", "platoon", "unit", "squad",
                    "brigade", "regiment", "detachment", "reinforcement", "personnel", "jawan"})


def _armed(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in _ARMED or lemma in _UNITS or _security_sector(tok) is not None


_LABOUR = frozenset({"worker", "union", "teacher", "employee", "staff", "doctor", "nurse",
                     "miner", "driver", "labor", "labour", "walkout", "wage", "salary", "pay",
                     "trucker", "docker", "pilot", "unionist", "hunger", "student", "trader",
                     "shopkeeper", "farmer", "employer", "workplace"})
_POLICE_ACT_NOUNS = frozenset({"firing", "action", "protection", "bandobast", "bondobast",
                               "remand", "reinforcement", "contingent", "checkpoint",
                               "deployment",
                               "cover", "escort", "raid", "patrolling", "patrol", "vigil",
                               "crackdown", "intervention", "excesses", "presence", "picket",
                               "arrangement", "operation", "custody", "help", "inaction",
                               "complicity", "connivance"})  # siding with the rioters is acting
# Verbs that prolong or renew the event their passive subject names ("curfew was extended").
# What is tightened or stepped up, never who: "security was tightened" has no actor named.
_MEASURES = frozenset({"security", "vigil", "vigilance", "patrol", "patrolling", "arrangement",
                       "bandobast", "bondobast", "alert", "measure", "check", "cordon",
                       "deployment", "presence", "surveillance", "precaution"})
_PROLONG = frozenset({"extend", "reimpose", "clamp", "prolong", "renew", "enforce", "impose"})
_CONFLICT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "PROTEST", "MOBILIZE"})
_FUTURE_RETYPE = {"RETREAT": ("CONCEDE", "03"), "AID": ("AGREE", "03"),  # CAMEO 03x intent
                  "COOPERATE": ("AGREE", "03"), "CONSULT": ("AGREE", "03")}


#: How a mention was read from the parse: an event verb; an event noun as the object of a light
#: verb ("carried out a raid"), named by its agent ("a raid by the army"), as the subject of a
#: victim verb ("an air strike killed"), as the patient of an act ("the arrest of"), claimed,
#: existential ("there was firing"), in a relative clause or alone; an agent on hand ("police
#: were deployed"); a generic security act ("action was taken"); a refusal ("will not release").
Construction = Literal[
    "verb", "light_verb", "light_verb_by", "noun_subject", "patient_of", "claimed", "on_strike",
    "existential", "noun_relcl", "nominal", "on_hand", "generic_security_act", "refusal",
]


@dataclass(frozen=True, slots=True)
class Mention:
    """An event found in a sentence, before actors, places and dates are resolved.

    Spans are ``(start, end)`` token indices into the doc (end exclusive); ``trigger`` is the
    token whose sentence holds the event.
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
    #: the construction the event was read from; ``rule`` is its provenance name for users
    construction: Construction
    confidence: float = 1.0
    #: COP or MIL when the source phrase names police or armed forces ("police commissioner
    #: R. Maria"); fills the actor's sector when the dictionary gives none.
    source_sector: str | None = None


# --- lexicon conditions -------------------------------------------------------------------

def _have_misparse(verb: Token) -> Token | None:
    """"the police had registered cases": the small model may take the participle for an
    adjective of the object, with "had" as the main verb. Returns that "have"."""
    if verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD") or verb.i == 0:
        return None
    aux = verb.doc[verb.i - 1]
    obj = verb.head
    if aux.lemma_.lower() == "have" and obj.dep_ in ("dobj", "obj") and obj.head.i == aux.i:
        return aux
    return None


_QUANTIFIERS = frozenset({"all", "some", "most", "many", "several", "part", "one", "none",
                          "each", "any", "few", "both", "half", "majority", "number", "rest"})


def _of_head(tok: Token | None) -> Token | None:
    """"all of the demands" → demands."""
    if tok is None or tok.lemma_.lower() not in _QUANTIFIERS:
        return tok
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return pobj if pobj is not None else tok


def _passive_subject(verb: Token) -> Token | None:
    """The passive subject, or what its relative pronoun stands for ("the coaches, which were
    booked": the coaches)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return subj


def _direct_object(verb: Token) -> Token | None:
    if _have_misparse(verb) is not None or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return verb.head  # "the missiles fired by the army": the missiles were fired
    for c in verb.children:
        if c.dep_ in ("dobj", "obj"):
            return c
    if is_passive(verb):
        subj = _passive_subject(verb)
        if subj is not None:
            return subj
    return next((c for c in verb.children if c.dep_ == "oprd" and c.ent_type_ == "PERSON"),
                None)  # "called Foreign Minister Sergey Lavrov" parsed as "called him a liar"


_SUMS = frozenset({"million", "billion", "thousand", "dollar", "euro", "pound", "yen", "yuan",
                   "rupee", "franc", "$", "€", "£", "crore", "lakh", "sum", "fund", "money",
                   "cash", "grant", "loan", "credit"})


def _money(tok: Token) -> bool:
    """"$2 million", "95 million euros", "a grant": a sum of money."""
    return tok.ent_type_ == "MONEY" or tok.lemma_.lower() in _SUMS


def _is_place(tok: Token) -> bool:
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.lemma_.lower() in _PLACE_NOUNS


def _holds(cond: str | None, verb: Token) -> bool:
    if not cond:
        return True
    kind, _, value = cond.partition("=")
    options = set(value.split("|")) if value else set()
    if kind == "obj":
        obj = _of_head(_direct_object(verb))
        if obj is None:
            return "_none" in options
        lemma = obj.lemma_.lower()
        if lemma in options or obj.lower_ in options or "_any" in options:
            return True
        if "_place" in options and _is_place(obj):
            return True
        if "_person" in options and (obj.ent_type_ == "PERSON" or lemma in _PERSON_NOUNS
                                     or obj.pos_ == "PRON"):
            return True
        if "_armed" in options and _armed(obj):
            return True
        if "_money" in options and _money(obj):
            return True
        if "_actor" in options and (  # "fought the rebels", not "fought the epidemic"
                obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or obj.pos_ == "PRON"
                or lemma in _PERSON_NOUNS or lemma in _ARMED or _security_sector(obj)):
            return True
        # "set fire to", "set ablaze": particles and adjectives as objects
        return any(c.lower_ in options for c in verb.children if c.dep_ in ("prt", "acomp",
                                                                             "oprd", "advmod"))
    if kind == "objnot":  # "apprehended the men", not "apprehending trouble"
        obj = _of_head(_direct_object(verb))
        if obj is None:
            return "_some" not in options  # _some: an object is needed
        return obj.lemma_.lower() not in options
    if kind == "pobj":  # "sent to jail", "lodged in the police lock-up"
        return any(g.dep_ == "pobj" and _of_head(g).lemma_.lower() in options
                   for c in verb.children if c.dep_ == "prep" for g in c.children)
    if kind == "prt":
        return any(c.dep_ == "prt" and c.lower_ in options for c in verb.children)
    if kind == "prep":  # "called on the rebels", not "called him on Monday"
        return any(c.dep_ in ("prep", "agent", "dative") and c.lower_ in options
                   and not any(g.dep_ == "pobj" and is_when(g) for g in c.children)
                   for c in verb.children)
    if kind == "pass":
        return is_passive(verb)
    if kind == "passperson":  # "eleven men were held", not "a meeting, which was held"
        subj = _passive_subject(verb)
        if any(c.dep_ == "prt" for c in verb.children):
            return False  # "were held up in their houses", "held back"
        return subj is not None and (subj.ent_type_ == "PERSON" or subj.pos_ in ("PRON", "NUM")
                                     or subj.lemma_.lower() in _PERSON_NOUNS
                                     or subj.lemma_.lower() in _ARMED)
    if kind == "passarmed":  # "four companies of the RAF were rushed to the town"
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return subj is not None and _armed(subj)
    if kind == "subj":
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and verb.dep_ in ("acl", "amod"):
            subj = verb.head
        if subj is None:
            return False
        if "_labour" in options and subj.lemma_.lower() in _LABOUR:
            return True
        return subj.lemma_.lower() in options
    return False


def _verb_sense(lex: Lexicon, verb: Token) -> Sense | None:
    senses = None
    doc = verb.doc
    if verb.i >= 2 and doc[verb.i - 1].text == "-":  # "lathi-charged", "baton-charged"
        senses = lex.verbs.get(doc[verb.i - 2].lower_ + verb.lemma_.lower())
    senses = senses or lex.verbs.get(verb.lemma_.lower()) or lex.verbs.get(verb.lower_)
    if not senses:  # the lemmatizer's slips ("raped" → "rap"): try the surface form's stems
        low = verb.lower_
        for stem in (low[:-1], low[:-2], low[:-3] + "e", low[:-3]):
            if len(stem) > 2 and low.endswith(("ed", "es", "s", "ing")):
                senses = lex.verbs.get(stem)
                if senses:
                    break
    if not senses:
        return None
    # conditional readings first ("seize the town" before plain "seize"), then the fallback
    for s in senses:
        if s.condition and _holds(s.condition, verb):
            return s
    return next((s for s in senses if not s.condition), None)


def _noun_sense(lex: Lexicon, noun: Token) -> tuple[Sense, int] | None:
    """The noun's sense and the first token of its (possibly multiword) trigger."""
    lemma = noun.lemma_.lower()
    mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
    for m in mods:  # "air strike", "suicide bombing", "hunger strike", "lathi charge"
        key = f"{m.lower_} {lemma}"
        if key in lex.nouns:
            return lex.nouns[key][0], m.i
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-":  # "cease-fire", "sit-in", "air-strike"
        joined = doc[noun.i - 2].lower_ + "-" + lemma
        for key in (joined, joined.replace("-", ""), joined.replace("-", " ")):
            if key in lex.nouns:
                return lex.nouns[key][0], noun.i - 2
    senses = lex.nouns.get(lemma) or lex.nouns.get(noun.lower_)
    if not senses:
        return None
    # "signed an agreement" (SUPPORT) vs "an agreement" (AGREE): readings tied to the verb
    governor = noun.head.lemma_.lower() if noun.dep_ in ("dobj", "nsubjpass", "pobj") else ""
    for s in senses:
        if s.condition and s.condition.startswith("verb="):
            if governor in s.condition[5:].split("|"):
                return s, noun.i
    senses = tuple(s for s in senses if not (s.condition or "").startswith("verb=")) or senses
    if len(senses) > 1:  # "strike": a walkout among workers, an attack among weapons
        labour = any(t.lemma_.lower() in _LABOUR for t in noun.sent if t.i != noun.i)
        for s in senses:
            if (s.event_type == "PROTEST") == labour:
                return s, noun.i
    return senses[0], noun.i


# --- helpers --------------------------------------------------------------------------------

def _span(tok: Token | None) -> tuple[int, int] | None:
    if tok is None or tok.pos_ in ("VERB", "AUX") or tok.lower_ in RELATIVE_PRONOUNS:
        return None
    return np_span(tok)


def _is_kill(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in _LETHAL:
        return True
    if lemma in ("shoot", "gun", "beat", "hack", "stab", "burn", "club", "stone"):
        return any(c.lower_ == "dead" or (c.lower_ == "to" and any(g.lower_ == "death"
                   for g in c.children)) or (c.dep_ in ("dobj", "obj") and any(
                       g.lower_ == "dead" and g.i < c.i for g in c.children))
                   for c in tok.children)  # "shot dead 2 protesters"
    return False


# Acts of force that kill or wound: "killed in police firing", "died due to police firing",
# "fell to police bullets", "injured in the lathi-charge by the police".
_FORCE_NOUNS = frozenset({"firing", "fire", "shooting", "bullet", "lathicharge", "lathi-charge",
                          "baton-charge", "action", "retaliation", "crossfire", "gunfire"})


_SHOTS = frozenset({"firing", "shooting", "gunfire"})
_GUNFIRE = _SHOTS | {"fire", "bullet"}  # force nouns that are shooting


def _is_casualty(verb: Token) -> bool:
    """Whether the verb says someone died or was hurt ("killed", "died", "wounded")."""
    lemma = verb.lemma_.lower()
    return lemma in _DIE or lemma in _INJURE or _is_kill(verb)


def _cause_of(verb: Token) -> tuple[Token, Token] | None:
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
                if noun.dep_ == "pcomp" and noun.lower_ in _SHOTS:  # "in police firing" parsed
                    owner = next((g for g in noun.children if g.dep_ == "nsubj"  # as a clause
                                  and _security_sector(g)), None)
                    if owner is not None:
                        return noun, owner
                if noun.dep_ != "pobj":
                    continue
                shot = next((g for g in noun.children if g.dep_ == "acl"
                             and g.lower_ in _SHOTS), None)
                if shot is not None and _security_sector(noun):  # "in police firing" misparsed
                    return shot, noun
                if noun.lemma_.lower() not in _FORCE_NOUNS:
                    continue
                owner = next((g for g in noun.children if g.dep_ in ("compound", "poss", "amod",
                                                                    "nmod")
                              and _security_sector(g)), None) or _owner_by_of(noun)
                if owner is not None:
                    return noun, owner
    return None


def _victim_counts(verb: Token, target: Token | None) -> tuple[int | None, int | None]:
    n = count_of(target) if target is not None else None
    if n is None and target is not None:
        # "at least 12 fighters" / "dozens of people": look inside the phrase
        for c in target.children:
            if c.dep_ == "prep" and c.lower_ == "of" and target.pos_ in ("NUM", "NOUN"):
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and target.pos_ == "NUM":
                    n = count_of(target)
    if n is None and target is not None and target.tag_ in ("NN", "NNP") and (
            target.ent_type_ == "PERSON" or target.lemma_.lower() in _PERSON_NOUNS
            or target.lemma_.lower() in _ARMED) and target.lemma_.lower() != "family":
        n = 1  # "shot dead the protester"
    if _is_kill(verb):
        return n, None
    if verb.lemma_.lower() in _INJURE:
        return None, n
    return None, None


# Causes of death that are no one's act.
_DISASTERS = frozenset({"fire", "blaze", "earthquake", "quake", "flood", "flooding", "storm",
                        "cyclone", "hurricane", "typhoon", "tornado", "accident", "crash",
                        "landslide", "mudslide", "avalanche", "tsunami", "disease", "virus",
                        "epidemic", "pandemic", "outbreak", "heatwave", "drought", "famine",
                        "stampede", "collapse", "lightning", "rain", "snowstorm", "cold",
                        "heat", "covid", "covid-19", "cholera", "ebola", "malaria"})


def _no_comment(verb: Token) -> bool:
    """"declined to comment": no refusal of anything (CAMEO 011, a statement)."""
    return verb.lemma_.lower() in ("decline", "refuse") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in ("comment", "elaborate", "respond", "confirm",
                                                  "speak", "say", "discuss", "specify")
        for c in verb.children)


def _own_claim(verb: Token, subj: Token | None) -> bool:
    """"the Houthis claimed that they had attacked": a claim of one's own act (CAMEO 015)."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in ("claim", "say", "announce", "admit"):
        return False
    claimant = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return claimant is not None and subj is not None and (
        subj.i == claimant.i or subj.lower_ in ("they", "it", "we", "he", "she"))


def _frame_root(sense: Sense, status: str, verb: Token | None = None) -> Sense:
    """Non-actual events take the CAMEO root of their frame and lose their ACLED type; what
    someone "must" or "should" do is a demand (CAMEO 10), not an appeal (02)."""
    if status == "actual" or status in ("attempted", "failed"):
        return sense
    if status == "negated":
        return replace(sense, cameo_root=None, acled_event_type=None, acled_sub_event_type=None)
    if status == "proposed" and sense.event_type in _FUTURE_RETYPE:
        etype, root = _FUTURE_RETYPE[sense.event_type]
        return sense.with_type(etype, root)
    root = FRAME_ROOTS.get(status, sense.cameo_root)
    if status == "demanded" and verb is not None and deontic(verb):
        root = "10"
    if status == "proposed" and sense.event_type in _CONFLICT_TYPES:
        root = "13"  # "will attack": a threat
    return replace(sense, cameo_root=root, acled_event_type=None, acled_sub_event_type=None)


def _accused(verb: Token) -> Token | None:
    """For "X accused Y of attacking Z", the accused Y is the actor of "attacking"."""
    cur = verb
    for _ in range(3):
        head = cur.head
        if head.i == cur.i:
            return None
        if head.lemma_.lower() in ("accuse", "blame", "charge", "suspect", "convict"):
            return next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
        cur = head
    return None


# Judging someone for an act makes them its actor: "criticised the police for opening fire",
# "were praised for rescuing", "arrested him for attacking".
_FOR_WHAT = frozenset({"criticise", "criticize", "condemn", "slam", "fault", "praise", "commend",
                       "congratulate", "thank", "punish", "arrest", "sue", "fine", "reprimand",
                       "rebuke", "censure", "hail", "applaud", "blast", "lambast", "denounce",
                       "detain", "sentence", "jail", "convict", "book", "honour", "honor",
                       "reward", "decorate", "suspend", "sack", "dismiss", "attack"})


def _judged_for(verb: Token) -> Token | None:
    if verb.dep_ != "pcomp" or verb.head.lower_ != "for":
        return None
    judge = verb.head.head
    if judge.lemma_.lower() not in _FOR_WHAT or judge.pos_ != "VERB":
        return None
    return next((c for c in judge.children if c.dep_ in ("dobj", "nsubjpass")), None)


# --- triggers -------------------------------------------------------------------------------

def _verb_mentions(sent: Sequence[Token], lex: Lexicon) -> Iterator[tuple[Mention, Token]]:
    for tok in sent:
        if tok.pos_ != "VERB" or (tok.dep_ == "amod" and _have_misparse(tok) is None):
            continue  # "Iran-backed militias", "the detained leaders": descriptions of the
            # actors, not events of this sentence
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in _DEVICES and \
                tok.head.dep_ in ("nsubj", "nsubjpass"):
            continue  # "the missiles fired by the army struck …": the strike is the event
        sense = _verb_sense(lex, tok)
        cause = _cause_of(tok) if _is_casualty(tok) else None
        if sense is None and cause is not None:  # "97 died in police firing"
            sense = lex.verbs["kill"][0]
        if sense is None or _no_comment(tok):
            continue
        have = _have_misparse(tok)
        subj = subject_of(tok if have is None else have)
        subj = speaker_of(subj) or subj
        if subj is not None and subj.lemma_.lower() in _DISASTERS and _is_casualty(tok):
            continue  # "a fire that killed 100 people", "the earthquake killed 300"
        if subj is not None and subj.pos_ == "NUM" and (_is_kill(tok) or tok.lemma_.lower()
                                                        in _INJURE):
            subj = None  # "26 were killed and 41 wounded": a count of victims, not an actor
        if subj is not None and subj.lemma_.lower() in _DEVICES:
            # "an IED planted by al-Shabaab exploded", "a rocket fired by Hamas hit the house"
            subj = next((a for c in subj.children if c.dep_ == "acl"
                         and (a := agent_of(c)) is not None), subj)
        if subj is None:  # "it"/"they" in reported speech: the speaking state or body
            subj = speaker_of(next((c for c in tok.children if c.dep_ == "nsubj"), None))
        obj = object_of(tok, sense.event_type) if have is None else tok.head
        if sense.event_type == "MOBILIZE" and subj is None and is_passive(tok) and (
                obj is None or obj.lemma_.lower() not in _MEASURES):
            subj, obj = obj, None  # "an army column was dispatched": the column mobilises
        status = status_of(tok)
        if _ended_gerund(lex, tok):
            ended = lex.ended(sense)  # "agreed to stop fighting": the fighting ends
            if ended is not None:
                sense, status = ended, status_of(tok.head)
        judged = _judged_for(tok)
        if judged is not None:
            subj = judged
        if status == "alleged" and subj is None:
            subj = _accused(tok)
        elif status == "alleged":
            accused = _accused(tok)
            subj = accused if accused is not None else subj
        if tok.lemma_.lower() in _DIE and cause is not None:  # the dead are the subject
            subj, obj = None, next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if obj is not None and obj.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
                obj = tok.head
        if cause is not None and subj is None:
            subj = cause[1]
            if cause[0].lemma_.lower() in _GUNFIRE:
                sense = replace(sense, mode="firearms")
        if tok.lemma_.lower() in _DIE:
            fat, inj = (count_of(obj) if obj is not None else None), None
        else:
            fat, inj = _victim_counts(tok, obj)
        status = _conditional_threat(sense, status, tok)
        sense = _frame_root(sense, status, tok)
        if status == "alleged" and _own_claim(tok, subject_of(tok)):
            sense = replace(sense, cameo_root="01")  # the claim's root, as for "claimed
            # responsibility for": who did it is what the group says
        source_span, target_span = _span(subj), _span(obj)
        partner = next((c for c in subj.children if c.dep_ == "conj" and c.pos_ in (
            "NOUN", "PROPN")), None) if subj is not None and obj is None else None
        if partner is not None and sense.event_type in _MUTUAL:
            # "the government and the rebels agreed to …": one side acts with the other
            source_span, target_span = np_span(subj, with_conj=False), np_span(partner)
        yield Mention(
            trigger=tok.i, trigger_span=(tok.i, tok.i + 1), sense=sense, status=status,
            source=source_span, target=target_span, fatalities=fat, injuries=inj,
            rule=f"{RULESET}:verb", construction="verb",
            source_sector=_security_sector(subj) if subj is not None and subj.pos_ in (
                "NOUN", "PROPN") else None,
        ), tok


# Nouns of acts done to someone, named with whom: "the arrest of X", "the killing of three
# protesters", "the abduction of two aid workers" (the actor, if any, is found elsewhere).
_PATIENT_NOUNS = frozenset({"arrest", "detention", "abduction", "kidnapping", "killing",
                            "murder", "assassination", "execution", "lynching", "torture",
                            "deportation", "expulsion", "rape", "beating"})


_BACKGROUND = frozenset({"after", "before", "following", "since", "until", "till"})


def _patient_of(noun: Token) -> Token | None:
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            g = next((g for g in c.children if g.dep_ == "pobj"), None)
            if g is not None and (g.ent_type_ in ("PERSON", "NORP", "ORG") or g.pos_ in (
                    "PRON", "NUM") or g.lemma_.lower() in _PERSON_NOUNS
                    or g.lemma_.lower() in _ARMED or g.lemma_.lower() in agent_words()
                    or any(n.dep_ == "nummod" or n.lower_.endswith("-old")
                           for n in g.children)):
                return g
    return None


def _noun_context(noun: Token, lex: Lexicon
                  ) -> tuple[Construction, Token | None, Token | None] | None:
    """Whether a noun trigger is an event here: ``(construction, actor_token, status_token)``."""
    head = noun.head
    hl = head.lemma_.lower()
    if noun.dep_ in ("dobj", "obj") and (hl in lex.light_verbs or hl in lex.ending_verbs) \
            and head.pos_ == "VERB":
        return "light_verb", subject_of(head), head
    if noun.dep_ == "pobj" and head.lower_ == "in" and _money(head.head) and \
            head.head.dep_ in ("dobj", "obj") and head.head.head.lemma_.lower() in lex.light_verbs \
            and _verb_sense(lex, head.head.head) is None:  # "gave $2 million" is the verb's
        verb = head.head.head  # "announced $33 million in assistance"
        return "light_verb", subject_of(verb), verb
    if noun.dep_ == "nsubjpass" and head.pos_ == "VERB" and (
            hl in lex.light_verbs or hl in lex.ending_verbs or hl in _PROLONG):
        return "light_verb", subject_of(head), head  # "the curfew was lifted", "talks were held"
    if noun.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "VERB" and hl in _EVENTIVE_HEADS:
        # "the missiles fired by the Israeli military struck": the firer is the actor
        by = next((a for c in noun.children if c.dep_ == "acl"
                   and (a := agent_of(c)) is not None), None)
        return "noun_subject", by, head
    if noun.dep_ == "conj" and head.dep_ in ("dobj", "obj") and head.head.pos_ == "VERB" and \
            head.head.lemma_.lower() in lex.light_verbs:
        return "light_verb", subject_of(head.head), head.head  # "launched air and artillery
        # strikes"
    if noun.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in (
            "go", "be", "remain", "stay", "continue", "put", "place", "keep"):
        return "on_strike", subject_of(head.head), head.head
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in (
            "responsibility", "credit") and head.head.head.lemma_.lower() in _CLAIMING:
        claim = head.head.head  # "Islamic State claimed responsibility for the bombings"
        return "claimed", subject_of(claim), noun
    for c in noun.children:  # "the arrests made by the police", "raids carried out by troops"
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lex.light_verbs:
            agent = agent_of(c)
            if agent is not None:
                return "light_verb_by", agent, c
    if noun.dep_ == "attr" and hl == "be" and any(c.dep_ == "expl" for c in head.children):
        return "existential", None, head
    if noun.lemma_.lower() in _PATIENT_NOUNS and noun.dep_ != "compound" and not (
            noun.dep_ == "pobj" and hl in _BACKGROUND) and _patient_of(noun) is not None:
        # "the arrest of Asif Reza Khan"; not "after the kidnapping of three fishermen", the
        # earlier event a report recalls as background
        by = next((g for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                   for g in c.children if g.dep_ == "pobj"), None)
        return "patient_of", by, head if noun.dep_ in ("dobj", "obj") and \
            head.pos_ == "VERB" else noun
    if any(c.dep_ == "relcl" and (_is_kill(c) or c.lemma_.lower() in _INJURE)
           for c in noun.children):
        return "noun_relcl", None, noun  # "a raid that killed two Palestinians"
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    by = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
               for g in c.children if g.dep_ == "pobj"), None)
    if (owner is not None or by is not None) and not (
            noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower()
            in _TOPICAL_HEADS):
        if noun.dep_ in ("nsubj", "dobj", "nsubjpass", "ROOT", "appos", "conj"):
            return "nominal", owner if owner is not None else by, head
    return None


def _ends(lex: Lexicon, verb: Token) -> bool:
    particle = lex.ending_verbs.get(verb.lemma_.lower())
    if particle is None:
        return False
    return not particle or any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


def _noun_mentions(sent: Sequence[Token], lex: Lexicon, taken: set[int]
                   ) -> Iterator[tuple[Mention, Token]]:
    for tok in sent:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in taken:
            continue
        found = _noun_sense(lex, tok)
        if found is None:
            continue
        sense, first = found
        ctx = _noun_context(tok, lex)
        if ctx is None:
            continue
        rule, actor, frame = ctx
        if rule == "light_verb" and frame is not None and _ends(lex, frame):
            ended = lex.ended(sense)  # "called off the strike": a concession
            if ended is not None:
                sense = ended
        if actor is None:
            actor = next((c for c in tok.children if c.dep_ == "poss"), None)
        if actor is None:  # "Israeli air strikes": the demonym is the actor
            actor = next((c for c in tok.lefts if c.dep_ == "amod" and c.ent_type_ == "NORP"),
                         None)
            actor_span = (actor.i, actor.i + 1) if actor is not None else None
        else:
            actor_span = _span(actor)
        target = None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("on", "against", "with", "to", "for", "at"):
                target = next((g for g in c.children if g.dep_ == "pobj" and not is_when(g)),
                              None)
                if target is not None:
                    break
        if target is None and tok.dep_ == "conj":  # "strikes on X" hung on the first conjunct
            for c in tok.head.children:
                if c.dep_ == "prep" and c.lower_ in ("on", "against", "at"):
                    target = next((g for g in c.children if g.dep_ == "pobj"
                                   and not is_when(g)), None)
                    if target is not None:
                        break
        if target is None and rule == "light_verb" and frame is not None:
            # "granted a pardon to the journalists": the recipient hangs from the light verb
            for c in frame.children:
                if c.dep_ == "dative" and c.pos_ != "ADP":
                    target = c
                elif c.dep_ in ("prep", "dative") and c.lower_ in ("to", "on", "against", "with",
                                                                  "for", "at", "upon"):
                    target = next((g for g in c.children if g.dep_ == "pobj"
                                   and g.ent_type_ not in ("DATE", "TIME")), None)
                if target is not None:
                    break
        if target is None and (rule == "patient_of" or tok.lemma_.lower() in _PATIENT_NOUNS):
            target = _patient_of(tok)
        if target is None and rule == "noun_subject":
            target = object_of(frame, sense.event_type) if frame is not None else None
        if target is None and rule == "light_verb":  # "imposed a curfew in Bangkok",
            target = party_in(tok, sense.event_type) or (  # "a ceasefire in all Libyan
                party_in(frame, sense.event_type) if frame is not None else None)  # territories"
        status = status_of(frame) if frame is not None and frame.i != tok.i else status_of(tok)
        if status == "alleged" and rule != "claimed":  # "accused Israel of carrying out
            accused = _accused(frame if frame is not None else tok)  # the attack": Israel
            if accused is None and frame is not None and frame.dep_ in ("pcomp", "xcomp"):
                accused = _accused(frame.head)
            if accused is not None:
                actor_span = _span(accused)
        if rule == "claimed":  # who did it is what the group says (CAMEO 015 claim
            status = "alleged"  # responsibility): the claim's root, not the attack's
        if rule == "light_verb" and frame is not None and frame.lemma_.lower() in (
                "offer", "promise", "propose", "announce", "pledge") and sense.event_type in (
                "RETREAT", "AID", "COOPERATE", "CONCEDE"):
            status = "proposed"
        elif rule == "light_verb" and frame is not None and frame.lemma_.lower() in (
                "promise", "vow", "pledge", "threaten") and sense.event_type in _CONFLICT_TYPES:
            status = "threatened"  # "officials promise arrests"
        fat = inj = None  # casualties come from the verb, merged into the noun's event
        status = _conditional_threat(sense, status, frame if frame is not None else tok)
        sense = _frame_root(sense, status, frame if frame is not None else tok)
        if rule == "claimed":
            sense = replace(sense, cameo_root="01")
        target_span = _span(target)
        partner = next((c for c in actor.children if c.dep_ == "conj" and c.pos_ in (
            "NOUN", "PROPN")), None) if actor is not None and target is None else None
        if partner is not None and sense.event_type in _MUTUAL and actor_span is not None:
            actor_span, target_span = np_span(actor, with_conj=False), np_span(partner)
        yield Mention(
            trigger=tok.i, trigger_span=(first, tok.i + 1), sense=sense, status=status,
            source=actor_span, target=target_span, fatalities=fat, injuries=inj,
            rule=f"{RULESET}:{rule}", construction=rule, confidence=0.9,
        ), tok


def _merge_victims(found: list[tuple[Mention, Token]]) -> list[Mention]:
    """Fold "…, killing two" / "an air strike that killed four" into the attack they describe."""
    by_token = {tok.i: i for i, (_, tok) in enumerate(found)}
    for i, (m, tok) in enumerate(found):  # "Russian missiles struck …, killing 12": the
        if m.construction == "noun_subject":  # missiles' event stands for the verb it replaced
            by_token.setdefault(tok.head.i, i)
    drop: set[int] = set()
    into: dict[int, int] = {}
    out = [m for m, _ in found]
    for i, (m, tok) in enumerate(found):
        if not (_is_kill(tok) or tok.lemma_.lower() in _INJURE) or m.status != "actual":
            continue
        host = None
        if tok.dep_ == "relcl" and tok.head.i in by_token:
            host = by_token[tok.head.i]
        elif tok.dep_ in ("advcl", "conj", "xcomp") and tok.head.i in by_token:
            host = by_token[tok.head.i]
        else:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.i in by_token:
                host = by_token[subj.i]
            else:  # "dozens were wounded when a car bomb exploded"
                cause = next((c for c in tok.children if c.dep_ == "advcl" and c.i in by_token),
                             None)
                if cause is not None:
                    host = by_token[cause.i]
        while host is not None and host in into:  # "killing four and wounding six"
            host = into[host]
        if host is None or host == i or out[host].sense.event_type != "ASSAULT":
            continue
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


def _merge_noun_subjects(found: list[tuple[Mention, Token]]) -> list[tuple[Mention, Token]]:
    """"Artillery shells struck a camp": one event, the verb's, with the weapon's mode."""
    verbs = {tok.i: k for k, (m, tok) in enumerate(found) if m.construction == "verb"}
    drop: set[int] = set()
    out = list(found)
    for k, (m, tok) in enumerate(found):
        host = verbs.get(tok.head.i)
        if m.construction != "noun_subject" or host is None:
            continue
        vm, vt = out[host]
        if vm.sense.event_type != m.sense.event_type or _is_kill(vt) or \
                vt.lemma_.lower() in _INJURE:
            continue
        sense = replace(vm.sense, mode=m.sense.mode or vm.sense.mode,
                        acled_event_type=m.sense.acled_event_type or vm.sense.acled_event_type,
                        acled_sub_event_type=m.sense.acled_sub_event_type
                        or vm.sense.acled_sub_event_type)
        out[host] = (replace(vm, sense=sense, source=m.source), vt)
        drop.add(k)
    return [x for k, x in enumerate(out) if k not in drop]


def _instrument_refine(m: Mention, tok: Token, lex: Lexicon) -> Mention:
    """"killed in an air strike": the verb takes the weapon's mode and ACLED sub-type."""
    if m.sense.event_type != "ASSAULT" or m.sense.mode not in (None, "firearms"):
        return m
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "during", "by", "with"):
            for g in c.children:
                found = _noun_sense(lex, g) if g.dep_ == "pobj" else None
                if found and found[0].event_type == "ASSAULT" and found[0].mode:
                    s = found[0]
                    return replace(m, sense=replace(
                        m.sense, mode=s.mode, acled_event_type=s.acled_event_type
                        or m.sense.acled_event_type,
                        acled_sub_event_type=s.acled_sub_event_type
                        or m.sense.acled_sub_event_type))
    return m


_JURISDICTIONS = frozenset({"circle", "limits", "jurisdiction", "thana", "precinct", "lines",
                            "chowki", "beat", "range", "ward", "division"})


def _security_sector(tok: Token) -> str | None:
    """COP or MIL when the phrase headed by ``tok`` names police or armed forces."""
    agents = agent_words()
    if tok.lemma_.lower() in _PLACE_NOUNS or tok.lemma_.lower() in _JURISDICTIONS:
        return None  # "the police station area", "soran police circle": places
    sector = agents.get(tok.lemma_.lower())
    if sector in ("COP", "MIL"):
        return sector
    # any agent word in the phrase: "senior police officials", "the superintendent of police"
    start, end = np_span(tok, with_conj=False)
    words = [t.lower_ for t in tok.doc[start:end] if not t.is_punct]
    found = None
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            sector = agents.get(" ".join(words[i:i + n]))
            if sector == "COP":
                return sector
            found = found or (sector if sector == "MIL" else None)
    return found


# Failing to act: "police inaction", "the police looked the other way", "stood and watched",
# "remained mute spectators", "turned a blind eye".
_FAILURE_NOUNS = frozenset({"inaction", "negligence", "slackness", "failure", "apathy",
                            "passivity", "laxity", "lapse", "indifference", "dereliction",
                            "inefficiency", "incompetence", "ineptitude"})
_FAILURE_WORDS = frozenset({"spectator", "spectators", "onlooker", "onlookers", "blind",
                            "helpless", "passive", "mute", "silent"})


def _inaction(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in _FAILURE_NOUNS:
        return True
    if lemma in ("watch", "look", "remain", "stand", "turn", "stay"):
        words = {t.lower_ for t in tok.subtree}
        return bool(words & _FAILURE_WORDS) or (lemma == "look" and "other" in words) or (
            lemma == "watch" and any(c.dep_ == "conj" or c.lemma_ == "stand"
                                     for c in [tok.head, *tok.children]))
    return False


def _owner_by_of(noun: Token) -> Token | None:
    """The police in "inaction of the police", "failure on the part of the police"."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "by", "on"):
            for g in c.subtree:
                if g.dep_ == "pobj" and _security_sector(g):
                    return g
    return None


def _generic_mentions(sent: Sequence[Token], taken: set[int]) -> Iterator[Mention]:
    """Acts of police and armed forces outside the lexicon, as low-confidence generic events."""
    for tok in sent:
        if tok.i in taken:
            continue
        if tok.lemma_.lower() in ("be", "remain", "stay") and _on_hand(tok):
            # "the police were present at the spot", "17 policemen were on duty"
            subj = subject_of(tok)
            if subj is None or (sector := _security_sector(subj)) is None:
                continue
            if any(g.lower_ == "alert" for c in tok.children for g in c.subtree):
                continue  # "on high alert": the noun is coded as an alert
            yield Mention(
                trigger=tok.i, trigger_span=(tok.i, tok.i + 1),
                sense=Sense(tok.lemma_.lower(), "MOBILIZE", "police", "15", None, None),
                status=status_of(tok), source=_span(subj), target=None, fatalities=None,
                injuries=None, rule=f"{RULESET}:on_hand", construction="on_hand",
                confidence=0.5, source_sector=sector)
            continue
        if tok.pos_ == "VERB" and tok.lemma_.lower() not in _SPEECH and tok.lemma_.lower() not in (
                "be", "have", "say", "seem", "appear", "become", "feel", "think", "believe",
                "know", "want", "hope", "expect", "comment", "accord", "quote", "suspect",
                "belong", "number", "include", "remain") and tok.dep_ not in ("amod", "compound") \
                or tok.lemma_.lower() in ("remain", "stay") and _inaction(tok):
            subj = subject_of(tok)
            subj = speaker_of(subj) or subj
            if subj is None and tok.dep_ in ("pobj", "dobj", "nsubj"):  # "victims of police firing"
                subj = next((c for c in tok.children if c.dep_ in ("compound", "poss")
                             and _security_sector(c)), None)
            if subj is None or tok.dep_ in ("acl", "relcl") and subj.i == tok.head.i:
                continue
            sector = _security_sector(subj)
            target = object_of(tok, "default")
        elif tok.pos_ == "NOUN" and (tok.lemma_.lower() in _POLICE_ACT_NOUNS
                                     or tok.lemma_.lower() in _FAILURE_NOUNS):
            # "police firing", "police protection", "army deployment", "inaction of the police"
            subj = next((c for c in tok.children if c.dep_ in ("compound", "poss", "amod")
                         and _security_sector(c)), None) or _owner_by_of(tok)
            if subj is None:
                continue
            sector = _security_sector(subj)
            target = None
        else:
            continue
        if sector is None or (status_of(tok) == "alleged" and _accused(tok) is not None):
            continue  # "accusing them of plotting": the accused's act, not the accuser's
        if tok.lower_ in _SHOTS and (tok.pos_ == "NOUN" or tok.dep_ in (
                "pobj", "dobj", "nsubj", "nsubjpass", "conj")):  # "police firing": shooting
            sense = Sense(tok.lemma_.lower(), "ASSAULT", "firearms", "19", None, None)
        else:
            sense = Sense(tok.lemma_.lower(), "COERCE" if sector == "COP" else "MOBILIZE",
                          "police" if sector == "COP" else "troops", None, None, None)
        status = "failed" if _inaction(tok) else status_of(tok)
        yield Mention(
            trigger=tok.i, trigger_span=(tok.i, tok.i + 1), sense=sense,
            status=status, source=_span(subj), target=_span(target),
            fatalities=None, injuries=None, rule=f"{RULESET}:generic_security_act",
            construction="generic_security_act",
            confidence=0.3, source_sector=sector,
        )


_ON_DUTY = frozenset({"duty", "alert", "guard", "standby", "stand-by", "patrol", "vigil"})


def _on_hand(verb: Token) -> bool:
    """"were present", "remained on high alert", "are on duty": forces at their posts."""
    for c in verb.children:
        if c.dep_ == "acomp" and c.lower_ == "present":
            return True
        if c.dep_ == "prep" and c.lower_ == "on" and any(
                g.dep_ == "pobj" and g.lower_ in _ON_DUTY for g in c.children):
            return True
    return False


_SPEECH = frozenset({"say", "tell", "add", "claim", "report", "state", "confirm", "inform",
                     "deny", "allege", "quote", "disclose", "reveal", "announce", "note",
                     "affirm", "assert", "insist", "explain", "declare", "stress", "maintain",
                     "recall", "describe", "admit", "acknowledge", "stated", "told"})
_AGENTLESS_TYPES = frozenset({"COERCE", "ASSAULT", "MOBILIZE"})


def _reporting(tok: Token) -> bool:
    """Whether the police word reports rather than acts ("police said", "according to police")."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("nsubj", "nsubjpass") and cur.head.lemma_.lower() in _SPEECH:
            return True
        if cur.dep_ == "pobj" and cur.head.lower_ == "to" and cur.head.head.lower_ == "according":
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _police_context(sent: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """Agentless acts of force in a sentence about the police are, unless said otherwise, the
    police's ("four were killed in the firing that followed, police said" is not one of them)."""
    if not any(m.source is None and m.sense.event_type in _AGENTLESS_TYPES
               and m.status == "actual" for m in mentions):
        return mentions
    police = next((t for t in sent if t.pos_ in ("NOUN", "PROPN") and
                   _security_sector(t) == "COP" and not _reporting(t)
                   and t.dep_ not in ("compound", "amod")), None)
    if police is None or _inaction(police.head):  # "looted as the police looked on"
        return mentions
    span = np_span(police)
    out = []
    for m in mentions:
        if (m.source is None and m.status == "actual" and m.sense.event_type in _AGENTLESS_TYPES
                and not (m.target and m.target[0] <= police.i < m.target[1])
                and m.construction != "patient_of"):  # "after the murder of a shopkeeper"
            m = replace(m, source=span, confidence=min(m.confidence, 0.5),
                        rule=m.rule + "+police_context")
        out.append(m)
    return out


_WILL = frozenset({"will", "would", "'ll", "shall", "wo"})
_REFUSAL = Sense("refuse", "REJECT", None, "12", None, None)


def _refusals(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"will not release the prisoners", "won't lift the ban": the act is negated, and saying so
    is a refusal (REJECT, CAMEO 12) by the same actor."""
    out = []
    for m in mentions:
        if m.status != "negated":
            continue
        tok = doc[m.trigger]
        verb = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" else tok
        if any(c.dep_ == "aux" and c.lower_ in _WILL for c in verb.children):
            out.append(replace(m, sense=replace(_REFUSAL, lemma=m.sense.lemma), status="actual",
                               fatalities=None, injuries=None, rule=f"{RULESET}:refusal",
                               construction="refusal",
                               confidence=min(m.confidence, 0.8)))
    return out


_MAYBE = frozenset({"may", "might", "could"})


def _ended_gerund(lex: Lexicon, tok: Token) -> bool:
    """"stopped shelling", "agreed to stop fighting": the gerund names the act that ends."""
    return tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "dobj", "pcomp") and _ends(lex, tok.head)


def _conditional_threat(sense: Sense, status: str, verb: Token) -> str:
    """"will detain journalists if they publish", "could suspend relations": a conditional or
    possible act of conflict is a threat (PLOVER THREATEN; CAMEO 13)."""
    if status not in ("actual", "proposed") or sense.event_type not in _CONFLICT_TYPES:
        return status
    if any(c.dep_ == "aux" and c.lower_ in _MAYBE for c in verb.children):
        return "threatened"
    if status == "proposed" or any(c.dep_ == "aux" and c.lower_ in _WILL
                                   for c in verb.children):
        for c in verb.children:
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless")
                                         for g in c.children):
                return "threatened"
    return status


def _concessions_agreed(lex: Lexicon, verbs: list[tuple[Mention, Token]],
                        nouns: list[tuple[Mention, Token]]) -> list[tuple[Mention, Token]]:
    """"agreed to lift the curfew", "promised to withdraw": one future concession (CONCEDE),
    not an AGREE as well; agreeing to cooperate stays AGREE."""
    types = {t.i: m.sense.event_type for m, t in verbs}
    types.update({t.head.i: m.sense.event_type for m, t in verbs if _ended_gerund(lex, t)})
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
            c.dep_ == "xcomp" and types.get(c.i) in ("CONCEDE", "RETREAT")
            for c in t.children))]


def find_mentions(doc: Doc, sents: Iterable[Span] | None = None) -> list[Mention]:
    """All event mentions in a parsed document, in text order (``sents``: its sentences, when
    the caller has them already)."""
    lex = load_lexicon()
    out: list[Mention] = []
    for span in doc.sents if sents is None else sents:
        sent = list(span)  # tokens made once: every pass below walks them
        verbs = list(_verb_mentions(sent, lex))
        taken = {tok.i for _, tok in verbs}
        # objects of light verbs carry the event; the light verb itself is then not an event
        nouns = list(_noun_mentions(sent, lex, taken))
        light_heads = {(tok.head.head if tok.dep_ == "conj" else tok.head).i
                       for m, tok in nouns if m.construction == "light_verb"
                       and m.status != "threatened"}
        light_heads |= {c.i for m, tok in nouns if m.construction == "light_verb_by"
                        for c in tok.children if c.dep_ == "acl"}
        threats = {tok.head.i for m, tok in nouns if m.construction == "light_verb"
                   and m.status == "threatened"}  # "threaten a strike": THREATEN + strike
        verbs = [(replace(m, sense=m.sense.with_type("THREATEN", "13")) if t.i in threats
                  and m.sense.event_type != "THREATEN" else m, t) for m, t in verbs]
        # "an air strike hit the town": one event, the noun's (victim verbs merge below)
        described = {tok.head.i: m.sense.event_type for m, tok in nouns
                     if m.construction == "noun_subject"}
        verbs = [(m, t) for m, t in verbs if t.i not in light_heads and not (
            described.get(t.i) == m.sense.event_type and not _is_kill(t)
            and t.lemma_.lower() not in _INJURE)]
        verbs = _concessions_agreed(lex, verbs, nouns)
        agreeing = {t.i for m, t in verbs if m.sense.event_type == "AGREE"}
        nouns = [(m, t) for m, t in nouns if not (  # "agreed to resume talks": one AGREE
            m.construction == "light_verb" and m.sense.event_type == "AGREE"
            and m.status == "proposed" and t.head.dep_ == "xcomp" and t.head.head.i in agreeing)]
        found = verbs + nouns
        found.sort(key=lambda mt: mt[1].i)
        refined = [(_instrument_refine(m, t, lex), t) for m, t in _merge_noun_subjects(found)]
        merged = _merge_victims(refined)
        merged += _refusals(doc, merged)
        out.extend(_police_context(sent, merged))
        taken |= {tok.i for _, tok in nouns} | light_heads
        taken |= {tok.head.i for _, tok in verbs if _ended_gerund(lex, tok)}
        taken |= {c.i for m, tok in nouns if m.construction == "noun_subject"
                  for c in tok.children if c.dep_ == "acl"}
        taken |= {c[0].i for _, tok in verbs
                  if _is_casualty(tok) and (c := _cause_of(tok)) is not None}
        out.extend(_generic_mentions(sent, taken))
    out.sort(key=lambda m: m.trigger)
    return out
