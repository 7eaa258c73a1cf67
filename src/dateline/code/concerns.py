"""Whom an abstract object concerns: the party a thing, a demand or an act is about.

"rejected a request for Puigdemont", "lifted restrictions imposed on Olmert", "Netanyahu's
suggestion": the recipient of an act done to a thing is the party the thing concerns; an act
that judges or protests a thing is done to whoever made it ("protested against the law passed
by parliament").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import prep_object, prep_objects
from ..wordclasses import word_class
from .phrases import a_place
from .phrases import doer_word as _doer
from .phrases import thing
from .recipient_made import maker_word, prenominal_maker, said_maker
from .words import APPRAISALS, counted

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["concerned", "party_word", "ABOUT_SOMEONE", "VOICED", "AGAINST_AUTHOR"]

_PEOPLE = word_class("people")
#: Verbs of reporting, witnessing or recording, whose "by" names no maker.
_RECORDING = word_class("record_verbs")


def party_word(tok: Token) -> bool:
    """A word for someone who can be a party: a doer or a person ("military interrogators",
    "the victims", "the families"); not a means ("with heavy artillery")."""
    tok = counted(tok)
    return _doer(tok) or tok.lemma_.lower() in _PEOPLE or tok.lower_ in _PEOPLE


#: Acts done to whoever made the thing they are about: one protests against, condemns,
#: rejects or welcomes a law, a policy or a killing as its maker's or doer's.
AGAINST_AUTHOR = APPRAISALS | {"PROTEST"}


def _author(obj: Token) -> Token | None:
    """The party a thing is made or done by, named in a "by" phrase of it or of a participle
    hung on it: "the law passed by parliament", "the policy imposed by the administration",
    "violations by the police" (not "aid sent by ship": no party; nor who told or saw it:
    "the killings documented by a monitor")."""
    holders = [obj] + [c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"
                       and c.lemma_.lower() not in _RECORDING]
    return next((g for h in holders for c in h.children
                 if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                 for g in c.children if g.dep_ == "pobj" and maker_word(g)), None) or \
        prenominal_maker(obj) or said_maker(obj)  # "the US-backed plan", "a result announced by"


# Objects that stand for someone else's act or fate: the recipient is whom they concern.
ABOUT_SOMEONE = word_class("about_someone")
VOICED = word_class("voiced")


def concerned(obj: Token, *, owner: bool = True, also: tuple[str, ...] = (),
              author: bool = False) -> Token | None:
    """The actor an abstract object is about: its possessor ("Netanyahu's suggestion") or the
    actor of a "for/on/against/from/to/of" phrase in it, through one participle ("restrictions
    imposed on Olmert"); ``owner=False`` when the possessor is the one who acts ("Japan's
    sanctions on Iran"); ``also``: further prepositions ("with": "dialogue with Russia");
    ``author``: an act that judges or protests the object is done to whoever made it, named
    first (see :func:`_author`)."""
    poss = next((c for c in obj.children if c.dep_ == "poss" and _doer(c)), None)
    if owner and poss is not None:
        return poss
    made_by = _author(obj) if author else None
    if made_by is not None:
        return made_by
    preps = {"for", "on", "against", "from", "to", "of", "upon"} | set(also)
    if obj.lemma_.lower() in VOICED:  # "denied charges by the clergy": the accusers
        preps |= {"by"}
    frontier = [obj]
    for _ in range(2):
        nxt = []
        for tok in frontier:
            for c in tok.children:
                if c.dep_ in ("prep", "agent") and c.lower_ in preps and not (
                        c.lower_ == "from" and _sets_out_from(tok, c)):
                    pobj = prep_object(c)
                    # "the demands of the drivers" are theirs; "a portrait of a girl" is not;
                    # what is "against" someone is aimed at them ("sanctions against firms")
                    named = _doer if c.lower_ == "of" and tok.lemma_.lower() not in \
                        ABOUT_SOMEONE else party_word
                    if pobj is not None and (whose := _whose_state(pobj)) is not None:
                        return whose  # "restrictions on the movement of aid workers"
                    if pobj is not None and (not thing(pobj) if c.lower_ == "against"
                                             else named(pobj)):
                        return pobj
                elif c.dep_ in ("acl", "relcl", "amod") and c.pos_ == "VERB" and not (
                        c.dep_ == "acl" and c.tag_ == "VB"):  # not "a decision to ban …"
                    nxt.append(c)
        frontier = nxt
    return None


#: Verbs of sending or going, whose "from" names where what moves sets out.
_MOVING = word_class("sending_verbs") | word_class("going_verbs")


def _sets_out_from(clause: Token, prep: Token) -> bool:
    """Whether ``prep``, a "from" of an active clause of sending or going, names the place what
    moves sets out from ("a scheme which sends grain from Norland", "a road which goes from the
    port"), not whom it is taken from ("rifles they seized from the guards", "aid withheld from
    the valley") nor whom people move away from ("prisoners who escaped from the militia")."""
    if clause.pos_ != "VERB" or clause.lemma_.lower() not in _MOVING or \
            not any(c.dep_ == "nsubj" for c in clause.children):
        return False
    pobj = prep_object(prep)
    return pobj is not None and a_place(pobj)


#: Nouns of the state, the freedom or the fate of people: "the movement of aid workers", "the
#: safety of journalists" concern those people ("movement" is no political movement here).
_STATES_OF = word_class("states_of_people")


def _whose_state(noun: Token) -> Token | None:
    """The party in the "of" phrase of a common noun of the ``states_of_people`` class."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or not noun.is_lower or \
            noun.lemma_.lower() not in _STATES_OF:
        return None  # not "the Students Islamic Movement of India"
    return next((g for g in prep_objects(noun, "of") if party_word(g)), None)
