"""The status an adjective on an act's noun tells, whatever verb tells of the noun: "a failed
coup" was attempted, "the planned raid" is proposed, "an alleged attack" is alleged (the
``adj`` and ``hearsay`` rows of the status frames)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .frames import load_frames

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["described_status"]


def described_status(noun: Token, told: bool = False) -> str | None:
    """The status an adjective on an act's noun tells ("a failed coup": attempted; "an
    alleged attack": alleged; "the planned raid": proposed), or ``None``. ``told``: a verb
    of the act's own clause tells it as done ("a planned attack killed 12 guards"), where a
    plan or a threat says how it was prepared, not that it is yet to come."""
    frames = load_frames()
    for c in noun.children:
        if c.dep_ == "amod":
            found = frames.adjectives.get(c.lower_) or (
                "alleged" if c.lower_ in frames.hearsay else None)
            if found in _STILL_TO_COME and told:
                continue
            if found is not None:
                return found
    return None


#: what an adjective says is yet to come (a plan or a threat), unless the act is told as done
_STILL_TO_COME = frozenset({"proposed", "threatened"})
