"""The status the real-event model reads for a proposal told as made.

An offer, a proposal or an invitation is told as ``proposed`` (:mod:`dateline.code.type_offers`,
which also says what puts an event forward: :func:`~dateline.code.type_offers.offering_word`):
what it puts forward is still to be taken up. The putting forward itself is a happening
between parties ("the minister offered the families compensation", "Paris invited the rebel
leaders to talks"), as real as a demand made or a threat uttered. The model's verdicts on
such events were given when the coder told them as done, and it reads ``proposed`` as a plan
named in passing: so the filter reads a proposal whose verb of offering is itself told as
done (or named by an offer noun) with the status ``actual``, as it learnt them. A proposal
to be made ("will offer asylum"), or one told only as a wish or a guess, keeps its status.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .code.status import status_of
from .code.type_offers import offering_word

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .records import Event

__all__ = ["read_status"]


def read_status(e: Event, tok: Token | None) -> str:
    """The status the model reads for ``e`` (its trigger ``tok``): ``actual`` for a proposal
    whose offer is made, else the event's own."""
    if e.status != "proposed" or tok is None:
        return e.status
    word = offering_word(tok)
    if word is None:
        return e.status
    if word.pos_ == "NOUN":
        # "his offer to mediate", "the offer of cash": the offer is named as made, unless a
        # verb above it says it is only to come ("will make an offer")
        head = word.head
        return e.status if head.pos_ in ("VERB", "AUX") and head.i != word.i and \
            status_of(head) != "actual" else "actual"
    return "actual" if status_of(word) == "actual" else e.status
