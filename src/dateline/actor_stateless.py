"""Named bodies of no one state, which no country of a report or sentence is lent to.

An actor's country is the country it belongs to. A named group whose dictionary entry gives a
country keeps it; a named body the dictionary files under no country ("al-Qaeda", a movement
across many states) or as an international organisation belongs to none, whatever country the
report is about or the sentence names: "leaders of al-Qaeda threatened the United States" is
not an American act. Its members and the pronouns and definite descriptions that stand for it
are of no country either.
"""

from __future__ import annotations

from .actor_branches import in_branch
from .actor_dictionary import load_dictionary
from .actor_foreign import foreign
from .actor_names import load_named, normal_words
from .datafiles import per_overlay
from .records import Actor

__all__ = ["lends_no_country", "of_no_state"]

#: Country codes of a body of several or no states.
_NO_STATE = frozenset({None, "IGO"})
#: Sectors of the named groups and bodies of no state the dictionary of names files ("Ayman al
#: Zawahiri"): armed movements and international bodies, not companies.
_BODIES = frozenset({"REB", "RAD", "NGO", "IGO"})


@per_overlay
def _organisation_names() -> tuple[frozenset[str], frozenset[str]]:
    """The names (as :func:`_key` spells them) of the organisations every entry files under
    no state, and of those an entry files under one (these keep it, whatever the dictionary
    of names says)."""
    orgs = load_dictionary().organisations.values()
    placed = frozenset(_key(o.name) for o in orgs if o.country not in _NO_STATE)
    return frozenset(_key(o.name) for o in orgs if o.country in _NO_STATE) - placed, placed


def of_no_state(actor: Actor | None) -> bool:
    """Whether ``actor`` has no country of its own and is a named body of no one state, or
    one of its members ("al-Qaeda leaders", "Ayman al-Zawahiri"): it takes no country from
    its context."""
    if actor is None or actor.country is not None:
        return False
    stateless, placed = _organisation_names()
    keys = [_key(n) for n in (actor.name, actor.parent) if n is not None]
    return any(k in stateless or k not in placed and _named_stateless(k) for k in keys)


def _key(name: str) -> str:
    """A name as the dictionaries spell it (:func:`dateline.actor_names.normal_words`)."""
    return " ".join(normal_words(name))


def _named_stateless(key: str) -> bool:
    """Whether the dictionary of names files the name ``key`` as a group or body, or a member
    of one, of no country in every role ("ayman al zawahiri")."""
    named = load_named()
    k = named.aliases.get(key)
    if k is None:
        return False
    roles = named.actor(k).roles
    return all(r.country in _NO_STATE and r.sector in _BODIES for r in roles)


def lends_no_country(actor: Actor | None, place: str | None = None) -> bool:
    """Whether no country of the report, sentence or place is given to ``actor``: one called
    foreign ("foreign fighters") or a body of no one state (:func:`of_no_state`) that has no
    branch in ``place``, the country of the event's place
    (:func:`dateline.actor_branches.in_branch`)."""
    return foreign(actor) or of_no_state(in_branch(actor, place))
