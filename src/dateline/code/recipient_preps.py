"""The prepositions whose object is the party a verb's act is done to or aimed at.

Each type of act has its own (``TARGET_PREPS``: "surrendered to the police", "an attack on the
base"). Two readings of a verb change them: where a retreating doer goes is no party to its
retreat ("fled to Syria", see :mod:`.recipient_destinations`), and the "at" of a verb of
criticism with a particle names whom the retort is aimed at ("lashed out at the minister", "hit
back at the president"), where a bare "at" is an occasion ("criticised the plan at a rally");
the "off" of a verb of repelling names whom it repelled ("fought off the rebels").
A verb of criticism with no object of its own is aimed at whom its topic names, after "about"
or "over" ("complained about the police", "protested over the army's raids": whose raids), as
a comment is (:mod:`.recipient_comments`). A person who fights "with" a party named by its
own name fights on its side, no party fought ("Anna Holm fought with the YPJ": she is of the
YPJ, :mod:`dateline.actor_fighters`); "with" a state's force is still a clash ("fought with
police", "fought with the Turkish Army").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import prep_objects
from .phrases import a_place
from .recipient_destinations import gone_to
from .words import TARGET_PREPS, person_word

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["party_preps", "side_preps"]

#: Particles that make a verb of criticism a retort aimed "at" someone.
_RETORTS = frozenset({"out", "back"})
#: Verbs of fighting, whose "with" a party's own name may be the side fought on.
_FIGHT = frozenset({"fight", "battle"})
#: Heads of a state's force, whose "with" phrase is a clash with it.
_STATE_FORCES = frozenset({"army", "police", "military", "navy", "force", "forces", "guard",
                           "troops", "gendarmerie", "marines"})
#: Verbs of repelling, whose particle "off" the parse may make a preposition with the repelled
#: as its object: "fought off the rebels".
_REPELLING = frozenset({"fight", "fend", "beat", "drive", "hold", "ward", "push"})
#: Words of a shore that an "off" puts a place near ("off the coast").
_SHORES = frozenset({"coast", "shore", "coastline", "island", "peninsula"})
#: Prepositions whose object is what a criticism is about.
_TOPIC = ("about", "over")
#: Verbs whose "to" names the party a formal complaint is lodged with (the lexicon reads
#: "protested to" a party as one: ``verbs.tsv``).
_COMPLAINED_TO = frozenset({"protest"})


def party_preps(verb: Token, event_type: str) -> tuple[str, ...]:
    """The prepositions whose object is the party an act of ``event_type`` told by ``verb`` is
    done to or aimed at."""
    gone = gone_to(verb, event_type)
    preps = tuple(p for p in TARGET_PREPS.get(event_type, TARGET_PREPS["default"])
                  if p not in gone)
    if event_type == "ACCUSE" and any(c.dep_ in ("prt", "advmod") and c.lower_ in _RETORTS
                                      for c in verb.children):
        preps = (*preps, "at")
    if event_type == "ACCUSE" and verb.lemma_.lower() in _COMPLAINED_TO:
        preps = ("to", *preps)  # "protested to China over ...": the party complained to
    if event_type == "ACCUSE":  # "complained about the police"
        preps = (*preps, *_TOPIC)
    if event_type == "ASSAULT" and verb.lemma_.lower() in _REPELLING and _repelled(verb):
        preps = (*preps, "off")  # "fought off the jihadists": whom it repelled
    if event_type == "ASSAULT" and _side_named(verb):  # not "with" the side fought on:
        preps = tuple(p for p in preps if p != "with")  # "Anna Holm fought with the YPJ"
    return preps


def _repelled(verb: Token) -> bool:
    """Whether the "off" of a verb of repelling names whom it repelled: its object is no
    place ("fought off the coast of Yemen", "fought off Crimea": where they fought)."""
    return all(not (a_place(o) or o.lemma_.lower() in _SHORES)
               for o in prep_objects(verb, ("off",)))


def side_preps(verb: Token) -> tuple[str, ...]:
    """The prepositions of ``verb`` that name the side its doer fights on, no party fought:
    "with" of one person fighting with a party named by its own name (:func:`_side_named`)."""
    return ("with",) if _side_named(verb) else ()


def _side_named(verb: Token) -> bool:
    """Whether a verb of fighting tells of one person fighting "with" a party its own name
    names, not a state's force: the side they fight on."""
    if verb.lemma_.lower() not in _FIGHT or not any(
            c.dep_ == "nsubj" and c.tag_ in ("NNP", "NN") and
            (c.ent_type_ == "PERSON" or person_word(c)) for c in verb.children):
        return False
    return any(o.pos_ == "PROPN" and o.lower_ not in _STATE_FORCES
               for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
               for o in c.children if o.dep_ == "pobj")
