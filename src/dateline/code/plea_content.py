"""What a plea asks, parsed as its purpose: "pleaded with Russia to halt the offensive",
"appealed to the rebels to free the hostages".

An infinitive on a verb of asking is what is asked of the party the plea is put to, whatever
the parse makes of it: an adverbial clause reads as the asker's own aim ("to halt": attempted,
by the asker), which it is not. The request is the event ("urged Russia to halt the offensive"
gives the one REQUEST); the act asked is not done, and no second event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import object_verb, to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .mention import Mention

__all__ = ["plea_content"]


def plea_content(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the acts an infinitive of purpose on a request's verb names."""
    asking = {m.trigger for m in mentions if m.sense.event_type == "REQUEST"
              and doc[m.trigger].pos_ == "VERB"}
    if not asking:
        return mentions
    out = []
    for m in mentions:
        verb = object_verb(doc[m.trigger])  # "to halt the offensive": "halt"
        if m.trigger not in asking and verb.dep_ == "advcl" and verb.head.i in asking and \
                to_infinitive(verb):
            continue
        out.append(m)
    return out
