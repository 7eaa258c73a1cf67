"""Stage ``attribute``: who reports an event ("the sources said", "according to ...").

Each sentence is read once per document (:class:`Attributor`), so the work stays linear however
many events a sentence holds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .deps import prep_object, subject
from .tokens import span_text, tags, words
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .code import Mention

__all__ = ["attribution", "Attributor"]

_SPEECH = word_class("speech_verbs_attribution")

# (speech verb index, its subject's index, the subject phrase), in sentence order
_Speakers = list[tuple[int, int, str]]


def _read(doc: Doc, sent: Span) -> tuple[str | None, _Speakers]:
    """A sentence's "according to" phrase and its speech verbs with their subjects."""
    according = None
    speakers: _Speakers = []
    lowers = words(doc).lowers  # the words read from the arrays: a Token only for the few
    lemmas, pos, _, _ = tags(doc)
    for i in range(sent.start, sent.end):
        if (according is None and lowers[i] == "according" and i + 1 < sent.end
                and lowers[i + 1] == "to"):
            pobj = prep_object(doc[i + 1])
            if pobj is not None:
                according = span_text(doc, pobj.left_edge.i, pobj.right_edge.i + 1)
        if pos[i] == "VERB" and lemmas[i] in _SPEECH:
            subj = subject(doc[i])
            if subj is not None:
                speakers.append((i, subj.i, span_text(doc, subj.left_edge.i,
                                                      subj.right_edge.i + 1)))
    return according, speakers


def _choose(found: tuple[str | None, _Speakers], trigger: int) -> str | None:
    according, speakers = found
    if according is not None:
        return according
    return next((text for verb, subj, text in speakers if trigger not in (verb, subj)), None)


class Attributor:
    """Attribution of the mentions of one parsed document, each sentence read once."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._read: dict[int, tuple[str | None, _Speakers]] = {}

    def __call__(self, mention: Mention, sent: Span) -> str | None:
        found = self._read.get(sent.start)
        if found is None:
            found = self._read[sent.start] = _read(self.doc, sent)
        return _choose(found, mention.trigger)


def attribution(doc: Doc, mention: Mention, sent: Span | None = None) -> str | None:
    """The phrase naming who reports the mention's event, if its sentence (``sent``, when the
    caller has it) has one."""
    sent = sent if sent is not None else doc[mention.trigger].sent
    return _choose(_read(doc, sent), mention.trigger)
