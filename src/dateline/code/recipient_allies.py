"""The doer's own side among the dead an operation's toll counts: no recipient of it.

PLOVER's target of an act of force is the one it is directed at. A report often tells an
operation's toll by the operation as the subject of the killing ("the offensive has killed
scores of civilians as well as fighters among the militias Ankara uses as its proxy"): the
dead counted so are of every side, and those the phrase itself describes as fighting for the
operation's doer (its proxy, its ally, backed by it, fighting alongside it) are not whom the
operation is directed at. Such a conjunct is dropped from the recipient: the recipient is then
the other conjuncts of the phrase, or none where it was the only one.

Only the recipient's own phrase is read (not an alliance the story tells elsewhere: two sides
of one country may both be "rebels"), and only for a toll told by an operation noun (a killing
told with its own doer, "Turkish jets killed Turkish-backed fighters", is what it says).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actor_retold import acting_act
from .operation_retold import own_side
from .phrases import np_span
from .words import DIE, INJURE, LETHAL

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from spacy.tokens import Doc, Token

    from ..records import Actor
    from .mention import Mention

__all__ = ["allied_conjuncts", "kept_words", "toll_heads"]

#: Verbs of an operation's toll.
_TOLL = DIE | INJURE | LETHAL
#: Verbs of backing a party: "Turkish-backed", "forces backed by Ankara".
_BACKING = frozenset({"back", "sponsor", "arm", "fund", "support"})
#: Nouns of a party fighting for another: "Ankara's proxies", "allies of Turkey".
_FOR_NOUNS = frozenset({"proxy", "ally"})
#: Links of a conjunct's own phrase that are not other conjuncts.
_NOT_OWN = frozenset({"conj", "cc"})
#: Links of the words joining conjuncts ("and", ",", "as well as").
_JOINING = frozenset({"cc", "punct", "preconj"})


def toll_heads(doc: Doc, m: Mention, target: Actor | None) -> list[Token]:
    """The heads of the conjuncts of ``target``'s words when ``m`` is a killing or wounding
    whose subject is an operation noun told before ("the attack has killed ..."); else none."""
    trig = doc[m.trigger]
    if m.sense.event_type != "ASSAULT" or target is None or target.char_start is None or \
            target.char_end is None or not _toll(trig):
        return []
    span = doc.char_span(target.char_start, target.char_end, alignment_mode="expand")
    if span is None:
        return []
    root = span.root
    return [root, *(t for t in root.subtree if t.dep_ == "conj" and t.i > root.i
                    and t.pos_ in ("NOUN", "PROPN"))]


def _toll(trig: Token) -> bool:
    """Whether an act is a killing or wounding told with an operation noun told before as its
    subject ("the attack killed ..."), or is that noun ("the offensive has killed ...")."""
    if trig.pos_ == "NOUN":
        act = acting_act(trig.head) if trig.dep_ == "nsubj" and \
            trig.head.lemma_.lower() in _TOLL else None
        return act is not None and act.i == trig.i
    return trig.lemma_.lower() in _TOLL and acting_act(trig) is not None


def _own_words(head: Token) -> Iterator[Token]:
    """The words of a conjunct's own phrase, without the conjuncts that follow it."""
    stack = [head]
    while stack:
        tok = stack.pop()
        yield tok
        stack.extend(c for c in tok.children if c.dep_ not in _NOT_OWN)


def _patrons(head: Token) -> Iterator[Token]:
    """The words naming whom a conjunct fights for: the backer of "Turkish-backed" or "backed
    by Turkey", the owner of "Ankara's proxies" or "allies of Turkey", the one using it "as a
    proxy", the party it fights "alongside"."""
    for tok in _own_words(head):
        lemma = tok.lemma_.lower()
        if lemma in _BACKING and tok.pos_ == "VERB":
            yield from (c for c in tok.children if c.dep_ in ("npadvmod", "compound", "nsubj"))
            yield from (o for a in tok.children if a.dep_ == "agent" for o in a.children
                        if o.dep_ == "pobj")
        elif lemma in _FOR_NOUNS:
            yield from (c for c in tok.children if c.dep_ == "poss")
            yield from (o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                        for o in p.children if o.dep_ == "pobj")
            if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ == "VERB":
                yield from (c for c in tok.head.head.children if c.dep_ == "nsubj")
        elif tok.lower_ == "alongside":
            yield from (c for c in tok.children if c.dep_ == "pobj")


def allied_conjuncts(heads: list[Token], doer: Actor | None,
                     resolve: Callable[..., Actor | None]) -> list[Token]:
    """The conjuncts among ``heads`` whose own phrase says they fight for ``doer``: the doer
    itself, or a party of its own state where the doer is one (see the module; not a party
    of the doer's country fighting it, as rebels of a civil war)."""
    if doer is None:
        return []
    found = []
    heads = sorted(heads, key=lambda h: h.i)
    for k, head in enumerate(heads):
        end = heads[k + 1].left_edge.i if k + 1 < len(heads) else head.right_edge.i + 1
        for patron in _patrons(head):
            if patron.i >= end:
                continue  # past the next conjunct: the parse hung another's words on it
            actor = resolve(np_span(patron, with_conj=False), doer=False)
            if actor is not None and own_side(actor, doer):
                found.append(head)
                break
    return found


def kept_words(heads: list[Token], allied: list[Token]) -> tuple[int, int] | None:
    """The words of the conjuncts among ``heads`` not ``allied``: from the first of them to
    the next allied one, or to the phrase's end, without the words joining them ("12
    villagers and five fighters" of "12 villagers, five fighters and nine allies of
    Ethiopia"); ``None`` where every conjunct is allied."""
    rest = sorted((h for h in heads if h not in allied), key=lambda h: h.i)
    if not rest:
        return None
    first = rest[0]
    start = first.left_edge.i
    cut = [h.left_edge.i for h in allied if h.i > first.i]
    end = min(cut) if cut else max(np_span(h)[1] for h in heads if h.i >= first.i)
    doc = first.doc
    while end > first.i + 1 and (doc[end - 1].dep_ in _JOINING or
                                  doc[end - 1].head.dep_ == "cc"):  # "as well as"
        end -= 1
    return start, end
