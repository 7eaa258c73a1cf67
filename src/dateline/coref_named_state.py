"""A nameless phrase of no known kind that a state named inside it places ("many external
supporters such as Norway"): a pronoun after it stands for that state (used by
:mod:`dateline.coref` when it records the names of a sentence)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .records import Actor

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token


def state_named_in(noun: Token, actor: Actor,
                   resolve: Callable[[Token, bool], object]) -> Actor | None:
    """The state a nameless phrase of no known kind takes its country from, named in a phrase
    of its own ("many external supporters such as Norway"): that state is the party a pronoun
    after it stands for; ``None`` for a phrase of a kind, a name, or a people's word of its
    own ("the Kurdish groups in Syria")."""
    if actor.name is not None or actor.sector not in (None, "UNK") or actor.country is None or \
            any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
                for c in noun.children):
        return None
    for named in noun.subtree:
        if named.i > noun.i and named.ent_type_ == "GPE" and named.head.ent_type_ != "GPE" and \
                named.dep_ in ("pobj", "conj", "appos"):
            state = resolve(named, noun.dep_ == "nsubj")
            if isinstance(state, Actor) and state.sector == "GOV" and state.name and \
                    state.country == actor.country:
                return state
    return None
