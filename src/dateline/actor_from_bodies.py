"""The country of the body a party comes from: "officials from the European Union", "a
delegation from Hamas", "experts from the OPCW".

A party named by its role and the organisation it is "from" or "of" acts for that
organisation, so it is of the organisation's country (``IGO`` for an international one), as
"troops from Ghana" are of Ghana's. The organisation is one the actor dictionary names (its
organisations and named bodies); the phrase's object must be a name, not a common noun that
holds one ("fighters from Isis-held areas" come from a place, not from Isis).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .tokens import doc_span

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["BODY_PREPS", "body_country"]

#: Prepositions by which a party names the body it comes from or belongs to.
BODY_PREPS = frozenset({"from", "of"})
#: Sectors of an organisation a party may act for (not a person, a people or a place).
_BODY_SECTORS = frozenset({"IGO", "NGO", "REB", "PTY", "GOV", "MIL", "COP", "JUD", "LEG",
                           "MED", "BUS", "EDU", "REL", "UAF"})


def body_country(pobj: Token, date: str | None = None) -> str | None:
    """The country of the organisation ``pobj`` names (the object of a "from" or "of" phrase
    on a party's head), if the dictionary knows it as a body; else ``None``."""
    # (the describing modules read place names through actor_places, which asks this one)
    from .actor_coref import np_of
    from .actor_describe import describe
    from .actor_dictionary import load_dictionary

    if pobj.pos_ != "PROPN" and pobj.ent_type_ != "ORG":
        return None
    name, country, sector, _ = describe(load_dictionary(), doc_span(pobj.doc, *np_of(pobj)),
                                        date)
    return country if name is not None and sector in _BODY_SECTORS else None
