"""An object pronoun of a hostile act does not stand for the doer's own side.

"Turkish troops shelled Kurdish fighters. Ankara accused them of firing rockets": "them" is
not the Turkish troops, though they are the subject of the sentence before and so the likelier
antecedent of a pronoun: a state accuses, attacks, coerces, threatens or sanctions another
party, not its own army or police. When the antecedent a recipient pronoun of such an act
found is of the doer's state (the same country, both of the state's sectors) or is the doer
itself, the pronoun stands for the next party it agrees with that is not of that side, and for
no one when there is none (a wrong side is worse than an empty one). The same pronoun as the
doer of the act it is accused of ("of firing rockets") is that same party.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .coref import PRONOUNS
from .coref_binding import doers, words_of
from .sectors import STATE_FAMILY

if TYPE_CHECKING:
    from collections.abc import Container, Sequence

    from spacy.tokens import Doc

    from .actors import ActorResolver
    from .code.mention import Mention
    from .records import Actor

__all__ = ["AGAINST", "other_side", "own_side"]

#: Event types whose recipient is a party the doer acts against.
AGAINST = frozenset({"ASSAULT", "COERCE", "ACCUSE", "THREATEN", "SANCTION", "PROTEST"})
#: How many antecedents of the doer's side a pronoun passes over.
_TRIES = 3


def own_side(party: Actor, doer: Actor, doers_before: Container[str] = ()) -> bool:
    """Whether ``party`` is ``doer`` or of its state: of the same country and either of the
    same name or both of the state's sectors ("Ankara" and "Turkish troops"). Of no country,
    both of the state's sectors and ``party`` (by the words it stands for) among the doers of
    the acts told before (``doers_before``: "Police detained dozens of protesters. The ministry
    accused them"), not one acted on ("The army arrested ten soldiers. It accused them")."""
    if party.country != doer.country:
        return False
    state = party.sector in STATE_FAMILY and doer.sector in STATE_FAMILY
    if party.country is None:
        return state and (party.antecedent or party.text) in doers_before
    return state or party.name == doer.name


def other_side(doc: Doc, m: Mention, target: Actor | None, source: Actor | None,
               resolver: ActorResolver, done: Sequence[tuple[Actor | None, Actor | None]] = ()
               ) -> Actor | None:
    """``target``, the recipient of ``m`` done by ``source``; for a pronoun ("them", "him",
    "it") of a hostile act whose antecedent is of the doer's side, the party of another side
    it stands for instead, or ``None``. ``done``: the doer and the recipient of each event made
    so far; the country an event gave the antecedent's words is the antecedent's."""
    acted = {a.antecedent or a.text for a, _ in done if a is not None}
    if target is None or source is None or target.antecedent is None or \
            m.sense.event_type not in AGAINST or target.char_start is None or \
            target.text.lower() not in PRONOUNS or not own_side(target, source, acted):
        return target
    start = target.char_start - resolver.base
    at = next((t.i for t in doc if t.idx == start), None)
    if at is None:
        return target
    passed: tuple[frozenset[str], ...] = (frozenset(words_of(target, name_only=True)),)
    for _ in range(_TRIES):
        found = resolver.antecedents.pronoun(at, doc[at].lower_, doers(doc, m.source),
                                             not_named=passed)
        if found is None:
            return None
        party = next((a for pair in done for a in pair if a is not None and a.country and
                      a.char_start == found.char_start), found)
        if not own_side(party, source, acted):
            return _lent(target, party)
        passed += (frozenset(words_of(found, name_only=True)),)
    return None


def _lent(target: Actor, found: Actor) -> Actor:
    """The pronoun ``target`` standing for ``found``, shown as the resolver shows one: its own
    words, the antecedent's name, country and sector, and the antecedent's words."""
    return replace(target, name=found.name or found.antecedent or found.text,
                   country=found.country, sector=found.sector, parent=found.parent,
                   country_from="antecedent" if found.country else None,
                   antecedent=found.antecedent or found.text)
