"""Which lexicon sense a verb or noun has here: the conditions a sense sets on its object,
subject, particle or preposition, checked on the parse."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ..aspect import irrealis
from ..deps import controller, prep_objects, subject
from ..tokens import children, ent_types, heads, memo_named, per_token, tags, words as doc_words
from ..wordclasses import word_class
from .arguments import act_complement, fighter, verbal
from .contests import quarrel, unarmed
from .forces import armed, security_sector
from .kinds import KINDS, light_doer, of_what, thing_kind
from .lexicon import NOT_AN_EVENT, Lexicon, Sense
from .postures import posture_reading
from .roles import RELATIVE_PRONOUNS, bare_clause, gapped_object, is_passive, is_when, parsed_agent
from .views import bare_outcome, own_act, predicative, prediction, question, statement
from .words import ARMED, LABOUR, PERSON_NOUNS, PERSONAL, PLACE_NOUNS, TITLED, of_object

if TYPE_CHECKING:
    from spacy.tokens import Token


def have_misparse(verb: Token) -> Token | None:
    """"the police had registered cases": the small model may take the participle for an
    adjective of the object, with "had" as the main verb. Returns that "have"."""
    if verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD") or verb.i == 0:
        return None
    aux = verb.doc[verb.i - 1]
    obj = verb.head
    if aux.lemma_.lower() == "have" and obj.dep_ in ("dobj", "obj") and obj.head.i == aux.i:
        return aux
    return None


_QUANTIFIERS = word_class("quantifiers")
#: Words that stand before what they count or measure
_COUNTING = _QUANTIFIERS | word_class("measures")


def _of_head(tok: Token | None) -> Token | None:
    """"all of the demands" → demands; "700 kg of medicine" → medicine."""
    if tok is None or tok.lemma_.lower() not in _COUNTING:
        return tok
    return of_object(tok) or tok


def of_head(tok: Token) -> Token:
    """What a quantifier or a number counts: "three of her sisters" → sisters."""
    if tok.pos_ == "NUM" and tok.lemma_.lower() not in _QUANTIFIERS:
        return of_object(tok) or tok
    return _of_head(tok) or tok


def _passive_subject(verb: Token) -> Token | None:
    """The passive subject, or what its relative pronoun stands for ("the coaches, which were
    booked": the coaches)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return subj


def direct_object(verb: Token) -> Token | None:
    """The verb's object as its senses read it: also a passive's subject or a participle's noun."""
    return None if (at := _direct_object_at(verb)) is None else verb.doc[at]


@per_token  # asked again by each reading and condition of a verb: found once per verb
def _direct_object_at(verb: Token) -> int | None:
    if have_misparse(verb) is not None or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return verb.head.i  # "the missiles fired by the army": the missiles were fired
    doc, deps = verb.doc, tags(verb.doc).deps  # the children read from arrays: no Token made
    objects = [c for c in children(doc)[verb.i] if deps[c] in ("dobj", "obj")]
    if objects:  # "seeking re-election", split by the parse: the word after the hyphen
        first = objects[0]
        split = first + 1 < len(doc) and doc_words(doc).texts[first + 1] == "-"
        two = len(objects) > 1 and verb.lemma_.lower() in word_class("giving_verbs")
        return objects[-1] if split or two else first  # "denied journalists access": the thing
    if is_passive(verb):
        subj = _passive_subject(verb)
        if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head.i  # "the base, which was handed to the army": the base was
        if subj is not None:
            return subj.i
    return next((c for c in children(doc)[verb.i] if deps[c] == "oprd" and ent_types(doc)[c]
                 == "PERSON"), None)  # "called Foreign Minister Sergey Lavrov" as "him a liar"


_SUMS = word_class("sums")


def money(tok: Token) -> bool:
    """"$2 million", "95 million euros", "a grant": a sum of money."""
    return tok.ent_type_ == "MONEY" or tok.lemma_.lower() in _SUMS


def _is_place(tok: Token) -> bool:
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.lemma_.lower() in PLACE_NOUNS


Phrases = tuple[tuple[str, ...], ...]


@cache
def _clauses(cond: str) -> tuple[tuple[str, frozenset[str], Phrases, frozenset[str]], ...]:
    """A condition's clauses: kind, options, the options of several words as (modifiers…,
    head), and for ``pp=on|upon:town|city`` the prepositions (the options are the nouns)."""
    out = []
    for clause in cond.split(";"):
        kind, _, value = clause.partition("=")
        preps: frozenset[str] = frozenset()
        if kind.lstrip("!") == "pp":
            head, _, value = value.partition(":")
            preps = frozenset(head.split("|"))
        options = frozenset(value.split("|")) if value else frozenset()
        out.append((kind, options, tuple(tuple(o.split()) for o in options if " " in o), preps))
    return tuple(out)


_NOBODY = frozenset({"nobody", "none", "noone"})
# Possessive pronouns that make a thing the doer's own: "defended its position"
_OWN = frozenset({"its", "their", "his", "her", "our", "my", "your"})
_ABSTRACT = word_class("abstract_nouns")
_DISASTERS = word_class("disasters")
_FIRED_WEAPONS = word_class("fired_weapons")


def disaster(tok: Token) -> bool:
    """"the storm", "a fire", "the epidemic": a disaster, no one's act; a weapon's fire is
    someone's ("artillery fire", "heavy machine-gun fire")."""
    return tok.lemma_.lower() in _DISASTERS and not any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _FIRED_WEAPONS
        for c in tok.lefts)


def abstract(tok: Token) -> bool:
    """"trust", "values", "the rhetoric": a thing of the mind or of talk, no person, group,
    place or object."""
    return not tok.ent_type_ and tok.lemma_.lower() in _ABSTRACT


def actor(tok: Token) -> bool:
    """"the rebels", "Iran", "them": people, groups, states or pronouns ("fought the rebels",
    not "fought the epidemic")."""
    lemma = tok.lemma_.lower()
    return tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or tok.pos_ == "PRON" \
        or lemma in PERSON_NOUNS or lemma in ARMED or lemma in _PERSONS \
        or security_sector(tok) is not None


#: people by office or role and bodies: "the envoy", "the minister", "the council"
_PERSONS = word_class("person_heads") | word_class("offices") | word_class("doers") \
    | word_class("body_heads")
#: conditions read on the verb alone: a quarrel in words, an unarmed scene (a contest, no
#: attack), an object complement, an act complement, a question, a view stated or foretold, the
#: speaker's own side's act to come
_SCENE_TESTS = {"verbal": verbal, "quarrel": quarrel, "unarmed": unarmed,
                "predicative": predicative, "vcomp": act_complement, "question": question,
                "statement": statement, "prediction": prediction, "own_act": own_act}


def _named(tok: Token, options: frozenset[str], phrases: Phrases) -> bool:
    """The word is one of the options, or the head of a phrase option with its modifiers
    ("mock attack": "attack" with "mock" before it); the options ``_abstract`` and
    ``_disaster`` name the classes of abstract nouns and of disasters, ``_actor`` people,
    groups, states and pronouns, ``_armed`` armed forces and groups, ``_any`` any word at all
    ("pp=by:_any": "by" with an object), ``_document``,
    ``_product``, ``_body`` and ``_number`` the kinds of things of :func:`thing_kind`."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    if lemma in options or low in options or "_any" in options or (
            "_abstract" in options and abstract(tok)) or (
            "_disaster" in options and disaster(tok)) or ("_actor" in options and actor(tok)) or (
            "_armed" in options and armed(tok)):
        return True
    if any(kind in options and thing_kind(tok, kind) for kind in KINDS):
        return True
    for *mods, head in phrases:
        if head in (lemma, low) and tok.i >= len(mods):
            before = tok.doc[tok.i - len(mods):tok.i]
            if [t.lower_ for t in before] == mods or [t.lemma_.lower() for t in before] == mods:
                return True
    return False


def _pobjs(prep: Token) -> list[Token]:
    """The objects of a preposition, also through a second one ("out of Mosul", "away from
    the border")."""
    return [g for c in prep.children for g in ((c,) if c.dep_ != "prep" else c.children)]


def _pp_holds(verb: Token, wanted: frozenset[str], objects: frozenset[str],
              phrases: Phrases) -> bool:
    """"(AGAINST &WEAPON)": a preposition of the verb or of its object, with one of the
    nouns as its object ("staged protests against the law", "sent troops to the border")."""
    obj = direct_object(verb)
    heads = [verb] + ([obj] if obj is not None else [])
    for head in heads:
        for c in head.children:
            if c.dep_ in ("prep", "agent", "dative") and c.lower_ in wanted:
                if any(g.dep_ == "pobj" and _named(_of_head(g), objects, phrases)
                       for g in c.children):
                    return True
    return False


_ATTACK_NOUNS = word_class("attack_nouns")
_WEAPONRY = word_class("munitions") | word_class("devices") | _FIRED_WEAPONS
_ARMED_DOERS = _WEAPONRY | word_class("deed_nouns")  # "the blast destroyed the shops"


def _thing_doer(verb: Token) -> bool:
    """The doer named is a thing that no one wields: "the blast wave shot past", "lives
    destroyed by the trial" (a passive's doer is its agent only); not a person, group, state,
    force or crowd, a pronoun, a name, a weapon, an attack or a blast ("a rocket hit the
    school")."""
    if is_passive(verb):
        doer = parsed_agent(verb)
    else:
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if doer is None and verb.dep_ == "xcomp":  # "is not going to go away"
            doer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if doer is not None and doer.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        doer = verb.head  # "the memory that nearly destroyed our lives"
    if doer is None:
        return False
    doer = of_head(doer)
    lemma = doer.lemma_.lower()
    if doer.pos_ != "NOUN" or doer.ent_type_ or actor(doer) or fighter(doer):
        return False
    return lemma not in _ARMED_DOERS and not any(
        c.dep_ in ("compound", "nmod") and c.lemma_.lower() in _WEAPONRY
        for c in doer.lefts)  # "the bomb blast", "rocket fire"


_GOAL_PREPS = frozenset({"to", "into", "toward", "towards", "inside", "for"})
_GATHERINGS = word_class("gatherings")


def _destination(verb: Token) -> bool:
    """"came to Moscow", "to the talks": a place, party or gathering reached ("to a head": no)."""
    for g in prep_objects(verb, _GOAL_PREPS):
        g = _of_head(g)
        if g is None or abstract(g):
            continue
        if _is_place(g) or g.ent_type_ in ("PERSON", "ORG", "GPE", "LOC", "FAC") or (
                g.lemma_.lower() in PERSON_NOUNS or g.lemma_.lower() in ARMED
                or g.lemma_.lower() in _GATHERINGS or g.pos_ == "PRON"):
            return True
    return False


_UNSEEN = object()
_verb_readings = memo_named("verb readings")  # each verb's reading, per lexicon
#: particles the parse may read as adverbs of direction ("marched away", "pulled back")
_ADVERB_PARTICLES = frozenset({"away", "back", "off"})
_PARTICLE_DEPS = ("prt", "acomp", "oprd", "advmod")  # particles and adjectives as objects
_PREP_DEPS = ("prep", "agent", "dative")


class _Context:
    """What a verb's conditions ask about, found once per verb however many of its readings
    are tried (a verb of the CAMEO-derived lexicon may have a hundred)."""

    __slots__ = ("verb", "_obj")

    def __init__(self, verb: Token) -> None:
        self.verb = verb
        self._obj: object = _UNSEEN

    @property
    def obj(self) -> Token | None:
        if self._obj is _UNSEEN:
            self._obj = _of_head(direct_object(self.verb))
        return self._obj  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class _Readings:
    """A verb's conditional readings indexed by a word each needs, so that only the readings
    that can hold in a sentence are tested (most of the CAMEO-derived ones name an object or a
    preposition): reading positions by the object's word (``obj=``, its lemma or form, or the
    head of a phrase option), by a particle or complement of the verb standing in for the
    object (the same options, an object being there), by a particle (``prt=``) and by a
    preposition of the verb or its object (``pp=``, ``prep=``); the positions of readings
    with no such word; and the first reading without a condition."""

    senses: tuple[Sense, ...]
    by_object: dict[str, tuple[int, ...]]
    by_object_particle: dict[str, tuple[int, ...]]
    by_particle: dict[str, tuple[int, ...]]
    by_prep: dict[str, tuple[int, ...]]
    always: tuple[int, ...]
    fallback: Sense | None

    def candidates(self, ctx: _Context) -> list[int]:
        """The positions, in order, of the conditional readings that may hold for the verb."""
        verb, found = ctx.verb, set(self.always)  # its words read from the arrays: no Token
        below, deps, lowers = children(verb.doc), tags(verb.doc).deps, doc_words(verb.doc).lowers
        particles = [lowers[c] for c in below[verb.i] if deps[c] in _PARTICLE_DEPS] \
            if self.by_particle or self.by_object_particle else []
        for w in particles:
            found.update(self.by_particle.get(w, ()))
        if self.by_object or self.by_object_particle:
            obj = ctx.obj
            if obj is not None:
                found.update(self.by_object.get(obj.lemma_.lower(), ()))
                found.update(self.by_object.get(obj.lower_, ()))
            for w in particles:  # "set ablaze"; and with no object, "hitting home" (no event)
                found.update(i for i in self.by_object_particle.get(w, ())
                             if obj is not None or self.senses[i].event_type == NOT_AN_EVENT)
        if self.by_prep:
            direct = _direct_object_at(verb)
            for head in (verb.i,) if direct is None else (verb.i, direct):
                for c in below[head]:
                    if deps[c] in _PREP_DEPS:
                        found.update(self.by_prep.get(lowers[c], ()))
        return sorted(found)


def _index(senses: tuple[Sense, ...]) -> _Readings:
    maps: tuple[dict[str, list[int]], ...] = ({}, {}, {}, {})
    by_object, by_object_particle, by_particle, by_prep = maps
    always = []
    for i, s in enumerate(senses):
        if not s.condition:
            continue
        clauses = _clauses(s.condition)
        plain = next((c for c in clauses if c[0] == "obj"
                      and not any(o.startswith("_") for o in c[1])), None)
        if plain is not None:  # an object named by one of the options, or a particle for it
            options = plain[1]
            for w in options | frozenset(o.split()[-1] for o in options):
                by_object.setdefault(w, []).append(i)
            for w in options:
                by_object_particle.setdefault(w, []).append(i)
            continue
        keyed = next((c for c in clauses if c[0] in ("pp", "prep", "prt")), None)
        if keyed is None:
            always.append(i)
            continue
        kind, options, _, preps = keyed
        for w in preps if kind == "pp" else options:
            (by_particle if kind == "prt" else by_prep).setdefault(w, []).append(i)
    fallback = next((s for s in senses if not s.condition), None)
    frozen = [{w: tuple(v) for w, v in m.items()} for m in maps]
    return _Readings(senses, *frozen, tuple(always), fallback)


# each readings tuple's index, made when first needed; it holds its tuple, whose id is never reused
_INDEXES: dict[int, _Readings] = {}


def _readings(senses: tuple[Sense, ...]) -> _Readings:
    found = _INDEXES.get(id(senses))
    if found is None:
        found = _INDEXES[id(senses)] = _index(senses)
    return found


def _holds(cond: str | None, verb: Token, ctx: _Context | None = None) -> bool:
    if not cond:
        return True
    ctx = ctx or _Context(verb)
    return all(_clause_holds(kind, options, phrases, preps, ctx)
               for kind, options, phrases, preps in _clauses(cond))


def _clause_holds(kind: str, options: frozenset[str], phrases: Phrases, preps: frozenset[str],
                  ctx: _Context) -> bool:
    if kind.startswith("!"):  # "!destination": the clause does not hold
        return not _clause_holds(kind[1:], options, phrases, preps, ctx)
    verb = ctx.verb
    if kind == "destination":
        return _destination(verb)
    if kind == "willclause":  # "a warning that the US would strike": a clause of what will be
        return any(c.dep_ in ("acl", "ccomp") and any(
            g.dep_ == "aux" and g.lower_ in ("will", "would", "'ll") for g in c.children)
            for c in verb.children)
    if kind == "infinitive":  # "sought to flee", "seeking to avoid arrest", "a call to end it"
        own = ("xcomp", "acl") if verb.pos_ in ("NOUN", "PROPN") else ("xcomp",)
        return any(c.dep_ in own and any(g.dep_ == "aux" and g.lower_ == "to"
                                          for g in c.children) for c in verb.children)
    if kind == "unreal":  # "were not allowed to", "should be allowed to": not told as done
        return irrealis(verb) or any(c.dep_ == "neg" or c.dep_.startswith("nsubj") and (
            c.lower_ in _NOBODY or any(g.dep_ == "det" and g.lower_ == "no" for g in c.children))
            for c in verb.children)  # "no one was allowed to"
    if kind in ("inf", "outcome"):  # "allowed them to claim"; outcome: "vowed to win the vote"
        return any(c.dep_ in ("xcomp", "ccomp", "advcl") and c.lemma_.lower() in options and all(
            g.dep_ != "conj" or g.lemma_.lower() in options for g in c.children)  # "and to demand"
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            and (kind == "inf" or bare_outcome(c)) for c in verb.children)
    if kind == "objinf":  # "rejected a suggestion to hold talks": the object's own infinitive
        return ctx.obj is not None and _clause_holds("infinitive", options, phrases, preps,
                                                     _Context(ctx.obj))
    if kind == "objand":  # "the findings and recommendations": each noun joined to the object
        return ctx.obj is None or all(c.lemma_.lower() in options or c.lower_ in options
                                      for c in ctx.obj.conjuncts)
    if kind == "infpass":  # "asked not to be named": a passive infinitive of these verbs
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in options
                   and any(g.dep_ == "auxpass" for g in c.children) for c in verb.children)
    if kind == "describes":  # "the forces fighting in the north", not "forces fought"
        return verb.dep_ == "acl" and verb.tag_ == "VBG"
    if kind == "adjunct":  # "left the town, allowing the convoys to enter"
        return verb.dep_ == "advcl" and verb.tag_ == "VBG"
    if kind == "described":  # "militias backed by Iran", not "Iran backed the militias"; an
        # attack so described is backed in its course ("the offensive, supported by warplanes"),
        # and so is an act whose object a comma sets the participle after ("shelled the
        # district, backed by militias": the doer was backed in doing it)
        head = verb.head
        return verb.dep_ == "acl" and verb.tag_ == "VBN" and bare_clause(verb) and \
            head.lemma_.lower() not in _ATTACK_NOUNS and not (
                verb.i > 0 and verb.doc[verb.i - 1].text == ","
                and head.dep_ in ("dobj", "pobj", "attr", "dative"))
    if kind == "subjof":  # "its appeal faded": the noun is the subject of one of these verbs
        return verb.dep_ in ("nsubj", "nsubjpass") and verb.head.lemma_.lower() in options
    if kind == "poss":  # "their support for the regime", "Washington's support"
        return any(c.dep_ == "poss" for c in verb.children)
    if kind == "ownobj":  # "defended its position", not "defended the minister's decision"
        obj = ctx.obj
        return obj is not None and any(c.dep_ == "poss" and c.lower_ in _OWN
                                       for c in obj.children)
    if kind == "mark":  # "as opposed to": the word that opens the verb's clause
        return any(c.dep_ == "mark" and c.lower_ in options for c in verb.children)
    if kind == "clausemark":  # "called for the assault to be abandoned": a clause of the
        # verb's own, opened by one of these words
        return any(c.dep_ in ("advcl", "ccomp") and any(g.dep_ == "mark" and g.lower_ in options
                                                  for g in c.children) for c in verb.children)
    if kind == "pp":
        return _pp_holds(verb, preps, options, phrases)
    if kind == "obj":
        obj = ctx.obj
        if obj is None:  # (a relative clause's object is the noun it hangs on: not none)
            return ("_none" in options and not gapped_object(verb)) or any(
                c.lower_ in options for c in verb.children if c.dep_ in _PARTICLE_DEPS)
        lemma = obj.lemma_.lower()
        if _named(obj, options, phrases) or "_any" in options:
            return True
        if "_place" in options and (_is_place(obj) or _is_place(of_head(obj))):
            return True  # "captured the town", "captured large swathes of territory"
        if "_person" in options and (obj.ent_type_ == "PERSON" or lemma in PERSON_NOUNS
                                     or lemma in TITLED or obj.lower_ in PERSONAL):
            return True
        if "_armed" in options and armed(obj):
            return True
        if "_money" in options and money(obj):
            return True
        # "set fire to", "set ablaze": particles and adjectives as objects
        return any(c.lower_ in options for c in verb.children if c.dep_ in _PARTICLE_DEPS)
    if kind == "objnot":  # "apprehended the men", not "apprehending trouble"
        obj = ctx.obj
        if obj is None:
            return "_some" not in options  # _some: an object is needed
        return obj.lemma_.lower() not in options
    if kind == "pobj":  # "sent to jail", "lodged in the police lock-up", "out of Mosul"
        return any(g.dep_ == "pobj" and (_named(_of_head(g), options, phrases)
                                         or ("_place" in options and _is_place(g)))
                   for c in verb.children if c.dep_ == "prep" for g in _pobjs(c))
    if kind == "prt":  # "backed down"; "marched away", parsed as an adverb
        return any((c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in _ADVERB_PARTICLES)
                   and c.lower_ in options for c in verb.children)
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
        return subj is not None and (subj.ent_type_ == "PERSON"
                                     or subj.pos_ in ("PRON", "NUM") and subj.lower_ != "it"
                                     or subj.lemma_.lower() in PERSON_NOUNS
                                     or subj.lemma_.lower() in ARMED)
    if kind == "passarmed":  # "four companies of the RAF were rushed to the town"
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return subj is not None and armed(subj)
    if kind in _SCENE_TESTS:
        return _SCENE_TESTS[kind](verb)
    if kind == "subj" and "_thing" in options and _thing_doer(verb):
        return True
    if kind == "subj":  # the doer: of a passive, its agent where it names one
        subj = parsed_agent(verb) if is_passive(verb) else None
        subj = subj or subject(verb) or controller(verb) or light_doer(verb)  # "ordered troops"
        if subj is None and verb.dep_ in ("acl", "amod") or subj is not None and \
                subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            subj = verb.head  # "their father, who flew to Iraq": the father
        if subj is None:  # "_clause": an act named by a clause is the doer ("driving them out")
            return "_clause" in options and any(c.dep_ == "csubj" for c in verb.children)
        if "_labour" in options and subj.lemma_.lower() in LABOUR:
            return True
        return _named(subj, options, phrases) or _named(of_what(subj), options, phrases)
    return False


def verb_sense(lex: Lexicon, verb: Token) -> Sense | None:
    found = verb_reading(lex, verb)
    return None if found is None or found.event_type == NOT_AN_EVENT else found


def verb_reading(lex: Lexicon, verb: Token) -> Sense | None:
    """The verb's reading here, a reading that is no event (type "-") included; read once per
    verb of a document and lexicon (the trigger pass and the police pack both ask)."""
    memo = _verb_readings(verb.doc)
    if memo.get("lexicon") is not lex:  # kept for one lexicon (no pair made per verb)
        memo.clear()
        memo["lexicon"] = lex
    found = memo.get(verb.i, _UNSEEN)
    if found is _UNSEEN:
        found = memo[verb.i] = posture_reading(verb, _verb_reading(lex, verb))
    return found  # type: ignore[return-value]


def _verb_reading(lex: Lexicon, verb: Token) -> Sense | None:
    doc, i = verb.doc, verb.i  # the word and its head read from the arrays: no Token made
    (lemmas, pos, deps, _), found, low = tags(doc), doc_words(doc), doc_words(doc).lowers[i]
    if deps[i] == "compound" and heads(doc)[i] == i + 1 and pos[i + 1] == "NOUN" \
            and deps[i + 1] != "ROOT":
        return None  # "aid agencies fear ...", "strike pay": a word naming a kind of noun
    senses = lex.verbs.get(found.lowers[i - 2] + lemmas[i]) if i >= 2 and \
        found.texts[i - 1] == "-" else None  # "lathi-charged"
    senses = senses or lex.verbs.get(lemmas[i]) or lex.verbs.get(low)
    if not senses:  # the lemmatizer's slips ("raped" → "rap"): try the surface form's stems
        for stem in (low[:-1], low[:-2], low[:-3] + "e", low[:-3]):
            if len(stem) > 2 and low.endswith(("ed", "es", "s", "ing")):
                senses = lex.verbs.get(stem)
                if senses:
                    break
    if not senses:
        return None
    # conditional readings first ("seize the town" before plain "seize"), then the fallback
    readings = _readings(senses)
    ctx = _Context(verb)
    return next((senses[i] for i in readings.candidates(ctx)
                 if _holds(senses[i].condition, verb, ctx)), None) or readings.fallback


def noun_sense(lex: Lexicon, noun: Token) -> tuple[Sense, int] | None:
    """The noun's sense and its (multiword) trigger's first token; ``None``: no event here."""
    found = _noun_reading(lex, noun)
    return None if found is None or found[0].event_type == NOT_AN_EVENT else found


def _noun_reading(lex: Lexicon, noun: Token) -> tuple[Sense, int] | None:
    lemma = noun.lemma_.lower()
    mods = [x for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i
            for x in (c, *c.conjuncts)]  # "political and military support": either word
    for m in mods:  # "air strike", "suicide bombing", "hunger strike", "lathi charge"
        key = f"{m.lower_} {lemma}"
        if key in lex.nouns:
            return _reading_here(lex.nouns[key], noun), m.i
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-":  # "cease-fire", "sit-in", "air-strike"
        joined = doc[noun.i - 2].lower_ + "-" + lemma
        for key in (joined, joined.replace("-", ""), joined.replace("-", " ")):
            if key in lex.nouns:
                return _reading_here(lex.nouns[key], noun), noun.i - 2
    senses = lex.nouns.get(lemma) or lex.nouns.get(noun.lower_)
    if not senses:
        return None
    return _reading_here(senses, noun), noun.i


def _reading_here(senses: tuple[Sense, ...], noun: Token) -> Sense:
    """Of a noun's readings, the one its verb or its sentence calls for."""
    # "signed an agreement" (SUPPORT) vs "an agreement" (AGREE): readings tied to the verb
    governor = noun.head.lemma_.lower() if noun.dep_ in ("dobj", "nsubjpass", "pobj") else ""
    for s in senses:  # and first, no act where the noun's own phrase says so: "war on poverty"
        cond = s.condition or ""
        if cond.startswith("verb=") and governor in cond[5:].split("|") or (
                s.event_type == NOT_AN_EVENT and cond.startswith("pp=") and _holds(cond, noun)):
            return s
    for s in senses:  # other conditions are read on the noun: "a warning of famine"
        if s.condition and not s.condition.startswith("verb=") and _holds(s.condition, noun):
            return s
    senses = tuple(s for s in senses if not s.condition) or senses
    if len(senses) > 1:  # "strike": a walkout among workers, an attack among weapons
        labour = any(t.lemma_.lower() in LABOUR for t in noun.sent if t.i != noun.i)
        for s in senses:
            if (s.event_type == "PROTEST") == labour:
                return s
    return senses[0]


def ends(lex: Lexicon, verb: Token) -> bool:
    particle = lex.ending_verbs.get(verb.lemma_.lower())
    if particle is None:
        return False
    return not particle or any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


def ended_gerund(lex: Lexicon, tok: Token) -> bool:
    """"stopped shelling", "agreed to stop fighting": the gerund names the act that ends."""
    return tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "dobj", "pcomp") and ends(lex, tok.head)
