"""Stage ``date``, across a document's events: acts the text tells as done before the report
but gives no time are left undated, not given the report's day.

An act the text gives no time of has the publication date, marked as such (``date_source``
``publication``, no precision): what a news report tells as done mostly happened the day it
was written or the day before. Some acts the text plainly puts before the report, at a time it
does not say; their start is not the publication day, so they have no date (``None``) and
``date_source`` ``before publication``:

* the past perfect: "had threatened such a step" (before the time the text speaks of), and the
  perfect participle, "having fled to the camp" (before the clause it hangs on); not in
  another's words ("said troops had withdrawn", "according to witnesses, troops had killed": a
  present perfect told in the past, which may be of the day) nor in a clause of time before
  another act ("after troops had left"); a hedged perfect ("is believed to have been killed")
  is dated as the plain past is;
* what is told with a time before the report that has no date: "in the past", "over the
  years", "for months", "for over a year", "repeatedly", "previously", "has long opposed",
  "weeks earlier", "years ago" (with no count; but not "have been bombed since Monday": what
  goes on up to the report may be of its day);
* a holding told as a state that goes on now: "who is currently detained", "has been held
  ever since", "are being held in camps" (begun before the report; not "are detained as
  police break up a rally", a headline's present of the arrest);
* a state a relative clause tells of a party in the present perfect passive of a grant or a
  holding: "the two guards, who have been stripped of their ranks, were seized in May" (not
  "Norland, which has shelled the posts, said ...": an act, maybe of the report's days), and
  a loss of a status with no doer told in any clause past the lead ("the two guards have been
  stripped of their ranks");
* a participle or a clause of "as" or "while" hanging on a clause told so: "rumours had come
  out of the town as it crumbled under an assault backed by air strikes";
* what someone remembers: "she remembered how soldiers beat her brother" (not "recalled its
  envoy after troops attacked the embassy": the recalling's time, not the remembered's);
* a happening named with a word of time before: "repeated calls", "previous attacks";
* background to what is told now: an account ("told me how his captors beat him"), a past
  description in a statement of now (:mod:`dateline.date_background`);
* a campaign told as going on ("have been pounding the towns", "continue to pound"), or an act
  told as done a while ago ("recently", "in recent weeks": :mod:`dateline.date_ongoing`);
* a toll a lasting campaign or war has taken up to now: "the campaign has killed dozens of
  civilians", "the siege has displaced thousands" (:mod:`dateline.date_toll`);
* a step, told by "after", before a state the text marks as lasting, before an act told as
  before the report, or before a clause told in the past, past the lead ("changed his mind
  after the envoy criticised the plan"; not an act of force, arrest or protest, whose aftermath
  is the day's news, nor one before an act of force or arrest, nor before a saying),
  and a present perfect over a stretch up to now (:mod:`dateline.date_steps`);
* what goes on telling a stretch of history that a sentence before it dates: "The group
  seized the city in 2014. Its fighters executed dozens" (:mod:`dateline.date_history`).

A present perfect alone ("has called for talks") is news of the report's days and keeps its
date, marked as such. Only acts with no other time are changed; those the text dates, or that
another telling dates (:mod:`dateline.date_twins`), keep their dates. With those twins, an act
told in the simple past with a clause of "when", "as" or "while" whose act the text dates takes
that time (:func:`when_dated`: "When the SDF captured Raqqa, fighters fled" after "The SDF
captured Raqqa in October 2017").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .aspect import (clause_of, has_own_tense, past_perfect, perfect_participle,
                     present_perfect, tense_of)
from .date_background import told_as_background
from .date_clauses import LATER, REPORTING, reported_by
from .date_history import told_in_history
from .date_named_by import named_by_deed
from .date_neighbour import carried_from_before
from .date_ongoing import told_as_older
from .date_recalled import BEFORE_PUBLICATION, recalled
from .date_steps import cause_before, done_up_to_now, led_to_now, light_verb, step_before
from .date_toll import toll_of_a_stretch
from .sentences import event_token, first_conjunct, sentence_before_start, sentence_bounds
from .tokens import parse_text
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Event

__all__ = ["BEFORE_PUBLICATION", "before_report", "told_before_report", "when_dated"]

#: Sources of a date the text tells for an act (in its sentence, or where it tells it again).
_TOLD = ("clause", "sentence", "carried", "story")
#: Words opening a clause of the same time as the one it hangs on.
_AT_ONCE = frozenset({"when", "as", "while"})

#: Adverbs that put an act before the time of telling with no date: "previously targeted".
_BEFORE_ADVERBS = word_class("before_adverbs")
#: Phrases that do so: "in the past", "over the years", "for months", "weeks earlier" (no
#: count: a span the text does not give).
_BEFORE_PHRASE = re.compile(
    r"\b(?:in\s+the\s+past|(?:over|for|during)\s+(?:much\s+of\s+)?the\s+(?:past\s+|last\s+)?"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|few|several)\s+)?"
    r"(?:years|decades|months)|earlier\s+in\s+the\s+(?:war|conflict|campaign|crisis|fighting)"
    r"|for\s+(?:many\s+|several\s+|some\s+)?(?:years|decades|months|weeks)"
    r"|for\s+(?:over|more\s+than|nearly|almost|well\s+over|the\s+best\s+part\s+of)\s+"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|\d+)\s+"
    r"(?:years?|decades?|months?)"
    r"|time\s+and\s+(?:time\s+)?again"
    r"|on\s+(?:(?:two|three|four|five|\d+)\s+)?(?:several|many|numerous|previous|earlier)"
    r"\s+occasions"
    r"|again\s+and\s+again|(?:several|many|numerous|countless)\s+times"
    r"|(?:(?:some|a\s+few|several|many)\s+)?(?:days|weeks|months|years|decades)\s+"
    r"(?:earlier|before|ago))\b", re.I)
#: A year told: "in 2014".
_YEAR = re.compile(r"(?:19|20)\d\d")
#: Words naming a happening as one of before: "repeated calls", "previous attacks".
_BEFORE_MODIFIERS = word_class("before_modifiers")
#: Verbs of holding someone: told in the present passive ("is detained", "are being held"), a
#: state begun before the report.
_HOLDING = word_class("captive_verbs") | frozenset({"besiege", "occupy", "lock"})
#: ... those that tell the holding itself, not its start, also in the present perfect passive
#: ("has been held ever since"; but "has been detained" tells the arrest, news of the day)
_DURING = frozenset({"hold", "intern", "confine", "besiege", "occupy", "keep"})
#: ... those whose present passive may tell the arrest itself ("are detained as police break up
#: a rally"), a holding only with a word of one going on
_ARRESTS = frozenset({"detain", "jail", "imprison", "hold"})
_ONGOING = word_class("ongoing_adverbs") | {"since"}
#: Verbs of a grant, a loss of one or a holding whose present perfect passive in a relative
#: clause tells a state the party is in ("who have been stripped of their ranks").
_PASSIVE_STATES = frozenset({"strip", "deprive", "grant", "award", "give", "deny", "ban", "bar",
                             "hold", "detain", "imprison", "jail", "intern", "confine"})
#: ... of which those of a loss of a status ("stripped of their citizenship"), a state in any
#: clause
_LOSSES = word_class("loss_verbs")
_STATUSES = word_class("lost_statuses")
#: What is held as a gathering, not as a captive.
_GATHERINGS = frozenset({"talk", "talks", "meeting", "summit", "conference", "election", "vote",
                         "rally", "protest", "ceremony", "funeral", "session", "hearing", "trial",
                         "negotiation", "negotiations", "discussion", "discussions", "event"})
#: Verbs of remembering: what they govern was done before they are told.
_MEMORY = frozenset({"recall", "remember", "recount", "reminisce", "relive"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})


def before_report(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """``events`` with the acts dated only by the publication date that the text tells as done
    before it (:func:`told_before_report`) undated, ``date_source`` ``before publication``."""
    out: list[Event] = []
    history = told_in_history(doc, events)
    # the events' words, and the light verbs of their nouns ("imposed a curfew")
    triggers = {i for e in events if (t := event_token(doc, e)) is not None
                for i in (t.i, light_verb(t).i)}
    for n, e in enumerate(events):
        if e.date_source == "publication" and e.date_precision is None:
            tok = event_token(doc, e)
            if tok is not None and (told_before_report(tok, told_by=_told_by(tok, e.attribution),
                                                       event_type=e.event_type)
                                    or cause_before(tok, triggers, e.event_type)  # "changed
                                    # his mind after the envoy criticised the plan": the cause
                                    # of a later step
                                    or told_as_older(tok, e.event_type)
                                    or named_by_deed(tok, e.target) or n in history):
                e = replace(e, date=None, date_precision=None, date_source=BEFORE_PUBLICATION)
        out.append(e)
    out = recalled(doc, out)  # ... and what is told as recalled (:mod:`date_recalled`)
    # what is left dated by the report alone may go on with a time the sentence before tells
    return carried_from_before(doc, out)


def _told_by(tok: Token, attribution: str | None) -> str | None:
    """``attribution`` when the act of ``tok`` is told in that source's words: a verb of saying
    governs it ("officials said troops had withdrawn", "fighters it had backed", in what was
    announced), "according to" or a set-off verb of saying ("troops, the ministry said, had
    withdrawn", "had withdrawn, a spokesman said") is hung on its clause or one above it. A
    source the sentence names for another clause ("had pleaded with them, but the negotiator
    said it was not possible") does not make the act reported: its past perfect is the text's
    own."""
    if attribution is None:
        return None
    for a in tok.ancestors:
        if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in REPORTING:
            return attribution
    for a in (tok, *tok.ancestors):
        if any(c.dep_ == "prep" and c.lower_ == "according" or c.dep_ == "parataxis"
               and c.lemma_.lower() in REPORTING for c in a.children):
            return attribution
    return None


def when_dated(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """``events`` with an act the text gives no time of, told in the simple past in a clause
    with a clause of "when", "as" or "while" whose act the text dates (in it, or where it tells
    the act again), dated so, ``carried``: "The SDF captured Raqqa in October 2017. … When the
    SDF captured Raqqa, hundreds of fighters fled" (October 2017)."""
    dated = {}
    for e in events:
        if e.date_source in _TOLD and e.date and e.status == "actual":
            tok = event_token(doc, e)
            if tok is not None:
                dated.setdefault(tok.i, (e.date, e.date_precision))
    if not dated:
        return list(events)
    out: list[Event] = []
    for e in events:
        if e.date_source == "publication" and e.date_precision is None and (
                tok := event_token(doc, e)) is not None:
            verb = clause_of(tok)
            times = {dated[c.i] for c in verb.children if c.dep_ == "advcl" and c.i in dated
                     and any(m.dep_ in ("mark", "advmod") and m.lower_ in _AT_ONCE and m.i < c.i
                             for m in c.children)}
            if len(times) == 1 and verb.tag_ == "VBD":
                date, precision = times.pop()
                e = replace(e, date=date, date_precision=precision, date_source="carried")
        out.append(e)
    return out


def told_before_report(tok: Token, told_by: str | None = None,
                       event_type: str | None = None) -> bool:
    """The act of ``tok`` is told as done before the report, at a time the text does not say
    (``told_by``: whom the text says tells it, "according to witnesses"; ``event_type``: the
    act's type, words or a deed)."""
    if tok.pos_ in ("NOUN", "PROPN"):
        if any(c.dep_ == "amod" and c.lower_ in _BEFORE_MODIFIERS for c in tok.children):
            return True  # "repeated calls for a ceasefire"
        if led_to_now(tok) or toll_of_a_stretch(tok):
            return True  # "the road is closed after an attack on the town", "the siege has
            # displaced thousands"
        # "the threats were made in the past": the time of the verb the act is told with
        return tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ in (
            "VERB", "AUX") and _timed_before(tok.head)
    verb = clause_of(tok)
    if _remembered(tok) or told_as_background(tok):
        return True
    if past_perfect(tok) and _perfect_of_its_own(tok, told_by):
        return True
    if perfect_participle(verb) and told_by is None and not reported_by(tok):
        return True  # "a nurse, having fled to the camp, urged ...": before the urging
    if _timed_before(tok) or _timed_before(verb):
        return True
    # a step before a state of now, or before an act told as before the report; a present
    # perfect told over a stretch up to now (:mod:`dateline.date_steps`), a toll a lasting
    # happening has taken up to now (:mod:`dateline.date_toll`)
    if led_to_now(tok) or done_up_to_now(verb, event_type) or toll_of_a_stretch(tok):
        return True
    # (an act told in the past, "had fled after soldiers burned the village"; not a state of
    # now, "are being held after a bomb exploded", nor words said now about it, "police say
    # three people are dead after a gunman opened fire": either may be the day's news)
    if (step := step_before(tok)) is not None and step.i != tok.i and tense_of(step) not in (
            "present", "future") and told_before_report(step):
        return True
    lemma = verb.lemma_.lower()
    if lemma in _HOLDING and _holding_now(verb, perfect=lemma in _DURING):
        return True
    # "who have been stripped of their ranks": what a relative clause tells of a party in the
    # present perfect passive of a grant or a holding is a state it is in, begun before the
    # news (not "which has shelled the posts", an act that may be of the report's days)
    # ... and so does any clause past the lead of a loss ("the two men have been stripped of
    # their citizenship": what they are now; the lead's may be the news)
    if (verb.dep_ == "relcl" and lemma in _PASSIVE_STATES or tok.sent.start != 0 and (
            _lost_status(verb))) and present_perfect(
            verb) and any(c.dep_ == "auxpass" and c.lower_ == "been" for c in verb.children) and (
            not reported_by(tok)):
        return True
    # "backed by air strikes", "as the city crumbled" under "rumours had emerged": a participle
    # or a clause of the same time has the time of the clause it hangs on
    above = _same_time_as(verb)
    if above is not None and _set_off(verb):
        # "was shot down recently ..., allegedly supplied by Estria": done by the time a word of
        # time puts the clause at; not a clause told in the past perfect ("had evaded police for
        # years, finally arrested at a clinic": the arrest that ends the state is the news)
        return told_as_older(above)
    return above is not None and (told_before_report(above, told_by) or told_as_older(above))


def _same_time_as(verb: Token) -> Token | None:
    """The verb whose time the clause of ``verb`` shares: a participle with no tense of its
    own ("an assault backed by air strikes", "pound the town, killing 40"; a passive one set
    off after its clause, however the parser hangs it: "was shot down recently with a
    missile, supplied by Estria": done by then, when a word of time puts the clause before
    the report), a clause of "as" or "while" in the simple past, or a participle joined to a past
    perfect with neither an auxiliary nor a subject of its own, which shares its "had" ("had
    seized the town and executed the mayor": both past perfects, however the tagger reads the
    second; one joined to "having" shares nothing); ``None`` for any other clause."""
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG") and not _auxes(verb):
        above = verb.head
    elif _set_off(verb):
        above = verb.head  # "shot down by rebels with a missile, allegedly supplied by Estria"
    elif verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and verb.head.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lower_ == "had" for c in verb.head.children) and not (
            has_own_tense(verb)) and _right_after_and(verb):
        above = verb.head
    elif verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i and not (
            has_own_tense(verb) or any(c.dep_ == "mark" for c in verb.children)):
        above = verb.head  # "continue to pound Gaza, killing 40 people": the pounding's time
    elif verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBG", "VBN") and any(
            c.dep_ == "mark" and c.lower_ in ("as", "while") for c in verb.children) and not (
            any(c.dep_ == "aux" for c in verb.children)):
        above = verb.head
    else:
        return None
    above = clause_of(above)
    return above if above.i != verb.i and above.pos_ in ("VERB", "AUX") else None


def _set_off(verb: Token) -> bool:
    """``verb`` is a passive participle set off after the clause it hangs on as an adverbial,
    with no auxiliary, mark nor subject of its own ("..., allegedly supplied by Estria"); not
    one before it ("Freed after 400 days, the aid worker ...": the news the sentence leads
    with)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i > verb.head.i and not any(
        c.dep_ in ("aux", "auxpass", "mark", "nsubj", "nsubjpass") for c in verb.children)


def _right_after_and(verb: Token) -> bool:
    """``verb`` comes right after its "and" or "or" (an adverb between allowed): "had seized the
    town and (then) executed", not "had seized the bridge and the soldiers shelled", whose
    subject the parser may hang elsewhere."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.pos_ == "ADV" and verb.i > 1:
        before = verb.doc[verb.i - 2]
    return before is not None and before.lower_ in ("and", "or")


def _remembered(tok: Token) -> bool:
    """The act is what someone remembers: "recalls the morning the building was set alight",
    "remembered how soldiers beat him" (done before the telling, at no time given)."""
    below = tok
    for a in tok.ancestors:  # what is remembered, not when or why ("recalled its envoy after")
        if a.pos_ == "VERB" and a.lemma_.lower() in _MEMORY:
            return below.dep_ in ("ccomp", "dobj", "xcomp", "prep")
        below = a
    return False


def _perfect_of_its_own(tok: Token, told_by: str | None) -> bool:
    """A past perfect not told as another's words ("said troops had withdrawn": a present
    perfect told in the past) unless it tells a later step after an older time
    (:func:`_later_step`), nor before another act of the story ("after troops had left")."""
    verb = clause_of(tok)
    if (told_by is not None or reported_by(tok)) and not _later_step(verb):
        return False
    return first_conjunct(verb).dep_ != "advcl"


def _later_step(verb: Token) -> bool:
    """A past perfect of ``verb`` tells a later step of a sequence gone by: "said he had later
    been accused" after a year told in its sentence or the one before ("In 2014 he joined
    the militia"); a present perfect takes no such adverb, so in another's words it is a past
    told in the past. Not "hours later", "later in the day" (a shift within the day), nor a
    step after an act with no older time told ("Guards held a reporter. Officials said she
    had later been freed": both may be the day's news)."""
    if not any(c.dep_ == "advmod" and c.lower_ in LATER and not list(c.children)
               for c in verb.children):
        return False
    doc = verb.doc
    start, end = sentence_before_start(doc, verb.i), sentence_bounds(doc, verb.i)[1]
    return any(_YEAR.fullmatch(t.text) for t in doc[start:end])




def _lost_status(verb: Token) -> bool:
    """"have been stripped of their citizenship": a loss of a status, with no doer told (not
    "stripped of their weapons by the army", a disarming, an act)."""
    return verb.lemma_.lower() in _LOSSES and not any(c.dep_ == "agent" for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _STATUSES for g in c.children)
            for c in verb.children)


def _auxes(verb: Token) -> list[str]:
    return [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _timed_before(verb: Token) -> bool:
    """The clause of ``verb`` has a time before the report with no date: an adverb
    ("previously") or a phrase ("in the past")."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _BEFORE_ADVERBS:
            if c.lower_ == "once" and (c.i > verb.i or verb.tag_ != "VBD"):
                continue  # "met once": how many times; "once it is cleared": when, after
            if c.lower_ == "long" and (c.i > verb.i or any(
                    d.lower_ in ("all", "day") for d in c.subtree if d.i != c.i)):
                continue  # "has long opposed", not "marched all day long": how long, that day
            return True
        if c.dep_ in ("prep", "advmod", "npadvmod", "advcl", "mark"):
            phrase = c.doc[c.left_edge.i:c.right_edge.i + 1].text
            if _BEFORE_PHRASE.match(phrase) or c.lower_ == "earlier" and _BEFORE_PHRASE.match(
                    parse_text(c.doc), c.idx, c.idx + 40):  # "earlier in the war", a phrase apart
                return True
    return False


def _holding_now(verb: Token, perfect: bool) -> bool:
    """"is currently detained", "are being held", "has been held" (when ``perfect``): a holding
    told as a state that goes on at the report's time."""
    if any(c.dep_ == "nsubjpass" and c.lemma_.lower() in _GATHERINGS for c in verb.children):
        return False  # "talks are being held in Geneva": a meeting, of the report's days
    auxes = _auxes(verb)
    if perfect and present_perfect(verb) and "been" in auxes and verb.tag_ == "VBN":
        return True
    if not (verb.tag_ == "VBN" and bool(auxes) and auxes[0] in _PRESENT_BE and not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return False
    # "are detained as police break up a rally": a headline's present tells the arrest, news of
    # the day; the holding is told by "currently", "still", "being" or a span ("since")
    return verb.lemma_.lower() not in _ARRESTS or "being" in auxes or any(
        c.lower_ in _ONGOING and c.dep_ in ("advmod", "prep") for c in verb.children)
