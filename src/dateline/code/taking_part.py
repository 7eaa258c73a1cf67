"""Taking part told as a state: "Russia and the US are involved in a wider struggle", "the
groups that are involved in the war", "Iran has been involved in the conflict for years".

"To be involved in" something is to have a part in it: it relates a party to an act or a
contest that the text names with a noun of its own, and says no act the party did at a time
(a PLOVER event is a discrete act). Told in the present, or in the present perfect, with no
time of its own, it is how the party stands, no happening ("a struggle for influence"). Where
the noun names an act the lexicon codes ("the shooting of a teenager"), the verb takes that
act up (the noun is not coded apart from it), and the clause stays the telling of the act.
Told in the past at a time ("were involved in clashes on Monday") it reports the party's part
in that day's act, and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..aspect import PRESENT_PERFECT
from ..date_clauses import PRESENT_BE
from .lexicon import NOT_AN_EVENT, load_lexicon
from .occasions import auxes, own_time

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["taking_part"]

#: verbs whose passive tells a party's share in something ("is involved in")
_PART_VERBS = frozenset({"involve", "implicate"})


def act_noun(noun: Token) -> bool:
    """A noun the lexicon reads as an act ("attack", "siege", "bomb")."""
    senses = load_lexicon().nouns.get(noun.lemma_.lower(), ())
    return any(s.event_type != NOT_AN_EVENT for s in senses)


def taking_part(tok: Token) -> bool:
    """Whether ``tok`` is "involved" told in the present or the present perfect passive with
    no time of its own, in something no act noun names: a party's part in something, no act."""
    if tok.tag_ != "VBN" or tok.lemma_.lower() not in _PART_VERBS:
        return False
    if any(g.dep_ == "pobj" and act_noun(g) for c in tok.children
           if c.dep_ == "prep" and c.lower_ == "in" for g in c.children):
        return False  # "involved in the shooting of a teenager": the act itself is told
    helpers = auxes(tok)
    now = any(a in PRESENT_BE for a in helpers) or (
        "been" in helpers and any(a in PRESENT_PERFECT for a in helpers))
    return now and not own_time(tok, short=True, clause=True)
