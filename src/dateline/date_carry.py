"""Stage ``date``: the time a sentence with none of its own carries on from the story told
before it (:mod:`dateline.date`).

* A sentence that carries the story on ("They then ...") takes the time of the one before it,
  through up to three such sentences, unless that time is a span's start, another act's or a
  saying's (:meth:`Carrying.carried`);
* a quoted account goes on with the time its first sentence tells: "“In September they tried
  to storm the town. Many people were killed,” he said" (:meth:`Carrying.account`);
* a saying by the same speaker goes on with the time of the speech before it: "On Monday Jo
  Smith said ... . Smith added ..." (:meth:`Carrying.speech_before`);
* an act of force, protest or arrest in the simple past with no time of its own, right after a
  sentence dating an act of the last weeks, is of that happening ("Rebels attacked a checkpoint
  last week. Six soldiers were killed"), and any act is of a scene an opening time sets, however
  long ago ("In the summer of 2014, militants overran the village. Fighters captured her"),
  through sentences telling in the present what holds around it (:meth:`Carrying.happening`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import date_clauses as clauses
from .aspect import clause_of, hedge_of, past_perfect, simple_past, tense_of
from .date_episode import NEWS_DAYS as _NEWS_DAYS
from .date_reach import PRECISIONS, dates_a_point, in_bounding_phrase, told_for_its_act
from .date_speech import quotation_opened as opened
from .sentences import Sentences, continues_story, first_conjunct, quoted_account, same_section
from .timex import TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .code import Mention
    from .date_story import Dated

__all__ = ["Carrying", "CARRY_DEPTH"]

DateResult = tuple[str | None, str | None]
#: How many sentences back a story's time is carried through sentences that carry it on.
CARRY_DEPTH = 3
#: Acts whose story a sentence after the one dating them goes on telling ("Police fired tear
#: gas and arrested 30 people" after "Protesters gathered on Saturday").
_HAPPENINGS = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT", "SEIZE"})
_day = dt.date.fromisoformat


@dataclass(frozen=True, slots=True)
class Carrying:
    """The times a document's sentences carry on from those before them: its parse, sentences
    and text, the publication date, and the finders :func:`dateline.date.dater` builds (the
    times starting between two offsets, the token at an offset, a clause's own time, the time
    the text tells for a telling)."""

    doc: Doc
    sents: Sentences
    text: str
    pub: str | None
    starting_in: Callable[[int, int], list[TimeExpression]]
    token_at: Callable[[int], int]
    in_sentence: Callable[[Token], tuple[TimeExpression | None, str | None]]
    telling_date: Callable[[Token], Dated]

    def carried(self, k: int, depth: int = 0) -> TimeExpression | None:
        sents, text, doc = self.sents, self.text, self.doc
        if k == 0 or not continues_story(sents.text_of(k), sents.text_of(k - 1)) or not (
                same_section(text, sents.start_chars[k - 1], sents.start_chars[k])):
            return None
        root = sents.spans[k - 1].root
        own = self.told_time(root)
        at = doc[self.token_at(own.start)] if own is not None else root
        if own is not None and (not told_for_its_act(at) or (
                clauses.said_apart(text, sents.start_chars[k], at))):  # ... or a saying's
            # a span's start ("since the intervention in 2015"), another act's ("after … in May")
            return None
        if own is not None or depth >= CARRY_DEPTH or clauses.told_in_present(root) or any(
                dates_a_point(t) for t in self.starting_in(sents.start_chars[k - 1],
                                                       sents.end_chars[k - 1])):
            return own
        # the sentence before carried its time on from the one before it: so does this one
        return self.carried(k - 1, depth + 1)

    def told_time(self, root: Token) -> TimeExpression | None:
        """The time of a sentence's main clause, else of the words it reports ("… on
        Saturday, the military said", "Residents said that in September rebels came"), unless
        told as what is held now ("Reports say the two men were taken in January")."""
        told = [root, *(c for c in root.children if c.dep_ == "ccomp"
                        and not clauses.told_in_present(root))]
        return next((t for t in (self.in_sentence(v)[0] for v in told) if t is not None), None)

    def account(self, k: int, depth: int = 0) -> TimeExpression | None:
        """The time of the account that sentence ``k`` goes on quoting: "“In September they
        tried to storm the town. Many people were killed,” he said" (September), however
        long before the report; an account with no time of its own carries the time of the
        one before it, or of the story its first sentence carries on."""
        sents, text, doc, pub = self.sents, self.text, self.doc, self.pub
        if k == 0 or depth > CARRY_DEPTH:
            return None
        root = sents.spans[k - 1].root
        reports = any(c.dep_ == "ccomp" for c in root.children)
        if not quoted_account(text, (sents.start_chars[k - 1], sents.end_chars[k - 1]),
                              (sents.start_chars[k], sents.end_chars[k]), reports):
            return None
        if (time := self.told_time(root)) is not None:  # (the saying's own time is not the quote's)
            at = doc[self.token_at(time.start)]
            return None if not time.date or (pub and time.date > pub) or not told_for_its_act(
                at) or clauses.said_apart(text, sents.start_chars[k], at) else time
        if self.starting_in(sents.start_chars[k - 1], sents.end_chars[k - 1]) or tense_of(next((
                c for c in root.children if c.dep_ == "ccomp"), root)) != "past":
            # a time of something else ("… since 2011"); what the speaker says of now ("I
            # respect their decision", not "“He was shot,” she recalls") ends the account
            return None
        return self.account(k - 1, depth + 1) or self.carried(k - 1)  # or the story it carries on

    def speech_before(self, k: int, saying: Token, depth: int = 0) -> TimeExpression | None:
        """The time of the speech the sentence before tells, which a saying by "he", "she",
        "they" or its speaker named again, with no time of its own, goes on with: "On Monday
        Jo Smith said … . Smith (He) added …", "“… . …,” he said" (before the quotation)."""
        sents, text, doc, pub = self.sents, self.text, self.doc, self.pub
        root = sents.spans[k - 1].root if (k := opened(text, sents.start_chars, k)) else None
        if root is None or not (clauses.speaks(root) and clauses.goes_on_speaking(saying, root)):
            return None
        time = self.told_time(root) or (
            self.speech_before(k - 1, root, depth + 1) if depth < CARRY_DEPTH
            and not self.starting_in(*sents.bounds(root.i)[2:]) else None)
        return time if time is not None and time.date and (pub is None or time.date <= pub) and (
            not in_bounding_phrase(doc[self.token_at(time.start)])) else None

    def happening(self, k: int, mention: Mention) -> DateResult | None:
        """The time of the happening that sentence ``k`` goes on telling of: an act of force,
        protest or arrest told in the simple past with no time of its own, right after a
        sentence that dates an act of the last weeks ("Rebels attacked a checkpoint last week.
        Six soldiers were killed"), or one of any time before the report that the sentence
        opens with, before its subject ("In September rebels stormed the town. Many people
        were killed")."""
        sents, text, doc, pub = self.sents, self.text, self.doc, self.pub
        sense = getattr(mention, "sense", None)  # a bare trigger tells no kind of act
        if k == 0 or pub is None or sense is None:
            return None
        trig = hedge_of(doc[mention.trigger])  # "are said to have died": as "died"
        s_char, s_end = sents.start_chars[k], sents.end_chars[k]
        verb = clause_of(trig)
        if trig.i != verb.i and not (trig.dep_ == "nsubj" and trig.head.i == verb.i):
            return None  # "threats of military action": a noun telling no act of the story
        if (not simple_past(verb) or not (first_conjunct(verb).dep_ in ("ROOT", "conj")
                                          or clauses.told_with_main(verb))
                or self.starting_in(s_char, s_end) or clauses.quotes_speech(text[s_char:s_end])
                or clauses.told_earlier(verb)):
            return None
        kind = getattr(sense, "event_type", None)
        return self.scene_before(k, scene_only=kind not in _HAPPENINGS)

    def scene_before(self, k: int, depth: int = 0, scene_only: bool = False) -> DateResult | None:
        """The time of the happening told before sentence ``k`` (:func:`happening`), also
        through sentences of it told in the simple past with no time of their own ("… killed
        in an attack last Thursday. The assault was the latest of many. Three blasts were
        set off. A bomber then blew himself up": Thursday)."""
        sents, text, pub = self.sents, self.text, self.pub
        s_char = sents.start_chars[k]
        j = k - 1
        while j > 0 and k - j < CARRY_DEPTH and self.background(j):
            j -= 1  # "… tried to reach the mountain. Yazidis see it as their protector. …"
        before = sents.spans[j]
        if not (simple_past(before.root) or past_perfect(before.root)) or clauses.quotes_speech(
                text[sents.start_chars[j]:s_char]):
            return None
        time = self.told_time(before.root)
        # ... else the time the text tells for the act before, its shifts included ("Ten days
        # earlier, the army had shelled the town")
        date, precision, source = (time.date, time.precision, "clause") if time else (
            self.telling_date(before.root))
        if time is None and source in (None, "publication"):
            return self.scene_before(j, depth + 1, scene_only) if (
                j > 0 and depth < CARRY_DEPTH and simple_past(before.root) and not (
                    clauses.told_earlier(before.root)) and not self.starting_in(
                    sents.start_chars[j], sents.end_chars[j])) else None
        if date is None or source not in ("clause", "sentence", "carried") or (
                precision not in PRECISIONS):
            return None
        age = (_day(pub) - _day(date)).days
        if 0 <= age <= _NEWS_DAYS and precision in ("day", "week", "month") and not scene_only:
            return date, precision
        # a time opening the sentence before sets the scene of the story told on, however long
        # before the report: "In the summer of 2014, Isis overran the town. Fighters captured
        # her on the road" (2014); so does a shift opening it ("Ten days earlier, Assad had
        # launched an attack. Sarin killed 1,000 people")
        opening = [time] if time is not None else [t for t in self.starting_in(
            sents.start_chars[j], s_char) if t.kind in ("shift", "relshift")]
        framed = any(self.token_at(t.start) < min(
            (c.left_edge.i for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")),
            default=before.root.i) for t in opening)
        # any other act only in a scene older than the news that the text dates itself
        return (date, precision) if framed and 0 <= age and (
            not scene_only or time is not None and age > _NEWS_DAYS) else None

    def background(self, j: int) -> bool:
        """Sentence ``j`` tells in the present what holds around a story, with no time ("They
        see the mountain as their protector")."""
        sents = self.sents
        root = sents.spans[j].root
        return clauses.told_in_present(root) and not self.starting_in(
            sents.start_chars[j], sents.end_chars[j])
