"""Words between strangers to the story's country: not placed there by its focus alone.

:mod:`dateline.locate` places an event its text places nowhere in the article's focus. That is
right for what the story's own parties do, and for what foreigners do on its ground (an air
strike, a visit, aid, a withdrawal); it is wrong for words that parties of other countries
exchange, told in passing in a report about somewhere else: British politicians defending their
home secretary, a foreign government urged to act, a state blamed, in a report on Syria. Words
(a verbal PLOVER type; not a visit nor an inquiry, made where they look) that only the focus
places, in a whole country, are not placed there when

* neither of their parties is of that country by its own words (its name, a demonym, an
  office, the state it speaks for or the words it stands for; a country the story lends a
  party is not its own), and at least one is of another country (an international
  organisation is of none);
* no party is an armed force or group (it speaks where it fights), an envoy (where posted) or
  a private person of another country (a foreigner the story tells of may be where it is);
* their sentence names no place of that country, but in what the words ask, tell or urge
  (their clausal complement: "urged the government to help families in Syria" is about Syria).

They then take the country their two parties share (precision 3, ``place_source`` ``focus``:
a place the text implies, not one it names: "the party chairman defended the home
secretary"), or else, where a party speaks for an office, a body or a trade, no place; save
support, often given on the ground. Words left with no place are then placed at their maker's
seat by :mod:`dateline.place_voice`. A town the story is about keeps them: it is often the
venue of talks held there.

Parties the actor stage gives no country (the unnamed sides of talks, a stateless people, a
local militia) are unknown, not foreign: their words and meetings keep the story's country.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .actor_whereabouts import sent_abroad
from .place_abroad import ON_THE_SPOT, Located, country_at, fighting
from .place_sentences import sentence_places
from .place_words import public
from .plover_json import verbal_type
from .records import Actor, Place

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["strangers_place"]


def _named_in_sentence(doc: Doc, token: int) -> set[str]:
    """The countries of the places the sentence of ``token`` names (the locator's memo,
    :func:`dateline.place_sentences.sentence_places`), but those named in what the words of
    ``token`` ask, tell or urge (its clausal complement: "urged Russia to stop the bombing of
    Idlib"): the words are about that place, not said there."""
    content = [range(c.left_edge.i, c.right_edge.i + 1) for c in doc[token].children
               if c.dep_ in _CONTENT]
    return {t.place.country for t in sentence_places(doc, token)
            if t.place.country and not any(t.start in r for r in content)}


#: How words hold what they ask, tell or urge.
_CONTENT = frozenset({"xcomp", "ccomp"})


def _country(actor: Actor | None) -> str | None:
    """``actor``'s country; an international organisation is of none."""
    if actor is None or actor.country in (None, "IGO") or actor.sector == "IGO":
        return None
    return actor.country


#: Where a party's country comes from when the story lends it, not the party's own words: the
#: article's people or places, the only country its sentence names, the place of its event.
_LENT = frozenset({"document focus", "sentence focus", "event place", "place struck",
                   "place held"})


def _own(actor: Actor, country: str) -> bool:
    """Whether ``actor`` is of ``country`` by its own words (its name, a demonym, an office,
    the state it speaks for or the words it stands for), not because the story lends it."""
    return _country(actor) == country and actor.country_from not in _LENT


def strangers_place(sense: Any, source: Actor | None, target: Actor | None, place: Place | None,
                    source_of_place: str | None, doc: Doc | None = None,
                    token: int | None = None) -> Located:
    """The place of words between strangers to the country the focus alone places them in
    (see the module's text); any other event keeps ``place`` and ``source_of_place``.
    ``token``: the event's trigger in ``doc``, whose sentence's places are read."""
    kept: Located = (place, source_of_place)
    if source_of_place != "focus" or place is None or place.country is None \
            or place.admin1 is not None or (place.precision or 3) < 3 \
            or not verbal_type(getattr(sense, "event_type", None)) \
            or getattr(sense, "mode", None) in ON_THE_SPOT:
        return kept  # (a town the story is about is often the venue of talks held there)
    here = place.country
    parties = [p for p in (source, target) if p is not None]
    foreign = [p for p in parties if _country(p) not in (None, here)]
    if not foreign or any(_own(p, here) or fighting(p) or sent_abroad(p) for p in parties) \
            or any(p.sector in _PRIVATE for p in foreign):
        return kept
    if doc is not None and token is not None and here in _named_in_sentence(doc, token):
        return kept
    if len(foreign) == 2 and _country(foreign[0]) == _country(foreign[1]):
        home = country_at(_country(foreign[0]))
        return (home, "focus") if home is not None else kept
    if sense.event_type != "SUPPORT" and any(p.sector is not None and public(p)
                                             for p in foreign):
        return None, None
    return kept


#: Sectors of private persons: a foreigner the story tells of may be where it is (a volunteer
#: fighting there, a family in its camps).
_PRIVATE = frozenset({"CVL"})
