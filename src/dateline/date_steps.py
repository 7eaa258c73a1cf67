"""Stage ``date``, for one act: an act the text tells as an earlier step of what is so now, or
as done over a stretch that runs up to now, at a time it does not give.

An act the text gives no time of takes the report's day (:mod:`dateline.date`), right for the
news of the day ("Five people were killed when a bomb exploded"). Two ways of telling an act put
it before the report without dating it:

* a clause or a phrase of "after" hanging on a clause told in the present or the future:
  "the activist is held after surrendering to police", "she will lose her citizenship after
  joining the militia", "the mayor says the rules should be fair, after being targeted by the
  president", "the road is closed after rebel shelling of the town": what led to a state of
  now was done before it, on a day the text does not say. Not what came before a past act
  ("police arrested two men after they stormed the bank": the two share their days), nor
  before a present perfect ("has withdrawn after rebels attacked a checkpoint": the news
  of the report's days), nor in the article's first sentence, whose news a clause of "after"
  may tell ("A man is being held after three people were stabbed"). A clause of "after"
  hanging on one the text tells as before the report is before it too (the caller asks
  that: :func:`step_before`);
* a present perfect told as done over a stretch up to now: "two men have so far been
  charged", "the pair have since been questioned", "police have thus far arrested 12 people"
  (acts spread over days before the report, or done after an earlier happening at a day not
  given); not in the article's first sentence, the news of the day.

:func:`dateline.date_before.told_before_report` asks both of an act that only the publication
date dates; such an act then has no date (``before publication``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .aspect import PRESENT_PERFECT, clause_of, has_own_tense, tense_of

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["step_before", "led_to_now", "done_up_to_now"]

_VERBS = ("VERB", "AUX")
#: Phrases of a stretch up to the time of telling: "have so far been charged" (a bare "since"
#: and "so far", "thus far" are read apart: the parse hangs their words diversely).
_UP_TO_NOW = frozenset({"until now", "up to now", "to date", "till now"})


def step_before(tok: Token) -> Token | None:
    """The verb of the clause that the act of ``tok`` is told as a step before, by "after": a
    clause ("after they stormed the bank"), a verb's phrase ("after surrendering", "after being
    targeted") or a happening's ("after an attack on the town"); a verb joined to such a verb
    with no subject nor auxiliary of its own shares its "after" ("after fleeing and joining");
    a happening named as the object or the subject of a verb takes that verb's clause ("after
    jets launched an attack"); ``None`` when the act is told so by no "after"."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "after":
        return _verb_of(tok.head.head)  # "after an attack", "after rebel shelling"
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubj", "nsubjpass") and (
            tok.head.pos_ in _VERBS):
        tok = tok.head  # "after jets launched an attack": the light verb's clause
    if tok.pos_ not in _VERBS:
        return None
    verb = tok
    while verb.dep_ == "conj" and not has_own_tense(verb) and verb.head.pos_ in _VERBS:
        verb = _gerund_joined(verb) or verb.head
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after"
                                    for c in verb.children):
        return _verb_of(verb.head)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "after":
        above = verb.head.head
        # "..., and after surrendering": the second "after" hung on the first, or on the verb
        return _verb_of(above.head if above.lower_ == "after" else above)
    return None


def _gerund_joined(verb: Token) -> Token | None:
    """The gerund of "after" that the gerund ``verb`` is joined to when the parse hangs it on
    the verb that gerund's "after" hangs on ("will be stripped after fleeing the country, and
    reaffirming ...": "reaffirming" is joined to "fleeing", not to "stripped", a finite verb no
    bare gerund can be joined to); ``None`` for any other joined verb."""
    head = verb.head
    if verb.tag_ != "VBG" or head.tag_ == "VBG":
        return None
    return next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "after"
                 and c.i < verb.i for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"),
                None)


def _verb_of(tok: Token) -> Token | None:
    verb = tok if tok.pos_ in _VERBS else clause_of(tok)
    return verb if verb.pos_ in _VERBS else None


def led_to_now(tok: Token) -> bool:
    """The act of ``tok`` is a step before what a clause tells in the present or the future
    (:func:`step_before`), past the article's first sentence: "is held after surrendering"."""
    if tok.sent.start == 0:
        return False
    above = step_before(tok)
    # "will be stripped after fleeing and joining a group after surrendering": a gerund of
    # "after" with no tense of its own has the time of what it is a step before
    while above is not None and above.tag_ == "VBG" and not has_own_tense(above) and (
            (further := step_before(above)) is not None):
        above = further
    return above is not None and tense_of(above) in ("present", "future")


def done_up_to_now(verb: Token) -> bool:
    """``verb`` is a present perfect told over a stretch up to now ("have so far been charged",
    "have since been questioned"), past the article's first sentence."""
    if verb.sent.start == 0 or verb.tag_ != "VBN":
        return False
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes or auxes[0] not in PRESENT_PERFECT:
        return False
    for c in verb.children:
        if c.dep_ == "advmod" and (c.lower_ == "since" and not any(c.children) or (
                c.lower_ == "far" and c.i > 0 and c.doc[c.i - 1].lower_ in ("so", "thus"))):
            return True
        if c.dep_ in ("prep", "advmod") and _phrase(c) in _UP_TO_NOW:
            return True
    return False


def _phrase(tok: Token) -> str:
    """The words of ``tok``'s subtree, lower case: "so far", "to date"."""
    return " ".join(t.lower_ for t in tok.subtree)
