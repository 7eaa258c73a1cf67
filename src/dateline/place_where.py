"""The place a relative clause of place ("where …", "in which …") tells of.

A "where" clause belongs to the noun it follows; when that noun is only part of a description
set beside a town ("Hajin, a town in eastern Syria, where …", "Tal Abyad, a border town where
…"), the clause tells of the town the description describes, not of the region it names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import REGION_KINDS
from .tokens import span_root

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .toponyms import Toponym

__all__ = ["apposed_where", "where_clause"]

#: Clauses that stop the search for the relative clause an event is in: what a clause goes on
#: to ask for or tell of is elsewhere.
_OTHER_CLAUSES = ("ccomp", "parataxis", "xcomp", "advcl")


def where_clause(tok: Token) -> Token | None:
    """The relative clause of place ``tok`` is in (its verb): one opened by "where", or by "in
    which" or "at which"; None when the first relative clause above ``tok`` is of another kind
    or a clause of reported or other content comes first."""
    for a in [tok, *tok.ancestors]:
        if a.dep_ == "relcl":
            return a if any(
                c.lower_ == "where" or (c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
                    g.lower_ == "which" for g in c.children)) for c in a.children) else None
        if a.dep_ in _OTHER_CLAUSES or a.head.i == a.i:
            return None
    return None


def apposed_where(doc: Doc, t: Toponym, tok: Token) -> bool:
    """``tok`` is in a "where" clause hanging on the description set beside town ``t`` (its
    appositive, or a place that appositive names): "Hajin, a town in eastern Syria, where
    government forces shelled …" happens in Hajin."""
    if t.kind in REGION_KINDS:
        return False
    clause = where_clause(tok)
    if clause is None:
        return False
    node = span_root(doc, t.start, t.end)
    return any(c.dep_ == "appos" and c.left_edge.i <= clause.head.i <= c.right_edge.i
               for c in node.children)
