"""The thing of its own a recipient is shown with: "rejected an offer from the government", "the
plan proposed by the council" (the party made the thing the act is done to, named after it, as an
owner is named before it: "Trump's decision")."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..records import Actor
from ..tokens import doc_text
from ..wordclasses import word_class
from .phrases import a_place, thing

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["made_thing", "with_made"]

#: Words put to someone: a reply to them is to their speaker, named alone ("rejected
#: accusations by the US").
_PUT_TO_SOMEONE = word_class("put_to_someone")
#: Prepositions that name who made a thing after it ("an offer from the government", "the plan
#: proposed by the council"); "of" is left out, since it names a victim as often ("the removal
#: of the president").
_MAKER_PREPS = frozenset({"from", "by"})


def made_thing(party: Token, trigger: Token | None) -> Token | None:
    """The thing acted on that ``party`` made, named before it in a phrase of the thing or of a
    participle hung on it: "rejected an offer from the government", "condemned the plan
    proposed by the council" (the offer, the plan); ``None`` when the party is itself what the
    act is done to, or what it made is words put to someone ("rejected accusations by the
    US")."""
    prep = party.head
    if trigger is None or party.dep_ != "pobj" or prep.lower_ not in _MAKER_PREPS or \
            prep.dep_ not in ("prep", "agent"):
        return None
    made = prep.head
    if made.dep_ == "acl" and made.tag_ == "VBN" and prep.lower_ == "by":
        made = made.head  # "the plan proposed by the council"
    acted_on = made.dep_ in ("dobj", "obj") and made.head.i == trigger.i or \
        made.dep_ == "pobj" and made.head.head.i == trigger.i
    return made if acted_on and made.pos_ == "NOUN" and made.i < party.i and thing(made) \
        and made.lemma_.lower() not in _PUT_TO_SOMEONE and not a_place(made) else None


def with_made(actor: Actor, root: Token | None, trigger: int | None, base: int = 0) -> Actor:
    """The recipient ``actor`` (whose words' head is ``root``) named with the thing of its own
    the act is done to, as an owner is ("Trump's decision"): "an offer from the government",
    "the plan proposed by the council"; who the party is stays what was read from its own
    words."""
    made = made_thing(root, root.doc[trigger]) if root is not None and trigger is not None \
        else None
    if made is None or actor.char_start is None or actor.char_end is None:
        return actor
    start = base + made.left_edge.idx
    if start >= actor.char_start:
        return actor
    return replace(actor, text=doc_text(root.doc)[start - base:actor.char_end - base],
                   char_start=start)
