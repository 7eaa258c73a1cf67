"""Nouns that name a kind of person: a party acted on that no actor word names.

``data/lexicon/person_nouns.txt`` (derived from WordNet 3.0 by ``tools/wordnet_people.py``)
lists the common nouns whose most frequent sense is a person ("teenager", "schoolgirl",
"bishop", "bystander"): "a teenager was arrested", "the bishop was shot" are done to someone,
not to a thing, though the actor dictionary has no agent for them. Users extend the list with
a file of the same name in ``DATELINE_DATA_PATH``.
"""

from __future__ import annotations

from ..datafiles import data_files, data_rows, per_overlay

__all__ = ["person_nouns", "a_person_noun"]

_REL = "lexicon/person_nouns.txt"


@per_overlay
def person_nouns() -> frozenset[str]:
    """The listed nouns, lower case (lines starting with ``#`` are comments)."""
    return frozenset(row[0].lower() for path in data_files(_REL) for _n, row in data_rows(path))


def a_person_noun(lemma: str) -> bool:
    """Whether a noun's lemma (lower case) names a kind of person."""
    return lemma in person_nouns()
