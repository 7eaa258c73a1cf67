"""The doer of an act told again of the same happening, anywhere earlier in the article.

A report names who did a deed once and then comes back to it paragraphs later with no doer:
"Afrin was attacked by Turkey and its proxies ... When the city was under attack, the SDF's
calls were rebuffed". The windows of ``actor_retold`` and ``story_actors`` (a few sentences)
do not reach it, and an unidentified armed group would be put in its stead. Two tellings are
of one happening when they tell the same act (the same lemma of one event type: the verb and
its nominalisation, "attacked" and "attack", share the lexicon's lemma, and a gerund noun is
of its verb, "the killing" of "killed") done to the same one:

- the same named patient (a party with a name, not civilians in general, whom many acts
  strike, nor a party named only by its kind and country, "Nigerian police", whom many
  sides strike in many places): "Kotey was captured by the SDF ... his capture", unless
  the two tellings' own words name two different towns;
- or the same place, named by the act's own clause or sentence (not lent by the article's
  focus or a sentence before), a town itself: a district, a province or a country is the
  scene of too many acts of one kind by too many sides.

Only acts of force count (assaults and coercions, which one side does to another: PLOVER's
ASSAULT and COERCE); a meeting or a statement in one town is not one happening by its
place. The later telling takes the earlier one's doer when every earlier telling of that
happening the story gave a named doer (a named party of a known country, not civilians nor
an unidentified armed group) was done by that one party, carried out (not threatened or
planned), and the party never received such an act in the story; and not when another side
did such an act in the few sentences before (two sides shelling around a town: which one did
it again is not said). It is shown with no words of its own, the earlier words as its
``antecedent`` and its country marked as coming from there.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from .actor_retold import who
from .sectors import family_sectors, sector_labels

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from .code.mention import Mention
    from .records import Actor, Place

__all__ = ["same_happening", "own_place"]

#: Where a place the locator gives comes from the act's own words.
_OWN_PLACE = frozenset({"clause", "sentence"})
#: The coarsest precision at which one place makes one happening: a town itself (ACLED's 1);
#: a district or province ("near", "part of a region": 2) holds many.
_FINEST = 1

#: Event types of a one-sided act of force, which one happening's doer alone carries out.
_FORCE = frozenset({"ASSAULT", "COERCE"})
_CIVILIAN = family_sectors("civilian")
#: The sector of an armed group the story did not name (``agents.unnamed_attackers``).
_UNNAMED = "UAF"
#: The labels a party named only by its kind is called by ("police": "Nigeria police").
_LABELS = sector_labels()


class _Told(Protocol):
    at: int
    act: tuple[str, str]
    status: str
    source: Actor | None
    target: Actor | None
    mention: Mention | None


def same_happening(m: Mention, target: Actor | None, done: Sequence[_Told],
                   place_of: Callable[[Mention], Place | None],
                   near: Callable[[int], bool]) -> Actor | None:
    """The doer of ``m``, an act of force told with none, from the earlier tellings ``done``
    (in text order) of the same happening (see the module); ``place_of`` gives a mention's
    place as its own words name it, or ``None``; ``near`` whether a token is in the few
    sentences before ``m``, where the older rules read the story."""
    kind = m.sense.event_type
    if kind not in _FORCE:
        return None
    forms = _forms(m.sense.lemma)
    alike = [d for d in done if d.act[1] == kind and forms & _forms(d.act[0]) and
             d.at < m.trigger and d.mention is not None]
    if not alike:
        return None
    patient = who(target) if _named_patient(target) else None
    here = place_of(m)
    if patient is None and here is None:
        return None
    same = [d for d in alike if _same_place(here, d.mention, place_of) or patient is not None
            and who(d.target) == patient and not _other_place(here, d.mention, place_of)]
    doers = [d for d in same if _named(d.source)]
    if not doers or len({who(d.source) for d in doers}) > 1 or \
            any(d.status != "actual" for d in doers):
        return None
    if any(_named(d.source) and who(d.source) != who(doers[0].source) and near(d.at)
           for d in alike):
        return None  # another side does such acts just before: which one is not said
    earlier = doers[-1].source
    if earlier is None or who(earlier) in {who(target)} | {who(d.target) for d in alike}:
        return None  # (a party that received such an act is not taken for its doer)
    words = earlier.antecedent or earlier.text
    return replace(earlier, text="", char_start=None, char_end=None, antecedent=words,
                   country_from=earlier.country_from or "antecedent")


def own_place(located: tuple[Place | None, str | None]) -> Place | None:
    """The place of a locator's answer (place, where it came from) when the act's own clause
    or sentence names it at a town's precision, else ``None``."""
    place, source = located
    if place is None or source not in _OWN_PLACE or place.precision is None or \
            place.precision > _FINEST:
        return None
    return place


def _forms(lemma: str) -> frozenset[str]:
    """The verb lemmas an act's lemma may be a form of: itself, and for a gerund noun the
    verb it is made from ("killing": kill, "kidnapping": kidnap, "firing": fire)."""
    low = lemma.lower()
    if not low.endswith("ing") or len(low) < 6:
        return frozenset({low})
    stem = low[:-3]
    undoubled = stem[:-1] if stem[-1] == stem[-2] and stem[-1] not in "ls" else stem
    return frozenset({low, stem, undoubled, stem + "e"})


def _same_place(here: Place | None, there: Mention | None,
                place_of: Callable[[Mention], Place | None]) -> bool:
    if here is None or there is None:
        return False
    other = place_of(there)
    if other is None:
        return False
    if here.geonameid is not None and other.geonameid is not None:
        return here.geonameid == other.geonameid
    return here.name == other.name and here.country == other.country


def _other_place(here: Place | None, there: Mention | None,
                 place_of: Callable[[Mention], Place | None]) -> bool:
    """Whether both tellings' own words name a town and the towns differ."""
    return here is not None and there is not None and place_of(there) is not None and \
        not _same_place(here, there, place_of)


def _named_patient(actor: Actor | None) -> bool:
    """Whether the one an act is done to is told apart by name: a party with a name, or
    words that are one ("Abdi Farah"), not civilians in general nor a party named only by
    its kind, alone or after its country ("police", "Nigeria police")."""
    return actor is not None and (bool(actor.name) or actor.text.istitle()) and \
        actor.sector not in _CIVILIAN and not _kind_name(actor)


def _kind_name(actor: Actor) -> bool:
    label = _LABELS.get(actor.sector or "")
    name = actor.name or ""
    return bool(label) and (name == label or name.endswith(" " + label))


def _named(actor: Actor | None) -> bool:
    """Whether a doer is a named party of a known country, not civilians, nor the
    unidentified armed group put where the story named none."""
    return actor is not None and bool(actor.name and actor.country) and \
        actor.sector not in _CIVILIAN and actor.sector != _UNNAMED
