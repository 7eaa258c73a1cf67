"""Stage ``date``, across a document's events: an act told as done with no time of its own that
is the same happening as one the text dates elsewhere takes that happening's time.

"Turkey launched its offensive on Afrin on 20 January. … And when Turkey attacked Afrin, she
kept asking to go": the attack of the second sentence is the offensive of the first, which the
text dates; a reader gives it 20 January, not the article's date. Two events are the same
happening when they are of one event type, done by the same named doer, and share the place the
text names for each (unless they name two other recipients: "hosted Assad in Sochi on Monday"
is not when he hosted two other presidents there) or the same named recipient, or when one of
them names no one it was done to and the text names no two places for them ("Police raided the
hotel on 22 July. … Police confiscated their phones": what the text does not say of one telling
does not make it another happening); an act told with
no doer is a twin of one of the same kind of happening ("kidnapped" of "abducted") at the same
named place. An act takes the
time of its twins only when they agree on it, and only when it is told in the simple past or by
a participle of what was done to a thing (what goes on now, or is generic, is no single past
happening).

An act told again in the simple past whose time was only carried from the sentence before it
takes the time the text gives the act it retells (``story``): the same happening word, by no
other doer, done to a description that refers back to what the earlier telling names ("Rebels
attacked an army base in early January. Officials said on Monday that talks would resume. The
rebels attacked the base at dawn": early January, not Monday); so does an act joined to it with
no subject nor auxiliary of its own ("… and killed 12 soldiers"). An act told as done once more
("attacked the base again", "a second time") is another act, and so is one told after a deed
the text dates later than the first telling ("The army retook the area in February"): the
story has moved on, and the act keeps the time carried to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING


from .aspect import PRESENT_PERFECT, clause_of, has_own_tense, simple_past
from .date_before import when_dated
from .date_conjuncts import dated_by_partners
from .date_clauses import SPOKEN_ACTS
from .date_story import OTHER_HAPPENING, happening_word
from .numbers import number_words
from .sentences import event_token
from .wordclasses import load_word_classes, word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .records import Actor, Event

__all__ = ["act_kind", "dated_by_twins", "other_countries", "other_doers", "two_places"]

#: Sources of a date the text itself tells for the event, in its own words or where the story
#: tells the same happening again ("has been killed. … struck by a missile on 16 March").
_TOLD = ("clause", "sentence", "story")
#: Sources of a place the text names for the event itself.
_NAMED_PLACE = ("clause", "sentence")
#: Words of one act done to a person, whichever word tells it (``one_act_*`` classes):
#: "captured" and "detained" of the same men.
_ONE_ACT = {w: name for name, found in load_word_classes().items() if name.startswith("one_act_")
            for w in found}
#: Determiners of a description that refers back to whom the text named before: "the men".
_BACK = frozenset({"the", "these", "those", "this", "that", "both"})
#: Adverbs of an act done once more: "attacked the base again".
_REPEAT = word_class("repeat_adverbs")


def _name(actor: object) -> str | None:
    """The name of an actor the text names, in its own words or an earlier one's; ``None`` for
    one it only implies (the unidentified armed group of an attack told with no doer, the
    police of an arrest), which tells no two acts apart."""
    name = getattr(actor, "name", None)
    if not name or not (getattr(actor, "text", None) or getattr(actor, "antecedent", None)):
        return None
    return name.casefold()


def two_places(e: Event, twin: Event) -> bool:
    """The text names a place for each of the two acts, and not the same one."""
    return (e.place_source in _NAMED_PLACE and twin.place_source in _NAMED_PLACE
            and e.location is not None and twin.location is not None
            and e.location.name != twin.location.name)


def _same_happening(doc: Doc, e: Event, twin: Event) -> bool:
    """``e`` and ``twin`` are one happening told twice: same type, same named doer, and the same
    named place (done to no two other named recipients) or recipient, or no recipient named in
    one of them (and no two places); or, for an act whose words
    name no doer, the same kind of happening (:func:`date_story.happening_word`) at the same
    named place ("the four colleagues kidnapped
    in Douma" of "seized on 4 May 2011 from her office in Douma by gunmen")."""
    if e.event_type != twin.event_type or e.sent_start == twin.sent_start:
        return False
    here, there = e.location, twin.location
    same_place = (here is not None and there is not None and e.place_source in _NAMED_PLACE
                  and twin.place_source in _NAMED_PLACE and here.name == there.name)
    if same_place and not getattr(e.source, "text", None) and _kind(doc, e) == _kind(doc, twin):
        return True  # no doer in its words: "the colleagues kidnapped in Douma"
    if two_places(e, twin):
        return False  # the doer's men "arrested in Chittagong" are not those detained in Dhaka
    if not _same_doer(e.source, twin.source):  # (no named doer is the same as none)
        return False
    recipient = _name(e.target)
    if recipient is not None and recipient == _name(twin.target):
        return True
    # "hosted Assad in Sochi on Monday" is not when he hosted two other presidents there
    if same_place and not other_countries(e.target, twin.target):
        return True
    # a telling that names no one the act was done to is of the doer's one dated act of that
    # type ("Police raided the hotel on 22 July. ... Police confiscated their phones")
    return recipient is None or _name(twin.target) is None


#: Sectors of a state's own agents: its government and its armed forces act for it.
_STATE_AGENTS = frozenset({"GOV", "MIL"})
#: The last word of a generic name of a state's government or armed forces.
_AGENT_WORDS = frozenset({"government", "military"})


def _same_doer(a: Actor | None, b: Actor | None) -> bool:
    """``a`` and ``b`` are the same named doer: by one name, or a state named generically by its
    own name, its government or its armed forces ("Turkey attacked Afrin" of "Turkish troops
    launched an offensive on Afrin": a state acts by its agents), not another country's, nor a
    person or a body named by a name of its own."""
    doer, other = _name(a), _name(b)
    if doer is None or other is None:
        return False
    if doer == other:
        return True
    country = getattr(a, "country", None)
    if country is None or country != getattr(b, "country", None) or not {
            getattr(a, "sector", None), getattr(b, "sector", None)} <= _STATE_AGENTS:
        return False
    return _state_of(doer) == _state_of(other) is not None


def _state_of(name: str) -> str | None:
    """The state a generic name of it or of its agents names ("türkiye military": "türkiye",
    "united states military": "united states"): the name less its last word of an agent; any
    other name of more words as it is ("defence ministry"), which names the same state as its
    twin only when the two are the same words. (Only names of a state's government or forces,
    one country's, are asked: :func:`_same_doer`.) ``None`` for an empty name."""
    words = name.split()
    if len(words) > 1 and words[-1] in _AGENT_WORDS:
        words = words[:-1]
    return " ".join(words) if words else None


def _one_act(doc: Doc, e: Event, twin: Event) -> bool:
    """``e`` and ``twin`` are one act done to the same one recipient, told twice in other words:
    "two men, A and B, have been captured by Kurdish forces … They were detained in
    mid-January". The recipients are one (:func:`_same_recipient`), the act is of one kind
    (:func:`act_kind`), and the doers are not two others (:func:`other_doers`) nor the places two
    the text names for the acts."""
    if e.sent_start == twin.sent_start or e.target is None or twin.target is None:
        return False
    if other_doers(e.source, twin.source) or other_countries(e.target, twin.target):
        return False  # ... nor "the Turkish president" the Iranian one
    if two_places(e, twin):
        return False  # "the students arrested in Chittagong" of those detained in Dhaka
    act = act_kind(doc, e)
    return (act is not None and act == act_kind(doc, twin)
            and _same_recipient(doc, e.target, twin.target))


def dated_by_twins(doc: Doc, events: Sequence[Event], pubdate: str | None) -> list[Event]:
    """``events`` with the acts the text gives no time that are twins of a dated happening
    (:func:`_same_happening`) dated as it is, ``date_source`` ``carried``; first, those joined
    to a dated clause the parse splits from them (:mod:`dateline.date_conjuncts`)."""
    events = dated_by_partners(doc, events, pubdate)
    told = [e for e in events if e.date_source in _TOLD and e.date and e.status == "actual"
            and (pubdate is None or e.date <= pubdate)]
    if not told:
        return when_dated(doc, events)
    out: list[Event] = []
    for e in events:
        done = e.date_source == "publication" and e.status == "actual" and _told_as_done(doc, e)
        if done:
            perfect = done == "perfect"
            times = {(t.date, t.date_precision) for t in told
                     if (not perfect and _same_happening(doc, e, t)) or _one_act(doc, e, t)}
            if len(times) == 1:
                date, precision = times.pop()
                e = replace(e, date=date, date_precision=precision, date_source="carried")
        elif e.date_source == "carried" and e.status == "actual" and (
                _told_as_done(doc, e) == "past"):
            # a time carried from the sentence before yields to the time the text gives the
            # act it tells again ("Rebels attacked an army base in early January. … The rebels
            # attacked the base at dawn": January, not the day of the sentence before)
            times = {(t.date, t.date_precision) for t in told
                     if t.sent_start < e.sent_start and _retold(doc, e, t)
                     and not _moved_on(told, t, e)}
            if len(times) == 1 and (e.date, e.date_precision) not in times:
                date, precision = times.pop()
                e = replace(e, date=date, date_precision=precision, date_source="story")
        out.append(e)
    # ... and what is told at the time of a twin's clause of "when"
    return when_dated(doc, _joined_retold(doc, out))


def _retold(doc: Doc, e: Event, twin: Event) -> bool:
    """``e`` tells ``twin``'s act again: the same kind of happening by the same word family
    (:func:`date_story.happening_word`), by no other doer, at no other named place, done to what
    ``e`` names by a description that refers back to what ``twin`` named ("attacked the base" of
    "attacked an army base", "the town was seized" of "seized the town of Marib")."""
    here, there = event_token(doc, e), event_token(doc, twin)
    if here is None or there is None or e.event_type != twin.event_type or _again(here):
        return False  # "attacked the base again": another attack
    if happening_word(here) != happening_word(there) or other_doers(e.source, twin.source) or (
            two_places(e, twin)):
        return False
    thing, named = _acted_on(here), _acted_on(there)
    return (thing is not None and named is not None and thing.lemma_ == named.lemma_
            and any(c.dep_ == "det" and c.lower_ in _BACK for c in thing.children))


def _moved_on(told: Sequence[Event], first: Event, e: Event) -> bool:
    """A deed the text dates later than ``first`` is told between ``first`` and ``e``: the story
    has moved on ("The army retook the area in February. … The rebels attacked the base": a new
    attack, not the one of January); words said in between ("officials said on Monday") do not
    move it."""
    return any(first.sent_start < t.sent_start < e.sent_start and t.event_type not in SPOKEN_ACTS
               and t.date > first.date for t in told)


def _again(verb: Token) -> bool:
    """The clause of ``verb`` tells its act as done once more: "again", "anew" (``repeat_adverbs``),
    "once more", "a second time", "for another time" (a word of ``other_happening``)."""
    for c in verb.children:
        if c.dep_ == "advmod" and (c.lower_ in _REPEAT or c.lower_ == "more" and any(
                m.lower_ == "once" for m in c.children)):
            return True
        times = [c] if c.dep_ == "npadvmod" else [
            o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" else []
        if any(t.lemma_.lower() == "time" and any(m.lower_ in OTHER_HAPPENING for m in t.children
                                                 if m.dep_ in ("amod", "det")) for t in times):
            return True
    return False


def _joined_retold(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` with a carried act joined with no subject of its own to an act told again
    (:func:`_retold`) dated as that act: "The police raided the hotel and arrested 30 people"."""
    retold = {tok.i: e for e in events if e.date_source == "story"
              and (tok := event_token(doc, e)) is not None and tok.pos_ == "VERB"}
    if not retold:
        return events
    out = []
    for e in events:
        tok = event_token(doc, e) if e.date_source == "carried" else None
        if tok is not None and tok.dep_ == "conj" and tok.head.i in retold and not (
                has_own_tense(tok)):
            told = retold[tok.head.i]
            e = replace(e, date=told.date, date_precision=told.date_precision,
                        date_source="story")
        out.append(e)
    return out


def _acted_on(verb: Token) -> Token | None:
    """The noun a verb's act is done to: its object, or the subject of its passive."""
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                 and c.pos_ in ("NOUN", "PROPN")), None)


def _kind(doc: Doc, e: Event) -> str | None:
    """The word of the kind of happening the event is told by."""
    trigger = event_token(doc, e)
    return None if trigger is None else happening_word(trigger)


def _told_as_done(doc: Doc, e: Event) -> str | None:
    """"past" when the event's trigger is a verb told in the simple past ("attacked", "was
    killed") or a past participle that tells what was done to a thing ("the colleagues
    kidnapped in Douma"); "perfect" for one told in the present perfect ("have been captured"),
    which may tell of a span ("320 people have been killed in five days") and so takes a time
    only from the same act done to the same one recipient (:func:`_one_act`)."""
    trigger = event_token(doc, e)
    if trigger is None:
        return None
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        return "past"
    verb = clause_of(trigger)
    if trigger.i != verb.i:
        return None
    return "past" if simple_past(verb) else "perfect" if _present_perfect(verb) else None


def _present_perfect(verb: Token) -> bool:
    """``verb`` is told in the present perfect ("have been captured", "has attacked"): a
    happening done, which the text may date elsewhere."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in PRESENT_PERFECT
                                      for c in verb.children)


def other_doers(a: Actor | None, b: Actor | None) -> bool:
    """The text names two doers of other countries, or two of no country by other names:
    "Syrian Kurdish fighters" may be "the Kurdish-led Syrian Democratic Forces"."""
    doer, other = _name(a), _name(b)
    if doer is None or other is None or doer == other:
        return False
    here, there = getattr(a, "country", None), getattr(b, "country", None)
    return here != there or here is None


def other_countries(a: Actor | None, b: Actor | None) -> bool:
    """The text names two actors of two other countries in their own words: "the Iranian
    president" is not "the Turkish president", whatever head word they share (a pronoun's
    country is only that of what it is taken to stand for)."""
    if getattr(a, "antecedent", None) or getattr(b, "antecedent", None):
        return False
    if getattr(a, "country_from", None) or getattr(b, "country_from", None):
        return False  # a country not said in its words: of the place, the focus, a neighbour
    here, there = getattr(a, "country", None), getattr(b, "country", None)
    return here is not None and there is not None and here != there


def act_kind(doc: Doc, e: Event) -> str | None:
    """The kind of act the event is told by: its ``one_act_*`` class, else its happening word."""
    trigger = event_token(doc, e)
    if trigger is None:
        return None
    return _ONE_ACT.get(trigger.lemma_.lower()) or happening_word(trigger)


def _same_recipient(doc: Doc, a: Actor, b: Actor) -> bool:
    """``a`` and ``b`` are the same one recipient: one's words name a person the other's words
    name too ("Khan" of "the opposition leader Ali Khan"), or one refers back ("they", "the
    men") to words whose head is the other's ("two British men"), or one refers back to as many
    as the other counts ("the two remaining members" and "the pair"; "two militants" and "the
    two men")."""
    one, two = _span(doc, a), _span(doc, b)
    if one is None or two is None:
        return False
    if _persons(one) & _words(two, b) or _persons(two) & _words(one, a):
        return True
    if (_refers_back(one, a) or _refers_back(two, b)) and (_count(one) or 0) > 1 and (
            _count(one) == _count(two)):
        return True
    return ((_refers_back(one, a) and _head(one, a) == two.root.lower_)
            or (_refers_back(two, b) and _head(two, b) == one.root.lower_))


def _count(span: Span) -> int | None:
    """How many the words count: "the two men" and "the pair" are two (``data/numbers.tsv``)."""
    numbers = number_words("number")
    root = span.root
    if root.lower_ in numbers:
        return numbers[root.lower_]
    return next((numbers[c.lower_] for c in root.children
                 if c.dep_ == "nummod" and c.lower_ in numbers), None)


def _span(doc: Doc, actor: Actor) -> Span | None:
    if actor.char_start is None or actor.char_end is None:
        return None
    return doc.char_span(actor.char_start, actor.char_end, alignment_mode="expand")


def _persons(span: Span) -> set[str]:
    """The words of the persons' names in ``span``."""
    return {t.lower_ for t in span if t.ent_type_ == "PERSON"}


def _words(span: Span, actor: Actor) -> set[str]:
    """The recipient's words, with those of the words it stands for."""
    return {t.lower_ for t in span} | set((actor.antecedent or "").lower().split())


def _refers_back(span: Span, actor: Actor) -> bool:
    return bool(actor.antecedent) or span[0].lower_ in _BACK


def _head(span: Span, actor: Actor) -> str:
    """The head word of what the recipient stands for: the last word of its antecedent ("the
    men"), else its own head."""
    if actor.antecedent:
        return actor.antecedent.lower().split()[-1]
    return span.root.lower_
