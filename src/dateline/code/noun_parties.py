"""The parties of an act named by a noun, from the phrases that say them.

An event noun ("an offensive", "operations", "the battle") is done by one party to another:

- its recipient is whom it is aimed at: "against/on/upon Y", "targeting Y", said on the noun, on
  a participle that tells the act ("the battle, launched by X against Y", "an offensive waged
  by X on Y"), or on the doer of its "by" phrase, where the parse hangs it ("operations by X
  against Y": no party is against anyone, the act is);
- a place after "for" or "in" is where the act is done or what it is fought over, not whom it
  is done to ("the battle for the town", "operations in the province"): a party the act is
  aimed at comes first; else the place stays, for the actors stage to read as the thing acted
  on (its holder, said by other words, is the recipient).

An accusation's recipient is the accused: a noun of accusing with the clause of what was done
("the accusation that X directed the attack", "claims that X was arming the rebels") names the
accused as that clause's subject; a pronoun there is left to the rules that read who it is.

Its doer may be named by a modifier before it ("an army raid", "Israeli air strikes"), which the
parse may hang on another modifier of the noun ("a coalition bombing raid": "coalition" on
"bombing"): the words before the noun are one phrase whichever word they hang on.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..actor_places import gazetteer_country
from ..deps import prep_objects
from ..tokens import entity_at
from ..wordclasses import word_class
from .phrases import a_place, doer_in_modifier, known_group, names_people
from .conjuncts import sides
from .forces import armed
from .person_nouns import a_person_noun
from .roles import agent_of
from .kind_doers import kind_doer
from .lexicon import load_lexicon
from .words import CONFLICT_TYPES, INJURE, TOLL, is_kill, is_when

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["accused_in", "aimed_at", "gerund_sides", "modifier_doer", "person_owner", "sides_told",
           "place_not_party"]

#: Prepositions that name whom an act of force is aimed at.
AIMED_PREPS = ("against", "on", "upon")
#: Verbs whose object is whom the act is aimed at ("an offensive targeting the militia").
_AIMING = frozenset({"target", "hit", "strike"})
#: Prepositions after which a place is where an act is done or what it is fought over.
_GROUND_PREPS = frozenset({"for", "in", "inside", "within", "across", "throughout"})
#: Types of acts done to a party (a curfew or a ban "in" a town is imposed on its people).
_FORCE = frozenset({"ASSAULT", "MOBILIZE", "THREATEN"})


def _telling(noun: Token) -> Iterator[Token]:
    """The participles set after ``noun`` that tell its act: "the battle, launched by X",
    "operations carried out by X", "an offensive waged on Y", "strikes targeting Y"."""
    for c in noun.children:
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.i > noun.i and \
                c.tag_ in ("VBN", "VBG"):
            yield c


def _against(word: Token) -> Token | None:
    """The object of an "against" phrase of ``word``, or of an "on" phrase that names no place
    ("carried out on the outskirts" says where)."""
    return next((g for g in prep_objects(word, AIMED_PREPS) if not is_when(g) and (
        g.head.lower_ == "against" or not a_place(g))), None)


def aimed_at(noun: Token, event_type: str) -> Token | None:
    """Whom the act of force ``noun`` names is aimed at, said by its phrases (see the module's
    words), or ``None``."""
    if event_type not in CONFLICT_TYPES:
        return None
    doers = [d for d in (agent_of(noun),) if d is not None]
    for told in _telling(noun):
        if told.lemma_.lower() in _AIMING and told.tag_ == "VBG":
            aimed = next((c for c in told.children if c.dep_ in ("dobj", "obj")
                          and not is_when(c)), None)
            if aimed is not None:
                return aimed  # "strikes targeting the militia"
        party = _against(told)
        if party is not None:
            return party  # "launched by X against Y", "waged on Y"
        doers.extend(d for d in (agent_of(told),) if d is not None)
    # the parse hangs the aim on the doer: "operations by X against Y"
    return next((p for d in doers if (p := _against(d)) is not None), None)


def _ground(tok: Token) -> bool:
    """A place's word or name: "the town", "Syria", a name the gazetteer knows that names no
    group ("Raqqa", which the tagger may take for an organisation or a person: after "for" or
    "in" on an act of force, a name is ground)."""
    if a_place(tok):
        return True
    return tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper() and \
        tok.ent_type_ != "NORP" and not known_group(tok) and \
        gazetteer_country(tok.text) is not None


def place_not_party(target: Token | None, event_type: str) -> bool:
    """Whether ``target``, found as the recipient of an act of force, is a place named after
    "for" or "in": where the act is done or what is fought over, which a party the act is
    aimed at goes before."""
    return target is not None and event_type in _FORCE and target.dep_ == "pobj" and \
        target.head.lower_ in _GROUND_PREPS and _ground(target)


def modifier_doer(noun: Token, first: int) -> tuple[Token, tuple[int, int]] | None:
    """The doer a modifier before the event noun ``noun`` names (``first``: where its own words
    begin): one hung on the noun ("an army raid", "a regime offensive"), else one hung on a
    modifier that names an act or its weapon ("a coalition bombing raid", "an army mortar
    attack"; not one struck: "an army base attack")."""
    found = doer_in_modifier(noun, first) or kind_doer(noun, first)
    if found is not None:
        return found
    acts = load_lexicon().nouns
    for c in noun.lefts:
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < first and \
                c.lemma_.lower() in acts:
            found = doer_in_modifier(c) or kind_doer(c, c.i)
            if found is not None:
                return found
    return None


def accused_in(noun: Token) -> Token | None:
    """The subject of the clause of what an accusation's noun says was done ("the accusation
    that Vesta directed the attack": Vesta); ``None`` when it has none or it is a pronoun."""
    for clause in noun.children:
        if clause.dep_ in ("acl", "ccomp") and clause.pos_ in ("VERB", "AUX") and all(
                g.lower_ == "that" for g in clause.children if g.dep_ == "mark"):
            subj = next((g for g in clause.children if g.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ != "PRON" and not a_place(subj) or \
                    subj is not None and subj.ent_type_ == "GPE":
                return subj
    return None


#: How a gerund used as a noun hangs: as a subject, an object or a preposition's object.
_NOMINAL = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj"})


def _side(tok: Token | None) -> bool:
    """Whether ``tok`` can be a side an act is "between": a party, not a time ("between Monday
    and Wednesday") nor a place ("between the two villages": where it went on); a state or a
    group named by a name the actor dictionary knows is a side ("between Armenia and
    Azerbaijan")."""
    if tok is None:
        return True
    if is_when(tok) or tok.ent_type_ in ("DATE", "TIME"):
        return False
    return _named_party(tok) or not _ground(tok)


def _named_party(tok: Token) -> bool:
    """A name the actor dictionary knows as a state's or a group's ("Armenia", "Hezbollah")."""
    from ..actor_dictionary import load_dictionary

    ent = entity_at(tok)
    name = (ent.text if ent is not None else tok.text).lower().removeprefix("the ")
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and (
        known_group(tok) or name in load_dictionary().countries)  # "the United States"


def _both_sides(word: Token) -> tuple[Token, Token | None] | None:
    """The two sides ``word`` is "between" (see :func:`.conjuncts.sides`), or, when the parse
    hangs the "between" on the verb of its breaking out or going on that ``word`` is the
    subject of, that verb's ("clashes erupted between Kurdish fighters and the army");
    ``None`` with no such phrase or a side that is a time or a place."""
    both = sides(word)
    if both is None and word.dep_ == "nsubj" and word.head.lemma_.lower() in _ONSETS:
        both = sides(word.head)
    return both if both is not None and all(_side(t) for t in both) else None




def gerund_sides(verb: Token) -> tuple[Token, Token | None] | None:
    """The two sides a gerund used as a noun is "between" ("fighting between the army and the
    rebels continued", "killed in fighting between rival militias", "fighting continued between
    the army and the rebels"), as for a noun (see :func:`sides_told`); ``None`` for a gerund
    with a subject of its own, no such phrase, or a side that is a time or a place."""
    if verb.tag_ != "VBG" or verb.dep_ not in _NOMINAL or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return None
    return _both_sides(verb)


#: Verbs of a fight's breaking out or going on, on which the parse may hang the "between" of
#: the fight's noun, their subject: "clashes erupted between …", "fighting broke out between …".
_ONSETS = word_class("occurrence_verbs") | frozenset({
    "continue", "rage", "flare", "resume", "intensify", "escalate", "persist"})


def sides_told(noun: Token) -> tuple[Token, Token | None] | None:
    """The two sides an act's noun is "between" (see :func:`.conjuncts.sides`), or, when the
    parse hangs the "between" on the verb of its breaking out or going on that the noun is
    the subject of, that verb's ("clashes erupted between Kurdish fighters and the army");
    ``None`` with no such phrase or a side that is a time or a place."""
    return _both_sides(noun)


#: Words for one who attacks: the owner of the act is its doer ("the gunman's shooting").
_ATTACKERS = word_class("attacker_nouns")
#: Acts whose owner undergoes them even when armed and plural ("the fighters' detention").
_UNDERGONE = word_class("undergone_nouns")


def _names_victims(noun: Token) -> bool:
    """Whether the clause of ``noun`` (its subject) names whom the act befell: "the soldier's
    shooting killed two civilians", "the shooting left ten people dead"."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or not (
            is_kill(verb) or verb.lemma_.lower() in INJURE or any(
                c.lower_ in TOLL for c in verb.children)):
        return False  # not "the minister's arrest angered his supporters"
    return any(c.dep_ in ("dobj", "obj") and names_people(c) for c in verb.children)


def person_owner(owner: Token) -> bool:
    """Whether the owner of an act's noun is a person the act befalls, named by a word for a kind
    of person: "the mayor's killing", "the minister's arrest"; one of an armed kind only in the
    singular ("the soldier's killing"; "the militants' killings" are theirs to do) or for an act
    always undergone ("the fighters' detention"); never a word for an attacker ("the gunman's
    shooting"), nor the owner of an act whose clause names whom it befell."""
    lemma, noun = owner.lemma_.lower(), owner.head
    return owner.pos_ == "NOUN" and a_person_noun(lemma) and lemma not in _ATTACKERS and (
        owner.tag_ == "NN" or not armed(owner) or noun.lemma_.lower() in _UNDERGONE) and \
        not _names_victims(noun)
