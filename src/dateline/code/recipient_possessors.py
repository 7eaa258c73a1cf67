"""The possessor of an act's noun that names its object too is its doer, never its recipient.

"the militia's attacks on the town", "the army's shelling of Douma": where the noun's own phrase
names what or whom the act is done to, the possessive before it names who does it, as a subject
would; so it does of acts told in the plural ("the group's executions"), which are a doer's
many acts. Alone, a possessor of one act may be whom it is done to ("his arrest", "her
killing"), and with a "by" phrase it is ("Kuwait's invasion by Iraq"): those keep their
reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["doer_possessor"]

#: Prepositions of a noun's phrase that name what the act is done to.
_OBJECT_PREPS = frozenset({"of", "on", "against", "upon", "at"})


def doer_possessor(doc: Doc, trigger: int | None) -> set[int]:
    """The tokens of the possessor of the noun at ``trigger`` when the noun's own phrase names
    the act's object, or the noun is plural, and no "by" phrase names its doer (see the
    module's docstring); no tokens otherwise."""
    if trigger is None or doc[trigger].pos_ != "NOUN":
        return set()
    noun = doc[trigger]
    preps = {c.lower_ for c in noun.children if c.dep_ in ("prep", "agent")}
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or "by" in preps or not (preps & _OBJECT_PREPS or noun.tag_ == "NNS"):
        return set()
    return {t.i for t in poss.subtree}
