"""A people's land named by its people: "on British soil", "into Turkish airspace" (part of
stage ``locate``).

A demonym is never a place by itself ("two Syrians were killed": where, the text does not say),
but before a noun of a state's ground it names that state's land: "attacks on British soil" are
attacks in Britain, "jets entered Turkish airspace" entered Turkey's, "a base in the Syrian
desert" is in Syria.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import fold
from .place_demonyms import place_demonyms
from .tokens import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["LAND_NOUNS", "compass_part", "demonym_lands", "part_of_land"]

#: Nouns of a state's own ground, sea or sky, and of the wide stretches of it that name no town
#: ("the Syrian desert", "the Libyan coast", "the Iraqi countryside").
LAND_NOUNS = frozenset({"soil", "territory", "airspace", "waters", "desert", "countryside",
                        "coast", "coastline"})


def demonym_lands(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, ISO3) of each capitalised demonym right before a noun of
    :data:`LAND_NOUNS` ("British soil", "Syrian territory"), the phrase's token span."""
    table = place_demonyms()
    lowers = words(doc).lowers
    out: list[tuple[int, int, str]] = []
    for i in range(1, len(lowers)):
        if lowers[i] not in LAND_NOUNS:
            continue
        adj = doc[i - 1]
        iso = table.get(fold(adj.text)) if adj.text[:1].isupper() else None
        if iso is not None:
            out.append((i - 1, i + 1, iso))
    return out


#: Parts of a land its name owns by the compass: "Syria's north-east" (parsed with "east" as
#: the head).
_PARTS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                    "southwest", "north-east", "north-west", "south-east", "south-west"})


def part_of_land(node: Token) -> bool:
    """Whether ``node`` is a country's or region's name owning a part of its land by the compass
    ("Syria's north-east"): the two name one place."""
    return node.dep_ == "poss" and node.head.lower_ in _PARTS


def compass_part(word: str) -> bool:
    """Whether ``word`` names a part of a land by the compass, as a noun or an adjective
    ("north-east", "northern", "north-eastern", "central")."""
    word = word.lower()
    return word in _PARTS or word == "central" or word.endswith("ern") and word[:-3] in _PARTS
