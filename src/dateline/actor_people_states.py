"""A state's people named with the article, "the Russians", "the Americans", "the Turks":
in a report of what states do (who bombed, who refused, whom an envoy pleaded with), the
state that acts for them, not its civilians (their protests and attacks that are no act of
war are the people's again: ``agents_peoples``, which knows the act).

Only the bare plural with "the": "Russians, possibly mercenaries", "Russian civilians",
"many Russians" and "the Albanians of southern Serbia" are people; a people of no state ("the
Kurds") has no state to stand for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_peoples import stateless_people

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["people_state"]

Described = tuple[str | None, str | None, str | None, str | None]


def people_state(core: Span, described: Described, country_names: dict[str, str]
                 ) -> Described | None:
    """(name, country, sector, parent) of the state "the <people>" of ``core`` stands for,
    when ``described`` (the words' own reading) makes them the country's civilians; else
    ``None``."""
    _, country, sector, _ = described
    if len(core) != 2 or core[0].lower_ != "the" or sector != "CVL" or country in (None, "IGO"):
        return None
    people = core[1]
    if people.ent_type_ != "NORP" or people.tag_ not in ("NNPS", "NNS") or \
            stateless_people([people.lower_]) is not None or \
            any(c.dep_ in ("prep", "acl", "relcl", "appos") for c in people.children):
        return None  # "the Albanians of southern Serbia": people, of where they live
    return country_names.get(country or "", country), country, "GOV", None
