"""The recipient of an act its own sentence does not name, carried from the story.

Acts of force, coercion, accusation, demand, threat and sanction, a deal and a surrender are
done to someone. A report often names that one once and then tells the act again, or tells
another step of it, without the recipient ("Army jets bombed the rebels' positions. The strikes
went on overnight"; "The army attacked the rebels. The army also shelled the road out of
town"). Such an act takes its recipient from the nearest earlier telling of the same act: one
of the same family (``actor_retold.family``), within a few sentences, told again by a definite
noun of the act ("the strikes") or done by the same party in a later sentence ("the army ...
the army"; one sentence's two acts are two), and not placed, by its own phrase or its
object's, where that one was not. People an earlier act struck (civilians: "shelled the town,
killing four people") are of that one happening: an act the same doer is told to do besides
("the jets also struck in the east", "shelled it again") is not told as done to them, and
they are no side the doer fought. It takes none when the earlier tellings since
then name more than one side as their recipient (whose act is told again is not said), nor
when that recipient is the act's own doer or of its side.

Else an act of force, a surrender or a withdrawal by a named party is done to the one party it
fought in the few sentences before (its acts of force were done to that party, or that party's
to it), when the story names exactly one ("Turkish troops shelled Kurdish fighters near the
town ... Turkey launched a new operation on Sunday"), not counting a fight placed, in the same
way, where the act is not. And a surrender or withdrawal with no recipient ("dozens of
fighters surrendered") is made to the one side that used force in the few sentences before,
when the story names exactly one such side and the one yielding is not of it.

An accusation or a protest whose object is a definite noun of an act the story told before ("The
raid was condemned", "condemned the strikes") is made against the doer of that act, when one
named party did it.

The recipient is shown as ``actor_retold.lent`` shows a carried doer: no words of its own, the
earlier words as its ``antecedent``, its country marked as coming from there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_retold import (Told, family, lent, named, placed_elsewhere, retelling, told_before,
                           who)
from .actor_things import is_act
from .date_story import happening_word, refers_back
from .sectors import STATE_FAMILY
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from .code.mention import Mention
    from .records import Actor
    from .sentences import Sentences

__all__ = ["carried_recipient"]

#: How many sentences back the side a doer fought, or a surrender is made to, may be named.
YIELD_WINDOW = 6
#: Event types whose acts are done to someone.
_DONE_TO = frozenset({"ASSAULT", "COERCE", "ACCUSE", "REQUEST", "THREATEN", "SANCTION",
                      "AGREE", "RETREAT", "PROTEST"})
#: Event types whose act told before, as what is judged, is done to its doer ("condemned the
#: raid", "protests against the strikes").
_JUDGING = frozenset({"ACCUSE", "PROTEST"})
#: Words that tell an act as one more ("also struck", "struck again").
_ADDED = word_class("additive_adverbs")
#: Modes of a yielding made to the other side of a fight (not a release or a return).
_YIELD_MODES = frozenset({None, "disarm", "withdraw"})


def carried_recipient(doc: Doc, sents: Sentences, m: Mention, source: Actor | None,
                      done: Sequence[Told]) -> Actor | None:
    """The recipient of ``m``, an act with none of its own, from the acts of the story so far
    (``done``, in text order); ``None`` where the story does not name it safely."""
    kind = m.sense.event_type
    if kind not in _DONE_TO or kind == "RETREAT" and m.sense.mode not in _YIELD_MODES:
        return None  # a resignation or a release is made to no side
    found = _judged_act_doer(doc, sents, m, done) if kind in _JUDGING else None
    found = found or _told_before(doc, sents, m, source, done)
    if found is None and (kind == "RETREAT" or family(kind, m.sense.mode) == "force"):
        found = _opponent(doc, sents, m, source, done)
    if found is None and kind == "RETREAT":
        found = _yielded_to(sents, m, done)
    if found is None or _one_side(found, source):
        return None
    return lent(found)


def _judged_act_doer(doc: Doc, sents: Sentences, m: Mention,
                     done: Sequence[Told]) -> Actor | None:
    """The doer of the act told before that an accusation or a protest is about ("Israeli
    troops raided the camp. The raid was condemned"): its object, a definite noun of an act,
    told in the few sentences before by the same word (a verb or a noun, ``happening_word``),
    by one named party."""
    trig = doc[m.trigger]
    judged = next((c for c in trig.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if judged is None or not is_act(judged) or not refers_back(judged, plural=True):
        return None
    word = happening_word(judged)
    told = [d for d in told_before(sents, m, done) if happening_word(doc[d.at]) == word]
    doers = {who(d.source) for d in told if d.source is not None}
    if not told or len(doers) != 1 or not named(told[-1].source):
        return None  # someone unnamed did it too, or two parties did
    return told[-1].source


def _told_before(doc: Doc, sents: Sentences, m: Mention, source: Actor | None,
                 done: Sequence[Told]) -> Actor | None:
    """The recipient of the nearest earlier telling of the same act (see the module)."""
    kind = family(m.sense.event_type, m.sense.mode)
    here = sents.index(m.trigger)
    told_again = retelling(doc[m.trigger]) is not None
    alike = [d for d in told_before(sents, m, done)
             if family(d.act[1], d.mode) == kind and _party(d.target)]
    same = [d for d in alike if told_again or who(source) is not None
            and who(source) == who(d.source) and sents.index(d.at) < here]
    if not same or _elsewhere(doc, sents, m, same[-1].at):
        return None  # (an act of its sentence by the same doer is another act)
    first = same[-1]
    if not told_again and _struck_people(first.target) and _added(doc[m.trigger]):
        return None  # "killing four people. The jets also struck in the east": others
    since = sents.index(first.at)
    if len({who(d.target) for d in alike if sents.index(d.at) >= since}) > 1:
        return None  # the act is done to two sides: to which one now is not said
    return first.target


def _opponent(doc: Doc, sents: Sentences, m: Mention, source: Actor | None,
              done: Sequence[Told]) -> Actor | None:
    """The one party a named doer fought in the sentences before: the one its acts of force
    were done to, or the named one that did acts of force to it; ``None`` where there were
    two or none; a fight told elsewhere (:func:`_elsewhere`) does not count."""
    if not named(source):
        return None
    here, doer = sents.index(m.trigger), who(source)
    fought = []
    for d in told_before(sents, m, done, YIELD_WINDOW):
        if sents.index(d.at) == here or family(d.act[1], d.mode) != "force" or \
                _elsewhere(doc, sents, m, d.at):
            continue
        if who(d.source) == doer and _party(d.target) and not _struck_people(d.target):
            fought.append(d.target)
        elif who(d.target) == doer and named(d.source):
            fought.append(d.source)
    return fought[-1] if len({who(a) for a in fought}) == 1 else None


def _yielded_to(sents: Sentences, m: Mention, done: Sequence[Told]) -> Actor | None:
    """The one named party that used force in the sentences before a surrender (two armed
    groups of one country are two)."""
    force = [d for d in told_before(sents, m, done, YIELD_WINDOW)
             if family(d.act[1], d.mode) == "force" and d.status == "actual"]
    if not force or any(not named(d.source) for d in force):
        return None  # someone unnamed fights too
    return force[-1].source if len({who(d.source) for d in force}) == 1 else None


def _one_side(recipient: Actor, source: Actor | None) -> bool:
    """Whether a carried recipient is the act's doer or of its state (armed groups of one
    country may be two sides). Two parties of the state's sectors are one side when they are
    of one country or when either one's country is unknown ("soldiers surrendered" after the
    government's forces fought: not to those forces)."""
    if source is None:
        return False
    if who(recipient) == who(source):
        return True
    return recipient.sector in STATE_FAMILY and source.sector in STATE_FAMILY and (
        None in (recipient.country, source.country) or recipient.country == source.country)


def _elsewhere(doc: Doc, sents: Sentences, m: Mention, before: int) -> bool:
    """Whether the act's own phrase, or its object's, names a place the sentence of the earlier
    act at ``before`` does not ("bombed the rebels in Idlib ... struck a hospital in Aleppo")."""
    trig = doc[m.trigger]
    return any(placed_elsewhere(doc, sents, w, before) for w in (
        trig, *(c for c in trig.children if c.dep_ == "dobj")))


def _added(trig: Token) -> bool:
    """Whether the act is told as one more act ("also struck", "shelled it again")."""
    return any(c.dep_ == "advmod" and c.lower_ in _ADDED for c in trig.children)


def _struck_people(actor: Actor | None) -> bool:
    """Whether an earlier recipient is people an act struck (civilians, the dead of no side):
    they are of that one happening, not a side that the doer's other acts are done to."""
    return actor is not None and actor.sector == "CVL"


def _party(actor: Actor | None) -> bool:
    """Whether an earlier recipient is a party its story names (not "the accounts of X")."""
    return actor is not None and bool(actor.name and (actor.country or actor.sector))
