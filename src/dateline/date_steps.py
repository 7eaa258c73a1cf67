"""Stage ``date``, for one act: an act the text tells as an earlier step of a state it marks
as lasting, or as done over a stretch that runs up to now, at a time it does not give.

An act the text gives no time of takes the report's day (:mod:`dateline.date`), right for the
news of the day ("Five people were killed when a bomb exploded"). Two ways of telling an act put
it before the report without dating it:

* a clause or a phrase of "after" hanging on a state of now that the text marks as lasting
  ("is still held after surrendering to police", "has been jailed for months after joining the
  militia"): what led to a state that has lasted was done before it, on a day the text does
  not say; so is what came before a clause told in the past, past the lead ("changed his
  mind after the envoy criticised the plan": the cause of a later step, :func:`cause_before`),
  but not an act of force, arrest or protest, whose aftermath is the day's news ("was taken to
  hospital after police shot him"), nor one before an act of force or what one leaves (one
  happening: "were killed after rebels ambushed the convoy") nor before a saying ("told
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
from .date_clauses import REPORTING, SAYING, SPOKEN_ACTS
from .date_story import FORCE_HAPPENINGS, Tellings, refers_back
from .habits import counted_news, up_to_now
from .sentences import sentence_before_start
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from spacy.tokens import Token

__all__ = ["step_before", "light_verb", "led_to_now", "done_up_to_now", "cause_before"]

_VERBS = ("VERB", "AUX")
#: Present and bare tags: a verb of "after" in them tells what is still to come ("ready to go
#: home after the army withdraws"), never a step before now.
_NOT_DONE = frozenset({"VBZ", "VBP", "VB"})
#: Spans of a state that has lasted ("held for months") and of an act of the same day ("hours
#: after soldiers stormed the camp"), and adverbs of one ("immediately after", "shortly after").
_LASTING = word_class("lasting_spans")
_SAME_DAY = word_class("same_day_spans") | word_class("same_day_adverbs")
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})
#: Complements and infinitives with no tense of their own: an act told in them is told inside
#: the phrase they hang on ("after watching pundits criticise the plan").
_INSIDE = frozenset({"xcomp", "ccomp", "acl", "relcl"})
#: Acts of force, arrest and protest, and what they leave (a death, a wound, a flight): one told
#: after another ("were killed after a raid struck the house", "arrested after a protest turned
#: violent", "were forced to flee after") is a step of the same happening, and shares its day.
_ONE_HAPPENING = FORCE_HAPPENINGS | word_class("aftermath_verbs")
#: Event types of acts of force, arrest, seizure and protest: what follows one ("was taken to
#: hospital after police shot him", "the currency plunged after the army seized power") is its
#: aftermath, told with it as the day's news ...
_FORCE = frozenset({"ASSAULT", "COERCE", "SEIZE", "PROTEST"})
#: ... but not a campaign told as launched or begun ("after jets launched an attack on the
#: province"): it went on, and what followed its start is told from a later day.
_STARTS = word_class("campaign_starts")
#: Verbs of words: what they tell is most often said again on the report's day ("has since
#: denied the report").
_SPOKEN = word_class("spoken_acts") | SAYING
#: Verbs of trying: what was tried was done ("after rebels tried to storm the town hall"); an
#: act only wanted or threatened ("after rebels threatened to storm it") is not told as done.
_ATTEMPTS = word_class("attempts")
_INTENT = word_class("intent")


def step_before(tok: Token) -> Token | None:
    """The verb of the clause that the act of ``tok`` is told as a step before, by "after": a
    clause ("after they stormed the bank"), a verb's phrase ("after surrendering", "after being
    targeted") or a happening's ("after an attack on the town"); a verb joined to such a verb
    with no subject nor auxiliary of its own shares its "after" ("after fleeing the country and
    surrendering"); a happening named as the object or the subject of a verb takes that verb's
    clause ("after jets launched an attack"); ``None`` when the act is told so by no "after",
    told in the present ("after the army withdraws": still to come), only wanted or threatened
    ("after rebels threatened to storm it"), or told as of the same day ("hours after",
    "immediately after")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "after":
        return _verb_of(tok.head.head)  # "after an attack", "after rebel shelling"
    tok = light_verb(tok)  # "after jets launched an attack": the light verb's clause
    if (tok.dep_ in _INSIDE and tok.tag_ in ("VB", "VBG") and tok.head.lower_ != "after"
            and not any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in tok.children)
            and not _only_wanted(tok)):
        return step_before(tok.head)  # "after watching pundits criticise it", "after a truce to
        # evacuate civilians": an act told inside the "after" phrase is a step of it
    if tok.pos_ not in _VERBS or tok.tag_ in _NOT_DONE:
        return None
    verb = tok
    while verb.dep_ == "conj" and verb.head.pos_ in _VERBS and (
            not has_own_tense(verb) or _after_mark(verb) is not None):
        verb = verb.head  # "after fleeing and surrendering"; "after rebels stormed the hall and
        # after police arrested two leaders": a second "after" hangs where the first does
    mark = _after_mark(verb)
    if verb.dep_ == "advcl" and mark is not None:
        return None if _same_day(verb, mark) else _verb_of(verb.head)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "after":
        above = verb.head.head
        if _same_day(verb.head, verb.head):
            return None
        # "..., and after surrendering": the second "after" hung on the first, or on the verb
        return _verb_of(above.head if above.lower_ == "after" else above)
    return None


def light_verb(tok: Token) -> Token:
    """The verb of the clause a happening noun is told in as its object or subject ("jets
    launched an attack", "the raid took place"), else ``tok`` itself."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubj", "nsubjpass") and (
            tok.head.pos_ in _VERBS):
        return tok.head
    return tok


def _after_mark(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "after"), None)


def _only_wanted(tok: Token) -> bool:
    """``tok`` is the infinitive of what a verb of intent only wants or threatens ("threatened
    to storm the town hall"), not of a trying ("tried to storm it": done)."""
    lemma = tok.head.lemma_.lower()
    return tok.dep_ == "xcomp" and lemma in _INTENT and lemma not in _ATTEMPTS


def _same_day(clause: Token, after: Token) -> bool:
    """"hours after", "minutes after", "immediately after", "shortly after": the "after" of
    ``clause`` is told of the same day, by a word that hangs on it or on either verb, told just
    before it (the parser hangs "hours" on the verb above: "changed his mind hours after")."""
    if any(c.dep_ == "npadvmod" and c.lemma_.lower() in _SAME_DAY for c in clause.children):
        return True
    before = after.doc[after.i - 1] if after.i > 0 else None
    return before is not None and before.pos_ in ("NOUN", "ADV") and (
        before.lemma_.lower() in _SAME_DAY or before.lower_ in _SAME_DAY)


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


def cause_before(tok: Token, triggers: AbstractSet[int] = frozenset(),
                 event_type: str | None = None) -> bool:
    """The act of ``tok`` (of ``event_type``) is told by "after" as what came before a clause
    told in the past, past the article's first sentence: "changed his mind after watching
    pundits criticise the plan", "felt cheated after he agreed to the deal" (the cause of
    a later state or step, done before it on a day the text does not give, mostly not the
    report's). Not in the lead, whose "after" tells the day's news ("Five were killed after a
    bomb exploded"); not an act of force, arrest, seizure or protest, whose aftermath is told
    with it as the day's news ("was taken to hospital after police shot him", "the currency
    plunged after the army seized power"); not an act the text told before, which has one day
    (:func:`_told_before`); not before an act of force, arrest or protest or of what one
    leaves (a step of one happening, "were forced to flee after"), a saying or an admission
    (said on the occasion: "told reporters after meeting the envoy"), a clause in the present
    (:func:`step_before`'s "says it is investigating after soldiers shot a man"), nor before
    an act that is itself one of the events, ``triggers`` (the story's next step, "the minister
    resigned after the envoy criticised the plan": often of the same days); the clause is a
    state or a turn told of what followed ("changed his mind", "the offensive restarted")."""
    if tok.sent.start == 0 or _force(tok, event_type):
        return False
    if (above := step_before(tok)) is None or above.i == tok.i or _told_before(tok):
        return False
    turn = _complement(above)  # "were forced to flee": the fleeing
    if above.i in triggers or turn.i in triggers:
        return False
    past = tense_of(above) == "past" or any(  # "did not change his mind": told in the past
        c.dep_ == "aux" and c.lower_ == "did" for c in above.children)
    # (a saying, an admission or a finding told after an act, "told reporters after meeting the
    # envoy", "admitted its mistake after", is said on the occasion, often the same day)
    return past and not present_perfect(above) and not {
        above.lemma_.lower(), turn.lemma_.lower()} & (_ONE_HAPPENING | REPORTING)


def _force(tok: Token, event_type: str | None) -> bool:
    """The act of ``tok`` is one of force, arrest, seizure or protest, by its type or its word,
    not told as a campaign launched or begun ("launched an attack on the province")."""
    if event_type not in _FORCE and tok.lemma_.lower() not in FORCE_HAPPENINGS:
        return False
    return not (tok.pos_ == "NOUN" and tok.dep_ == "dobj" and (
        tok.head.lemma_.lower() in _STARTS))


def _complement(verb: Token) -> Token:
    """The verb of the infinitive ``verb`` tells its subject was made or forced to do ("were
    forced to flee"), else ``verb``."""
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in _VERBS), verb)


def _told_before(tok: Token) -> bool:
    """The act of ``tok`` is a happening the text told before it: a noun told as one already
    known ("after the attack"), or a word of the same happening in the lead or in the sentence
    before ("Rebels stormed the town hall. … after the rebels stormed the building"); not one
    of its own sentence ("on the move before the Afrin assault, after jets launched an attack":
    two happenings of a kind told apart)."""
    near, own = sentence_before_start(tok.doc, tok.i), tok.sent.start
    return refers_back(tok) or any(t.i < own and (t.i >= near or t.sent.start == 0)
                                   for t in Tellings(tok.doc).before(tok))
