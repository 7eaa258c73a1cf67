"""Other ways a named actor's name is written: its words' other spellings, and a person's name
without the honorific before it.

The dictionaries spell a name one way, news another: "North Atlantic Treaty Organisation" and
"Forces for Defence of Democracy" (British English) for an alias written "Organization",
"Defense"; "Mohamed", "Qaida" for "Mohammed", "Qaeda"; "Dawda Jawara" for the dictionary's
"Sir Dawda Jawara". A written form is added only where no other actor already has it, and
only when one actor's aliases give it (two actors that would share it keep neither).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .datafiles import table_rows
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["add_spellings", "spelt_otherwise", "without_honorific"]

#: Words that join a name's parts ("bin", "al"): a name that begins with one after its
#: honorific is cut ("Crown Prince Sultan bin Abdulaziz" is not "bin Abdulaziz").
_LINKS = word_class("name_links") | frozenset({"of", "the", "and", "al", "el",
                                               "abu", "de", "la", "del", "da", "van", "von"})


def _spellings() -> dict[str, tuple[str, ...]]:
    """Each word of ``actors/name_spellings.tsv`` → its other spellings."""
    out: dict[str, set[str]] = {}
    for _, (line,) in table_rows("actors/name_spellings.tsv", ("spellings",)):
        group = line.split()
        for word in group:
            out.setdefault(word, set()).update(w for w in group if w != word)
    return {w: tuple(sorted(others)) for w, others in out.items()}


def _honorifics() -> frozenset[str]:
    return frozenset(row[0].lower() for _, row in table_rows("actors/honorifics.tsv",
                                                             ("honorific",)) if row[0])


def spelt_otherwise(alias: str, spellings: dict[str, tuple[str, ...]]) -> list[str]:
    """The other spellings of an alias of two words or more (normalised words): each word
    that has others replaced by each of them, one word at a time, and all of them at once by
    the first of their others ("forces for defence of democracy")."""
    words = alias.split()
    if len(words) < 2:
        return []
    out = [" ".join([*words[:i], other, *words[i + 1:]])
           for i, w in enumerate(words) for other in spellings.get(w, ())]
    every = " ".join(spellings[w][0] if w in spellings else w for w in words)
    return [*out, every] if every != alias and every not in out else out


def without_honorific(alias: str, honorifics: frozenset[str]) -> str | None:
    """A person's alias without the honorifics it begins with ("sir dawda jawara": "dawda
    jawara"), when two words or more are left and the first is no joining word; else
    ``None``."""
    words = alias.split()
    k = 0
    while k < len(words) and words[k] in honorifics:
        k += 1
    rest = words[k:]
    return " ".join(rest) if k and len(rest) >= 2 and rest[0] not in _LINKS else None


def add_spellings(names: list[str], roles: list[str], aliases: dict[str, int],
                  is_person: Callable[[str, str], bool]) -> None:
    """Add to ``aliases`` (normalised alias → row) each alias's other spellings, and each
    person's alias without its honorific (``is_person(name, roles)``), where no actor has the
    form already and only one actor gives it."""
    spellings, honorifics = _spellings(), _honorifics()
    found: dict[str, set[int]] = {}
    for alias, k in aliases.items():
        words = alias.split()
        if not words:  # a blank alias has no words to spell otherwise
            continue
        forms = spelt_otherwise(alias, spellings) if any(w in spellings for w in words) else []
        bare = without_honorific(alias, honorifics) if words[0] in honorifics else None
        bare = bare if bare is not None and is_person(names[k], roles[k]) else None
        for form in (*forms, *((bare, *spelt_otherwise(bare, spellings)) if bare else ())):
            if form not in aliases:
                found.setdefault(form, set()).add(k)
    for form, owners in found.items():
        if len(owners) == 1:
            aliases[form] = next(iter(owners))
