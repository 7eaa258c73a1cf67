"""The possessor of an act's noun that names its object too is its doer, never its recipient.

"the militia's attacks on the town", "the army's shelling of Douma": where the noun's own phrase
names the party or place the act is done to, the possessive before it names who does it, as a
subject would; so does a body's of its acts told in the plural ("the group's executions").
Alone, a possessor of an act may be whom it is done to ("his arrest", "the
hostages' beheadings"), and so it is when the noun's phrase names a time, a charge or a
manner ("her arrest on Monday", "his detention on spying charges", "his killing at the hands
of agents") or a "by" phrase names the doer ("Kuwait's invasion by Iraq"): those keep their
reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .phrases import BODIES as _BODIES, a_place, doer_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["doer_possessor"]

#: Prepositions of a noun's phrase that name what the act is done to.
_OBJECT_PREPS = frozenset({"of", "on", "against", "upon"})


def _done_to(prep: Token) -> bool:
    """Whether the preposition ``prep`` names a party or a place the act is done to, not a
    time ("on 4 March") or anything else ("on spying charges", "of 1990")."""
    return prep.lower_ in _OBJECT_PREPS and any(
        o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME", "CARDINAL")
        and (doer_word(o) or a_place(o)) for o in prep.children)


def _armed(poss: Token) -> bool:
    """Whether a possessor is a body that acts, not people it may be done to: "the group's
    executions" are the group's many acts, "the hostages' beheadings" are done to them."""
    return poss.ent_type_ != "PERSON" and poss.pos_ != "PRON" and \
        poss.lemma_.lower() in _BODIES


def doer_possessor(doc: Doc, trigger: int | None) -> set[int]:
    """The tokens of the possessor of the noun at ``trigger`` when the noun's own phrase names
    the party or place the act is done to, or the noun is plural and its possessor a body, and
    no "by" phrase names its doer (see the module's docstring); no tokens otherwise."""
    if trigger is None or doc[trigger].pos_ != "NOUN":
        return set()
    noun = doc[trigger]
    preps = [c for c in noun.children if c.dep_ in ("prep", "agent")]
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or any(p.lower_ in ("by", "at") for p in preps) or \
            not (any(map(_done_to, preps)) or noun.tag_ == "NNS" and _armed(poss)):
        return set()
    return {t.i for t in poss.subtree}
