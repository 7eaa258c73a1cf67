"""Stage ``date``, for one act: what the text tells as begun before the report, or as done a
little while before it, at a time it does not give.

An act the text gives no time of takes the report's day (:mod:`dateline.date`), right for the
news of the day ("Five people were killed when a bomb exploded"). Some acts, though, the text
tells as older than the report without dating them, and their start is not the report's day:

* a campaign told as going on: the present perfect progressive ("Turkish forces have been
  pounding the border towns") or a present "continue" ("government forces continue to pound
  the area", "keep shelling"): begun before the report, on a day the text does not say (a deed
  only: words told so, "has been urging the rebels to disarm", are most often said again on
  the report's day);
* an act told as done a while ago: "recently", "lately", "in recent weeks", "over the past few
  months", "in the last two weeks" (a stretch before the report with no date; "in recent
  days" too, but not "today" nor "this week", which are the report's);
* what a clause told in the past perfect says was so, in the past: "Renas had heard her
  commanders were withdrawing the fighters" (known before a time already before the report).

A verb joined to another with no subject nor auxiliary of its own shares its time: "who
recently visited the province and investigated the strikes".

:func:`dateline.date_before.told_before_report` asks :func:`told_as_older` of an act that only
the publication date dates; such an act then has no date (``before publication``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .date_clauses import SPOKEN_ACTS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["told_as_older", "going_on", "done_a_while_ago", "known_before"]

#: Adverbs of an act done a while before the report: "was shot down recently".
_A_WHILE_AGO = frozenset({"recently", "lately"})
#: Verbs telling in the present that an act goes on: "continue to pound", "keep shelling".
_GOES_ON = frozenset({"continue", "keep"})
#: Prepositions of a stretch of time: "in recent weeks", "over the past months".
_STRETCH = frozenset({"in", "over", "during", "throughout", "for"})
#: Units of a stretch before the report that is no day of its news.
_UNITS = frozenset({"days", "weeks", "months"})
#: Words that put such a stretch before the report: "recent weeks", "the past few months".
_BEFORE_NOW = frozenset({"recent", "past", "last", "previous", "preceding"})
#: Present tags of "continue" and "keep": what goes on now ("continues", "continue").
_PRESENT = frozenset({"VBZ", "VBP"})
#: What gives a joined verb a time of its own: a subject or an auxiliary.
_OWN_TIME = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "expl"})
#: Auxiliaries of the past progressive: "were withdrawing".
_PAST_BE = frozenset({"was", "were"})


def told_as_older(tok: Token, event_type: str | None = None) -> bool:
    """The act of ``tok`` (a verb, or a noun told with one: "launched an offensive") of
    ``event_type`` is told as begun or done before the report, at a time the text does not
    give."""
    verb = tok
    if tok.pos_ in ("NOUN", "PROPN"):
        if not (tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ in ("VERB", "AUX")):
            return False
        verb = tok.head
    deed = event_type not in SPOKEN_ACTS
    return any(deed and going_on(v) or done_a_while_ago(v) or known_before(v)
               for v in _sharing(verb))


def _sharing(verb: Token) -> list[Token]:
    """``verb`` and the verbs it is joined to with no subject nor auxiliary of its own ("visited
    the province and investigated the strikes"): the verbs whose time it shares."""
    out = [verb]
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in _OWN_TIME for c in verb.children):
        verb = verb.head
        out.append(verb)
    return out


def going_on(verb: Token) -> bool:
    """``verb`` tells an act going on since before the report: "have been pounding" (the
    present perfect progressive), "continue to pound", "keeps shelling"."""
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if verb.tag_ == "VBG" and "been" in auxes and any(a in ("has", "have", "'ve", "'s")
                                                     for a in auxes):
        return True
    head = verb.head
    return (verb.dep_ == "xcomp" and head.i != verb.i and head.lemma_.lower() in _GOES_ON
            and head.tag_ in _PRESENT and verb.tag_ in ("VB", "VBG"))


def done_a_while_ago(verb: Token) -> bool:
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


def known_before(verb: Token) -> bool:
    """``verb`` tells in the past what a verb in the past perfect says was so: "had heard her
    commanders were withdrawing", "had learned that troops left" (not "would leave", a time to
    come)."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.tag_ != "VBN" or not any(
            c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in head.children):
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ in ("VBG", "VBN") and bool(auxes & _PAST_BE) and auxes <= _PAST_BE
