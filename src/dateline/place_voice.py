"""Where a voice is: words and decisions are made where their maker is, not where they are about.

An event's place is where it happened. A statement, a criticism, an appeal, a decision or a
measure (:func:`dateline.place_home.statecraft`: a verbal PLOVER type, or sanctions; not a visit
nor an inquiry, made where they look) happens where its maker is when making it. When the text
says where (its own clause, its sentence, a sentence it carries on, the dateline),
:mod:`dateline.locate` has placed it. When only the article's focus does, or nothing does, the
focus is the place the words are *about*, not where they were said:

* a state's voice (a government, a legislature, a court, a party, the opposition, a former
  office-holder) of a known country, placed nowhere or in another country, speaks from its
  own country (precision 3): a minister speaks at home or abroad alike, and the text names no
  town; its capital (near it, precision 2) only where the speaker's own sentence names that
  town (or a town of its seat: New Delhi for Delhi) as a place where things are or happen
  ("a press conference in Moscow"), not as a government ("a warning to Washington",
  "sanctions from Washington"); a capital named elsewhere in the report (a protest there, an
  attack years ago) tells nothing of where the speaker is;
* an official of a region or a city (an actor named for that place's government,
  :mod:`dateline.actor_regions`) acts in that place, whatever the act (a town: precision 2; a
  region: precision 3): a state attorney general sues in the state, not in the national
  capital the story is told from;
* anyone else's words keep what the locator gave them: a private person the story tells of
  may well be where the story is;
* words left with no place at all, whose speaker is an office, a body or a trade of a country
  known as :data:`dateline.place_words.KNOWN_FROM` allows (:func:`own_country`), are
  claimed no further than that country (precision 3): they were said somewhere in it as far
  as the text tells, not in the place they are about ("a British charity told a newspaper" in
  a report on Syria). A private person (a nationality is no place), an armed party, an envoy,
  an international body and a meeting claim none.

For a seat, the speaker's country must be said in its own words (:data:`OWN_WORDS`: its name,
an office, a body, or the words a pronoun stands for), not lent by the story. Words with no
place at all may take the country from the report's own people too ("document focus": whom
the report is about, not where it is set), from a possessor ("its spokesman") or a conjunct;
never from a place the event has, nor from the only country its sentence names.

A place of the speaker's own country is kept, and so is a focus that is a town (often the
venue of the talks the words were said at); so are the words of armed forces and groups (they
speak where they fight), of envoys posted abroad, and of several parties acting together (no
one seat). An ambassador whose title names the post ("the UK ambassador to the UN") speaks
there (:mod:`dateline.place_posts`) when nothing else places the words (a chamber's town or the
talks' venue stays). The place stays ``focus``: the text implies it, not names it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .actor_describe import agent_sector
from .actor_dictionary import load_dictionary
from .actor_whereabouts import sent_abroad
from .gazetteer import load
from .namesakes import distance_km
from .place_abroad import ON_THE_SPOT, OWN_WORDS, Located, country_at, fighting
from .place_home import statecraft
from .place_posts import post_of
from .place_roles import AT_PREPS
from .place_sentences import sentence_places
from .place_words import KNOWN_FROM, public, words_act
from .records import Actor, Place
from .tokens import span_root
from .toponyms import capital_place, resolve_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["own_country", "titled", "voice_place"]

#: Sectors that speak for a state or its politics, from its seat.
_STATE_VOICES = frozenset({"GOV", "LEG", "JUD", "ELI", "PTY", "OPP"})


def voice_place(event: Any, source: Actor | None, place: Place | None,
                place_source: str | None, doc: Doc | None = None) -> Located:
    """The place of words or a decision that only the article's focus places, or nothing does
    (see the module's rule); any other event keeps ``place`` and ``place_source``. ``event``
    is the mention (its ``sense``, and its doer's words read in ``doc``) or the sense alone.
    Several parties acting together ("France and Germany agreed") have no one seat. An
    ambassador whose words nothing else places speaks at the post the title names
    (:mod:`dateline.place_posts`)."""
    if _unplaced(place, place_source):
        # (only then: a town another rule gave, a chamber's or the talks' venue, stays)
        posted = _at_post(event, source, place_source, doc)
        if posted is not None:
            return posted, "focus"
    speaker = titled(event, source, doc)
    placed = _seat(event, speaker, place, place_source, doc)
    if placed[0] is None:
        return own_country(event, speaker, doc) or placed
    return placed


def _unplaced(place: Place | None, place_source: str | None) -> bool:
    """Whether words are placed nowhere, or only in the article's focus country (no town a
    rule chose for them)."""
    return place is None or (place_source == "focus" and (place.precision or 3) >= 3)


def _at_post(event: Any, source: Actor | None, place_source: str | None,
             doc: Doc | None) -> Place | None:
    """The post of an ambassador whose words or decision only the focus places, or nothing
    does ("the Irish permanent representative at the UN complained": in New York)."""
    sense = getattr(event, "sense", event)
    if doc is None or place_source not in ("focus", None) or not statecraft(sense.event_type) \
            or sense.mode in ON_THE_SPOT or _joint(event, doc):
        return None
    return post_of(doc, getattr(event, "source", None), source)


def titled(event: Any, source: Actor | None, doc: Doc | None) -> Actor | None:
    """``source``, given the sector of the state's office its own words name before any
    apposition ("Belgium's justice minister, Koen Geens": a government's voice) when the actor
    stage gave it none; else ``source`` itself. Not a court's: the agent nouns give lawyers
    and advocates that sector, and they speak for their clients, not from a seat."""
    doer = getattr(event, "source", None)
    if source is None or source.sector is not None or doc is None or doer is None \
            or not 0 <= doer[0] < doer[1] <= len(doc):
        return source
    own = _office_words(doc[doer[0]:doer[1]].root)
    sector, _ = agent_sector(load_dictionary(), [w.lower_ for w in own],
                             [w.lemma_.lower() for w in own])
    return replace(source, sector=sector) if sector in _OFFICES else source


def _office_words(head: Token) -> list[Token]:
    """The head noun of a speaker's phrase with the words of its own that name its office
    ("the foreign secretary", "Belgium's justice minister"), in their order: its compounds and
    adjectives, not a phrase on it ("the son of the prime minister": no office of the son's),
    nor an apposition."""
    own, todo = [head], [head]
    while todo:
        found = [c for c in todo.pop().children if c.dep_ in ("compound", "amod")]
        own += found
        todo += found
    return sorted(own, key=lambda w: w.i)


#: Sectors of the offices :func:`titled` reads: a state's voice, but not a court's.
_OFFICES = _STATE_VOICES - {"JUD"}


def own_country(event: Any, source: Actor | None, doc: Doc | None = None) -> Located | None:
    """Words no place the text names holds, said by an office, a body or a trade of a known
    country that has no seat to speak from: no place is claimed beyond that country (precision
    3, ``focus``), never the place
    they are about. ``None`` for a private person (a nationality is no place: a foreigner may
    be where the story is), a deed, a meeting (either side may host it), an armed party or an
    envoy (they speak where they are sent or fight), an international body, several parties.
    The country may be known as :data:`dateline.place_words.KNOWN_FROM` allows: from the
    speaker's own words, or lent by the story as the people the report is about ("document
    focus"), a possessor or a conjunct; not from the event's place nor the only country its
    sentence names."""
    sense = getattr(event, "sense", event)
    if source is None or source.country in (None, "IGO") or source.sector == "IGO" \
            or not public(source) or source.country_from not in KNOWN_FROM or not words_act(sense) \
            or sense.event_type == "CONSULT" or fighting(source) or sent_abroad(source) \
            or _joint(event, doc):
        return None
    whole = country_at(source.country)
    return (whole, "focus") if whole is not None else None


def _seat(event: Any, source: Actor | None, place: Place | None, place_source: str | None,
          doc: Doc | None) -> Located:
    """:func:`voice_place`'s place of words or a decision at their maker's seat."""
    kept: Located = (place, place_source)
    if place_source not in ("focus", None) or source is None or source.country in (None, "IGO") \
            or source.country_from not in OWN_WORDS or fighting(source) or sent_abroad(source) \
            or _joint(event, doc):
        return kept
    sense = getattr(event, "sense", event)
    home = _regional_seat(source)
    if home is not None and (place is None or not _within(place, home)):
        return home, "focus"  # an official of a region acts there, whatever the act
    if not statecraft(sense.event_type) or sense.mode in ON_THE_SPOT:
        return kept
    if place is not None and ((place.precision or 3) < 3 or place.country == source.country):
        # a town the story is about is the locator's to judge (talks held there); a place of
        # the speaker's own country is where the speaker is, as far as the text says
        return kept
    if source.sector not in _STATE_VOICES:
        return kept  # (a private person may be where the story is: "she urged attacks online")
    capital = capital_place(source.country)
    if capital is not None and doc is not None and _named(doc, event, capital, source):
        return replace(capital, precision=2), "focus"
    # (its country otherwise, as the module's text says)
    whole = country_at(source.country)
    return (whole, "focus") if whole is not None else kept


def _named(doc: Doc, event: Any, capital: Place, source: Actor) -> bool:
    """Whether the sentence of ``event``'s trigger names ``capital`` (or a town of its seat,
    within :data:`_SEAT_KM`) as where something is or happens ("a press conference in
    Moscow"), not as its government: only after a preposition that puts an act in a place,
    so not "a warning to Washington" nor "sanctions from Washington". The sentence before
    counts where the speaker is the one its act in the capital is told of ("Erdogan told
    reporters in Ankara … The Turkish president also condemned …")."""
    trigger = getattr(event, "trigger", None)
    if not isinstance(trigger, int) or not 0 <= trigger < len(doc):
        return False
    start = doc[trigger].sent.start
    before = doc[start - 1].sent.start if start > 0 else None
    for at, own in ((trigger, True), (before, False)):
        for t in sentence_places(doc, at) if at is not None else ():
            if t.place.country == capital.country and _same_town(t.place, capital):
                root = span_root(doc, t.start, t.end)
                if root.dep_ == "pobj" and root.head.lower_ in AT_PREPS and (
                        own or _told_of(root.head.head, source)):
                    return True
    return False


def _told_of(verb: Token, source: Actor) -> bool:
    """Whether the subject of ``verb`` (the act told in the capital) is a word of the
    speaker's name or a person named (the office-holder the next sentence calls by the
    office); not a group of others ("Farmers blocked roads in Paris")."""
    words = set((source.name or "").lower().split())
    return any(c.dep_ == "nsubj" and (c.lower_ in words or c.ent_type_ == "PERSON")
               for c in verb.children)


def _same_town(place: Place, capital: Place) -> bool:
    """Whether ``place`` is ``capital``, by name or as a town of its seat ("New Delhi" for
    "Delhi")."""
    if place.name == capital.name:
        return True
    if None in (place.lat, place.lon, capital.lat, capital.lon) or (place.precision or 1) > 2:
        return False
    return distance_km(place.lat, place.lon, capital.lat, capital.lon) <= _SEAT_KM


#: How far from a capital's point a town still counts as its seat (New Delhi lies within Delhi).
_SEAT_KM = 15.0


def _joint(event: Any, doc: Doc | None) -> bool:
    """Whether the event's doer is one of several named together ("France and Germany",
    "they", "we")."""
    doer = getattr(event, "source", None)
    if doc is None or doer is None or not 0 <= doer[0] < doer[1] <= len(doc):
        return False
    return any(w.dep_ == "conj" or any(c.dep_ == "conj" for c in w.children)
               or (w.pos_ == "PRON" and w.lower_ in _SEVERAL) for w in doc[doer[0]:doer[1]])


#: Pronouns standing for several parties.
_SEVERAL = frozenset({"they", "we", "them", "us"})


def _within(place: Place, home: Place) -> bool:
    """Whether ``place`` is ``home`` or lies in it (a town of the region)."""
    return place.name == home.name or (home.admin1 is not None and place.admin1 == home.admin1
                                       and (home.precision or 3) >= 3)


def _regional_seat(source: Actor) -> Place | None:
    """The region or city whose own government ``source`` is named for ("New York
    government"), of its country; ``None`` for a national government or another actor."""
    if source.sector != "GOV" or not (source.name or "").endswith(" government"):
        return None
    return _seat_of(source.name.removesuffix(" government"), source.country or "")


@lru_cache(maxsize=256)
def _seat_of(words: str, country: str) -> Place | None:
    d = load_dictionary()
    if not words or words.lower() in d.countries or \
            words.lower() in d.country_names.get(country, country).lower():
        return None
    if not any(e.country == country for e in load().lookup(words)):
        return None
    found = resolve_name(words, country=country)
    if found is None or found.lat is None:
        return None
    return replace(found, precision=max(found.precision or 3, 2))  # (near a town)
