"""People joined by "and" are as many parties: in "Smith and Khan were detained by the army" each
man is detained, one event each, as coordinated states are ("Iraq and Libya"). Coordinated
nouns of one country otherwise stay one party ("rebels and army deserters"): only named people
are split, whose names say they are different persons."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc

    from .records import Actor

__all__ = ["people_apart"]


def people_apart(doc: Doc, actors: Sequence[Actor | None]) -> bool:
    """Whether ``actors``, the parties of one role found once for each conjunct, are two or more
    named people of different names: each one's words a person's name the model tags (their
    head word in a PERSON entity), none a group, a state or an empty party. The first one's
    words may run over the others' when a title follows the last name ("Cable and Blackford,
    leader of the SNP": the title is parsed as the first name's); its name is its own."""
    if len(actors) < 2:
        return False
    names = set()
    for actor in actors:
        if actor is None or actor.char_start is None or actor.char_end is None:
            return False
        span = doc.char_span(actor.char_start, actor.char_end, alignment_mode="expand")
        if span is None or not len(span) or span.root.ent_type_ != "PERSON":
            return False
        names.add(actor.name or actor.text)
    return len(names) == len(actors)
