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
from .actor_collectives import collective_words
from .actor_dictionary import load_dictionary
from .actor_foreign import foreign
from .datafiles import per_overlay
from .records import Actor

__all__ = ["lends_no_country", "of_no_state"]

#: Country codes of a body of several or no states.
_NO_STATE = frozenset({None, "IGO"})


@per_overlay
def _stateless_names() -> frozenset[str]:
    """The lower-cased names of the organisations every dictionary entry files under no
    state."""
    orgs = load_dictionary().organisations.values()
    placed = {o.name.lower() for o in orgs if o.country not in _NO_STATE}
    return frozenset(o.name.lower() for o in orgs if o.country in _NO_STATE) - placed


def of_no_state(actor: Actor | None) -> bool:
    """Whether ``actor`` has no country of its own and is a named body of no one state, or
    one of its members ("al-Qaeda leaders"): it takes no country from its context."""
    if actor is None or actor.country is not None:
        return False
    names = _stateless_names()
    return any(n is not None and n.lower() in names for n in (actor.name, actor.parent))


def lends_no_country(actor: Actor | None, place: str | None = None) -> bool:
    """Whether no country of the report, sentence or place is given to ``actor``: one called
    foreign ("foreign fighters") or a body of no one state (:func:`of_no_state`) that has no
    branch in ``place``, the country of the event's place
    (:func:`dateline.actor_branches.in_branch`), every side of a conflict named together
    ("the warring parties", "all states": :func:`dateline.actor_collectives.collective_words`)
    that the dictionary gave no name (a political party it reads is of the sentence's
    country), or people joined by "and" (their country is the one they share or none: a
    story's or a neighbour's is not theirs)."""
    return foreign(actor) or of_no_state(in_branch(actor, place)) or \
        actor is not None and actor.country_from == "joined" or \
        actor is not None and actor.country is None and actor.sector in (None, "GOV") and \
        actor.name is None and collective_words(actor.text)
