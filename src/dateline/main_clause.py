"""A sentence's main act and the acts its subordinate clauses only describe.

A clause that modifies a noun ("in the province, where 28 people were killed last year"; "the
property seized by the army") or an adverbial clause ("resigned as the opposition threatened to
storm his house"; "telephoned the minister to discuss the talks") tells the setting of the act the
main clause reports. A coder of who-did-what-to-whom reports the main act; a subordinate one is
kept when the coder is sure of it (a killing told in a relative clause is often the news), and
dropped when it is weak beside a surer act of the main clause that names a party. The police's
acts are left to the police head of the learned classifier, which decides them in every clause.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .records import Event, by_police
from .sentences import event_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Dependency relations that open a clause subordinate to a noun or to another clause: a
#: relative or participial clause on a noun, an adverbial clause, a clause after a preposition.
SUBORDINATE = frozenset({"acl", "relcl", "advcl", "pcomp"})
#: Kinds of force, kept in any clause: an attack or a seizure is the news more often than the act
#: it explains.
FORCE = frozenset({"ASSAULT", "COERCE"})
#: Below this confidence a subordinate act gives way to a surer main-clause act with a party.
WEAK = 0.7


def subordinate(tok: Token) -> bool:
    """Whether ``tok`` stands in a clause subordinate to a noun or to another clause."""
    while tok.head.i != tok.i:
        if tok.dep_ in SUBORDINATE:
            return True
        tok = tok.head
    return False


#: Entity labels of places: a clause on one tells what the place has seen.
_PLACES = frozenset({"GPE", "LOC", "FAC"})
#: Words telling a time before the main act: "where 40 people were killed last year", "two
#: years ago", "in earlier riots".
_EARLIER = frozenset({"last", "ago", "earlier", "previous", "previously", "past"})


def describes_place(tok: Token) -> bool:
    """Whether ``tok`` stands in a relative clause on a place's name that tells a time before
    the main act ("in the province of Borduria, where 40 people were killed last year", "where
    rebels had killed two guards", "where riots broke out in 2015"): the place's past, the
    setting of the main act, whatever its kind. A clause telling no earlier time tells the same
    event ("bombed the hospital, where 12 patients were killed")."""
    while tok.head.i != tok.i:
        if tok.dep_ == "relcl":
            return tok.head.ent_type_ in _PLACES and _tells_earlier(tok)
        tok = tok.head
    return False


def _tells_earlier(clause: Token) -> bool:
    """Whether the clause of ``clause`` is in the pluperfect or names an earlier time (a word
    of :data:`_EARLIER`, a year)."""
    if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in clause.children):
        return True
    return any(t.lower_ in _EARLIER or t.like_num and len(t.text) == 4 and t.text.isdigit()
               and t.text[:2] in ("19", "20") for t in clause.subtree)


def _parties(e: Event) -> int:
    return (e.source is not None) + (e.target is not None)


def _told_in_full(e: Event) -> bool:
    return e.event_type in FORCE or _parties(e) == 2


def main_acts(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """``events`` without the weak acts of subordinate clauses of sentences whose main clause
    tells a surer act with a source or a recipient (negated events count as told). Force stays in
    any clause ("resigned after being attacked by armed men", "foiled a bid to storm the
    palace"), and so does an act that names both its parties ("retook the town, helped by US
    air strikes"): it tells who did what to whom; but not in a relative clause on a place's
    name, which tells the place's past (:func:`describes_place`)."""
    sub: dict[int, bool] = {}
    setting: set[int] = set()
    for e in events:
        tok = event_token(doc, e)
        sub[id(e)] = tok is not None and subordinate(tok)
        if tok is not None and describes_place(tok):
            setting.add(id(e))
    gone = set()
    for e in events:
        if not sub[id(e)] or e.confidence >= WEAK or by_police(e) or (
                _told_in_full(e) and id(e) not in setting):
            continue
        if any(o.sent_start == e.sent_start and not sub[id(o)] and o.confidence > e.confidence
               and _parties(o) > 0 for o in events):
            gone.add(id(e))
    return [e for e in events if id(e) not in gone] if gone else list(events)
