"""The doer of an act told again: event coreference within one article.

A report tells an act once with its doer and then again without one: a definite or
demonstrative noun of the act ("Government forces shelled the town on Monday. The attack
killed 12"; "that raid", "the strikes"), or someone killed, wounded or dying "in the attack"
(a bare passive, "three men were killed", tells an outcome, which ``story_actors`` lends a
doer only from the sentence before). Such a telling is of the same act as the nearest
earlier telling when both are of one family of acts (acts of force, whether read as an assault
or as a seizure or arrest by force, are one family; every other event type is its own), the
earlier one is within a few sentences and was carried out, and nothing in the later telling
places it elsewhere (a place its own phrase names that the earlier sentence does not). The
later telling then takes the earlier one's doer, when that doer is a named party of a known
country and not civilians, and when no party of another side (another country, or
another family of sectors: the army and the rebels) did an act of the family in between,
from the earlier telling's sentence on (two sides fighting there: whose act is retold is not
said; the other side's act in a sentence before it is another act).

The doer is never the party the act is done to, nor a state whose own forces receive an act
of force ("the army shelled the town. The attack killed two soldiers": the other side's).
It is shown with no words of its own and the earlier words as its ``antecedent``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from .actor_things import is_act
from .code.words import DIE, INJURE, LETHAL
from .date_story import refers_back
from .sectors import STATE_FAMILY, family_sectors, load_sectors

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from .code.mention import Mention
    from .records import Actor
    from .sentences import Sentences

__all__ = ["retold_doer", "retelling", "lent", "named", "placed_elsewhere", "side", "who",
           "told_before"]

#: How many sentences back the first telling of a retold act may be.
WINDOW = 3
#: The modes of coercion done by force, of one family with assaults ("raided" → "the raid").
_FORCE_MODES = frozenset({"arrest", "seize", "deport", "crowd-control"})
#: Verbs of an act's outcome for its victims, which may place it in the act ("were killed in
#: the raid", "died in that attack").
_OUTCOMES = DIE | INJURE | LETHAL
#: Prepositions by which a dying or wounding is placed in an act ("died in the attack").
_IN_ACT = frozenset({"in", "during"})
#: Prepositions by which an act's phrase names its place.
_PLACED = frozenset({"in", "on", "at", "near"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
#: Active subjects, of a verb or shared with the verb it is coordinated with.
_SUBJECTS = frozenset({"nsubj"})
_CIVILIAN = family_sectors("civilian")


class Told(Protocol):
    """An act the document told before, with its parties."""

    at: int
    act: tuple[str, str]
    status: str
    mode: str | None
    source: Actor | None
    target: Actor | None


def family(event_type: str, mode: str | None) -> str:
    """The family of acts an event belongs to: force for assaults and coercion by force."""
    if event_type == "ASSAULT" or event_type == "COERCE" and mode in _FORCE_MODES:
        return "force"
    return event_type


def retelling(trigger: Token) -> Token | None:
    """The words that tell an act again: the trigger when it is a definite noun of the act,
    the definite act noun a killing, dying or wounding is placed in ("died in the attack",
    "were wounded in the raid"); else ``None``. Definite as the dates read it
    (:func:`~dateline.date_story.refers_back`): not "the latest raid", "the two strikes"."""
    if trigger.pos_ == "NOUN":
        return trigger if refers_back(trigger, plural=True) else None
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _OUTCOMES:
        return None
    return next((o for p in trigger.children if p.dep_ == "prep" and p.lower_ in _IN_ACT
                 for o in p.children if o.dep_ == "pobj" and refers_back(o, plural=True)
                 and is_act(o)), None) or acting_act(trigger)


def acting_act(verb: Token) -> Token | None:
    """The definite act noun that is the subject of a killing or wounding, its own or the
    one it shares with the verb it is coordinated with ("the offensive has displaced thousands
    and killed dozens"): an act's outcome is done by whoever did the act."""
    while verb.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in verb.children):
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or not refers_back(subject, plural=True) or not is_act(subject):
        return None
    return subject


def retold_doer(doc: Doc, sents: Sentences, m: Mention, target: Actor | None,
                done: Sequence[Told]) -> Actor | None:
    """The doer of ``m``, an act with no doer of its own, from the earlier telling of the same
    act in ``done`` (the document's acts so far, in text order); see the module."""
    words = retelling(doc[m.trigger])
    if words is None:
        return None
    kind = family(m.sense.event_type, m.sense.mode)
    alike = [d for d in told_before(sents, m, done) if family(d.act[1], d.mode) == kind]
    if not alike:
        return None
    first = alike[-1]
    doer = first.source
    if first.status != "actual" or not named(doer) or doer is None or not (
            doer.text or doer.antecedent):
        return None
    since = sents.index(first.at)  # (acts before the earlier telling's sentence are not between)
    if any(named(d.source) and side(d.source) != side(doer)
           for d in alike if sents.index(d.at) >= since):
        return None  # two sides act: which one's act is told again is not said
    if _receives(doer, target, kind) or placed_elsewhere(doc, sents, words, first.at):
        return None
    return lent(doer)


def told_before(sents: Sentences, m: Mention, done: Sequence[Told],
                window: int = WINDOW) -> list[Told]:
    """The acts of ``done`` told before ``m``, in its sentence or in the ``window`` sentences
    before it (text order)."""
    here = sents.index(m.trigger)
    return [d for d in done if d.at < m.trigger and here - sents.index(d.at) <= window]


def lent(doer: Actor) -> Actor:
    """An earlier doer lent to a later act: no words of its own, the earlier ones shown."""
    return replace(doer, text="", char_start=None, char_end=None,
                   antecedent=doer.antecedent or doer.text,
                   country_from=doer.country_from or "antecedent")


def named(actor: Actor | None) -> bool:
    """Whether an actor is a named party of a known country, not civilians."""
    return actor is not None and bool(actor.name and actor.country) and \
        actor.sector not in _CIVILIAN


def who(actor: Actor | None) -> str | None:
    """What tells a party apart from another: its name, else its words."""
    if actor is None:
        return None
    return (actor.name or actor.antecedent or actor.text).lower() or None


def group_of(actor: Actor | None) -> str | None:
    """The group a party is of: its parent's name ("Islamic State" for "the group's
    commander"), else what tells it apart (``who``)."""
    if actor is None:
        return None
    return actor.parent.lower() if actor.parent else who(actor)


def side(actor: Actor | None) -> tuple[str | None, str | None]:
    """A party's side: its country and its sector's family (a state is of the state's)."""
    if actor is None:
        return None, None
    sector = load_sectors().get(actor.sector or "GOV")
    return actor.country, sector.family if sector is not None else None


def _receives(doer: Actor, target: Actor | None, kind: str) -> bool:
    """Whether the act's recipient is the doer, or its own state's forces under force."""
    if target is None:
        return False
    if (target.name or target.text).lower() == (doer.name or doer.text).lower() or \
            group_of(target) == group_of(doer):
        return True  # the party itself, or one of its own ("the group's commander")
    return kind == "force" and target.sector in STATE_FAMILY and \
        target.country in (None, doer.country)


def placed_elsewhere(doc: Doc, sents: Sentences, words: Token, before: int) -> bool:
    """Whether the retelling's own phrase names a place the earlier telling's sentence does
    not ("the attack in Herat" after a bombing told in Kabul)."""
    head = words.head if words.dep_ == "pobj" else words
    places = [o for p in (*words.children, *head.children)
              if p.dep_ == "prep" and p.lower_ in _PLACED
              for o in p.children if o.dep_ == "pobj" and o.ent_type_ in _PLACE_ENTS]
    if not places:
        return False
    earlier = sents.text_of(sents.index(before)).lower()
    return not any(o.text.lower() in earlier for o in places)
