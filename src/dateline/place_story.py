"""A happening named again by a definite description is where the story placed it.

"Gunmen attacked a police station in Kano. … Britain condemned the attack, the worst this
year": the attack of the second sentence is the one the first places; a reader puts it in Kano,
not in the country the article is about. An event noun names a happening again when it is
singular and definite ("the attack", "this assassination"; :func:`dateline.date_story.refers_back`,
which the date stage reads the same way), of a kind of happening told once (an attack, a killing,
an arrest, a kidnapping, an invasion, a protest, a capture, an offensive: the ``happening_*`` word
classes; not "the fighting", which goes on) and names no place of its own finer than a country or
region; the happening it names is the nearest earlier telling by a word of the same happening (a
noun or a verb: "attacked" for "the attack", "to kill" for "the assassination") whose own clause
names its place, within that country or region when the noun names one ("the suspected attack
in Syria" and "the attack on Douma"). What was only threatened or wanted before is no telling
of it ("threatened to attack Idlib. … the attack in Syria").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .aspect import irrealis
from .date_story import Tellings, happening_word, refers_back
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .records import Place

__all__ = ["setting_place", "story_place", "Tellings"]


def _finer(place: Place, than: Place | None) -> bool:
    """``place`` says more than ``than``: ``than`` is unknown, or is a region or country that
    holds ``place`` and names it less precisely."""
    if than is None:
        return True
    if (than.precision or 3) < 3 or (place.precision or 3) >= (than.precision or 3):
        return False
    return place.country == than.country and (than.admin1 is None or place.admin1 == than.admin1)


def story_place(tok: Token, own: Place | None, tellings: Tellings,
                place_of: Callable[[Token], tuple[Place | None, str | None]]) -> Place | None:
    """The place of the happening that the event noun ``tok`` names again, as ``place_of`` gives
    the place an earlier telling's own clause names (nearest first), when it says more than
    ``own``, the place ``tok``'s sentence gives it; else that of an occasion or spot it is set
    at, named again (:func:`setting_place`); else ``None``."""
    return _retold_place(tok, own, tellings, place_of) or setting_place(tok, own, tellings,
                                                                         place_of)


def _retold_place(tok: Token, own: Place | None, tellings: Tellings,
                  place_of: Callable[[Token], tuple[Place | None, str | None]]) -> Place | None:
    if not refers_back(tok) or (own is not None and (own.precision or 3) < 3) \
            or not happening_word(tok).startswith("happening_"):
        return None  # (only one of the kinds of happening a story tells once: not "the fighting")
    for other in tellings.before(tok):
        if irrealis(other):
            continue
        place, source = place_of(other)
        if place is None or source != "clause":
            continue
        return place if _finer(place, own) else None
    return None


#: Prepositions that set an act at an occasion or a spot: "arrested at the match", "shouted
#: during the rally", "stopped at the checkpoint".
_AT = frozenset({"at", "during"})
#: Occasions and spots an act may be set at, named again: gatherings, places of a kind, games.
_SETTINGS = word_class("venues") | word_class("scene_places") | frozenset(
    {"match", "game", "final", "protest", "demonstration", "march", "festival", "concert",
     "wedding", "party", "parade"})
_DEFINITE = frozenset({"the", "that", "this"})


def setting_place(tok: Token, own: Place | None, tellings: Tellings,
                  place_of: Callable[[Token], tuple[Place | None, str | None]]) -> Place | None:
    """The place of the occasion or spot an act is set at, named again by a definite noun
    ("Syria lost a qualifying match in Sydney. Police arrested three fans at the match"): where
    the nearest earlier mention of that noun's own clause puts it, when it says more than
    ``own``; else ``None``."""
    if own is not None and (own.precision or 3) < 3:
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in _AT:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.tag_ != "NN" or noun.lemma_.lower() not in _SETTINGS \
                    or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
                continue
            for other in tellings.before(noun):
                if other.sent.start == noun.sent.start or other.lemma_ != noun.lemma_:
                    continue
                place, source = place_of(other)
                if place is not None and source == "clause":
                    return place if _finer(place, own) else None
                break  # (only the nearest mention before: the one the noun names again)
    return None
