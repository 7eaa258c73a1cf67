"""Whether an actor's words end in a state's name of several words: "the Soviet Union", "the
Central African Rep.", "Xiang Gang" (Hong Kong).

Such a name's last word may be an agent noun ("union": labour; "gang": criminals); the name
is the state's, as a one-word country name is, and its words say no kind of party.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_names import load_named
from .code.words import PLACE_NOUNS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .actor_dictionary import ActorDictionary

__all__ = ["ends_in_state_name"]


def ends_in_state_name(d: ActorDictionary, words: Sequence[str]) -> bool:
    """Whether the last two words or more of ``words`` (folded) are a country's name, not a
    city's or a province's ("Gaza City", "Rakhine State": places of a state)."""
    if len(words) < 2 or words[-1] in PLACE_NOUNS:
        return False
    terms = load_named().country_terms
    return any(" ".join(words[k:]) in d.countries or " ".join(words[k:]) in terms
               for k in range(len(words) - 1))
