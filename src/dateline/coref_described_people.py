"""The people a bare definite description of men or fighters stands for.

"Foreign fighters attacked a checkpoint. The men then killed two guards": "the men" (or "the
fighters", "the gunmen") with nothing of its own to say who they are is the group of people
the text has just named. A plural noun of people that is a party of its clause (subject,
object, or the object of a party's preposition), in the description's sentence before it or
in the sentence before, is a candidate; a candidate of the description's own noun ("three
men ... the men") is taken first when it is the one such group, else the one candidate when
there is exactly one (two groups named: which one is unsaid, and the description is left to
its own words). Not a candidate:

* the dead of a killing ("Gunmen shot dead two men. Police arrested the men": the dead are
  not arrested), though they count as a group named ("Troops killed three militants. The men
  had attacked a post": which group is unsaid);
* the one who says what a clause of theirs tells ("Police said gunmen killed a farmer. The
  men ...": the men are the gunmen the police told of).

"The men" named by another noun stands for a doer only as a doer (or as described by a relative
clause that makes them one: "seized the men who tried to murder the mayor"), and for one who suffers
the act only as one who suffered none, of no state's force or armed group, who did nothing to
anyone ("Hundreds of protesters gathered. Soldiers beat the men"; not "Militiamen entered
Dorvale. The men were executed": the men are not the militiamen). "The women" stands only for a
group named by its own noun (a group of fighters is not of women); "the fighters", "the gunmen"
and their like only for an armed group that is not a state's force (those who attacked are not
the police who arrested people after it), of a sector of the "armed" family (data/sectors.tsv).
A candidate inside a quotation counts only for a description inside one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .aspect import governing_verb
from .code.lexicon import load_lexicon
from .coref import PARTY_PREPS, kind_of
from .sectors import STATE_FAMILY, family_sectors
from .sentences import in_quotation, sentence_before_start
from .tokens import doc_text
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from .records import Actor

__all__ = ["DESCRIBED_PEOPLE", "named_twice", "people_candidates", "people_meant"]

#: Plural nouns of people that say nothing of whose they are.
_ANYONE = frozenset({"men", "women"})
#: Plural nouns of armed people that say nothing of whose they are.
_ARMED = frozenset({"fighters", "gunmen", "attackers", "assailants", "jihadists", "jihadis",
                    "insurgents", "extremists"})
#: A bare definite description of people: "the men", "these fighters".
DESCRIBED_PEOPLE = re.compile(r"(?:the|these|those) (" + "|".join(sorted(_ANYONE | _ARMED))
                              + r")")
#: Sectors of an armed group that is no state's force.
_ARMED_SECTORS = family_sectors("armed")
#: Verbs of a killing, whose sufferers are dead ("were killed"; "shot dead" by its "dead").
_KILLING = word_class("deaths")
#: Verbs that tell what a clause of theirs says ("Police said gunmen killed ...").
_TELLING = word_class("speech_verbs_attribution")
#: How a party that suffers the act stands in its clause.
_SUFFERING = frozenset({"nsubjpass", "dobj", "obj"})
#: How a candidate's head stands in its clause.
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj", "conj"})
#: Words of a quantity whose "of" phrase names the people ("hundreds of fighters").
_COUNTS = frozenset({"hundreds", "dozens", "scores", "thousands", "many", "some", "most",
                     "several", "all"})


def people_meant(doc: Doc, at: int, noun: str, found: list[tuple[Token, Actor]]
                 ) -> Actor | None:
    """The actor of the group the description ``noun`` ("men") at token ``at`` stands for,
    of the candidates ``found`` (:func:`people_candidates`), or ``None`` (see the module)."""
    alive = [(t, a) for t, a in _kept(found) if not _dead(t)]
    same = [(t, a) for t, a in alive if t.lower_ == noun]
    if same or noun == "women":
        return same[0][1] if _distinct(same) == 1 else None
    if not alive or _distinct(_kept(found)) != 1:
        return None  # "Troops killed three militants. The men had attacked ...": unsaid
    tok, actor = alive[0]
    if noun in _ARMED:
        return actor if actor.sector in _ARMED_SECTORS else None  # not the police who
        # arrested people after an attack: "Police arrested two suspects. The attackers ..."
    suffers = _suffers(doc[at + 1]) and not _doer_by_relative(doc[at + 1])
    if suffers and (actor.sector in STATE_FAMILY | _ARMED_SECTORS or _acts_on(tok)) or \
            _suffers(tok) and not suffers:
        return None  # "Militiamen entered Dorvale. The men were executed"
    return actor


def named_twice(found: list[tuple[Token, Actor]], noun: str) -> bool:
    """Whether two groups of the description's own noun are among the candidates ``found``
    ("Kurdish fighters clashed with Islamic State fighters. The fighters ..."): which one it
    stands for is unsaid, and no other reading of it may choose."""
    return _distinct([(t, a) for t, a in _kept(found) if t.lower_ == noun and not _dead(t)]) > 1


def _kept(found: list[tuple[Token, Actor]]) -> list[tuple[Token, Actor]]:
    """The candidates ``found`` but who tells of the others."""
    return [(t, a) for t, a in found if not _teller(t, found)]


def _distinct(found: list[tuple[Token, Actor]]) -> int:
    """How many different groups the candidates ``found`` are: of different names, or of the
    same name told apart by their words ("Kurdish fighters", "Arab fighters": both rebels)."""
    return len({(a.name, re.sub(r"^(?:the|these|those) ", "", a.text.lower()))
                for _, a in found})


def _role_of(tok: Token) -> Token:
    """The word whose place in its clause is ``tok``'s: the first of the words it is joined
    to by "and", else itself."""
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return tok


def _suffers(tok: Token) -> bool:
    """Whether the party whose head is ``tok`` suffers its clause's act (its object, the
    subject of a passive) rather than doing it; not one said to do an act of a clause under
    its verb ("are accused of killing civilians", "are believed to have killed")."""
    tok = _role_of(tok)
    return tok.dep_ in _SUFFERING and not any(
        c.dep_ in ("xcomp", "ccomp") or c.dep_ == "prep" and any(
            g.dep_ == "pcomp" and g.pos_ == "VERB" for g in c.children)
        for c in tok.head.children)


def _doer_by_relative(tok: Token) -> bool:
    """Whether a relative clause of the description's noun ``tok`` makes it the doer of an
    attack ("seized the men who tried to murder the mayor", "the men who carried out the attack"):
    described by the attack they did, they stand for the attackers named before, though the
    act of the main clause is done to them. Its verb (or the verb it tries or begins, or the
    noun of a light verb: "carried out the attack") is an assault; any other act does not
    make them the doers ("the men who witnessed the attack", "who lived in the school")."""
    return any(c.dep_ == "relcl" and any(
        g.dep_ == "nsubj" and g.lower_ in ("who", "that") for g in c.children) and
        _assault(c) for c in tok.children)


def _assault(verb: Token) -> bool:
    """Whether the verb of a relative clause tells an assault: by its own lemma, the verb in
    its infinitive ("tried to kill"), or the object noun of a light verb ("carried out")."""
    lex = load_lexicon()
    while True:
        if any(s.event_type == "ASSAULT" for s in lex.verbs.get(verb.lemma_.lower(), ())):
            return True
        if verb.lemma_.lower() in lex.light_verbs and any(
                any(s.event_type == "ASSAULT" for s in lex.nouns.get(c.lemma_.lower(), ()))
                for c in verb.children if c.dep_ == "dobj"):
            return True
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if verb is None:
            return False


def _acts_on(tok: Token) -> bool:
    """Whether the party whose head is ``tok`` does its clause's act to someone or somewhere
    (an object, "at" or "against" a party: "threw stones at police"), not only goes or
    gathers ("gathered in Khartoum")."""
    verb = _role_of(tok).head
    return any(c.dep_ in ("dobj", "obj") or c.dep_ == "prep" and c.lower_ in (
        "at", "against", "on", "upon") for c in verb.children)


def _dead(tok: Token) -> bool:
    """Whether the party whose head is ``tok`` is the dead of a killing."""
    verb = _role_of(tok).head
    return _suffers(tok) and (verb.lemma_.lower() in _KILLING or any(
        c.lower_ == "dead" for c in (*verb.children, *tok.children)))  # "shot dead two men"


def _teller(tok: Token, found: list[tuple[Token, Actor]]) -> bool:
    """Whether ``tok`` is the subject of a verb of telling whose clause holds another of the
    candidates ``found`` ("Police said gunmen killed ...")."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in _TELLING:
        return False
    told = [c for c in verb.children if c.dep_ == "ccomp"]
    return any(any(c in t.ancestors for c in told) for t, _ in found if t is not tok)


def people_candidates(doc: Doc, at: int, resolve: Callable[[tuple[int, int], Token],
                                                           Actor | None]
                      ) -> list[tuple[Token, Actor]]:
    """The groups of people named as parties before token ``at`` in its sentence or the one
    before, nearest first, each with its actor (``resolve(span, head)``)."""
    window = sentence_before_start(doc, at)
    text = doc_text(doc)
    quoted = in_quotation(text, doc[at].idx)
    found: list[tuple[Token, Actor]] = []
    own = _verb_over(doc[at])  # the description's clause
    for tok in reversed(doc[window:at]):
        if tok.tag_ not in ("NNS", "NNPS") or tok.lower_ in _COUNTS or \
                in_quotation(text, tok.idx) and not quoted:
            continue
        counted = tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.lower_ in _COUNTS  # "hundreds of fighters": the count's place
        place = tok.head.head if counted else tok
        if place.dep_ not in _PARTY_DEPS or place.dep_ == "pobj" and (
                counted or place.head.lower_ not in PARTY_PREPS) or kind_of(tok) != "people":
            continue  # "in the camps", "one of the men"
        if own >= 0 and _verb_over(place) == own:
            continue  # the other party of its own clause ("Tribal fighters warded off an
            # attack by the insurgents": the insurgents are not the fighters)
        actor = resolve((place.left_edge.i, tok.i + 1), tok)
        if actor is not None and (actor.sector or actor.country or actor.name):
            found.append((tok, actor))
    return found


def _verb_over(tok: Token) -> int:
    """The index of the nearest verb ``tok`` hangs from (:func:`dateline.aspect.governing_verb`),
    or -1 when none is above it."""
    verb = governing_verb(tok, itself=False)
    return verb.i if verb.i != tok.i and verb.pos_ in ("VERB", "AUX") else -1
