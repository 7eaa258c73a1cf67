"""Words that say a person holds a post no more ("a former soldier", "the ex-minister"), and
the sector such a person is of once they leave it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

__all__ = ["FORMER", "NO_LONGER", "held_no_more"]

FORMER = frozenset({"former", "ex", "ex-", "then", "late", "retired", "onetime", "one-time"})
#: Words of a title that say its holder holds it no more ("former", not "then" or "late").
NO_LONGER = FORMER - {"then", "late"}
#: What a person of a state's sector is once they hold its post no more: a former soldier is a
#: civilian, a former official one of the elite (as the agents table has "former minister").
_HELD_NO_MORE = {"MIL": "CVL", "GOV": "ELI", "LAB": "CVL"}
#: Words that end a worker's job but not their cause: retired workers and former workers as a
#: body ("former miners protested over unpaid pensions") still act as labour.
_STILL_LABOUR = frozenset({"retired"})


def held_no_more(sector: str | None, root: Token, words: Sequence[Token]) -> str | None:
    """The sector of the person ``root`` heads when ``words`` before it say they hold the post
    of ``sector`` no more ("a former British soldier": of the army no more; "the former IT
    worker Sam Berry": a civilian); ``sector`` otherwise. Workers stay labour when retired, or
    when named as many ("former factory workers")."""
    said = {t.lower_ for t in words} & NO_LONGER
    if sector not in _HELD_NO_MORE or not said:
        return sector
    if sector == "LAB" and (said <= _STILL_LABOUR or root.tag_ in ("NNS", "NNPS")):
        return sector
    return _HELD_NO_MORE[sector]
