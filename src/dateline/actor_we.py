"""Who "we" is in a quotation: the body or the state its speaker speaks for.

"'We have captured the stadium,' an SDF spokesman said": the coder names the speaker as the
actor of the quoted act, but the one who captured it is the speaker's group; "'We will respond,'
the Russian general said": Russia's army. A speaker who holds an office of a body (its
``parent``) or of a state's government, army or police acts for it; a person of no office keeps
their own name ("'We were still wet,' she said").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .code.speakers import written_subject
from .sectors import STATE_FAMILY

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Doc

    from .records import Actor

__all__ = ["we_for"]

_WE = frozenset({"we"})


def we_for(doc: Doc, trigger: int, source: Actor | None, country_names: Mapping[str, str],
           labels: Mapping[str, str]) -> Actor | None:
    """``source`` named for the body or state its speaker speaks for, when the act's written
    subject is "we" and the coder made the speaker the actor; else ``source``."""
    if source is None or source.antecedent or not source.text:
        return source
    subj = written_subject(doc[trigger])
    if subj is None or subj.lower_ not in _WE or subj.idx == source.char_start:
        return source  # "we" not the subject, or the actor is the pronoun as written
    if source.parent:  # "an SDF spokesman": the Syrian Democratic Forces
        return replace(source, name=source.parent)
    if source.country and source.country != "IGO" and source.sector in STATE_FAMILY:
        # "the Russian general": Russia's army
        state = " ".join(p for p in (country_names.get(source.country, source.country),
                                     labels.get(source.sector or "", "")) if p)
        return replace(source, name=state)
    return source
