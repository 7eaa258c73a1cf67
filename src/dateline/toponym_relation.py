"""How the words before a place name make it relative (part of stage ``locate``).

"12 km south of Mosul", "300 metres from Hajin", "near Jenin", "on the outskirts of Aleppo" put
the event near the named place; "in eastern Aleppo", "rural Damascus" in a part of it. Either
is told at precision 2 by :mod:`dateline.toponyms`; the coordinates stay the named place's.
"""

from __future__ import annotations

import re

__all__ = ["DISTANCE_UNITS", "PART_WORD", "relation_before"]

#: Units of a distance ("40 km", "300 metres", "a few hundred yards"), also counted nouns for
#: :mod:`dateline.timex` ("2000 metres" is no year).
DISTANCE_UNITS = ("km", "kms", "kilometers", "kilometres", "miles", "mi", "m", "metres",
                  "meters", "yards", "feet", "ft")
_COMPASS = ("north", "south", "east", "west")
_DIRECTION = rf"(?:{'|'.join(_COMPASS)})(?:[- ]?(?:east|west))?(?:ern)?"
#: How a direction ends ("north", "north-east", "northern"): a compass point or "ern".
_DIRECTION_ENDINGS = (*_COMPASS, "ern")
#: Words just before a name that put the event near the place, not in it ("40 km north of" (a
#: direction of, see :data:`_NEAR_BEFORE`), "outside"), before an optional "the" and "town of".
_NEAR_WORDS = ("near", "nearby", "outside", "around", "close to", "not far from",
               "on the outskirts of", "outskirts of", "in the vicinity of", "on the road to",
               "on the edge of", "on the border with", "off the coast of", "the road between",
               "between")
#: Words just before a name that put the event in a part of the place ("northern", "rural",
#: "the heart of"), besides a direction.
_PART_WORDS = ("central", "northern", "southern", "eastern", "western", "rural", "greater",
               "downtown", "the heart of", "parts of", "part of")


def _alternatives(phrases: tuple[str, ...]) -> str:
    return "|".join(re.escape(p) for p in phrases)


#: A unit as a word of its own or after its number ("300m"), not a word's last letters ("team").
_UNITS = rf"(?<![^\W\d_])(?:{_alternatives(DISTANCE_UNITS)})"
_PLACE_NOUN = r"\s+(?:the )?(?:town of |city of |village of |camp of )?$"
#: Only how the words before a name end counts (anchored there): "40" or "some" is left out.
_NEAR_BEFORE = re.compile(
    rf"(?:{_UNITS}?\s*{_DIRECTION}\s+of|{_alternatives(_NEAR_WORDS)}){_PLACE_NOUN}",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(rf"{_UNITS}\s+(?:away\s+)?from{_PLACE_NOUN}", re.IGNORECASE)
_PART_BEFORE = re.compile(rf"\b(?:{_DIRECTION}|{_alternatives(_PART_WORDS)})\s+$",
                          re.IGNORECASE)
#: How the words before a name must end for :data:`_NEAR_BEFORE` or :data:`_PART_BEFORE` to
#: match them (each pattern's last words, from the same tables): a test that spares most names
#: the searches, which try every position of the text before.
_NEAR_ENDINGS = tuple(sorted({"of", "the", *(p.split()[-1] for p in _NEAR_WORDS)}))
_PART_ENDINGS = tuple(sorted({*_DIRECTION_ENDINGS, *(p.split()[-1] for p in _PART_WORDS)}))
_UNIT_WORDS = frozenset(DISTANCE_UNITS)
_ONE_WORD_PARTS = _alternatives(tuple(p for p in _PART_WORDS if " " not in p))
#: A word of a part of a place, or of its state ("northern", "rural", "besieged").
PART_WORD = re.compile(rf"^(?:{_DIRECTION}|{_ONE_WORD_PARTS}|occupied|besieged|war-torn)$")


def _after_a_distance(ending: str) -> bool:
    """Whether the words before a name end in a distance "from" ("300 metres from", "40 miles
    away from", "300m from the town of"): string tests alone, as "from" comes before many
    names ("fled from Damascus") that the search would otherwise try."""
    last = ending.split()[-5:]
    for k in range(len(last) - 1, 0, -1):
        if last[k] == "from":
            unit = last[k - 2] if last[k - 1] == "away" and k > 1 else last[k - 1]
            return unit.lstrip("0123456789.,") in _UNIT_WORDS
    return False


def relation_before(before: str) -> str:
    """The relation the words ``before`` a name (its sentence's last few) give it: "near",
    "part" or "in"."""
    ending = before.rstrip().lower()
    if ending.endswith(_NEAR_ENDINGS) and _NEAR_BEFORE.search(before):
        return "near"
    if _after_a_distance(ending) and _FROM_BEFORE.search(before):
        return "near"
    if ending.endswith(_PART_ENDINGS) and _PART_BEFORE.search(before):
        return "part"
    return "in"
