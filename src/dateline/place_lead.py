"""A deed told first in a country and told again, next, in a town: the deed is in that town.

News tells its news twice: a lead that says what happened and in which country ("A soldier
was killed fighting in Syria"), then the sentences that say it again with where exactly ("He
died during an operation in Manbij"). The deed's place is where it happened; the lead's
country is true of it but says less than its own story does. So a deed whose own clause or
sentence places it only in a whole country, or that only the article's focus places in one,
takes the town that the next telling of the same
happening names in its own clause, when that town lies in the country:

* the same happening: a word of the same happening (:func:`dateline.date_story.happening_word`:
  "attacked" and "the attack"), or a death told by either of its words ("killed", "died"); a
  deed told as the time of another ("killed while fighting") is told again by either; a deadly
  deed (an attack, a blast, a killing, a death) by a definite noun of any deadly kind that
  names a happening already told ("A car bomb killed eight. The blast, near Azaz, …",
  "Twelve were killed in an airstrike. The attack took place in Saraqeb"), or by a verb of
  happening whose subject points back at it, in the very next sentence ("It happened on the
  road to Saraqeb"); a noun telling it again gives its place by words of its own, with no
  time, party or frame of its own ("the attack in Azaz last month" is another deed);
* told as having been: not negated ("did not take place"), not denied ("denied that it
  happened"), not another of its kind ("it happened again"), nor a noun's relative clause
  ("a massacre that happened there");
* the next telling: the first later one, within :data:`_REACH` sentences of the same section,
  told as done (not what only may happen), of the same party: its subject stands for the one
  who did the deed or the one it befell, in that same part ("was killed" and "died" befall,
  "killed" is done) — a pronoun, a definite noun with that party's head word ("the soldier"),
  an age said of it ("the 41-year-old"), or a name the deed's party holds ("Holmes"); a
  subject new to the story ("The army killed 20 fighters") tells another deed. A telling by a
  noun names the happening again (:func:`dateline.date_story.refers_back`, "their arrest");
* no place for what only may happen, a tally over a span ("killed in Syria since 2014"), a
  noun's past or other happenings of the kind, nor for going into or out of the country.

The town is near the deed (precision 2) and ``carried``: the story names it for the deed,
another sentence does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .aspect import irrealis
from .coref import PRONOUNS
from .date_clauses import occurs
from .date_story import Tellings, happening_of, happening_word, refers_back
from .deps import subject
from .place_focus import coarser
from .place_roles import MOTION, TERRITORIAL
from .place_telling import apart_from_the_story
from .place_within import whole_country
from .code.words import DEFINITE, OWNERS, RELATIVE_PRONOUNS
from .sentences import Sentences, same_section
from .tokens import tags
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .records import Place

__all__ = ["told_next"]

#: How many sentences after the deed's the next telling may be.
_REACH = 2
#: The words of a death, by whichever it is told ("killed", "died").
_DEATHS = word_class("deaths")
#: Kinds of happening that kill: a noun of any of them told again names a deadly deed told
#: before ("the attack", "the blast", "the killing").
_DEADLY = frozenset({"happening_attack", "happening_blast", "happening_killing"})
#: Subjects that point back at a happening told before ("it happened").
_BACK = frozenset({"it", "this", "that"})
#: Adverbs making a happening told again another one of its kind ("it happened again").
_AGAIN = frozenset({"again", "also"})
#: Prepositions of a noun's own place ("the blast, near Azaz"), and of a frame setting a
#: noun's happening before or after another ("the first since the attack on Azaz").
_AT = frozenset({"in", "near", "at", "outside", "inside"})
_FRAME = frozenset({"since", "after", "before", "until"})
#: Prepositions of ground a deed goes onto ("crossed into Syria").
_ONTO = frozenset({"into", "across", "over", "onto"})
#: Verbs denying what their clause tells ("denied that it happened").
_DENIED = word_class("rebuttal_verbs")
#: What the parties of a deed are to it.
_DOER, _BEFALLEN = "doer", "befallen"


def told_next(trig: Token, place: Place | None, sents: Sentences, tellings: Tellings,
              place_of: Callable[[Token], tuple[Place | None, str | None]]) -> Place | None:
    """The town the next telling of ``trig``'s happening names in its own clause (``place_of``
    gives a telling's place and its source), for a deed its own words place only in a whole
    country (``place``), at precision 2; else ``None`` (see the module's rule)."""
    if place is None or not place.country or not whole_country(place) \
            or apart_from_the_story(trig) or _on_ground(trig):
        return None
    k = sents.index(trig.i)
    later = _next_telling(trig, sents, tellings, k)
    if later is None or irrealis(later) or not (_same_party(later, trig) or _happened(later)) \
            or not _as_done(later) or (later.pos_ == "NOUN" and not _same_deed(later, trig)):
        return None
    town, source = place_of(later)
    if town is None or source != "clause" or town.country != place.country \
            or whole_country(town) or (town.precision or 3) >= 3:
        return None
    return coarser(town, 2)


def _on_ground(trig: Token) -> bool:
    """A deed done to or across ground ("bombed Syria", "the attack on Syria", "crossed into
    Syria"): the country is its object, not a lead's first word of its place. A weapon's noun
    with no object ("a car bomb killed eight") is no such deed."""
    if trig.lemma_.lower() not in MOTION | TERRITORIAL:
        return False
    if trig.pos_ == "NOUN":
        return any(c.dep_ == "prep" for c in trig.children)
    # (a verb's object or the ground it goes into or across is a name: "bombed Syria", not
    # "bombed targets in Syria")
    return any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in trig.children) or any(
        c.dep_ == "prep" and c.lower_ in _ONTO and any(
            o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children) for c in trig.children)


def _next_telling(trig: Token, sents: Sentences, tellings: Tellings, k: int) -> Token | None:
    """The first telling of ``trig``'s happening in the next :data:`_REACH` sentences of its
    section, if any."""
    # (a deed told as the time of another, "killed while fighting", is told again by either)
    told = _told(trig)
    words = {happening_word(t) for t in told}
    death = any(t.lemma_.lower() in _DEATHS for t in told)
    deadly = death or bool(words & _DEADLY)
    doc, (lemmas, pos, _, _) = trig.doc, tags(trig.doc)  # a Token for the telling found only
    for i in range(k + 1, min(k + 1 + _REACH, len(sents.spans))):
        if not same_section(sents.text, sents.start_chars[k], sents.start_chars[i]):
            return None
        sent = sents.spans[i]
        for j in range(sent.start, sent.end):
            if pos[j] not in ("VERB", "NOUN"):
                continue
            kind = happening_of(lemmas[j], pos[j] == "NOUN")
            if kind in words or death and lemmas[j] in _DEATHS:
                return doc[j]
            # (a deadly deed told again by another deadly noun, or by "it happened")
            # ("it" points at the happening told last: the deed's, in the very next sentence)
            if deadly and (pos[j] == "NOUN" and kind in _DEADLY and refers_back(doc[j])
                           or pos[j] == "VERB" and i == k + 1 and _happened(doc[j])):
                return doc[j]
    return None


def _happened(verb: Token) -> bool:
    """``verb`` tells only that a happening told before was, in a sentence of its own: "it
    happened", "this occurred", "it took place" (not the relative "a massacre that happened
    there")."""
    doer = subject(verb)
    return occurs(verb) and verb.dep_ == "ROOT" and doer is not None \
        and doer.lower_ in _BACK


def _as_done(later: Token) -> bool:
    """The telling says the happening was, once more of the same: its verb (a noun's, the one
    it is the subject of) is not negated ("did not take place"), not "again" or "also" (another
    of its kind), nor what someone denies ("denied that it happened")."""
    verb = later.head if later.pos_ == "NOUN" and later.dep_ in ("nsubj", "nsubjpass") \
        else later
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in _AGAIN)
           for c in verb.children):
        return False
    return not any(a.dep_ == "relcl" or a.dep_ == "ccomp" and a.head.lemma_.lower() in _DENIED
                   for a in [verb, *verb.ancestors] if a.i != a.head.i)


def _same_deed(noun: Token, trig: Token) -> bool:
    """A noun telling the deed again tells that deed only, with its place of its own ("the
    blast, near Azaz", "the attack took place in Saraqeb"): not with a time the deed's sentence
    does not give ("the attack in Azaz last month"), a party of its own ("the killing of a
    commander"), as the frame of another ("the first since the attack on Azaz"), nor where its
    clause is about something else said of it ("was condemned by officials in Damascus")."""
    dates = {e.text.lower() for e in trig.sent.ents if e.label_ in ("DATE", "TIME")}
    if any(e.label_ in ("DATE", "TIME") and e.text.lower() not in dates
           and _dates(e.root, noun) for e in noun.sent.ents):
        return False
    if noun.head.lower_ in _FRAME or any(
            c.dep_ == "poss" and c.lower_ not in OWNERS or c.dep_ == "prep" and c.lower_ == "of"
            for c in noun.children):
        return False
    own = any(c.dep_ == "prep" and c.lower_ in _AT for c in noun.children)
    return own or (noun.dep_ in ("nsubj", "nsubjpass") and occurs(noun.head))


def _dates(when: Token, noun: Token) -> bool:
    """``when`` (a time's head word) times ``noun`` or the clause it is the subject of: it is
    in the noun's words or hangs on the noun's verb, directly or by a preposition."""
    if noun.left_edge.i <= when.i <= noun.right_edge.i:
        return True
    up = when.head.head if when.head.dep_ == "prep" else when.head
    return up.i == noun.head.i and noun.dep_ in ("nsubj", "nsubjpass")


def _same_party(later: Token, trig: Token) -> bool:
    """The later telling is of a party the deed told of, in the same part: its subject points
    back at the deed's doer or at the one it befell (see the module's rule)."""
    if later.pos_ == "NOUN":
        return refers_back(later) or any(c.dep_ == "poss" and c.lower_ in OWNERS
                                         for c in later.children)
    doer = subject(later)
    if doer is None:
        return False
    parties = [p for t in _told(trig) for p in _parties(t) if p[0] == _part(later, doer)]
    if doer.lower_ in PRONOUNS:
        return bool(parties)
    if doer.pos_ == "PROPN":
        return any(doer.lower_ in {t.lower_ for t in p.subtree if t.pos_ == "PROPN"}
                   for _, p in parties)
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in doer.children):
        return False
    age = doer.lower_ == "old" and any(c.lemma_.lower() == "year" for c in doer.children)
    return any(age or p.lemma_.lower() == doer.lemma_.lower() for _, p in parties)


def _told(trig: Token) -> list[Token]:
    """The words telling the deed: a deed told as the time of another, both; a name of two
    nouns, its head too ("a car bomb"); a deed killing as it is done, the death too ("opened
    fire on a bus, killing nine")."""
    told = [trig, trig.head] if trig.dep_ in ("advcl", "compound") else [trig]
    return told + [c for c in trig.children
                   if c.dep_ == "advcl" and c.lemma_.lower() in _DEATHS]


def _part(verb: Token, subj: Token) -> str:
    """What ``verb``'s subject ``subj`` is to the deed: the one it befalls for a passive or a
    death with no object ("was killed", "died"), else its doer."""
    befalls = subj.dep_ == "nsubjpass" or (verb.lemma_.lower() in _DEATHS and not any(
        c.dep_ in ("dobj", "obj") for c in verb.children))
    return _BEFALLEN if befalls else _DOER


def _parties(verb: Token) -> list[tuple[str, Token]]:
    """The parties ``verb`` names, each with what it is to the deed; a relative pronoun
    stands for the noun its clause describes ("a medic who was killed")."""
    if verb.pos_ != "VERB":
        return []
    found = [(_part(verb, c), c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    found += [(_BEFALLEN, c) for c in verb.children if c.dep_ in ("dobj", "obj")]
    found += [(_DOER, o) for c in verb.children if c.dep_ == "agent" for o in c.children
              if o.dep_ == "pobj"]
    return [(part, verb.head if p.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else p)
            for part, p in found]
