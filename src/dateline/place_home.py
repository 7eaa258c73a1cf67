"""Where a state's voice and hand are: at home, unless the text says otherwise.

:mod:`dateline.locate` places each event by the words of its text, falling back to the article's
focus. Words and measures of a foreign government (a statement, a warning, sanctions), the acts
of a parliament or a court, a government's measures against its own people are not made in the
country the article is about: this module decides, once the doer is known, when such an event
is placed in its doer's own country (a parliament, a court, a state's measures against persons:
precision 3, ``place_source`` ``focus``: a place the text implies, not one it names), or
nowhere (words: a voice speaks at home, on a visit or at a summit alike; :func:`speaks_elsewhere`).
Anyone's words the focus alone places are said where their speaker is (:mod:`.place_words`);
words between parties of other countries than the focus's are not said there either
(:mod:`.place_strangers`).
Words and decisions this leaves with no place, or with another country's, are then placed at
their maker's seat when it is a state's voice (:mod:`dateline.place_voice`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .actor_dictionary import countries_named
from .actor_whereabouts import sent_abroad
from .place_abroad import OWN_WORDS, Located, armed_deed, fighting, fought_abroad
from .plover_json import verbal_type
from .records import Actor, Place
from .place_strangers import strangers_place
from .place_words import heard_through, public, spoken_elsewhere, stranger, words_act
from .toponyms import country_place
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Located", "convenes", "foreign_voice", "home_ground", "speakers_place",
           "speaks_elsewhere", "statecraft"]


def statecraft(event_type: str | None) -> bool:
    """Words (a verbal PLOVER type) and measures (sanctions): taken where those who take them
    sit. What is yielded, withdrawn or let go is not: it is let go on the ground."""
    return verbal_type(event_type) or event_type == "SANCTION"


def speaks_elsewhere(sense: Any, source: Actor | None, place: Place | None,
                     source_of_place: str | None) -> bool:
    """Whether words (an event of a verbal PLOVER type, not a visit) are given a country only
    the story lends (``carried`` or ``focus``) while their speaker is of another country: a
    foreign ministry's statement in a story about Syria is not made in Syria; where it was made
    is unknown. The speaker's country must be said in its own words (not taken from the article,
    an antecedent or a possessor, which may be another's). A town the story lends is kept: it
    is often the venue of the talks; so is the place of armed speakers."""
    return (verbal_type(sense.event_type) and sense.mode != "visit"
            and source_of_place in ("carried", "focus") and place is not None
            and (place.precision or 3) == 3 and place.country is not None
            and source is not None and source.country is not None
            and source.country_from is None and source.country != place.country
            and not fighting(source))


#: Sectors of a state's institutions that sit and act at home whatever they do (a parliament
#: votes, a court rules in its own country) ...
_SITTING = frozenset({"LEG", "JUD"})
#: ... and those whose measures against persons are taken at home ("stripped of citizenship by
#: the Home Office", "police detained him", "the minister resigned"): a state's reach is its own.
_ADMINISTERING = frozenset({"GOV", "COP"})
#: Those measures: any COERCE, and these (PLOVER type, mode). A ceasefire or troops withdrawn
#: are not among them: they are kept or left on the ground.
_MEASURES = frozenset({("CONCEDE", ""), *((kind, mode) for kind in ("CONCEDE", "RETREAT")
                                            for mode in ("resign", "release", "ease"))})


def speakers_place(sense: Any, source: Actor | None, place: Place | None,
                   source_of_place: str | None) -> Located:
    """The place :func:`locator` gave an event, or none for a foreign speaker's words the story
    only lends a country (:func:`speaks_elsewhere`): where it spoke is unknown."""
    if speaks_elsewhere(sense, source, place, source_of_place):
        return None, None
    return place, source_of_place


def home_ground(event: Any, source: Actor | None, target: Actor | None, place: Place | None,
                source_of_place: str | None, doc: Doc | None = None) -> Located:
    """The place of an event that names none of its own: a state's institution acting at home
    is in its own country, not in the one the article is about. A parliament's or a court's
    acts (its words too: it speaks where it sits), and a government's or police's measures
    against persons (COERCE) and concessions (a resignation, a release; not a ceasefire, nor
    troops withdrawn) whose recipient is of no other country, are placed in the doer's country
    (precision 3), said in its own words ("the British government", "the Indian cabinet"),
    where the article's focus lies elsewhere or nowhere; never a visit, nor a meeting with
    another country's party (either side may be host). Like the focus, the place is one the
    text implies, not one it names: ``focus``. A government's or a politician's words and
    sanctions the text places nowhere, or only in the article's country or region, have no
    place (``(None, None)``): where they were said is unknown, and its country is no more sure
    than the story's ("the Russian foreign ministry warned" in a report on Idlib). An attack by
    a foreign force or group, and a foreign group's seizure of people, are placed by
    :func:`fought_abroad`. Any other words the focus alone places are said where their
    speaker is, which the focus does not tell of a stranger to it (:mod:`dateline.place_words`:
    no place). An international organisation's own official resigning is not placed in the
    whole country the focus names either (:func:`_left_international_post`). Any other event
    keeps ``place`` and ``source_of_place``. ``event`` is the mention (its ``sense``, and its
    ``trigger`` read in ``doc``), or its sense alone. Words between parties of other countries
    than the one the focus alone places them in are placed at the parties' shared home, or
    nowhere (:mod:`dateline.place_strangers`)."""
    sense = getattr(event, "sense", event)
    placed = _at_home(sense, source, target, place, source_of_place)
    if placed[0] is place and placed[1] == source_of_place and spoken_elsewhere(
            sense, source, target, place, source_of_place,
            heard=doc is not None and heard_through(doc[event.trigger])):
        return None, None
    return strangers_place(sense, source, target, *placed, doc, getattr(event, "trigger", None))


def _at_home(sense: Any, source: Actor | None, target: Actor | None, place: Place | None,
             source_of_place: str | None) -> Located:
    """:func:`home_ground`'s place of an event, but for words :mod:`dateline.place_words`
    finds said elsewhere."""
    if armed_deed(sense, source):
        return fought_abroad(sense, source, target, place, source_of_place)
    kept: Located = (place, source_of_place)
    if _left_international_post(sense, source, target, place, source_of_place):
        return None, None
    if source_of_place not in ("focus", None) or source is None or source.country is None \
            or source.country_from not in _VOICE_WORDS or source.sector is None:
        return kept
    if source.country_from not in _NAMED and not _unplaced_words(sense, source, place) or (
            source.country_from == _LENT and place is None):
        # ("he" after "the Labour leader", "the shadow home secretary" in a report about
        # Britons in Syria): only words and measures of the voice
        return kept
    if place is not None and place.country == source.country:
        return kept
    if sense.mode == "visit" or sense.event_type == "CONSULT" and target is not None and \
            target.country not in (None, source.country):
        return kept  # a visit is paid abroad; a meeting with another state's envoy may be there
    domestic = source.sector in _SITTING or (
        source.sector in _ADMINISTERING
        and (sense.event_type == "COERCE" or (sense.event_type, sense.mode or "") in _MEASURES)
        and _of_no_other_country(target, source))
    home = country_place(source.country) if domestic else None
    if home is not None:
        return replace(home, precision=3), "focus"
    if _unplaced_words(sense, source, place):
        # a voice speaks wherever it is (at home, on a visit, at a summit): a statement the
        # text places nowhere has no place, neither the speaker's country nor the story's
        return None, None
    return kept


def _left_international_post(sense: Any, source: Actor | None, target: Actor | None,
                             place: Place | None, source_of_place: str | None) -> bool:
    """An international organisation's own official resigning ("the UN envoy for Syria has
    resigned"), or anyone but a state's own party (:data:`_STATE_PARTIES`) leaving a post in
    one (the body the target: "the prosecutor resigned from a UN commission"), where only the
    article's focus places it, in a whole country: the post is held at the organisation's seat
    or on its envoys' travels, not in the country it deals with, and the text does not say
    where the resignation was handed in. A state or its official leaving a body (or forced
    out by one) resigns at home; the head of a mission, a force or an office the organisation
    keeps in the country (:data:`_RESIDENT_POSTS`) is posted there; a town the story is about
    may be the organisation's venue (the talks in Geneva). Those keep ``place``."""
    return sense.mode == "resign" and source_of_place == "focus" and place is not None \
        and (place.precision or 3) == 3 and place.admin1 is None \
        and not _resident(source) and (_international(source) or (
            _international(target) and source is not None
            and source.sector not in _STATE_PARTIES))


#: Sectors of a state's own parties (its government, forces, legislature): a state leaving an
#: international body, or its official leaving a post, does so at home. A notable person (ELI)
#: or a jurist sitting on an international commission holds a post of the organisation's.
_STATE_PARTIES = frozenset({"GOV", "MIL", "LEG"})


#: Posts an international organisation holds in the country it deals with: "the head of the UN
#: peacekeeping mission", "the UN's humanitarian coordinator".
_RESIDENT_POSTS = word_class("resident_posts")


def _resident(actor: Actor | None) -> bool:
    """Whether ``actor`` (its words or those it stands for) holds a post of
    :data:`_RESIDENT_POSTS`."""
    said = f"{getattr(actor, 'text', '') or ''} {getattr(actor, 'antecedent', '') or ''}"
    return any(w in _RESIDENT_POSTS for w in said.lower().replace("'s", " ").split())


def _international(actor: Actor | None) -> bool:
    """Whether ``actor`` is an international organisation's, by its country or its sector."""
    return actor is not None and (actor.country == "IGO" or actor.sector == "IGO")


def _of_no_other_country(target: Actor | None, source: Actor) -> bool:
    """Whether a measure's recipient is of no country but the doer's: none, or one only the
    article's focus lends ("two fighters" in a report about Syria, stripped of their
    citizenship by the British government, are of no country the text names)."""
    return target is None or target.country in (None, source.country) \
        or target.country_from == _LENT


def _unplaced_words(sense: Any, source: Actor, place: Place | None) -> bool:
    """A government's words and measures (see :func:`_voiced`) that the text places
    nowhere or only in the article's country. A town the article is about is the locator's
    question: kept where it is the venue of talks the speaker may attend."""
    return _voiced(sense, source) and (place is None or (place.precision or 3) == 3)


#: ... and, for a voice's words alone, the country the document's own people are of
#: (``document focus``): the politicians of a report on Britons held in Syria do not speak in
#: Syria, where the report places their words in its focus (words it places nowhere stay so).
_LENT = "document focus"
_VOICE_WORDS = OWN_WORDS | {_LENT}
#: ... of them, those read from the actor's own words: its name, or a body or an office only some
#: states have ("members of Congress voted"), not a name it stands for.
_NAMED = OWN_WORDS - {"antecedent"}
#: Sectors whose words are a state's or its politics' voice, said at home: a government, a
#: former office-holder, a party or the opposition ("the Labour leader called for an inquiry");
#: and an international organisation's, said at its seats or on its envoys' travels, never where
#: the story's country alone puts them ("the UN envoy urged" in a report on Idlib).
_VOICES = frozenset({"GOV", "ELI", "PTY", "OPP", "IGO"})


def _voiced(sense: Any, source: Actor) -> bool:
    """A government's or a politician's words and measures (a verbal PLOVER type, not a visit;
    sanctions): a ministry's statement, a president's warning, an opposition leader's demand,
    sanctions imposed, issued wherever the voice is, not where the story is. Support is not:
    backing a party ("armed and supported the rebels") is often given on its ground."""
    return source.sector in _VOICES and statecraft(sense.event_type) \
        and sense.event_type != "SUPPORT" and sense.mode != "visit" and not sent_abroad(source)


def convenes(source: Actor | None, mention: Any = None, came: frozenset[str] = frozenset(),
             doc: Doc | None = None) -> bool:
    """Whether an event is of those at the talks a town the story is about holds, and so at
    that venue: an international organisation's, whose envoys convene and chair them; a party
    sent to them (a delegation, a negotiator, an ambassador: :func:`sent_abroad`), who came;
    a meeting (CONSULT, not a visit paid to a place) of the talks' parties, which either side
    may host: with one of those who came (``came``: their words), or with another state's
    party named as such ("met his Iranian counterpart"). A state's official meeting its own
    people or a party the text gives no country ("met tribal leaders") is not at the talks."""
    if _international(source) or sent_abroad(source):
        return True
    sense = getattr(mention, "sense", None)
    target = getattr(mention, "target", None)
    if sense is None or sense.event_type != "CONSULT" or sense.mode == "visit" or doc is None \
            or target is None or not 0 <= target[0] < target[1] <= len(doc):
        return False
    words = [w.lower_ for w in doc[target[0]:target[1]]]
    theirs = countries_named(words)
    return not came.isdisjoint(words) or bool(
        source is not None and source.country and theirs and source.country not in theirs)


def foreign_voice(sense: Any, source: Actor | None, place: Place) -> bool:
    """Words or measures of a government, or anyone's words (:func:`words_act`; not an armed
    force's), whose country, said in its own words, is not that of ``place``."""
    return source is not None and stranger(source, place.country, OWN_WORDS) and (
        words_act(sense) and public(source) or _voiced(sense, source))

