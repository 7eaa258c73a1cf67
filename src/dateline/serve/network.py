"""Who acts on whom: the pairs of parties behind the dashboard's actor network.

Only parties count: an actor or recipient the actor stage gave neither a sector nor a country
("the convoy", "the road", "the proposal") is a thing, a place or a topic, not a party. Parties
are shown under one label per party: an institution known only by its sector takes its country
("military" of Mali is "Mali military"), and people known only by a field's label are shown
under their own words ("25 students" as "students", not "education").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from ..actor_country_names import SECTOR_LABELS
from ..actors import load_dictionary
from ..sectors import sectors_with

__all__ = ["ACTOR_COLUMNS", "actor_label", "actor_pairs", "is_party"]

#: Sectors that are institutions: one body per country, whatever words a report uses for it.
INSTITUTIONS = sectors_with("institution")
#: The columns of the events table that ``actor_pairs`` reads, for each side.
ACTOR_COLUMNS = ("text", "name", "country", "sector")
_NOTE = re.compile(r"\s*\([^)]*\)$")  # "police (implied)": an inferred actor, named as any other
_WORD = re.compile(r"[\w'-]+")


def is_party(actor: Mapping[str, Any]) -> bool:
    """True when the actor stage identified ``actor`` as a party (a sector or a country)."""
    return bool(actor.get("sector") or actor.get("country")) and bool(
        (actor.get("name") or actor.get("text") or "").strip())


def _own_words(text: str, sector: str | None) -> str | None:
    """The longest agent phrase of the actor dictionary in ``text``, preferring the actor's
    own sector: "thousands of students protesting …" -> "students"."""
    agents = load_dictionary().agents
    words = [w.lower() for w in _WORD.findall(text)]
    best: tuple[int, int, str] | None = None
    for n in range(min(4, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i:i + n])
            found = agents.get(phrase)
            if found is None or found == "UNK":
                continue
            rank = (int(found == sector), n, phrase)
            if best is None or rank[:2] > best[:2]:
                best = rank
    return best[2] if best else None


def actor_label(actor: Mapping[str, Any]) -> str:
    """The name a party is shown under in the network."""
    d = load_dictionary()
    sector, country = actor.get("sector"), actor.get("country")
    name = _NOTE.sub("", (actor.get("name") or "").strip())
    text = (actor.get("text") or "").strip()
    country_name = d.country_names.get(country or "", "")
    bare = name[len(country_name):].strip() if country_name and name.startswith(
        country_name) else name
    generic = not name or bare == SECTOR_LABELS.get(sector or "")
    if not generic:
        return name
    if sector not in INSTITUTIONS:
        words = _own_words(text, sector)
        if words:
            return f"{country_name} {words}".strip()
    label = SECTOR_LABELS.get(sector or "") or name or text
    return f"{country_name} {label}".strip() if label != country_name else label


def actor_pairs(rows: Iterable[Mapping[str, Any]], limit: int) -> list[dict[str, Any]]:
    """Count events by (actor, recipient) label, parties only, most frequent first.

    ``rows`` hold ``source_<col>`` and ``target_<col>`` for each of ``ACTOR_COLUMNS`` and
    ``event_type``."""
    counts: Counter[tuple[str, str]] = Counter()
    types: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row in rows:
        source = {c: row.get(f"source_{c}") for c in ACTOR_COLUMNS}
        target = {c: row.get(f"target_{c}") for c in ACTOR_COLUMNS}
        if not (is_party(source) and is_party(target)):
            continue
        key = (actor_label(source), actor_label(target))
        counts[key] += 1
        types[key][row.get("event_type") or ""] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return [{"source": s, "target": t, "n": n, "event_types": dict(types[(s, t)].most_common())}
            for (s, t), n in ranked]
