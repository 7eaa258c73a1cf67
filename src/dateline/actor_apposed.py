"""The subject name a parse hung as an apposition on a name before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .tokens import span_root

if TYPE_CHECKING:
    from spacy.tokens import Doc


def apposed_subject(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """The subject of a clause that the parse took for the apposition of a name before it: in
    "after the exit of the home secretary, Nina Hollis, Castell said ...", "Nina Hollis" is
    the secretary's apposition and "Castell" who speaks, but the parse makes "Hollis" the
    subject and "Castell" her apposition. A name in apposition to a subject name that itself
    follows a comma after the object of a preposition is the subject; else ``span``."""
    if span[1] - span[0] < 3:
        return span
    root = span_root(doc, span[0], span[1])
    if root.dep_ not in ("nsubj", "nsubjpass") or root.pos_ != "PROPN":
        return span
    apposed = [c for c in root.rights if c.dep_ == "appos" and c.i < span[1]]
    start = root.left_edge.i
    if len(apposed) != 1 or apposed[0].pos_ != "PROPN" or start < 2 or \
            doc[start - 1].text != "," or doc[start - 2].pos_ != "NOUN" or \
            doc[start - 2].dep_ != "pobj" or any(c.dep_ in ("conj", "cc") for c in
                                                 apposed[0].children):
        return span
    return apposed[0].left_edge.i, apposed[0].right_edge.i + 1
