"""The state a material act is done to when it names no party: the state of the land it is done
in or sent to, when that is not the doer's own.

Event coders count the recipient of a state's act on another state's land as that state:
"Serbia lifted the curfew in Montenegro", "the UN sent monitors to Bosnia", "Sri Lanka opened
an embassy in Tehran", "Israel will evacuate the settlements in Gaza". Acts of force are done
to the place they strike (:meth:`dateline.actor_focus.DocumentFocus.place_struck`); other
material acts (aid, sanctions, deployments, concessions, cooperation, support given)
are so too, but only when their doer's country is known and is not that land's: a state's acts
at home, and acts of a doer of no known country, are directed at no state. Words and talks
are not, nor support voiced in words ("voiced support for the plan at talks in Berlin"):
where they are said is their venue, not their recipient. The recipient so read
has no words of its own and says where its country came from as an act of force's does
(``country_from`` "place struck").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .records import Actor

__all__ = ["MATERIAL_TYPES", "directed_abroad"]

#: PLOVER types of material acts that are not force (CAMEO 06-08, 15-16 and support). Not a
#: retreat: the land a party flees or withdraws to is where it goes, no state it acts on.
MATERIAL_TYPES = frozenset({"AID", "COOPERATE", "CONCEDE", "MOBILIZE", "SANCTION", "SUPPORT"})
#: Verbs that make a noun of support words, not a deed: "voiced support", "pledged support".
_SPOKEN = word_class("spoken_support_verbs")


def directed_abroad(event_type: str | None, doer: Actor | None, iso: str | None = None,
                    trigger: Token | None = None) -> bool:
    """Whether a material act of ``doer`` that names no recipient may be directed at the state
    of the land it is done in (``iso``, when known): an act of that kind, by a doer of a known
    country (or an international organisation) that is not ``iso``, and no support that its
    ``trigger`` says is only voiced (:func:`voiced`)."""
    if event_type not in MATERIAL_TYPES or doer is None or doer.country is None:
        return False
    if event_type == "SUPPORT" and trigger is not None and voiced(trigger):
        return False
    return iso is None or doer.country != iso


def voiced(trigger: Token) -> bool:
    """Whether a noun of support is the object of a verb of saying it ("voiced support",
    "reiterated its support"): words, not a material act."""
    return trigger.dep_ in ("dobj", "obj") and trigger.head.lemma_.lower() in _SPOKEN
