"""The status an adjective on an act's noun tells, whatever verb tells of the noun: "a failed
coup" was attempted, "the planned raid" is proposed, "an alleged attack" is alleged (the
``adj`` and ``hearsay`` rows of the status frames)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .frames import load_frames

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["described_status"]


def described_status(noun: Token) -> str | None:
    """The status an adjective on an act's noun tells ("a failed coup": attempted; "the
    planned raid": proposed; "an alleged attack": alleged), or ``None``."""
    frames = load_frames()
    for c in noun.children:
        if c.dep_ == "amod":
            found = frames.adjectives.get(c.lower_) or (
                "alleged" if c.lower_ in frames.hearsay else None)
            if found is not None:
                return found
    return None
