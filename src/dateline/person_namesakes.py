"""A person who shares a name with someone the dictionary knows, whom the text describes as
someone else.

Common names are borne by many: "Ali Ahmed Osman, a taxi driver from Leeds" is not the
minister of that name. When the words the text sets beside the name (an apposition after it or
a title before it) say the person is of another country than the dictionary's entry ("a
British aid worker"), or of private life while the entry holds a state's office ("a taxi
driver", "a father of three", "a journalist"), the text's person is a namesake: the entry's
country and kind are not theirs. A description of an office held no more ("a former
minister") says nothing against the entry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_former import FORMER
from .full_names import entity_of
from .person_appositions import apposition_words
from .person_title_heads import heading_title
from .sectors import STATE_FAMILY, family_sectors

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from spacy.tokens import Span, Token

__all__ = ["described_otherwise"]

Described = tuple[str | None, str | None, str | None, str | None]
#: Kinds of private life: no office of a state. Not a party's or an opposition's, which a
#: politician the dictionary lists as a minister may be described by in another year.
_PRIVATE = family_sectors("civilian") - {"PTY", "OPP"}


def _descriptions(person: Span) -> Iterator[Span]:
    """The words set beside the name ``person``: appositions right after it and its comma
    (common nouns, no other name), the title before it."""
    doc = person.doc
    for appos in person.root.rights:
        if appos.dep_ == "appos" and appos.pos_ == "NOUN" and not appos.ent_type_ and \
                person.end < len(doc) and doc[person.end].text == "," and \
                appos.left_edge.i == person.end + 1:
            yield apposition_words(appos)
    title = heading_title(person)
    if title is not None:
        yield title


def described_otherwise(root: Token, name: str | None,
                        describe: Callable[[Span], Described]) -> bool:
    """Whether the text describes the person whose name ``root`` heads, whom the dictionary
    knows (``name``: what it reads the phrase as), as someone else (see the module);
    ``describe`` reads words as the dictionary does."""
    if name is None or root.ent_type_ != "PERSON":
        return False
    person = entity_of(root)
    known, country, sector, _ = describe(person)
    if known is None or country is None and sector is None:
        return False
    for words in _descriptions(person):
        if any(t.lower_ in FORMER for t in words):
            continue
        _, said_country, said_sector, _ = describe(words)
        if said_country not in (None, "IGO", country) and country not in (None, "IGO"):
            return True  # "a British aid worker": not the Sudanese minister
        if sector in STATE_FAMILY and said_sector in _PRIVATE:
            return True  # "a taxi driver", "a father of three": no office of a state
    return False
