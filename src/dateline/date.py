"""Stage ``date``: the event's date and its precision from the publication date and the text.

Once per document, :func:`dateline.timex.time_expressions` finds the time expressions of the text
with regular expressions (cheap; no date parser call per sentence) and resolves them against the
publication date: deictic words, weekdays with the tense of their verb, counted spans ("two months
ago"), shifts ("one day after a similar raid", "ten days earlier", "the same month"), explicit
dates, years, decades, seasons and holidays by calendar.

Each event takes the expression of its own clause, else of its sentence (governing clauses first,
never another clause's reported content), else — when the sentence carries on the story of the one
before — that sentence's, else the publication date with no precision (the text gives no day);
``date_source`` says which (``clause``, ``sentence``, ``carried``, ``publication``; ``story`` for
"the attack" the story dates elsewhere, :mod:`dateline.date_story`, and for what is "a day after the
Kabul assault" it dates, :mod:`dateline.date_after`). A story is carried on through sentences that
carry it on ("They then …"), and an act of force, protest or arrest told in the simple past with no
time of its own, right after a sentence dating an act of the last weeks, is of that happening
("Rebels attacked a checkpoint last week. Six soldiers were killed"), also when that act is told in
the past perfect or by a shift ("Two days earlier, rebels had stormed the barracks"), or after a
sentence whose opening time sets the scene, however long ago ("In the summer of 2014, militants
overran the village. Fighters captured her on the road": 2014; so any act, in a scene older than the
news: "The US refused to intervene"), or a shift opening it ("Ten days earlier, …"); so is a "when"
clause of a past main verb ("Soldiers were sleeping when the gunmen opened fire"), and sentences
telling in the present what holds around the story do not break it. The lead's act of force with no
time takes the day the next sentence gives its story (:mod:`dateline.date_lead`); "hours later"
keeps the day told last. "Since 2002" and "until March" bound spans and date no event, nor any event
outside them. An event in the past perfect with no time of its own lies before the report by a span
not said: it has the publication date, marked as such, unless a dated reporting clause tells it
("officials said on Tuesday that troops had captured the town", "the army said on Thursday it had
killed 12 militants"): that time is its latest (``sentence``, at its precision). What only would,
could or is threatened to happen (:mod:`dateline.aspect`) takes no time but its own clause's. A
shift moves the clause it is in and those under it, never the clauses that govern it; "the day after
an October attack" is of October, not of a day. What happened just after or before the event told
("killed after a raid struck") shares its time; "have supported the militia since 2014" began in
2014. An event noun takes the time of the clause describing it ("an airstrike that killed their
mother in January"); what is told in the present goes on now and is never carried; what someone is
jailed or accused for, and what a relative clause tells of a thing, take no time from outside
themselves unless the sentence opens with it ("In 2015, …"); nothing told as done is dated after the
report. Background history keeps its own time: "in 1980" (year), "during the 1930s" (decade), "last
autumn" (year), "two decades ago" (decade); "it is six weeks since she surrendered" dates the
surrender, not the sentence; a time in a later conjunct ("had trained them, but earlier this year
used them") or under a past perfect dates only its own clause; the year of a thing ("killed in a
2015 airstrike") dates the act that is it or happened in it, never an act done to it ("pulled out of
the 2015 deal"), nor one about, for or against it ("claimed responsibility for Monday's bombing").
What a relative clause tells of a dated thing is of its time ("a call on Friday in which he
agreed"), and what was tried was done when it was tried ("an attempt to kill him" in a sentence
dated mid-September). Failing all else, a timeline's month heading dates its section
(:mod:`dateline.date_headings`). Without a publication date, relative expressions give ``None``."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Set as AbstractSet
from functools import cache
from typing import TYPE_CHECKING

from . import date_clauses as clauses
from .date_story import (Dated, Telling, Tellings, death_date, occasion_named, occasion_of,
                         retold_later, story_date)
from .aspect import bounds_a_span, clause_of, past_perfect, simple_past, tense_of
from .date_reach import (SPAN_END, anchored, anchoring_verb, applies, bounded_with,
                         coarser_precision, covers_any, dates_a_point, modifies,
                         names_time_of, of_a_thing, of_a_topic, of_the_verb, sets_the_scene,
                         since_told, time_of_noun)
from .holidays import holiday_date
from .sentences import (Sentences, clause_tokens, first_conjunct,
                        governing_clauses)
from .date_after import after_happening, through_relation
from .date_anniversary import anniversary_time
from .date_carry import Carrying
from .date_described import described_time
from .date_episode import episode_time
from .date_headings import section_times
from .date_intent import stated_time
from .date_lead import lead_time
from .date_made import described_happening, made_happening
from .date_meeting import meeting_time
from .date_owner import owner_said
from .date_quoted import spoken_in
from .date_speech import according_time, in_speech
from .date_undated import checked_pubdate, left_undated, needs_pubdate
from .date_said import said_weekdays
from .date_weekday import set_weekdays
from .timex import TimeExpression, shifted, time_expressions
from .tokens import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .code import Mention
    from .records import Article

__all__ = ["dater", "time_expressions", "TimeExpression", "holiday_date", "Dated", "DATE_SOURCES",
           "needs_pubdate", "left_undated", "checked_pubdate", "RULESET"]

#: Provenance name of the rules in this module.
RULESET = "dateline.date.v3"

DateResult = tuple[str | None, str | None]
#: The values of ``date_source`` in a :data:`Dated` (``None`` for no date).
DATE_SOURCES = ("clause", "sentence", "carried", "story", "publication", "before publication")

_SINCE_WORD = re.compile(r"since\b", re.I)
_APPOSED = re.compile(r"[\s,(\u2013\u2014-]*(?:on|in|at)?\s*", re.I)
_day = dt.date.fromisoformat


def dater(doc: Doc, article: Article, sents: Sentences | None = None
          ) -> Callable[[Mention], Dated]:
    """A function giving each mention of ``doc`` its ``(date, date_precision, date_source)``:
    the time of its own ``clause``, else of its ``sentence`` (governing clauses first), else
    ``carried`` from the story the sentence goes on with (:mod:`dateline.date_carry`), else
    the ``publication`` date with no precision (also for a past perfect, "had been seized");
    ``story`` for "the attack" told again; anchored shifts move the time they are anchored to
    (see the module's text)."""

    sents = sents or Sentences.of(doc)
    text = sents.text
    # "into the New Year", "through March": a span's end, no event's time; "“Yesterday (Sunday)
    # we …,” he said on Monday" counts from Monday; "on Tuesday" again: the Tuesday set before
    pub = article.pubdate
    exprs, set_ahead = set_weekdays(said_weekdays(in_speech([t for t in time_expressions(
        text, pub, doc) if not SPAN_END.search(text, max(0, t.start - 16), t.start)], text, list(
            zip(sents.start_chars, sents.end_chars, strict=True)), pub), doc, pub), pub)
    headed = section_times(text, sents.start_chars, pub)  # a timeline's month headings
    paragraph_breaks = [m.end() for m in re.finditer(r"\n", text)]
    token_starts = words(doc).starts
    expr_starts = [t.start for t in exprs]  # in text order: a sentence's are found by bisection

    def starting_in(a: int, b: int) -> list[TimeExpression]:
        """The expressions that start between two offsets, in text order."""
        return exprs[bisect_left(expr_starts, a):bisect_left(expr_starts, b)]

    def token_at(char: int) -> int:
        return max(0, bisect_right(token_starts, char) - 1)

    def covers(t: TimeExpression, tokens: AbstractSet[int]) -> bool:
        return covers_any(t, (token_starts[i] for i in tokens))

    def told_before(char: int) -> TimeExpression | None:
        """The time of the text before ``char`` in its paragraph, if any."""
        para = bisect_right(paragraph_breaks, char)  # the paragraph's number
        for t in reversed(starting_in(0, char)):
            if bisect_right(paragraph_breaks, t.start) < para:
                break
            if t.end <= char and dates_a_point(t) and t.date:
                return t
        return None

    def base_before(char: int) -> DateResult:
        """Time of the text before ``char`` in its paragraph; the publication date otherwise."""
        if (t := told_before(char)) is not None:
            return t.date, t.precision
        return (pub, "day") if pub else (None, None)

    @cache  # a sentence's root is asked again for each event its time is carried to
    def in_sentence(tok: Token, bounded: bool = True) -> tuple[TimeExpression | None, str | None]:
        _, _, s_char, s_end_char = sents.bounds(tok.i)
        if not (told := starting_in(s_char, s_end_char)):  # (the times of the sentence)
            return None, None  # none: every reading below picks among them, and finds none
        # the bound of a span dates only the events inside it: "has threatened to push deeper
        # since sending troops into Afrin in February" is not February's threat
        inside_bound = bounds_a_span(tok)
        # what happened just after or before the event told ("killed after a raid struck a
        # house") lies in that event's time; what began or ended a span does not
        sequel = inside_bound and clauses.in_sequel(tok)
        plains = [t for t in told if dates_a_point(t) and not of_a_topic(doc, t, tok) and (
            not bounded or sequel or inside_bound == bounded_with(doc[token_at(t.start)]))]
        # "it is six weeks since she surrendered": the surrender was six weeks ago
        elapsed = [t for t in told if t.kind == "elapsed" and t.date and since_told(doc, t, tok)]
        if elapsed:
            return elapsed[0], "clause"
        # "was killed in a 2015 airstrike": the year of the act it happened in
        named = [t for t in told
                 if t.kind == "thing_year" and t.date and names_time_of(doc, t, tok)]
        if named:
            return named[0], "clause"
        charged = clauses.charged_with(tok)
        if charged or clauses.topic_deed(tok):
            # "jailed on Monday for smuggling arms", "intelligence over the attack": own time only
            whole = (clauses.charge_gerund(tok) or tok).subtree  # "of ordering the murder in May"
            told = {c.i for c in whole} - {d.i for c in whole if c.dep_ in (
                "relcl", "acl") and charged for d in c.subtree} - clauses.complements(tok)
            own = [t for t in plains if covers(t, told)]
            if own:
                return own[0], "clause"
            if not charged:
                return None, None
            # ... but a time opening the sentence ("In October last year, …") frames it all
            frame = [t for t in plains if not text[s_char:t.start].strip()]
            return (frame[0], "sentence") if frame else (None, None)
        # "asked the parties to meet on 11 September": the meeting's time, not the asking's
        complements = clauses.complements(tok)
        own_clause = clauses.own_clause(tok)
        if (content := clauses.content_of_noun(tok)) is not None:
            own_clause = own_clause & content  # "a claim on Thursday that it used them"
        clause = (own_clause | clauses.described_by(tok) | clauses.when_clause(tok)
                  | clauses.participle_tails(tok, own_clause)) - complements
        # "said on Thursday it had killed": Thursday is the saying's, however it is parsed
        # (what it says is to come keeps the time it is hung on)
        own = [t for t in plains if (covers(t, clause) and (
            saying_of(t) in (None, tok.i) or clauses.wanted(tok)) or saying_of(t) == tok.i)
               and not clauses.of_a_later_conjunct(tok, token_at(t.start))]
        if own := of_the_verb(tok, own, token_at):  # not the time of what describes its subject
            return min(own, key=lambda t: abs(t.start - tok.idx)), "clause"
        wished = clauses.wanted_by(tok)  # "ordered that she be stripped last month": the order's
        if early := [t for t in plains if covers(t, wished) and clauses.counted_back(t, pub)]:
            return early[0], "clause"
        # "have supported the militia since 2014": a span the event itself began
        began = [t for t in told if t.date and _SINCE_WORD.match(
            t.text) and modifies(doc, doc[token_at(t.start)], tok) and clauses.begins_a_span(tok)]
        if began:
            return began[0], "clause"
        if not plains:
            return None, None
        for tokens in governing_clauses(doc, tok):
            up = [t for t in plains if covers(t, tokens) and not clauses.time_of_another(
                doc, t, tok, now=True) or saying_of(t) in tokens]  # "remains unclear, with …"
            if up:
                return min(up, key=lambda t: abs(t.start - tok.idx)), "sentence"
        # never another clause's reported content, the background of a past perfect, the bound
        # of a span ("since 2011"), what only would happen, nor another thing's time
        wanted = clauses.wanted(tok)
        rest = [t for t in plains if not clauses.aside(doc, tok, token_at(t.start))
                and not clauses.time_of_another(doc, t, tok)  # "… with reports on Friday saying"
                and not clauses.own_subject_conjunct(doc[token_at(t.start)], tok)
                and not clauses.in_background(doc[token_at(t.start)], tok)
                and token_at(t.start) not in complements
                and (wanted or not clauses.wanted(doc[token_at(t.start)]))]
        if rest:
            return min(rest, key=lambda t: abs(t.start - tok.idx)), "sentence"
        return None, None

    def saying_of(t: TimeExpression) -> int | None:
        """The reporting verb ``t`` tells the time of where the parse hangs it on what is
        said (:func:`date_clauses.said_at`)."""
        verb = clauses.said_at(doc[token_at(t.start)])
        return None if verb is None else verb.i

    def undated() -> Dated:
        """An act the text gives no time of ("marched in the capital", "had been arrested",
        "jailed for smuggling arms"): the report's date, marked as such, with no precision."""
        return (pub, None, "publication") if pub else (None, None, None)

    def event_date(mention: Mention) -> Dated:
        trig = doc[mention.trigger]  # "marked the first anniversary … on Monday": a year before
        when = through_relation(trig, anniversary_time(trig, told_date(mention), pub), starting_in)
        if pub and when[0] and when[0] > pub and when[0] not in set_ahead and (
                clauses.done_before(trig, nouns=when[2] == "sentence") or (  # (not another's)
                when[2] == "carried" and tense_of(clause_of(trig)) == "past")):
            # what was done is not dated after the report, nor by a time carried from another
            # sentence that lies after it ("We'll be back in the new year. Trump lashed out …")
            return undated()
        return when if when[2] != "publication" else stated_time(  # "said it would withdraw"
            trig, mention, telling_date, pub) or owner_said(trig, telling_date, pub) or when

    # the time a sentence with none of its own carries on from those before it
    carry = Carrying(doc, sents, text, pub, starting_in, token_at, in_sentence,
                     lambda tok: telling_date(tok))
    told_time = carry.told_time
    tellings, in_story = Tellings(doc), [False]

    def telling_date(tok: Token) -> Dated:
        """The time the text tells for another telling of a happening (:mod:`date_story`)."""
        if clauses.wanted(tok):
            return None, None, None
        in_story[0] = True
        try:
            return told_date(Telling(tok.i))
        finally:
            in_story[0] = False

    def told_date(mention: Mention | Telling) -> Dated:
        trig = doc[mention.trigger]
        saying = spoken_in(trig, getattr(getattr(mention, "sense", None), "event_type", None),
                           sents, getattr(mention, "construction", None))  # (or many sentences)
        if saying is not None and (said := telling_date(saying))[2] in (
                "clause", "sentence", "carried"):  # "said on Monday it would not negotiate"
            return said[0], said[1], "sentence" if said[2] == "clause" else said[2]
        k = sents.index(mention.trigger)
        _, _, s_char, s_end_char = sents.bounds(mention.trigger)
        here = starting_in(s_char, s_end_char)
        # "two days earlier, on 29 August": the date restates the shift, which adds nothing
        points = [t for t in here if dates_a_point(t) and t.date]
        # the shift of the event's own clause first ("…, while ten were killed two days later")
        anchors = sorted((t for t in here if t.kind in ("shift", "relshift") and applies(
            doc, t, trig) and not any(_APPOSED.fullmatch(text, t.end, p.start) for p in points
                                      if p.start >= t.end)),
                         key=lambda t: not covers(t, clause_tokens(trig)))
        # a shift anchored to the event ("three days after the leaders spoke") dates its clause
        pick, source = in_sentence(trig, bounded=not anchors)
        if not anchors and not in_story[0] and (pick is None or source == "sentence" or not (
                trig.dep_ in ("nsubj", "nsubjpass") or time_of_noun(doc, pick, trig)
                or names_time_of(doc, pick, trig))):
            # "the attack" told again (but "the offensive started in mid-2017" tells its time),
            # and what was done in it ("two officers were killed in the attack")
            if (again := story_date(trig, tellings, telling_date, pub)) is not None or (
                    pick is None and (occasion := occasion_named(trig)) is not None and (
                        again := story_date(occasion, tellings, telling_date, pub)) is not None):
                return again
        if not anchors:
            if source == "sentence" and pick is not None and clauses.quoted_apart(
                    text, trig.idx, pick.start, s_char):  # the saying's time, not the act's
                return undated()
            if source == "sentence" and pick is not None and pick.date and not (
                    pub and pick.date > pub) and clauses.told_by_saying(
                    trig, doc[token_at(pick.start)]):
                # "officials said on Tuesday that troops had captured the town": done by then
                return pick.date, pick.precision, "sentence"
            if source != "clause" and (past_perfect(trig) or clauses.told_later(
                    trig, lambda i: any(covers(t, {i}) for t in here))):
                # before or after the time around it ("had been seized", "was subsequently
                # beheaded"), by an unknown span: the text gives it no time (but its source's)
                return according_time(trig, here, covers, pub) or undated()
            head = clause_of(trig)
            said_when = head.dep_ == "relcl" and any(c.lower_ == "when" for c in head.children)
            if said_when or ((head.dep_ == "relcl" and tense_of(head) == "past" or made_happening(
                    head)) and source != "clause" and not clauses.wanted(trig)):
                # "killed on 23 October when a suicide belt exploded", "a call on Friday in
                # which he agreed": the time of what it describes
                when = described_time(doc, head, here, said_when)
                if when is not None and when.date:
                    if (when.kind == "weekday" and pub and when.date > pub
                            and tense_of(head) == "past"):
                        # "a call on Friday in which he agreed": done, so last Friday
                        last = _day(when.date) - dt.timedelta(days=7)
                        return last.isoformat(), when.precision, "sentence"
                    return when.date, when.precision, "sentence"
                noun = described_happening(head)
                # "an alleged attack on Douma which killed dozens", "the deal they signed" (not
                # "the attack, which Washington blamed on Damascus": another party's act)
                own_subject = not made_happening(head) and any(c.dep_ in (
                    "nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in head.children)
                if when is None and not said_when and not in_story[0] and not own_subject and (
                        again := story_date(noun, tellings, telling_date, pub)) is not None:
                    return again
            first = first_conjunct(head)  # "whose dispute has jeopardised … and poisoned …"
            occasion = occasion_of(first)  # "killed on Monday in an attack that targeted"
            described = (first.dep_ in ("relcl", "acl") and not clauses.attempted(first)
                         and not clauses.told_as_there(first) and not clauses.misparsed_main(
                             first) and not (
                occasion is not None and pick is not None and covers(pick, clause_tokens(
                    occasion)))) or (
                clauses.charged_with(trig) and not (
                pick is not None and source == "sentence")) or clauses.topic_deed(trig)
            # "a volunteer killed in Syria" is not of the time of the sentence; what "would" or
            # is "threatened to" happen is not of the time it is said or threatened
            wanted = clauses.wanted(trig)
            # ... but a conjunct shares the time of the clause it is joined to: "Turkey, which
            # launched an operation last month and threatened to attack Manbij"
            shared = pick is not None and first.i != head.i and covers(
                pick, {t.i for t in first.subtree})
            # ... and a relative clause keeps a time it tells itself, under the clauses it
            # governs: "Tom Vell, who hid himself to escape arrest on 14 March 2019"
            under = next((t for t in here if dates_a_point(t) and t.date and covers(
                t, {w.i for w in first.subtree} - clauses.complements(trig))), None) if (
                source == "sentence") and (
                first.dep_ == "relcl" and not (clauses.charged_with(trig) or clauses.topic_deed(
                    trig) or clauses.wanted(trig))) else None
            if under is not None:
                pick, shared = under, True
            # nor is what is told of a thing deeper in the sentence: "said last year they were
            # a cell which was responsible for holding and beheading hostages" (but "In 2015,
            # …" opening the sentence sets the time of all it tells)
            inside = next((a for a in first.ancestors if a.dep_ in ("relcl", "acl")
                           and a.pos_ in ("VERB", "AUX")), None)
            if pick is not None and inside is not None and not covers(pick, {t.i for t in (
                    inside.subtree)}) and text[s_char:pick.start].strip() and not sets_the_scene(
                        doc, pick, inside):
                described = True
            if ((described and not shared and not sets_the_scene(doc, pick, head)) or wanted
                    ) and source == "sentence":
                pick = None
            # what is told in the present goes on now: "saying last month that the US would battle
            # Isis as it retreats" does not date the retreat, nor "which began in May, has killed
            # 300" the killing, nor "planned to come home now the city is liberated" the liberation
            if pick is not None and (source == "sentence" or of_a_thing(doc, pick, trig)) and (
                    clauses.told_in_present(head, perfect=source == "sentence")) and (
                    pick.date is not None and pub is not None and pick.date != pub) and not (
                    clauses.done_in_saying(trig, getattr(getattr(mention, "sense", None),
                                                         "event_type", None), lambda v: covers(
                        pick, clause_tokens(v)) or saying_of(pick) == v.i)):
                pick = None
            if pick is not None:
                return pick.date, pick.precision if pick.date else None, source
            # what is told in the present is of the report's time, not the story's before it
            now = clauses.told_now(head)
            # a death the text dates, before any time carried ("Smith died on 4 May. … She was
            # killed …"); an act a dated description names next ("Sunday's attack was …")
            died = None if in_story[0] else death_date(trig, sents.index, telling_date, pub) or (
                None if described or wanted or now else retold_later(
                    trig, tellings, telling_date, sents.index, pub))
            if died is not None:
                return died
            before = None if described or wanted or now else carry.carried(k) or meeting_time(
                sents, k, head, pub, starting_in, told_time)  # "… met on Tuesday. Both agreed"
            if before is None and not (described or wanted or now) and (
                    sequel := carry.happening(k, mention)) is not None:
                return sequel[0], sequel[1], "carried"
            if before is None and not (described or wanted or now) and (
                    simple_past(head) or clauses.told_as_there(head)):
                before = carry.account(k)  # what the account tells as done, not as done by now
            if before is None and not (described or wanted or now):  # ... or a past episode's
                before = carry.speech_before(k, trig) or episode_time(
                    doc, sents, k, pub, head, starting_in, told_time)
            if before is not None and before.date and not (
                    before.precision in ("year", "month") and headed(s_char)):  # a heading's day
                return before.date, before.precision, "carried"
            # no time told (but the lead's act the next sentence dates, or a timeline's heading);
            # also what someone is judged for, done before the judging
            return (not wanted and (lead_time(doc, sents, mention, pub, starting_in, told_time,
                    described) or not described and headed(s_char))) or undated()
        if pick is None and not in_story[0] and (
                died := death_date(trig, sents.index, telling_date, pub)) is not None:
            return died  # "Two weeks later, she was killed": the death the text dates
        plains = any(dates_a_point(t) for t in here)
        base: DateResult = (pick.date, pick.precision) if pick is not None else base_before(s_char)
        base_source = source if pick is not None else "carried"
        for a in anchors:  # "a day after the Kabul assault": the assault the story dates
            if not in_story[0] and (after := after_happening(
                    doc, a, trig, (pick, here), tellings, telling_date, pub)) is not None:
                return after
            same = a.kind == "relshift" and a.shift == 0  # "that night", "the same day"
            if pick is None and (a.shift < 0 or same) and pub and told_before(
                    a.start if same else s_char) is None and (
                    a.kind == "relshift" or not anchored(doc, a, trig)):
                # "the day after the shooting", "that night" with no time told before: no day
                return undated()
            if a.kind == "relshift":
                # "the same month" is the month told last, wherever in the text
                ref, ref_precision = base_before(a.start) if a.shift == 0 else (
                    base_before(s_char) if not plains else base)
                if ref is None:
                    return None, None, None
                when = shifted(ref, a.shift, a.unit)
                if when is None:
                    return None, None, None
                # a report does not tell of days after its own publication
                return ((min(when, pub) if pub else when),
                        coarser_precision(a.precision, ref_precision), "sentence")
            if base[0] is None:
                return None, None, None
            inside = anchored(doc, a, trig)  # the event the shift is anchored to: "after a raid"
            if inside and not plains and pick is None and pub and told_before(s_char) is None:
                # "has been killed a week after the city was liberated": what is told as news
                # now is of the report's time, so the liberation is a week before the report,
                # as is what the article opens with ("Marlow hit back a day after agreeing to
                # shut his foundation"); before another act the text gives no time, none either
                verb = anchoring_verb(doc, a)
                moved = shifted(pub, -a.shift, a.unit) if verb is not None and (
                    clauses.told_in_present(verb) or k == 0 and verb.dep_ == "ROOT"
                    and simple_past(verb)) else None
                return (moved, a.precision, "sentence") if moved else undated()
            if plains:
                # "Yesterday …, one day after a similar raid": the raid is a day before yesterday
                moved = shifted(base[0], -a.shift, a.unit) if inside else None
            else:
                # "… met about one week before the attack": the meeting is a week before it
                moved = None if inside else shifted(base[0], a.shift, a.unit)
                if moved and pub and pick is None:
                    moved = min(moved, pub)  # counted from the report: not after it
            if (plains and not inside) or (inside and not plains):
                return base[0], base[1], base_source
            return ((moved, coarser_precision(a.precision, base[1]), "sentence") if moved
                    else (None, None, None))
        return base[0], base[1], base_source

    return event_date
