"""Stage ``date``, for one act: what the text tells as begun before the report, or as done a
little while before it, at a time it does not give.

An act the text gives no time of takes the report's day (:mod:`dateline.date`), right for the
news of the day ("Five people were killed when a bomb exploded"). Some acts, though, the text
tells as older than the report without dating them, and their start is not the report's day:

* a campaign told as going on: the present perfect progressive ("the army has been shelling
  the villages") or a present "continue" or "keep" ("the militia continues to pound the hills",
  "keeps shelling", "continues its offensive"): begun before the report, on a day the text
  does not say (a deed only: words told so, "has been urging the rebels to disarm", are most
  often said again on the report's day, and what is asked for, "have been demanding the
  release", is not done);
* force named as what a party is under, told as lasting: "has been under attack for weeks",
  "remains under bombardment since the summer", "the town, which has been under attack" (not
  "came under attack", an act of a day, nor "is under attack" with no span, nor in the lead or
  in words quoted or told as someone's: the day's news);
* an act told as done a while ago: "recently", "lately", "in recent weeks", "over the past few
  months", "in the last two weeks" (a stretch before the report with no date; "in recent
  days" too, but not "today" nor "this week", which are the report's), or told as done
  before a saying done a while ago ("recently announced that they arrested 30 people");
* what a clause under a verb of learning in the past perfect says was so, in the past: "the
  captain had heard that the guards were leaving the post" (known before a time already before
  the report; not "had hoped", nor "would leave", a time to come).

A verb joined to another with no subject nor auxiliary of its own shares its time: "who
recently toured the camp and counted the tents".

:func:`dateline.date_before.told_before_report` asks :func:`told_as_older` of an act that only
the publication date dates; such an act then has no date (``before publication``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .aspect import PRESENT_PERFECT, has_own_tense, past_perfect, past_progressive, \
    present_perfect
from .date_clauses import REPORTING, SPOKEN_ACTS, quotes_speech, reported_by
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["told_as_older"]

#: Adverbs of an act done a while before the report: "was shot down recently".
_A_WHILE_AGO = word_class("lately_adverbs")
#: Verbs telling in the present that an act goes on: "continue to pound", "keep shelling".
_GOES_ON = word_class("carrying_on_verbs")
#: ... of which those of going somewhere, which carry on only with "on": "go on shelling".
_GOING = word_class("going_verbs")
#: Verbs whose object is only asked for, wanted or said: "demanding the release".
_WANTED = word_class("intent_object") | REPORTING
#: Prepositions of a stretch of time: "in recent weeks", "over the past months".
_STRETCH = frozenset({"in", "over", "during", "throughout", "for"})
#: Units of a stretch before the report that is no day of its news.
_UNITS = frozenset({"days", "weeks", "months"})
#: Words that put such a stretch before the report: "recent weeks", "the past few months".
_BEFORE_NOW = word_class("stretch_before_now")
#: Verbs of learning, whose past perfect tells what was known before: "had heard", "had been
#: told" (not "had hoped", "had feared").
_LEARNING = word_class("learning_verbs")
#: Present tags of "continue" and "keep": what goes on now ("continues", "continue").
_PRESENT = frozenset({"VBZ", "VBP"})
#: Verbs of a state a party is in: "is under attack", "remains under bombardment".
_STATES = word_class("state_verbs")
#: Force a party is under as a campaign ("under attack", "under bombardment").
_FORCE = word_class("force_under")
#: Spans that put the start of a state before the report ("for weeks").
_LASTING = word_class("lasting_spans") | {"day"}
#: Auxiliaries of the simple past passive: "were withdrawn".
_PAST_BE = frozenset({"was", "were"})


def told_as_older(tok: Token, event_type: str | None = None) -> bool:
    """The act of ``tok`` (a verb, or a noun told with one: "launched an offensive") of
    ``event_type`` is told as begun or done before the report, at a time the text does not
    give."""
    verb = tok
    deed = event_type not in SPOKEN_ACTS
    if tok.pos_ in ("NOUN", "PROPN"):
        if deed and _under_now(tok):
            return True  # "has been under attack for weeks": a campaign going on
        if not (tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ in ("VERB", "AUX")):
            return False
        verb = tok.head
        # "have been demanding the release": what is asked for or said is no deed going on
        deed = deed and verb.lemma_.lower() not in _WANTED
        if deed and tok.dep_ == "dobj" and _goes_on(verb):
            return True  # "continues its offensive": the campaign told as going on
    return any(deed and _campaign_going_on(v) or _done_a_while_ago(v) or _known_before(v)
               for v in _sharing(verb)) or _said_a_while_ago(verb)


def _under_now(noun: Token) -> bool:
    """``noun`` names force a party is under, told as a state of now that has lasted: "has been
    under attack for weeks", "remains under bombardment since the summer", or in a relative
    clause describing the party, "the town, which has been under attack" (begun before the
    report). Not with no span ("the embassy is under attack": the day's news), nor in the
    article's first sentence, nor in words quoted or told as someone's ("is under attack,
    officials said"), nor "came under attack" (an act of a day), nor "was under attack" (a
    state of then)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.head.i == prep.i or (
            noun.lemma_.lower() not in _FORCE) or noun.sent.start == 0:
        return False
    verb = prep.head
    if verb.lemma_.lower() not in _STATES or verb.pos_ not in ("VERB", "AUX"):
        return False
    if reported_by(verb) or quotes_speech(noun.sent.text) or any(
            c.dep_ == "parataxis" and c.lemma_.lower() in REPORTING
            for c in noun.sent.root.children):
        return False
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    perfect = verb.tag_ == "VBN" and present_perfect(verb)
    if not (verb.tag_ in _PRESENT and not auxes or perfect):
        return False
    if perfect and verb.dep_ == "relcl":
        return True  # "the town, which has been under attack": the party's background
    # the span on the verb, or as the parse may hang it, on the force ("under attack for weeks")
    return any(c.dep_ == "prep" and c.lower_ in ("for", "since") and any(
        g.dep_ == "pobj" and (c.lower_ == "since" or g.lemma_.lower() in _LASTING)
        for g in c.children) for c in (*verb.children, *noun.children))


def _sharing(verb: Token) -> list[Token]:
    """``verb`` and the verbs it is joined to with no subject nor auxiliary of its own ("visited
    the province and investigated the strikes"): the verbs whose time it shares."""
    out = [verb]
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") \
            and not has_own_tense(verb):
        verb = verb.head
        out.append(verb)
    return out


def _campaign_going_on(verb: Token) -> bool:
    """``verb`` tells an act going on since before the report: "have been pounding" (the
    present perfect progressive), "continue to pound", "keeps shelling" (or is the "continue"
    of one)."""
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if verb.tag_ == "VBG" and "been" in auxes and any(a in PRESENT_PERFECT for a in auxes):
        return True
    if _goes_on(verb) and any(c.dep_ == "xcomp" and c.tag_ in ("VB", "VBG")
                              for c in verb.children):
        return True  # "continue" itself, of what hangs on it: "continue to pound, killing 40"
    head = verb.head
    return (verb.dep_ == "xcomp" and head.i != verb.i and _goes_on(head)
            and verb.tag_ in ("VB", "VBG"))


def _goes_on(verb: Token) -> bool:
    """``verb`` is a present verb of carrying on: "continues", "keep", "go on" (a verb of going
    only with its "on": "go to fight" is no act going on)."""
    lemma = verb.lemma_.lower()
    return lemma in _GOES_ON and verb.tag_ in _PRESENT and (lemma not in _GOING or any(
        c.dep_ == "prt" and c.lower_ == "on" for c in verb.children))


def _done_a_while_ago(verb: Token) -> bool:
    """``verb``'s clause says its act was done a while before the report, with no date:
    "recently", "in recent weeks", "over the past few months"."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _A_WHILE_AGO:
            return True
        if c.dep_ == "prep" and c.lower_ in _STRETCH:
            for obj in c.children:
                if obj.dep_ == "pobj" and obj.lower_ in _UNITS and any(
                        m.lower_ in _BEFORE_NOW for m in obj.children if m.dep_ in ("amod", "det")):
                    return True
    return False


def _said_a_while_ago(verb: Token) -> bool:
    """``verb`` tells in the simple past, or the past perfect, what a verb of saying done a
    while before the report says was done: "recently announced that they arrested 30 people"
    (done before the announcing; not "said they would arrest", a time to come)."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.lemma_.lower() not in REPORTING or not (
            _done_a_while_ago(head)):
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return (verb.tag_ == "VBD" and not auxes) or (verb.tag_ == "VBN" and bool(auxes) and (
        auxes <= _PAST_BE or past_perfect(verb)))


def _known_before(verb: Token) -> bool:
    """``verb`` tells in the past what a verb of learning in the past perfect says was so: "had
    heard the guards were leaving", "had learned that troops left", "had been told the post was
    abandoned" (not "would leave", a time to come, nor what "had hoped" for)."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.lemma_.lower() not in _LEARNING or not (
            head.tag_ == "VBN" and past_perfect(head)):
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBD":
        return not auxes
    if verb.tag_ == "VBG":
        return past_progressive(verb) and auxes <= _PAST_BE
    return verb.tag_ == "VBN" and bool(auxes) and auxes <= _PAST_BE
