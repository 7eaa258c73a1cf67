"""The country a report is about: the one its names point to far more than any other.

Both the places of events that name none of their own (:mod:`dateline.locate`) and the country
of domestic actors that name none (:mod:`dateline.actors`) fall back to it, each counting the
mentions it trusts; this module holds the rule that says when one country dominates them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping

__all__ = ["dominant_country", "set_by_opening"]

#: A country is the report's when it holds this share of the mentions (and two of them) ...
_SHARE = 0.5
#: ... or, among many countries, this share of them and this many times the next country's.
_PLURAL_SHARE = 0.3
_LEAD = 2.0


def dominant_country(counts: Mapping[str, float], lead: Collection[str] = (),
                     scene: Collection[str] = ()) -> str | None:
    """The country of ``counts`` (country → weight of its mentions) that dominates them: at
    least two mentions, and half of all, or, among many countries, a good share and twice the
    next one's ("Syria" in a report that also names Turkey, Iraq, France and Britain). Where
    none does, the lead sentence, which says what the story is about, decides between close
    rivals: of the countries it names (``lead``), the most named one, if it has two mentions
    and at least half the leader's. A country whose towns the lead names (``scene``) is the
    story's against such a leader the lead does not name ("protesters closed stations in Leeds
    and York" leading a report that goes on to name Yemen a little more often)."""
    ranked = Counter({k: v for k, v in counts.items() if v > 0}).most_common()
    if not ranked:
        return None
    (iso, n), *rest = ranked

    def rival(named: Collection[str]) -> str | None:
        led = [(k, v) for k, v in ranked if k in named]
        return led[0][0] if led and led[0][1] >= 2 and led[0][1] * _LEAD >= n else None

    if iso not in lead and (set_in := rival(scene)) is not None:
        return set_in
    runner_up = rest[0][1] if rest else 0
    total = sum(v for _, v in ranked)
    if n >= 2 and (n >= _SHARE * total
                   or (n >= _LEAD * runner_up and n >= _PLURAL_SHARE * total)):
        return iso
    return rival(lead)


def set_by_opening(counts: Mapping[str, float], opening: Collection[str]) -> str | None:
    """Where no country dominates ``counts``, the one close rival (two mentions and at least
    half the leader's) that the opening sentences name (``opening``): they set the story's
    scene ("a town near the border … the far eastern edge of Syria" opening a report that
    names Iraq about as often). An opening that names several close rivals, or none, decides
    nothing."""
    ranked = Counter({k: v for k, v in counts.items() if v > 0}).most_common()
    if not ranked:
        return None
    top = ranked[0][1]
    named = [k for k, v in ranked if v >= 2 and v * _LEAD >= top and k in opening]
    return named[0] if len(named) == 1 else None
