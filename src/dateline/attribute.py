"""Stage ``attribute``: who reports an event ("the sources said", "according to ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .code import Mention

__all__ = ["attribution"]

_SPEECH = frozenset({"say", "tell", "report", "announce", "affirm", "state", "claim", "confirm",
                     "add", "allege", "note"})


def attribution(doc: Doc, mention: Mention, sent: Span | None = None) -> str | None:
    """The phrase naming who reports the mention's event, if its sentence (``sent``, when the
    caller has it) has one."""
    sent = sent if sent is not None else doc[mention.trigger].sent
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return doc[pobj.left_edge.i:pobj.right_edge.i + 1].text
    for tok in sent:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _SPEECH and tok.i != mention.trigger:
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.i != mention.trigger:
                return doc[subj.left_edge.i:subj.right_edge.i + 1].text
    return None
