"""What it is time for a party to do: an opinion of what should happen, no act.

"It is time for the government to release the prisoners", "the time has come for the army to
withdraw": what the speaker thinks should happen, no act. An act told so is no event. An
ordinal or "last" time ("it was the first time for the army to shell the town") counts acts
done, and those stay. An act another party is expected to do ("the UN expects Vestia to free
the men") stays too: whether it is a plan as others know it or only a wish cannot be told from
the grammar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import object_verb, to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["expected_of_others"]


def _bare_time(time: Token) -> bool:
    """``time`` is a bare "time" ("it is time", "it is high time"), not one of a count ("the
    first time", "the last time", "the second time this month")."""
    return not any(c.dep_ in ("amod", "nummod", "det", "poss") and c.lower_ not in ("high", "about")
                   for c in time.children)


def _time_for(verb: Token) -> bool:
    """``verb`` is the infinitive of "it is time (for them) to", "the time has come to"."""
    head = verb.head
    if verb.dep_ not in ("acl", "relcl") or head.lemma_.lower() != "time":
        return False
    if head.dep_ == "attr":
        return _bare_time(head)
    return head.dep_ == "nsubj" and head.head.lemma_.lower() == "come"


def expected_of_others(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the acts said to be due."""
    out = []
    for m in mentions:
        verb = object_verb(doc[m.trigger])  # "to launch an offensive": "launch"
        if verb.pos_ in ("VERB", "AUX") and to_infinitive(verb) and _time_for(verb):
            continue
        out.append(m)
    return out
