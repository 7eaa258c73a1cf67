"""Demonyms as place resolution reads them: a people's name ("Israeli", "Israelis", "South
Korean") for its country, from the rows of ``data/demonyms.tsv`` meant for places."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from .datafiles import per_overlay
from .demonyms import load_demonyms
from .gazetteer import fold
from .tokens import words

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["demonym_counts", "is_demonym", "modifies_noun", "place_demonyms"]

_TWO_WORD_STARTS = frozenset({"North", "South", "Sierra", "Sri", "Central", "New", "Saudi"})

#: How a name hangs on the word after it when it says whose that word is ("US troops", "the
#: US-led coalition", "Iran-backed militias").
_MODIFYING = frozenset({"compound", "amod", "npadvmod", "nmod"})


@per_overlay
def place_demonyms() -> dict[str, str]:
    """fold(demonym) → ISO3, singular and plural ("Israeli", "Israelis")."""
    out: dict[str, str] = {}
    for name, iso3 in load_demonyms("places"):
        key = fold(name)
        out[key] = iso3
        out.setdefault(key + "s", iso3)
    return out


def is_demonym(word: str) -> bool:
    """Whether ``word`` names a people ("Kurds", "Turkmens", "Syrian")."""
    return fold(word) in place_demonyms()


def demonym_counts(doc: Doc) -> Counter[str]:
    """How often each country's people are named in ``doc`` by a capitalised demonym
    ("Syrian", "Israelis", "South Korean")."""
    table = place_demonyms()
    counts: Counter[str] = Counter()
    texts = words(doc).texts
    for i, t in enumerate(texts):
        if not t[:1].isupper():
            continue
        iso = table.get(fold(t))
        if iso is None and t in _TWO_WORD_STARTS and i + 1 < len(texts):
            iso = table.get(fold(f"{t} {texts[i + 1]}"))
        if iso:
            counts[iso] += 1
    return counts


def modifies_noun(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``doc[start:end]`` modifies a word after it ("US troops", "the US-led
    coalition"): a country's name so used says whose a party is, as a demonym does, not where
    anything happens."""
    last = doc[end - 1]
    return last.dep_ in _MODIFYING and last.head.i >= end
