"""Taking part told as a state: "Russia and the US are involved in a wider struggle", "the
groups that are involved in the war", "Iran has been involved in the conflict for years".

"To be involved in" something is to have a part in it: it relates a party to an act or a
contest that the text names with a noun of its own, and says no act the party did at a time
(a PLOVER event is a discrete act). Told in the present, or in the present perfect, with no
time of its own, it is how the party stands, no happening; the act it is involved in, where
the noun names one ("the attack"), is coded from that noun. Told in the past at a time ("were
involved in clashes on Monday") it reports the party's part in that day's act, and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..aspect import PRESENT_PERFECT
from ..date_clauses import PRESENT_BE
from .occasions import own_time

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["taking_part"]

#: verbs whose passive tells a party's share in something ("is involved in")
_PART_VERBS = frozenset({"involve", "implicate"})


def taking_part(tok: Token) -> bool:
    """Whether ``tok`` is "involved" told in the present or the present perfect passive with
    no time of its own: a party's part in something, no act."""
    if tok.tag_ != "VBN" or tok.lemma_.lower() not in _PART_VERBS:
        return False
    helpers = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    now = any(a in PRESENT_BE for a in helpers) or (
        "been" in helpers and any(a in PRESENT_PERFECT for a in helpers))
    return now and not own_time(tok, short=True, clause=True)
