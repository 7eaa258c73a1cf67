"""Tense, aspect and mood of an event's clause (part of stages ``date`` and ``locate``).

What the grammar of a clause says about when its event lies against the time of the text around
it: the tense of the verb ("will" after the report), the past perfect ("had been seized": before
the time around it), what is only wanted, threatened or possible ("would withdraw", "threatened
to push deeper", "can expect to be questioned": no time or place of its own yet), and the
clauses and phrases that bound a span ("since sending troops into Afrin in February").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .tokens import children, heads, per_token, tags, words
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token

__all__ = ["tense_at", "done_on", "tense_of", "past_perfect", "perfect_participle",
           "past_progressive", "clause_of", "governing_verb", "bounds_a_span", "irrealis",
           "simple_past", "hedged", "bare_subjunctive", "has_own_tense", "present_perfect",
           "PRESENT_PERFECT"]

_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "parataxis", "csubj", "conj"})
_FUTURE = frozenset({"will", "'ll", "shall", "wo"})
#: The auxiliaries of a present perfect: "has held", "have been stripped", "it's been".
PRESENT_PERFECT = frozenset({"has", "have", "'s", "'ve"})
#: Auxiliaries of what may, should or would happen: not (yet) an event with a time or place.
_MODALS = frozenset({"would", "could", "might", "may", "should", "must", "can", "ca", "'d",
                     "will", "'ll", "shall", "wo"})
#: Verbs and nouns whose infinitive complement is wanted, planned or threatened, not done:
#: "threatened to push deeper", "plans to withdraw", "agreed to resume traffic".
_INTENT = word_class("intent")
#: ... but what was tried was done: "tried to storm the town".
_ATTEMPTS = word_class("attempts")
#: Verbs whose object is only wanted or threatened: "threatened a new incursion".
_INTENT_OBJECT = word_class("intent_object")
#: Participles of a thing set for a day: "talks scheduled for 20 January".
_SCHEDULED = frozenset({"schedule", "set", "plan", "slate", "fix"})
#: Nouns of acts of force, which are not scheduled: "the killings in January" are past.
_DONE_ACTS = frozenset().union(*(word_class(f"happening_{kind}") for kind in (
    "arrest", "attack", "killing", "kidnapping", "invasion", "capture"))) | word_class("explosions")
#: What gives a joined verb a tense of its own: a subject or an auxiliary.
_OWN_TENSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "expl"})
#: Words that open a phrase bounding a span of time: "since the war broke out in 2011".
_SPAN_WORDS = frozenset({"since", "until", "till", "before", "after", "once"})


def tense_at(doc: Doc | None, char: int) -> str:
    """"past", "future" or "present" for the verb that governs the text at ``char``."""
    done = False
    for n, tok in enumerate(_heads_at(doc, char)):
        if n == 0:
            # the time hangs on an act told as done ("the attack in January"), or follows one it
            # was parsed apart from ("examining the attack on the base in January")
            done = tok.i > 0 and _after_done_act(doc[tok.i - 1], tok.head)
        if tok.pos_ in ("VERB", "AUX"):
            if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in _SCHEDULED:
                return "present"  # "talks scheduled for 20 January": the plan's day to come
            tense = tense_of(tok)
            # "is investigating an attack in January that killed five": that January is past
            return "past" if done and tense == "present" else tense
        done = done or tok.pos_ == "NOUN" and _told_as_done(tok)
    return "past"


def done_on(doc: Doc | None, char: int) -> bool:
    """The time at ``char`` tells the day of an act told as done: it hangs on a verb told in the
    past with no noun between but an act's ("launched an offensive on 20 January"), not on a
    thing of its own ("granted bail until his hearing on 1 March")."""
    for n, tok in enumerate(_heads_at(doc, char)):
        if tok.pos_ in ("VERB", "AUX"):
            return tense_of(tok) == "past"
        if tok.pos_ == "NOUN" and n and tok.lemma_.lower() not in _DONE_ACTS:
            return False
    return False


def _heads_at(doc: Doc | None, char: int) -> Iterator[Token]:
    """The token at ``char`` and its heads, up to the root of its sentence (none when there is
    no parse or no token there): the walk :func:`tense_at` and :func:`done_on` take."""
    if doc is None:
        return
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return
    tok: Token | None = span[0]
    while tok is not None:
        yield tok
        tok = tok.head if tok.head.i != tok.i else None


def _after_done_act(before: Token, head: Token) -> bool:
    """``before`` ends the phrase of an act told as done hanging on ``head``."""
    done = False
    for tok in (before, *before.ancestors):
        if tok.i == head.i:
            return done
        if tok.pos_ in ("VERB", "AUX"):
            return False
        done = done or tok.pos_ == "NOUN" and _told_as_done(tok)
    return False


def _told_as_done(noun: Token) -> bool:
    """A noun naming an act of force told as done: one a past relative clause describes ("a
    raid that killed five", "an attack in which five were killed"), or a definite one ("the
    killings", "the January attack"; not "the protest", which may be planned, nor "the planned
    attack")."""
    act = noun.lemma_.lower() in _DONE_ACTS
    if any(c.dep_ == "relcl" and c.tag_ in ("VBD", "VBN") and tense_of(c) == "past" and (
            act or c.lemma_.lower() in _DONE_ACTS) for c in noun.children):
        return True
    if not act or any(
            c.dep_ == "amod" and c.lemma_.lower() in _INTENT for c in noun.children):
        return False
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "that", "those")
               for c in noun.children)


@per_token  # asked again of the same verb by the status, date and realness rules
def tense_of(verb: Token) -> str:
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE:
            return "future"
        if c.dep_ in ("aux",) and c.lower_ in ("going",):
            return "future"
    if verb.tag_ in ("VBN", "VBG") and any(c.dep_ in ("aux", "auxpass") and c.lower_ in (
            "is", "are", "am", "'s", "'re") for c in verb.children):
        # "is being boycotted", "are meeting"; "is going to" is the future
        return "future" if verb.tag_ == "VBG" and any(
            c.lower_ == "to" for c in verb.rights) else "present"
    if verb.tag_ == "VBN" and _perfect_infinitive(verb):
        return "past"  # "are thought to have attacked the base on Tuesday": done before
    if verb.tag_ in ("VB", "VBN") and _planned_now(verb):
        return "future"  # "talks are due to begin on Tuesday", "is to be held on Monday"
    if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return "present"  # "a summit to be held on Friday": an infinitive has no tense of its own
    if verb.tag_ == "VBN" and _modal_passive(verb):
        return "present"  # "would be held on Sunday" is told as "would meet on Sunday" is
    if verb.tag_ in ("VBD", "VBN"):
        return "past"
    if verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl") and verb.head.i != verb.i and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return tense_of(verb.head) if verb.head.pos_ in ("VERB", "AUX") else tense_of(
            next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), verb.head))
    if verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
            verb.head.lemma_.lower() not in _INTENT or verb.head.lemma_.lower() in _ATTEMPTS):
        # "were forced to flee on Friday", "tried to storm it on Friday": done when what it
        # completes was ("promised to meet on Friday" is yet to come)
        return tense_of(verb.head)
    # the base form ("to demonstrate", "could cause") has no tense of its own: the present's
    return "present" if verb.tag_ in ("VBZ", "VBP", "VB") else "past"


def _perfect_infinitive(verb: Token) -> bool:
    """"to have attacked", "to have been killed": an infinitive told as done before."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return "to" in auxes and "have" in auxes


def _modal_passive(verb: Token) -> bool:
    """A passive under a modal ("would be held", "could be released"), not its perfect ("should
    have been freed"): a base form, with no tense of its own."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a in _MODALS for a in auxes) and not any(
        a in ("have", "has", "had", "'ve") for a in auxes)


def _planned_now(verb: Token) -> bool:
    """``verb`` is an infinitive ("to begin") completing a word of intent (:data:`_INTENT`:
    "due", "plans", "is expected") or "is to", told in the present or the future: what is
    planned now is still to come ("are due to begin on Tuesday" in a Friday report is next
    Tuesday's); not when the plan was told in the past ("agreed to meet on Friday")."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    lemma = head.lemma_.lower()
    if (lemma not in _INTENT or lemma in _ATTEMPTS) and not (lemma == "be" and head.pos_ == "AUX"):
        return False
    governor = head if head.pos_ in ("VERB", "AUX") else head.head
    return governor.pos_ in ("VERB", "AUX") and governor.i != verb.i and tense_of(
        governor) in ("present", "future")


def past_perfect(tok: Token) -> bool:
    """"had raided", "had been killed", "had been urging" (the progressive is a past perfect
    too): before the time of the text around it (``tok`` is the event or any word of its
    clause)."""
    for verb in [tok, *tok.ancestors]:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
        if (verb.tag_ == "VBN" or verb.tag_ == "VBG" and "been" in auxes) and any(
                a in ("had", "'d") for a in auxes):
            return True
        if verb.dep_ in _CLAUSE_DEPS:
            return False
    return False


def perfect_participle(verb: Token) -> bool:
    """``verb`` is a perfect participle: "having fled", "having been freed"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having"
                                      for c in verb.children)


_CLAUSE_OR_ACL = _CLAUSE_DEPS | {"acl"}


def clause_of(tok: Token) -> Token:
    """The verb heading the clause of ``tok`` (``tok``'s root when it has none)."""
    i = _clause_index(tok)  # asked a dozen times an event: worked out once a token
    return tok if i == tok.i else tok.doc[i]


@per_token
def _clause_index(tok: Token) -> int:
    return _verb_above(tok, True, _CLAUSE_OR_ACL).i


def governing_verb(tok: Token, itself: bool = True) -> Token:
    """The nearest verb ``tok`` hangs on ("take" for "action" in "take military action"), or
    ``tok`` itself when it is a verb and ``itself`` holds (its root when none is): the word
    whose phrases tell where and how a noun's event happened."""
    return _verb_above(tok, itself, None)


def _verb_above(tok: Token, itself: bool, deps_of: frozenset[str] | None) -> Token:
    """The first verb from ``tok`` up (from its head up unless ``itself``), whose link is one
    of ``deps_of`` when given; the root when none is. Read from the document's arrays."""
    doc, i = tok.doc, tok.i
    up, (_, pos, deps, _) = heads(doc), tags(doc)
    if not itself and up[i] != i:
        i = up[i]
    while not (pos[i] in ("VERB", "AUX") and (deps_of is None or deps[i] in deps_of)) \
            and up[i] != i:
        i = up[i]
    return tok if i == tok.i else doc[i]


@per_token  # asked for every place of a sentence again for each of its events
def bounds_a_span(tok: Token) -> bool:
    """``tok`` is in a clause or phrase that bounds a span of time: "since the war broke out",
    "until the troops left", "before the pair surrendered", "since sending troops into Afrin in
    February"."""
    head, doc, i = clause_of(tok).i, tok.doc, tok.i  # read from the arrays: no Token made
    up, below, deps, lowers = heads(doc), children(doc), tags(doc).deps, words(doc).lowers
    # a main clause bounds nothing: "Just before Christmas the league said"
    if deps[head] != "ROOT" and any(
            deps[c] == "mark" and lowers[c] in _SPAN_WORDS for c in below[head]):
        return True
    for _ in range(len(doc)):  # the heads above ``tok`` (as ``Token.ancestors``)
        if up[i] == i:
            break
        i = up[i]
        if deps[i] == "prep" and lowers[i] in ("since", "until", "till") and i != tok.i and any(
                deps[c] == "pcomp" for c in below[i]):
            return True  # "since sending …": the phrase's own times bound the span
        if i == head or deps[i] in _CLAUSE_DEPS:
            break
    return False


@per_token  # asked of the same words by the place, date and modality rules of each event
def irrealis(tok: Token) -> bool:
    """``tok``'s event is only possible, wanted, planned or threatened: "would withdraw", "can
    expect to be questioned", "threatened to push deeper", "a plan to train a force". Such an
    event has no time or place but those its own clause gives it."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _INTENT_OBJECT:
        return True
    doc, verb = tok.doc, tok.i  # the word and the heads above it, read from the arrays
    up, below, (lemmas, _, deps, _), lowers = heads(doc), children(doc), tags(doc), \
        words(doc).lowers
    for _ in range(len(doc) + 1):  # (as many as ``Token.ancestors`` gives)
        # "would uphold a ceasefire … and threaten consequences": conjuncts share the modal
        shared = (verb, up[verb]) if deps[verb] == "conj" else (verb,)
        if any(deps[c] in ("aux", "auxpass") and lowers[c] in _MODALS
               for v in shared for c in below[v]):
            return True
        if deps[verb] in ("xcomp", "acl") and any(
                deps[c] == "aux" and lowers[c] == "to" for c in below[verb]):
            if lemmas[up[verb]] in _INTENT:
                return True
        if deps[verb] in _CLAUSE_DEPS or up[verb] == verb:
            return False
        verb = up[verb]
    return False


#: Passives telling what someone did as reported or believed: "is said to have", "are believed
#: to have been killed" (word class ``raising_passives``)
_RAISING = word_class("raising_passives")


def reported_done(verb: Token) -> bool:
    """"are said to have died", "is believed to have been killed": an act told as done, by a
    hedge in the present, as the plain past "reportedly died" tells it."""
    if verb.dep_ != "xcomp":
        return False  # (its head made only for a complement)
    head = verb.head
    return head.i != verb.i and _perfect_infinitive(verb) and (
        head.lemma_.lower() in _RAISING) and any(c.dep_ == "auxpass" for c in head.children)


def hedge_of(tok: Token) -> Token:
    """The passive hedging ``tok`` ("said" in "are said to have died"), else ``tok``."""
    return tok.head if reported_done(tok) else tok


def hedged(verb: Token) -> bool:
    """``verb`` is a passive hedge telling an act as done ("said" in "are said to have
    died")."""
    doc, deps = verb.doc, tags(verb.doc).deps  # a Token made for a complement only
    return any(deps[c] == "xcomp" and reported_done(doc[c]) for c in children(doc)[verb.i])


def present_perfect(verb: Token) -> bool:
    """"has held", "have been stripped", "has been warning": ``verb`` told in the present
    perfect, simple or progressive."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ in ("VBN", "VBG") and bool(auxes) and auxes[0] in PRESENT_PERFECT and (
        verb.tag_ == "VBN" or "been" in auxes)


def has_own_tense(verb: Token) -> bool:
    """``verb`` has a subject or an auxiliary of its own, and so a time of its own: a verb
    joined to another without one shares that verb's time ("visited the camp and counted the
    tents"; not "and have counted", "and the guards counted")."""
    return any(c.dep_ in _OWN_TENSE for c in verb.children)


def past_progressive(verb: Token) -> bool:
    """``verb`` is told as going on in the past ("was working", "were fighting", "was leaving
    her office on Tuesday when gunmen opened fire"); not a plan of then ("were going to attack":
    a future in the past, of no act done)."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were")
                                      for c in verb.children) and not (
        verb.lemma_.lower() == "go" and any(c.dep_ == "xcomp" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children))


def simple_past(verb: Token) -> bool:
    """``verb`` is told in the simple past ("stormed", "were killed"), not in a perfect, the
    present, or as what only would happen; or as done by a hedge ("are said to have died")."""
    if hedged(verb):
        return True
    if verb.tag_ == "VBD":
        return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were")
                                      for c in verb.children) and not any(
        c.dep_ == "aux" for c in verb.children)


#: Subjects in the third person singular that are no noun: "that he withdraw"; and nouns in the
#: singular form that agree in the plural: "the police arrest" may be an indicative.
_THIRD_SINGULAR = frozenset({"he", "she", "it", "this", "one"})
_PLURAL_AGREEING = frozenset({"police", "people", "personnel"})


def bare_subjunctive(verb: Token, plain: bool = False) -> bool:
    """``verb`` heads a clause in the bare subjunctive, in a form no indicative takes, with no
    auxiliary of tense or mood: a bare "be" ("that the prisoners be released", "that he be
    present") or a bare verb after a subject in the third person singular ("that Turkey
    withdraw", "that the army withdraw"). After a plural subject a bare verb is the plain
    present too ("that the forces target clinics"): only with ``plain``, for a governing verb
    whose clause cannot be a report, does a verb the parse tags as bare count."""
    kids = list(verb.children)
    if verb.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ != "VB" for c in kids):
        return False
    if verb.lower_ == "be" or any(c.dep_ == "auxpass" and c.lower_ == "be" for c in kids):
        return True
    if verb.tag_ not in ("VB", "VBP") or verb.lower_ != verb.lemma_.lower():
        return False
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    return plain and verb.tag_ == "VB" or subj is not None and (
        subj.tag_ in ("NN", "NNP") and subj.lower_ not in _PLURAL_AGREEING
        or subj.lower_ in _THIRD_SINGULAR) and not any(c.dep_ == "conj" for c in subj.children)
