"""Stage ``date``, for one act: an act the text tells as an earlier step of a state it marks
as lasting, or as done over a stretch that runs up to now, at a time it does not give.

An act the text gives no time of takes the report's day (:mod:`dateline.date`), right for the
news of the day ("Five people were killed when a bomb exploded"). Two ways of telling an act put
it before the report without dating it:

* a clause or a phrase of "after" hanging on a state of now that the text marks as lasting
  ("is still held after surrendering to police", "has been jailed for months after joining the
  militia"): what led to a state that has lasted was done before it, on a day the text does
  not say; so is what came before a clause told in the past, past the lead ("changed his
  mind after rebels stormed the town hall", "were identified after they were arrested": the
  cause of a later step, :func:`cause_before`), but not before an act of force, arrest or
  protest (one happening: "were killed after rebels ambushed the convoy") nor a saying ("told
  reporters after meeting the envoy"). Most "after" of a clause in the present tells the day's
  news, and keeps its day:
  what goes on ("are being questioned after a bomb exploded", "are still fleeing, hours
  after soldiers stormed the camp"), what is said or done about it ("says it is investigating
  after soldiers shot a protester"), a state with no mark of lasting ("three people are dead
  after a gunman opened fire", "the road is closed after rebel shelling"), what will be done
  ("will respond after the missiles were fired"), and what is still to come ("are ready to go
  home after the army withdraws"). A clause of "after" hanging on one the text tells as
  before the report is before it too (the caller asks that: :func:`step_before`);
* a present perfect told as done over a stretch up to now: "the pair have since been
  questioned", "40 families have so far been displaced" (acts spread over days before the
  report, or done after an earlier happening at a day not given), read as
  :func:`dateline.habits.up_to_now` reads it; not a few arrests or charges counted so far
  ("police have so far arrested three suspects", the story's news:
  :func:`dateline.habits.counted_news`), nor words ("has since denied the report", most often
  said again on the report's day), nor in the article's first sentence, the news of the day.

:func:`dateline.date_before.told_before_report` asks both of an act that only the publication
date dates; such an act then has no date (``before publication``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .aspect import PRESENT_PERFECT, clause_of, has_own_tense, present_perfect, tense_of
from .date_clauses import SPOKEN_ACTS
from .habits import counted_news, up_to_now
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from spacy.tokens import Token

__all__ = ["step_before", "led_to_now", "done_up_to_now", "cause_before"]

_VERBS = ("VERB", "AUX")
#: Present and bare tags: a verb of "after" in them tells what is still to come ("ready to go
#: home after the army withdraws"), never a step before now.
_NOT_DONE = frozenset({"VBZ", "VBP", "VB"})
#: Spans of a state that has lasted ("held for months") and of an act of the same day ("hours
#: after soldiers stormed the camp").
_LASTING = word_class("lasting_spans")
_SAME_DAY = word_class("same_day_spans")
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})
#: Complements and infinitives with no tense of their own: an act told in them is told inside
#: the phrase they hang on ("after watching pundits criticise the plan").
_INSIDE = frozenset({"xcomp", "ccomp", "acl", "relcl"})
#: Acts of force, arrest and protest: one told after another ("were killed after a raid struck
#: the house", "arrested after a protest turned violent") is a step of the same happening, and
#: shares its day.
_ONE_HAPPENING = frozenset().union(*(word_class(f"happening_{kind}") for kind in (
    "arrest", "attack", "killing", "kidnapping", "invasion", "protest", "capture", "battle",
    "blast"))) | frozenset({"die", "wound", "injure", "shoot", "flee", "clash"})
#: Verbs of saying: a saying told after an act ("told reporters after meeting the envoy") is
#: said on the occasion, often the same day.
_SAYING = word_class("speech_verbs_attribution") | word_class("speech_verbs_statement")
#: Verbs of words: what they tell is most often said again on the report's day ("has since
#: denied the report").
_SPOKEN = word_class("spoken_acts") | word_class("speech_verbs_statement") | word_class(
    "speech_verbs_attribution")


def step_before(tok: Token) -> Token | None:
    """The verb of the clause that the act of ``tok`` is told as a step before, by "after": a
    clause ("after they stormed the bank"), a verb's phrase ("after surrendering", "after being
    targeted") or a happening's ("after an attack on the town"); a verb joined to such a verb
    with no subject nor auxiliary of its own shares its "after" ("after fleeing the country and
    surrendering"); a happening named as the object or the subject of a verb takes that verb's
    clause ("after jets launched an attack"); ``None`` when the act is told so by no "after",
    or told in the present ("after the army withdraws": still to come)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "after":
        return _verb_of(tok.head.head)  # "after an attack", "after rebel shelling"
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubj", "nsubjpass") and (
            tok.head.pos_ in _VERBS):
        tok = tok.head  # "after jets launched an attack": the light verb's clause
    if (tok.dep_ in _INSIDE and tok.tag_ in ("VB", "VBG") and tok.head.lower_ != "after"
            and not any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in tok.children)):
        return step_before(tok.head)  # "after watching pundits criticise it", "after a truce to
        # evacuate civilians": an act told inside the "after" phrase is a step of it
    if tok.pos_ not in _VERBS or tok.tag_ in _NOT_DONE:
        return None
    verb = tok
    while verb.dep_ == "conj" and not has_own_tense(verb) and verb.head.pos_ in _VERBS:
        verb = verb.head
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after"
                                    for c in verb.children):
        return None if _same_day(verb) else _verb_of(verb.head)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "after":
        above = verb.head.head
        if _same_day(verb.head):
            return None
        # "..., and after surrendering": the second "after" hung on the first, or on the verb
        return _verb_of(above.head if above.lower_ == "after" else above)
    return None


def _same_day(after: Token) -> bool:
    """"hours after", "minutes after": the "after" (or its clause) is told of the same day."""
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in _SAME_DAY for c in after.children)


def _verb_of(tok: Token) -> Token | None:
    verb = tok if tok.pos_ in _VERBS else clause_of(tok)
    return verb if verb.pos_ in _VERBS else None


def led_to_now(tok: Token) -> bool:
    """The act of ``tok`` is a step before a state of now that the text marks as lasting
    (:func:`step_before`, :func:`_lasting`), past the article's first sentence: "is still held
    after surrendering"."""
    if tok.sent.start == 0:
        return False
    above = step_before(tok)
    return above is not None and _lasting(above)


def _lasting(verb: Token) -> bool:
    """``verb`` tells a state of now, not what goes on nor what is done, marked as lasting:
    "is still held", "has been jailed for months", "have been held since the summer"."""
    if verb.tag_ == "VBG" or tense_of(verb) != "present" and not present_perfect(verb):
        return False
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    state = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) and (
        bool(auxes) and auxes[0] in _PRESENT_BE | PRESENT_PERFECT)
    if not state:
        return False
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ == "still":
            return True
        if c.dep_ == "prep" and c.lower_ in ("for", "since") and any(
                g.dep_ == "pobj" and (c.lower_ == "since" or g.lemma_.lower() in _LASTING)
                for g in c.children):
            return True
    return False


def done_up_to_now(verb: Token, event_type: str | None = None) -> bool:
    """``verb`` is a present perfect told over a stretch up to now ("have since been
    questioned", "have so far been deported"), past the article's first sentence; not words
    (of ``event_type``), nor a few arrests or charges counted so far."""
    if verb.sent.start == 0 or verb.tag_ != "VBN" or not present_perfect(verb):
        return False
    if _spoken(verb, event_type) or counted_news(verb):
        return False
    return up_to_now(verb) or any(c.dep_ == "advmod" and c.lower_ == "since" and not any(
        c.children) for c in verb.children)


def _spoken(verb: Token, event_type: str | None) -> bool:
    """``verb`` tells words: a verb of saying ("denied", "apologised"), or an act of a type done
    in words ("has since agreed"); an accusation's type also names legal deeds ("have since been
    questioned", "charged"), words only by a verb of saying."""
    return verb.lemma_.lower() in _SPOKEN or (
        event_type in SPOKEN_ACTS and event_type != "ACCUSE")


def cause_before(tok: Token, triggers: AbstractSet[int] = frozenset()) -> bool:
    """The act of ``tok`` is told by "after" as what came before a clause told in the past, past
    the article's first sentence: "were identified after they were arrested", "changed his mind
    after watching pundits criticise the plan", "were on the move after jets launched an
    attack" (the cause of a later state or step, done before it on a day the text does not
    give, mostly not the report's). Not in the lead, whose "after" tells the day's news ("Five
    were killed after a bomb exploded"), nor before an act of force, arrest or protest (a step
    of one happening, "were arrested after a protest turned violent"), nor before a saying (said
    on the occasion: "told reporters after meeting the envoy"), nor before a clause in the
    present (:func:`step_before`'s "says it is investigating after soldiers shot a man"), nor
    before an act that is itself one of the events, ``triggers`` (the story's next step, "the
    minister resigned after police fired on the crowd", "imposed a curfew after rioters torched
    the town hall": often of the same days); the clause is a state or a turn told of what
    followed ("were on the move", "changed his mind", "the offensive restarted")."""
    if tok.sent.start == 0 or (above := step_before(tok)) is None or (
            above.i == tok.i or above.i in triggers):
        return False
    lemma = above.lemma_.lower()
    return tense_of(above) == "past" and not present_perfect(above) and (
        lemma not in _ONE_HAPPENING | _SAYING)
