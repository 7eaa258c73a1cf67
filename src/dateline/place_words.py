"""Where words were said: the place of a verbal act is where it was spoken (stage ``locate``).

A statement, an accusation, an appeal, a denial or a threat is made where its speaker is when
making it. The text says where by the act's own clause ("said in Geneva", "told reporters in
Ankara", "on a visit to Paris", read by :mod:`dateline.locate`), by where it says the speaker
was, or by the report's dateline. The article's focus, the place its story is about, stands for
it only where the speaker is one of that place's own. Words placed by the focus alone therefore
have no place (where they were said is unknown) when

* their speaker speaks for an office, a body or a trade (not as a private person: a foreigner
  the story tells of may be in its place) of another country than the focus place's: said in
  its own words, or lent by the words it stands for ("he" after "the Dutch minister") or by
  the report's own people (a British lawyer in a report on Syria); or
* they reached the report through a medium, not at a place ("told the newspaper", "said in a
  statement", "wrote on social media", "speaking to the radio", talks by phone), and their
  speaker is not of the focus's country (a town the story is about keeps its own people's
  statements: its police, its council, its shopkeepers);

save an armed force's or group's words (it often speaks where it fights), an envoy's (it
speaks where it is posted), a meeting with another country's party (either may be the host),
a visit or an inquiry (made where it looks), and support (often given on the ground: "armed and
supported the rebels").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .actor_dictionary import is_outlet
from .actor_places import medium_word
from .actor_whereabouts import sent_abroad
from .date_clauses import SAYING
from .deps import subject
from .place_abroad import ON_THE_SPOT, OWN_WORDS, fighting
from .place_origins import SPEAKING
from .plover_json import verbal_type
from .records import Actor, Place
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["KNOWN_FROM", "heard_through", "public", "spoken_elsewhere", "stranger", "words_act",
           "words_said"]

#: Where a speaker's country may come from to tell it is a stranger to the story's place: its
#: own words, the words it stands for, an office or a body, the report's own people ("document
#: focus": the people a report is about, not the place it is set in), its possessor ("its
#: spokesman"); not a place the event has, nor the only country its sentence names.
KNOWN_FROM = OWN_WORDS | {"document focus", "possessor", "conjunct"}


def words_act(sense: Any) -> bool:
    """A verbal act (a verbal PLOVER type) that is no visit, no inquiry and no support."""
    return verbal_type(sense.event_type) and sense.mode not in ON_THE_SPOT \
        and sense.event_type != "SUPPORT"


def words_said(mention: Any) -> bool:
    """The mention's event is words said (:func:`words_act`, and no meeting): what a speaker
    says from where they are, unlike a meeting, held where the parties met ("during this time
    she met the commander")."""
    sense = getattr(mention, "sense", None)
    return sense is not None and sense.event_type != "CONSULT" and words_act(sense)


def stranger(source: Actor | None, country: str | None,
             known_from: frozenset[str | None] = KNOWN_FROM) -> bool:
    """Whether ``source`` is a speaker of another country than ``country``, said as
    ``known_from`` allows, that does not speak where the story's fighting or its post is."""
    return source is not None and country is not None and source.country is not None \
        and source.country != country and source.country_from in known_from \
        and not fighting(source) and not sent_abroad(source)


def spoken_elsewhere(sense: Any, source: Actor | None, target: Actor | None,
                     place: Place | None, source_of_place: str | None,
                     heard: bool = False) -> bool:
    """Whether words the article's focus alone places (``place_source`` ``focus``) were said
    elsewhere, or nowhere the text says (see the module's text). ``heard``: they reached the
    report through a medium (:func:`heard_through`): said where their speaker was, which the
    focus tells only of its own country's people and of an armed party ("told a newspaper",
    "in a statement" from a town's police in a report on the town). A town the focus lends to
    words not heard so is kept: it is the locator's to judge, knowing the talks held there."""
    if source_of_place != "focus" or place is None or not words_act(sense):
        return False
    if heard or sense.mode in _REMOTE:
        return source is None or (source.country != place.country and not fighting(source))
    if source is None or (place.precision or 3) < 3:
        return False
    if sense.event_type == "CONSULT" and target is not None \
            and target.country not in (None, source.country):
        return False  # a meeting with another state's party may be held on its ground
    return public(source) and stranger(source, place.country)


#: Talks held apart: each side speaks where it is.
_REMOTE = frozenset({"phone"})
#: Sectors of private persons (and of a party of no known sector): a foreigner in the story may
#: be in its place ("the family, also in a camp, pleaded to be brought home"), unlike an office,
#: a body or a trade.
_PRIVATE = frozenset({None, "CVL", "UNK"})


def public(source: Actor) -> bool:
    """Whether ``source`` speaks for an office, a body or a trade, not as a private person."""
    return source.sector not in _PRIVATE


#: What carries words to the report: a newspaper, a broadcast, a statement, social media.
_MEDIA = word_class("media_nouns")
#: How a verb of speaking holds its hearer ("told the paper", "spoke to the radio") and the
#: medium it goes out through ("in a statement", "on Twitter", "via a video").
_HEARER_PREPS = frozenset({"to", "with"})
_THROUGH_PREPS = frozenset({"in", "on", "via", "through"})
#: Links by which an act is one its speaker tells of in the same breath: its own reported
#: words ("said he rejected the group"), or an act joined to the telling ("told the paper …
#: and rejected the claims").
_OWN_WORDS_DEPS = frozenset({"ccomp", "parataxis", "conj", "xcomp"})
#: Subjects of reported words that are their speaker's own.
_SELF = frozenset({"i", "we", "he", "she", "they", "it"})


def _medium(word: Token) -> bool:
    """``word`` heads a phrase naming a medium ("a local radio station", "Radio 4") or an
    outlet ("the Observer")."""
    own = [t for t in word.subtree if t.i <= word.i]  # (not what follows: "the man who …")
    return any(medium_word(t, _MEDIA) for t in own) \
        or is_outlet(" ".join(t.text for t in own)) or is_outlet(word.text)


def _through(verb: Token) -> bool:
    """``verb`` tells its words to or through a medium, itself or by a speaking participle
    beside it ("Speaking to the radio, she said …")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "dative") and verb.lemma_.lower() in SPEAKING and _medium(c):
            return True
        if c.dep_ in ("prep", "dative") and (c.lower_ in _HEARER_PREPS and verb.lemma_.lower()
                                             in SPEAKING or c.lower_ in _THROUGH_PREPS):
            if any(o.dep_ == "pobj" and _medium(o) for o in c.children):
                return True
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in SPEAKING \
                and _through(c):
            return True
    return False


def _joined_to_teller(verb: Token) -> bool:
    """A finite verb joined, with no subject of its own, to reported words whose verb is not
    finite ("told the paper she should be freed, and rejected the claims"): the parse hangs it
    on those words, but it shares the teller's subject, not theirs."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") \
        and head.dep_ in ("ccomp", "parataxis") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        and any(c.dep_ in ("aux", "auxpass") for c in head.children)


def _told_to_hearer(verb: Token) -> bool:
    """Words the parse hangs on the hearer of a verb of telling as a relative clause ("told
    the paper she had pleaded with the guards"): a clause whose subject is the speaker's own
    (no relative pronoun) is what was told."""
    doer = subject(verb)
    hearer = verb.head
    return verb.dep_ == "relcl" and doer is not None and doer.lower_ in _SELF \
        and hearer.dep_ in ("dobj", "dative") and hearer.head.lemma_.lower() in SPEAKING


def heard_through(tok: Token) -> bool:
    """Whether the words of ``tok`` reached the report through a medium: said so on ``tok``
    itself, or on the verb of speaking whose own words ``tok`` is ("told the newspaper he had
    rejected the group") or that it is joined to."""
    node = tok
    for _ in range(len(tok.doc)):
        if _through(node):
            return True
        if node.dep_ not in _OWN_WORDS_DEPS and not _told_to_hearer(node) \
                or node.head.i == node.i:
            return False
        if _joined_to_teller(node) or _told_to_hearer(node):
            node = node.head  # (the parse's detour: the telling verb is one more step up)
        elif node.dep_ in ("ccomp", "parataxis"):
            doer = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if node.head.lemma_.lower() not in SAYING | SPEAKING or (
                    doer is not None and doer.lower_ not in _SELF):
                return False  # what someone else did, told by the speaker
        node = node.head
    return False
