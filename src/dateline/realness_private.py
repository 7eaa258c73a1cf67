"""Private exchanges: acts of words or dealings between people who are no party to politics.

An event is an act by a party to another. Reports of a war or a crisis also tell what ordinary
people said or did among themselves ("the women in the camp urged each other to hold on", "her
neighbours asked her mother to leave"): a talk, a plea, a promise or a reproach between private
people is the story's colour, not political event data. Read so when

* the act is one of words or dealings (``_PRIVATE_TYPES``: no force, no protest, which are
  public acts whoever does them);
* its doer is people named by a common noun (not a name, nor a pronoun whose party the parse
  may have missed), of no country and of no sector or the civilians';
* it is done to one another ("each other", "one another"), or to people of the same kind: a
  common noun of no name or country that the actor stage reads as civilians (people whose
  kind it does not know, "the guards", "the gunmen", may well be a party: they keep the act).

A doer or recipient that the actor stage gave a country, a sector of its own (government,
army, a union, a church), a parent organisation, or that is named, keeps the event; so does a
doer who protests ("activists accused each other of ..."), and an act that asks for a protest
("urged each other to march"): a movement's words, not private ones. The press's meetings and
talks with people of no party ("the journalist met the women in the camp") are how the story
was gathered: no event either; so are the meetings of a first-person teller the actor stage
left with no party ("I met the families at the clinic", "we meet in a lane of the camp"): the
writer or an interviewed witness, met with no one or with people of no party.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .coref import FIRST_PERSON
from .private_people import private_person
from .code.particulars import PARTIES
from .sentences import event_token
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Actor, Event

__all__ = ["private_exchange"]

#: acts of words or of dealings, which private people do among themselves
_PRIVATE_TYPES = frozenset({"CONSULT", "REQUEST", "AGREE", "SUPPORT", "COOPERATE", "AID",
                            "ACCUSE", "REJECT", "CONCEDE"})
#: the sectors of people who are no party: none, or the civilians'
_NO_PARTY = frozenset({None, "CVL"})
#: the sectors of people the actor stage tied to no party: none, unknown, or the civilians'
_UNPARTIED = _NO_PARTY | {"UNK"}
#: the sector of recipients who are no party: the civilians' only
_CIVILIANS = frozenset({"CVL"})
_COMMON = frozenset({"NN", "NNS"})
#: the sectors of the press, whose talks with people are its reporting
_PRESS = frozenset({"JRN", "MED"})
#: protesters and activists, and the protests one may ask others to join
_PROTEST_DOERS, _PROTEST_ACTS = word_class("protest_doers"), word_class("protest_acts")


def _reciprocal(verb: Token) -> bool:
    """"urged each other", "talked with one another": the doers to themselves."""
    for c in verb.subtree:
        if c.lower_ == "other" and any(d.lower_ == "each" for d in c.children) or \
                c.lower_ == "another" and any(d.lower_ == "one" for d in c.children):
            return True
        if c.lower_ in ("each", "one") and c.i + 1 < len(c.doc) and \
                c.doc[c.i + 1].lower_ in ("other", "another"):
            return True
    return False


def _private(doc: Doc, actor: Actor | None, sectors: frozenset = _NO_PARTY,
             any_country: bool = False) -> bool:
    """An actor of no party, of no country (unless ``any_country``: the story's country given
    to its people), parent, or sector but ``sectors``: a private person
    (:func:`~dateline.private_people.private_person`: the writer, the reader, someone's kin or
    friend) or people named by a common noun with no name in its words."""
    if actor is None or actor.country and not any_country or actor.parent or \
            actor.sector not in sectors or \
            actor.char_start is None or actor.char_end is None:
        return False
    head = event_token(doc, actor)
    return head is not None and (private_person(head) or head.tag_ in _COMMON and not any(
        t.ent_type_ in PARTIES or t.pos_ == "PROPN" for t in head.subtree))


def _protest(doc: Doc, doer: Actor, verb: Token) -> bool:
    """The doer is protesters or activists, or the verb asks for a protest ("to march", "to join
    the strike")."""
    head = event_token(doc, doer)
    if head is not None and head.lemma_.lower() in _PROTEST_DOERS:
        return True
    return any(c.lemma_.lower() in _PROTEST_ACTS or any(
        d.dep_ == "dobj" and d.lemma_.lower() in _PROTEST_ACTS for d in c.children)
        for c in verb.children if c.dep_ in ("xcomp", "ccomp"))


def _teller(doc: Doc, actor: Actor | None) -> bool:
    """A first-person doer ("I", "we") the actor stage tied to no party: no country, parent,
    sector or name, so the writer or a witness telling the story."""
    if actor is None or actor.country or actor.parent or actor.sector is not None:
        return False
    head = event_token(doc, actor)
    return head is not None and head.lower_ in FIRST_PERSON


def press_at_work(doc: Doc, event: Event) -> bool:
    """"the journalist met the women in the camp", "reporters talked to residents": a meeting or
    talk of the press (:data:`_PRESS`) with people of no party, or with no one named, is how the
    story was gathered, no event (a meeting with a minister or a commander is one); so is a
    first-person teller's of no party (:func:`_teller`) with anyone of no party, named or not
    ("I met Omar at the clinic": an interview)."""
    src, tgt = event.source, event.target
    if event.event_type != "CONSULT" or src is None:
        return False
    if _teller(doc, src):  # the teller's interviewee: anyone the actor stage tied to no party
        return tgt is None or not (tgt.country or tgt.parent or tgt.sector not in _UNPARTIED)
    return src.sector in _PRESS and (
        tgt is None or _private(doc, tgt, _UNPARTIED, any_country=True))


def private_exchange(doc: Doc, event: Event, tok: Token) -> bool:
    """Whether ``event`` (its trigger ``tok``) is an act of words or dealings between private
    people: done by people of no party to each other or to people of no party, or the press's
    talk with them (:func:`press_at_work`)."""
    if press_at_work(doc, event):
        return True
    if event.event_type not in _PRIVATE_TYPES or not _private(doc, event.source) or \
            _protest(doc, event.source, tok):
        return False
    return _reciprocal(tok) if event.target is None else \
        _private(doc, event.target, _CIVILIANS)
