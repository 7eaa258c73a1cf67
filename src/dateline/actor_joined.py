"""People joined by "and" as one party: "Omar Haddad and Karim Nasser urged the council".

When the coordinated people of an act are not split into one event each (their countries
are not known to differ), the event's one party is all of them: the actor is named by every
person's name joined by "and", with the country and sector they all have of their own, or
none when one of them has another or none; a country the story or a neighbour would lend is
not theirs. A party named by the first person alone, with that person's country, would say
one of them acted alone. Where the parse gives the coordination no conjuncts, each person's
own words are read apart (:func:`member_mentions`), so that people of different countries
are split as conjuncts are.

Only distinct people named in full are joined so: every member a person's name, no two with
the same last word, a one-word name only a surname the document gives in full or one of
one-word surnames ("Haddad and Nasser") — never a given name sharing the next one's surname
("Ed and David Miliband"), nor a person told by a noun ("Tomas Brandt and his daughter"),
nor an organisation or armed group. Acts done together by their nature (meetings, talks,
agreements) keep their parties as they are: their sides are read apart elsewhere.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .actor_joined_names import joined_actor, member_names

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc

    from .code import Mention
    from .parties import Parties

__all__ = ["joined_people", "member_mentions"]

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


def member_mentions(doc: Doc, m: Mention, joint: Parties) -> list[Mention]:
    """The mention once for each person of its actor's or recipient's words that join people
    by "and" (each with each of the other role's), for coordinations the parse gives no
    conjuncts ("Abbas and Netanyahu" read as one name's words), so that each person is read
    on their own and people of different countries are split; ``[]`` for acts done together
    (their sides are read apart elsewhere) or when neither role joins people."""
    if joint.mention.sense.event_type in _TOGETHER:
        return []
    spans = {role: [(n.start, n.end) for n in member_names(doc, getattr(joint, role))]
             for role in ("source", "target")}
    if not spans["source"] and not spans["target"]:
        return []
    out: list[Mention] = []
    for s in spans["source"] or [m.source]:
        for t in spans["target"] or [m.target]:
            out.append(replace(m, source=s, target=t, conjunct=len(out)))
    return out
