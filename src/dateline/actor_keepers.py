"""Who took captives, when the sentence of their capture names only who holds them now.

"Two fighters captured last month and now held by Kurdish forces", "she was detained in
January and is in the custody of the Kurdish-led militia", "were seized near the border and
are now in the hands of the militia": a capture told in the passive with no "by" of its own,
joined to a verb of keeping told of the same captives with its "by", or to their being "in the
custody of", "in the hands of" someone ("in the SDF's custody", "in US custody"), names the
one who holds them, whom the sentence tells as the one who took them. A demonym alone ("in
Kurdish custody") names no body, and a verb of passing captives on ("handed to", "freed by")
tells of another holder, so neither counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .code.phrases import a_place
from .code.roles import is_passive
from .code.words import is_when
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .code.mention import Mention

__all__ = ["CAPTORS", "KEPT", "keeper_span"]

#: Sectors of a keeper who takes people: forces, police, armed groups, spies, a state, its
#: courts, criminals.
CAPTORS = frozenset({"MIL", "COP", "REB", "UAF", "PRM", "SPY", "GOV", "JUD", "CRM"})
#: How a keeper's country came: from the keeping, which places no capture.
KEPT = "keeper"

#: The modes of an act of taking: an arrest, a capture, an abduction, a seizure (of people,
#: things or ground: "the town was seized and is held by the rebels").
_TAKING_MODES = frozenset({"arrest", "abduct", "seize"})
#: Verbs of keeping captives, told in the passive with the keeper as their "by".
_KEEPING = word_class("captive_verbs")
#: Verbs that tell of being with a keeper: "is in the custody of", "remains in the hands of".
_BEING = word_class("state_verbs")
#: What captives are in, whose "of" or owner is the keeper.
_CUSTODY = frozenset({"custody", "hands"})
#: Prepositions of being in a keeper's custody.
_IN = frozenset({"in", "under"})
#: Words that tell the keeping as of the time of telling, since the capture.
_SINCE = frozenset({"now", "still"})


def keeper_span(doc_trigger: Token, m: Mention) -> tuple[int, int] | None:
    """The tokens naming who holds the captives of a passive capture with no doer of its own
    (see the module), ``doc_trigger`` the capture's verb; ``None`` when its sentence names
    none."""
    if m.source is not None or m.sense.mode not in _TAKING_MODES or \
            doc_trigger.pos_ != "VERB" or not _passive(doc_trigger) or _ground(doc_trigger, m):
        return None
    for verb in doc_trigger.conjuncts:
        keeper = _keeper(verb)
        if keeper is not None:
            if _dated(doc_trigger) and _held_since(verb):
                return None  # "seized on May 7 and now held by the militia": held since
            return keeper.left_edge.i, keeper.i + 1
    return None


def _ground(verb: Token, m: Mention) -> bool:
    """Whether what was taken is ground: the capture's recipient, or else the subject of its
    passive, is a place ("the town", "Palmyra")."""
    doc = verb.doc
    if m.target is not None:
        taken = doc[m.target[0]:m.target[1]].root
    else:
        taken = next((c for c in verb.children if c.dep_ == "nsubjpass"),
                     verb.head if verb.dep_ == "acl" else None)
    return taken is not None and a_place(taken)


def _dated(verb: Token) -> bool:
    """Whether the capture has a time of its own ("in 2015", "last year", "on May 7")."""
    return any(is_when(c) or c.dep_ == "prep" and any(is_when(g) for g in c.children)
               for c in verb.children)


def _held_since(verb: Token) -> bool:
    """Whether the keeping is told as of now ("is now held by", "is still in the hands of")."""
    return any(c.dep_ == "advmod" and c.lower_ in _SINCE for c in verb.children)


def _passive(verb: Token) -> bool:
    """A passive verb, or a participle hung on its captives ("fighters captured last month")."""
    return is_passive(verb) or verb.dep_ == "acl" and verb.tag_ == "VBN"


def _keeper(verb: Token) -> Token | None:
    """The keeper a verb joined to the capture names: the "by" of a passive verb of keeping,
    or the "of" or owner of the custody a verb of being puts the captives in."""
    lemma = verb.lemma_.lower()
    if lemma in _KEEPING and _passive(verb):
        return next((g for c in verb.children if c.dep_ == "agent"
                     for g in c.children if g.dep_ == "pobj"), None)
    if lemma not in _BEING:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _IN:
            continue
        for held in prep.children:
            if held.dep_ != "pobj" or held.lemma_.lower() not in _CUSTODY and \
                    held.lower_ not in _CUSTODY:
                continue
            owner = next((c for c in held.children if c.dep_ == "poss" or
                          c.dep_ == "compound" and c.pos_ == "PROPN"), None)
            return owner or next((g for c in held.children if c.dep_ == "prep" and
                                  c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
                                 None)
    return None
