"""Whether an actor's words are ground, not a party: a common word for a place whose only party
is the place itself ("reclaimed northern Syrian towns", "the rest of the city"). The dictionary
reads a town as its townspeople; an act on the town is done where they live, and whom it is done
to is its holder or its state. A place a party's word names stays that party's ("an army base",
"a police post", "the rebel town"), and so does a place word that is a body ("the state", "the
hospital"); places joined as one phrase are ground all together ("the stadium and the nearby
hospital": the second's word makes no party of the whole).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .code.words import PLACE_NOUNS, agent_words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .records import Actor

__all__ = ["place_word"]


def place_word(root: Token, actor: Actor) -> bool:
    """Whether ``root``, the head of ``actor``'s words, is a common word for a place whose only
    party is the place itself (see the module)."""
    if not _bare_place(root) or actor.antecedent:
        return False
    own = agent_words().get(root.lemma_.lower())
    if actor.sector in (None, own):
        return True
    # "the stadium and the nearby hospital": each joined word a place's
    return bool(root.conjuncts) and all(
        c.pos_ == "NOUN" and c.lemma_.lower() in PLACE_NOUNS for c in root.conjuncts)


def _bare_place(root: Token) -> bool:
    """A common word for a place that names no party by itself nor by its modifiers."""
    if root.pos_ != "NOUN" or root.lemma_.lower() not in PLACE_NOUNS:
        return False
    if any(c.dep_ in ("amod", "compound") and agent_words().get(c.lemma_.lower()) not in (
            None, "CVL") for c in root.children):
        return False  # "the rebel town": its holders'
    return agent_words().get(root.lemma_.lower()) in (None, "CVL")
