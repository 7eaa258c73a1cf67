"""Force said not to be used: "announced the army would not attack the regime", "said they
would not launch an offensive".

"will not release the prisoners" is a refusal (REJECT, :mod:`.refusals`), also on terms ("will
not lift the embargo until the reforms are made": CAMEO codes the refusal to ease). Force said
not to be used refuses no demand or offer: it is restraint declared, no REJECT, and no assault.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import object_verb
from ..wordclasses import word_class
from .lexicon import load_lexicon
from .words import WILL

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["restraint_declared", "unrefused"]

#: Verbs whose object is the act they carry out ("will not launch an offensive", "will not use
#: force"); another verb over an act of force tells of something else ("the truce will not
#: affect its operation": the operation goes on).
_CARRYING_OUT = word_class("carrying_out_verbs") | {"use"}


def _negated_future(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in WILL for c in verb.children)


def _forceful(tok: Token) -> bool:
    lex = load_lexicon()
    table = lex.verbs if tok.pos_ in ("VERB", "AUX") else lex.nouns
    return any(s.event_type == "ASSAULT" for s in table.get(tok.lemma_.lower(), ()))


def restraint_declared(verb: Token) -> bool:
    """Whether ``verb`` tells force said not to be used ("would not fire on them", "will not use
    force"): a negated future of a verb of force, or of a verb whose object is one."""
    return verb.pos_ in ("VERB", "AUX") and _negated_future(verb) and (_forceful(verb) or (
        verb.lemma_.lower() in _CARRYING_OUT and any(
            c.dep_ == "dobj" and _forceful(c) for c in verb.children)))


def unrefused(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the force said not to be used (run before
    :func:`.refusals.refusals`, which reads the other negated futures as rejections)."""
    out = []
    for m in mentions:
        carrier = object_verb(doc[m.trigger])  # "will not launch an attack": "launch"
        verb = carrier if carrier.lemma_.lower() in _CARRYING_OUT else doc[m.trigger]
        if m.status == "negated" and m.sense.event_type == "ASSAULT" and \
                verb.pos_ in ("VERB", "AUX") and _negated_future(verb):
            continue
        out.append(m)
    return out
