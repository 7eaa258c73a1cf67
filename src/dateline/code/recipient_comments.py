"""Whom a comment is about: the topic of a feeling a party tells.

CAMEO's public comments (root 01: pessimistic 012, optimistic 013, a symbolic act 017,
empathetic 018) are told about someone: "voiced concern about Iran", "expressed sympathy for
the families", "is sceptical of the plan", "expressed pessimism over Alitalia's future". The
recipient of such a comment is the party its topic phrase names (after "about", "over",
"regarding", "concerning", "towards", "for", "with", an adjective's "of"), or, for a thing,
the party whose thing or act it is ("concern over the government's crackdown": the
government). A noun's "of" names who feels it ("the concerns of residents"), not the topic; an
"at" names a topic only when a party follows it ("angry at the minister"; "at a news
conference" is where it was said); a time says when.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import prep_object
from .concerns import concerned
from .phrases import doer_in_modifier, thing
from .words import is_when

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .lexicon import Sense

__all__ = ["comment", "comment_topic"]

#: Prepositions whose object is what a comment is about.
_TOPIC = ("about", "over", "regarding", "concerning", "towards", "toward", "for", "with")
#: Those the verb that tells the comment may carry for it ("voiced concern about Iran"); not
#: "on" or "at", which there say where it was told ("on Twitter", "at a rally").
_FRAME_TOPIC = ("about", "over", "regarding", "concerning", "towards", "toward")
#: Further ones an adjective of stance takes ("sceptical of", "angry at").
_ADJ_TOPIC = ("of", "at")


def comment(sense: Sense) -> bool:
    """Whether ``sense`` is a public comment (CAMEO 012, 013, 017, 018 under root 01)."""
    return sense.cameo_root == "01" and (sense.cameo_code or "") in ("012", "013", "017", "018")


def _party_of(topic: Token) -> Token | None:
    """The party a topic names: itself, or for a thing, whose thing or act it is; no pronoun
    ("voiced concern about it": a thing told before, no party)."""
    if topic.pos_ == "PRON":
        return None
    if not thing(topic):
        return topic
    found = concerned(topic, author=True)
    if found is not None:
        return found
    made = doer_in_modifier(topic)  # "concerned about the Turkish offensive": Turkey's
    return made[0] if made is not None else None


def comment_topic(word: Token, frame: Token | None = None) -> Token | None:
    """The party the comment told by ``word`` (a noun, or an adjective of stance) is about,
    from a topic phrase of ``word`` or of the verb ``frame`` that tells it ("voiced concern
    about Iran", where the parse hangs "about" on "voiced"); ``None`` when none names one."""
    own = _TOPIC + (_ADJ_TOPIC if word.pos_ == "ADJ" else ("at",))
    heads = [(word, own)] + ([(frame, _FRAME_TOPIC)] if frame is not None and frame.i != word.i
                             else [])
    for head, preps in heads:
        for c in head.children:
            if c.dep_ != "prep" or c.lower_ not in preps:
                continue
            pobj = prep_object(c)
            if pobj is None or is_when(pobj):
                continue
            if c.lower_ == "at" and thing(pobj):
                continue  # "at a news conference": where it was said
            party = _party_of(pobj)
            if party is not None:
                return party
    return None
