"""Places that are only where parties meet or are, not whose the parties are: "a summit in
Sochi", "talks in Geneva", "the opposition at Geneva"; and states that are the other party to
a deal, not the nationality of the one who made it ("the rebels left under a deal with
Russia"); and the one who reports an act, whose country is not the doer's ("Russian officials
said the terrorists attacked"); and the backer a demonym names in "Turkish-backed rebels",
whose country is not the fighters'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_dictionary import load_dictionary
from .code.words import person_word
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["backer", "deal_party", "enemy_label", "not_home", "sayer_words", "venue"]

#: Meetings and speeches: where one is held is no party's home ("a summit in Sochi"); not
#: "venues", which holds the rallies, vigils and funerals the place's own people hold.
_VENUES = word_class("meeting_venues")


def venue(place: Token) -> bool:
    """Whether a place names where a meeting is held ("a summit in Sochi", "talks in Geneva"),
    or where a party is at ("the opposition at Geneva")."""
    prep = place.head
    return place.dep_ == "pobj" and prep.dep_ == "prep" and (
        prep.head.lemma_.lower() in _VENUES or prep.lower_ == "at" and _party_word(prep.head))


def _party_word(tok: Token) -> bool:
    """A person's or a party's word ("the opposition", "delegates")."""
    return person_word(tok) or tok.lemma_.lower() in load_dictionary().agents


#: Verbs that report what another did.
_SAYING = word_class("speech_verbs_attribution") | word_class("speech_verbs_quote")

#: Agreements and the talks that make them: a state "with" one is the other party to it.
_DEALS = word_class("deals_talked")
#: Verbs whose "by" names a third party to a deal ("a deal brokered by Turkey").
_BROKERING = frozenset({"broker", "mediate", "sponsor", "guarantee", "negotiate"})


def deal_party(name: Token) -> bool:
    """Whether a state's name is the other party to a deal ("under a deal with Russia") or a
    broker of it ("a truce brokered by Turkey"): no one else's country."""
    prep = name.head
    if name.dep_ != "pobj" or prep.dep_ not in ("prep", "agent"):
        return False
    return prep.lower_ == "with" and prep.head.lemma_.lower() in _DEALS or \
        prep.lower_ == "by" and prep.head.lemma_.lower() in _BROKERING and \
        prep.head.head.lemma_.lower() in _DEALS


def not_home(place: Token) -> bool:
    """Whether a place named in a sentence tells no party's country there: a venue, the
    other party to a deal (:func:`venue`, :func:`deal_party`), or a backer (:func:`backer`)."""
    return venue(place) or deal_party(place) or backer(place)


#: "Turkish-backed", "Iranian-trained": the country word before these names a sponsor.
_BACKING = word_class("backer_participles")


def backer(name: Token) -> bool:
    """Whether a country's name or demonym names the backer of the party it is joined to
    ("Turkish-backed rebels", "US-trained fighters"): the sponsor's country, not the
    fighters', nor a place the sentence is in."""
    doc, i = name.doc, name.i
    return i + 2 < len(doc) and doc[i + 1].text == "-" and \
        doc[i + 2].lower_ in _BACKING and not doc[i + 1].whitespace_ and not name.whitespace_


def sayer_words(doc: Doc, at: int) -> frozenset[int]:
    """The tokens of whoever reports the clause of token ``at`` ("Russian officials said the
    terrorists attacked", "the terrorists attacked, the Russian ministry said"): the subject
    of a verb of saying the clause is the complement of, or that is set beside it."""
    tok = doc[at]
    sayers = []
    for a in (tok, *tok.ancestors):
        if a.i != at and a.lemma_.lower() in _SAYING:
            sayers.append(a)
            break
        sayers += [c for c in a.children if c.dep_ in ("ccomp", "parataxis") and c.i != at and
                   c.lemma_.lower() in _SAYING]
    return frozenset(t.i for v in sayers for c in v.children if c.dep_ == "nsubj"
                     for t in c.subtree)


#: What a side calls its enemies: who uses the word is of another side than theirs.
_ENEMY_LABELS = frozenset({"terrorist", "terrorists", "extremist", "extremists", "bandit",
                           "bandits", "jihadist", "jihadists"})


def enemy_label(actor: object) -> bool:
    """Whether an actor is named only by a label a side gives its enemies ("the terrorists")."""
    words = (getattr(actor, "text", "") or "").lower().split()
    return bool(words) and words[-1] in _ENEMY_LABELS and not getattr(actor, "antecedent", None)
