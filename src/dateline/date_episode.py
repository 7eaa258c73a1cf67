"""Stage ``date``, across a past episode: an act told in the simple past with no time of its own,
in a run of sentences told in the past that a time with its year opened, is of that year.

"In 2014, militants overran the town. The group then attacked the villages around it. Its
fighters burned the market": a reader gives the burning 2014, not the article's date, while
the episode goes on (at most :data:`EPISODE_SENTENCES` sentences after its opening: news told
in the simple past follows a paragraph of background as often as the background goes on).
The episode is opened by the time of a sentence's main clause that writes its year or counts
years ("Four years ago") and sets the scene, before the subject ("In the summer of 2014, …") or
as what "it was" ("It was a morning on Saturday 31 August 2013 when …"), and lies before the
news (older than :data:`NEWS_DAYS` days); flashbacks inside it (a shift, "Ten days earlier, …",
or a past perfect, "Obama had vowed …") neither open nor end it. It ends at a sentence told in
the present ("It is far from clear …"), a quotation, a blank line, or any other main-clause time
but a thing's ("the Iraq war of 2003"). The act takes the episode's date at the precision the
opening gives, no finer than its month: the text tells only that it came later in that story,
not on which day (a scene set on a night in early January: January; one set in 2014: 2014).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from .aspect import past_perfect, simple_past
from .date_clauses import quotes_speech, told_in_present
from .date_reach import in_bounding_phrase, of_a_thing
from .sentences import Sentences, same_section
from .wordclasses import word_class
from .years import YEAR

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .timex import TimeExpression

__all__ = ["episode_time", "NEWS_DAYS", "EPISODE_SENTENCES"]

#: A time at most this many days before the report is the news told, not a past episode.
NEWS_DAYS = 31
#: How many sentences back an episode's opening time is looked for: a few paragraphs of
#: background; further on, an undated act in the simple past is the news as often as the episode.
EPISODE_SENTENCES = 12
#: Kinds of time naming a month or a day of one without its year ("On a night in early January",
#: "On 7 January"): written for a scene as much as a year is, once they lie weeks before the report.
_NAMED_MONTH_KINDS = ("month", "dmy", "mdy")
_FLASHBACK_KINDS = ("shift", "relshift")
#: The precision an episode's acts take from the time opening it: a scene set on a day or in a
#: month ("On a night in early January", "It was a morning on 14 May 2013") is told within its
#: month, not on its day; one set in a year ("In 2014", "Four years ago"), within the year.
_SCENE_PRECISION = {"day": "month", "week": "month", "month": "month", "decade": "decade"}
#: Nouns of deeds ("an incident", "the attack"): one dated as the subject of a sentence opens
#: the telling of it.
DEEDS = word_class("deed_nouns")


def episode_time(doc: Doc, sents: Sentences, k: int, pub: str | None, verb: Token,
                 starting_in: Callable[[int, int], list[TimeExpression]],
                 told_time: Callable[[Token], TimeExpression | None]) -> TimeExpression | None:
    """The time, at its month or year (:data:`_SCENE_PRECISION`), that opened the past
    episode sentence ``k`` goes on telling, when the act's clause ``verb`` is told in the simple
    past; else ``None``."""
    if pub is None or not simple_past(verb):
        return None
    text = sents.text
    for j in range(k - 1, max(-1, k - 1 - EPISODE_SENTENCES), -1):
        start, end = sents.start_chars[j], sents.end_chars[j]
        if not same_section(text, start, sents.start_chars[k]):
            return None
        root = sents.spans[j].root
        if quotes_speech(text[start:end]) or told_in_present(root):
            return None  # the text is back at the report's time
        if past_perfect(root) or any(t.kind in _FLASHBACK_KINDS for t in starting_in(start, end)):
            continue  # a flashback inside the episode
        time = told_time(root)
        if time is not None and (_opens_episode(doc, time, root, pub)
                                 or _deed_told(doc, time, root, pub)):
            return replace(time, precision=_SCENE_PRECISION.get(time.precision or "", "year"))
        if time is not None and not of_a_thing(doc, time, root):
            return None  # another time: of the news, or of another story
    return None


def _deed_told(doc: Doc, time: TimeExpression, root: Token, pub: str) -> bool:
    """``time`` dates a deed (:data:`DEEDS`) that is the subject of the main clause at
    ``root``, older than the news: "An incident in October 2016 confirmed the danger" opens the
    telling of that incident ("A drone exploded, killing two soldiers")."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or time.date is None or time.date > pub:
        return False
    noun = span.root.head
    if noun.pos_ == "ADP":
        noun = noun.head  # "an incident in October 2016"
    age = (dt.date.fromisoformat(pub) - dt.date.fromisoformat(time.date)).days
    return (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == root.i
            and noun.lemma_.lower() in DEEDS and age > NEWS_DAYS)


def _opens_episode(doc: Doc, time: TimeExpression, root: Token, pub: str) -> bool:
    """``time``, of the main clause at ``root``, opens an episode: it writes its year (or is
    a year or a decade: "Four years ago, …", or names a month: "In early January, …"), lies
    before the news, and sets the scene — before the subject ("In 2014, militants overran …"),
    or as what "it was" ("It was a sunny morning on 31 August 2013 when …"); a time after the
    subject ("The rebels seized the town in 2014") is background to the news, no scene."""
    if time.date is None or time.date > pub or not (
            YEAR.search(time.text) or time.precision in ("year", "decade")
            or time.kind in _NAMED_MONTH_KINDS):
        return False
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or in_bounding_phrase(span[0]):
        return False  # "since 2011": the start of a span, no episode's time
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    cleft = root.lemma_ == "be" and any(c.lower_ == "it" for c in subjects)
    if not cleft and span[0].i > min((c.left_edge.i for c in subjects), default=root.i):
        return False
    age = (dt.date.fromisoformat(pub) - dt.date.fromisoformat(time.date)).days
    if time.precision == "month":
        age -= 30  # the whole month lies before the news, not only its first day
    return age > NEWS_DAYS
