"""People joined by "and" as one party: "Donald Trump and Theresa May urged Assad to stop".

When the coordinated people of an act are not split into one event each (their countries
are not known to differ), the event's one party is all of them: the actor is named by every
person's name joined by "and", with the country and sector they share, or none when one of
them has another or none of its own. A party named by the first person alone, with that
person's country, would say one of them acted alone.

Only distinct people named in full are joined so: every member a person's name, no two with
the same last word, a one-word name only a surname the document gives in full or one of
one-word surnames ("Trump and May") — never a given name sharing the next one's surname ("Ed
and David Miliband"), nor a person told by a noun ("Tomas Brandt and his daughter"). Acts
done together by their nature (meetings, talks, agreements) keep their parties as they are:
their sides are read apart elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_joined_names import joined_actor

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc

    from .parties import Parties

__all__ = ["joined_people"]

#: Event types whose parties act with each other: their coordinated sides stay as they are.
_TOGETHER = frozenset({"CONSULT", "AGREE"})


def joined_people(doc: Doc, joint: Parties, split: Sequence[Parties]) -> Parties:
    """``joint`` with each party that is a coordination of distinct named people named by all
    of them (see the module); ``split``: the parties of each conjunct's own mention."""
    if joint.mention.sense.event_type in _TOGETHER:
        return joint
    for role in ("source", "target"):
        parts = [a for d in split if (a := getattr(d, role)) is not None]
        whole = joined_actor(doc, getattr(joint, role), parts)
        if whole is not None:
            joint = joint._replace(**{role: whole})
    return joint
