"""The doer of an attack its sentence does not name, where the story's thread names it.

An attack read with no doer ("five people were killed", "the convoy was hit", "airstrikes hit
the town") is coded as the act of an unidentified armed group of its place's country, as
ACLED codes it, when the story names no attacker (``agents.unnamed_attackers``). The story
names one when the same kind of act (an act of force: an assault, or a seizure or an arrest
by force) was done, not only planned or threatened, by a named party in the same thread of
the story: its lead (the first sentence), the sentence itself or the two sentences before
it. The attack is then that party's, provided

- it is told by a verb or a bare noun, not by a noun that tells an act not told before ("an
  attack", "the latest raid", "another bombing"), nor by a definite one telling an act again,
  whose doer ``actor_retold`` finds;
- the thread names no other doer of such an act: not a second named party, nor an attacker it
  leaves unnamed ("gunmen", "a bomber"), nor a party that such an act was done to, which may
  strike back ("a soldier killed while fighting against Isis ... five others were wounded"),
  unless the attack is done to that party's own side or by means it does not use:
  two candidates, and whose act it was is not said (earlier acts with no doer, or coded for
  an unidentified group by this same default, name no one and do not count);
- the attack's sentence names no place that the thread before it does not ("... a bomb
  killed three policemen in Ramadi" after an attack told in another town);
- where both say their means (their modes), they are the same, and the means fit the
  party: an air strike or shelling is a state's forces' act, a bombing,
  a suicide attack or an improvised device is no state's (``Sense.acled_sub_event_type``);
- it is not done to that party or to its side (``actor_carried``'s test of one side), and its
  clause does not name that party in another part ("a building he and Holmes were guarding
  was set alight": the party named is on its receiving end).

The doer is shown as a carried one (``actor_retold.lent``): no words of its own, the earlier
words as its ``antecedent``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from .actor_carried import one_side
from .actor_retold import family, lent, named, side, told_before, who
from .sectors import STATE_FAMILY

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from .actor_retold import Told
    from .code.mention import Mention
    from .records import Actor
    from .sentences import Sentences

__all__ = ["thread_attacker"]

#: How many sentences before an attack its thread reaches (the lead is in it too).
THREAD = 2
#: Statuses of an attack that was made, whether or not it struck home or is only reported.
_MADE = frozenset({"actual", "attempted", "failed", "alleged"})
#: ACLED sub-types of attacks that states' armed forces carry out.
_STATE_MEANS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack",
                          "Chemical weapon"})
#: ACLED sub-types of attacks that armed groups of no state carry out.
_GROUP_MEANS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED"})
#: Entity kinds of a place's name.
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
#: Words that make an act's noun tell another act.
_NEW = frozenset({"latest", "new", "another", "second", "third", "further", "fresh"})
#: The sector of an attacker the story leaves unnamed.
_UNNAMED = "UAF"


def thread_attacker(doc: Doc, sents: Sentences, m: Mention, target: Actor | None,
                    done: Sequence[Told]) -> Actor | None:
    """The doer of ``m``, an attack with none of its own, from the acts of the story so far
    (``done``, in text order); ``None`` where the thread names none or several (see the
    module)."""
    if m.sense.event_type != "ASSAULT" or m.status not in _MADE or _new_act(doc[m.trigger]):
        return None
    acts = [d for d in _thread(sents, m, done)
            if family(d.act[1], d.mode) == "force" and not _untold(d.source)]
    if not acts or any(not _party(d.source) for d in acts):
        return None  # no attack told, or one by someone the story does not name
    if len({who(d.source) for d in acts}) != 1:
        return None  # two parties attack in the thread
    if any(_strikes_back(d.target, d.source, m, target) for d in acts):
        return None  # a party fought, which may strike back ("fighting against Isis")
    told = next((d for d in reversed(acts) if d.status in _MADE), None)
    if told is None or told.source is None or not (told.source.text or told.source.antecedent):
        return None
    doer = told.source
    if None not in (m.sense.mode, told.mode) and m.sense.mode != told.mode:
        return None  # another kind of attack ("shelled the town ... airstrikes hit it")
    if not _fits(m, doer) or _placed_elsewhere(doc, sents, m) or \
            _named_in(doc, m, doer) or \
            target is not None and (who(target) == who(doer) or one_side(target, doer)):
        return None
    return lent(doer)


def _thread(sents: Sentences, m: Mention, done: Sequence[Told]) -> list[Told]:
    """The acts told in the lead and in ``m``'s sentence and the :data:`THREAD` before it."""
    near = told_before(sents, m, done, THREAD)
    lead = [d for d in done if sents.index(d.at) == 0 and d not in near and d.at < m.trigger]
    return [*lead, *near]


def _placed_elsewhere(doc: Doc, sents: Sentences, m: Mention) -> bool:
    """Whether the attack's sentence names a place that no sentence of its thread before it
    (the lead and the :data:`THREAD` before it) names."""
    k = sents.index(m.trigger)
    start, end = sents.starts[k], sents.ends[k]
    told = " ".join(sents.text_of(j) for j in {0, *range(max(0, k - THREAD), k)}).lower()
    return any(e.label_ in _PLACE_ENTS and e.text.lower() not in told
               for e in doc.ents if start <= e.start < end)


def _named_in(doc: Doc, m: Mention, doer: Actor) -> bool:
    """Whether the attack's clause (the verb it is, or the nearest verb it hangs on, and its
    words) names the party by a capitalised word of its earlier words; a speaker's apposition
    outside the clause ("Selo, an SDF spokesman, said") does not count."""
    names = {w.strip("()[],.") for w in (doer.antecedent or doer.text).split()
             if w[:1].isupper() or w[:1] == "("} - {""}
    names = {w for w in names if w.lower() not in STOP_WORDS}
    clause = doc[m.trigger]
    while clause.pos_ not in ("VERB", "AUX") and clause.head is not clause:
        clause = clause.head
    return any(t.text in names for t in clause.subtree)


def _new_act(trigger: Token) -> bool:
    """Whether a noun tells an act as one not told before: with an article or a determiner
    ("an attack", "the latest raid", "another bombing"; a definite one told again is
    ``actor_retold``'s), not a bare noun ("airstrikes hit the town", "fighting broke out")."""
    return trigger.pos_ == "NOUN" and any(
        c.dep_ in ("det", "predet", "poss") or c.lower_ in _NEW for c in trigger.children)


def _strikes_back(fought: Actor | None, doer: Actor | None, m: Mention,
                  target: Actor | None) -> bool:
    """Whether ``fought``, a party an earlier act of force was done to, may be the attacker:
    a party, not the doer, with means it uses, and the attack not done to its own side."""
    if not _party(fought) or fought is None or who(fought) == who(doer) or not _fits(m, fought):
        return False
    if target is None or not (target.sector or target.country):
        return True  # done to someone of no known side ("five others were wounded")
    (country, kind), (their_country, their_kind) = side(fought), side(target)
    return kind != their_kind or None not in (country, their_country) and \
        country != their_country


def _untold(actor: Actor | None) -> bool:
    """Whether an earlier act's doer names no one: none, words resolved to no party ("they"
    with nothing before), or the unidentified armed group coded for an attack with none."""
    return actor is None or not (actor.name or actor.sector) or \
        actor.sector == _UNNAMED and not (actor.text or actor.antecedent)


def _party(actor: Actor | None) -> bool:
    """Whether an attacker is a named party, not one the story leaves unnamed."""
    return named(actor) and actor is not None and actor.sector != _UNNAMED


def _fits(m: Mention, doer: Actor) -> bool:
    """Whether the attack's means are ones the party uses (see the module): a party of no
    state's sector makes no air strike, a state's forces plant no roadside bomb."""
    sub = m.sense.acled_sub_event_type
    state = doer.sector in STATE_FAMILY
    if m.sense.mode == "aerial" or sub in _STATE_MEANS:
        return state or doer.sector is None  # "the US-led coalition"
    return not (sub in _GROUP_MEANS and state)
