"""Coreference-lite: a pronoun or a definite description stands for an earlier actor of the
document that agrees with it.

Agreement is by kind: "he" and "she" are a person (a name, or a title such as "the minister"),
"it" a body (a state, an organisation, a force), "they" people or a body. Among the actors that
agree, those of the pronoun's own sentence come before those of the sentence before it (farther
back is not safe), the doers of acts before the others (subjects are what a text goes on
about), and the nearest last; when nothing agrees, the pronoun stays unresolved.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

    from .records import Actor

__all__ = ["Antecedents", "PRONOUNS", "PARTY_PREPS", "kind_of", "doers"]

_PERSON = frozenset({"he", "she", "him", "her", "his"})
_BODY = frozenset({"it", "its"})
_GROUP = frozenset({"they", "them", "their"})
#: Pronouns that may stand for an actor named before them.
PRONOUNS = _PERSON | _BODY | _GROUP
_WANTED = {**{w: ("person",) for w in _PERSON}, **{w: ("body",) for w in _BODY},
           **{w: ("people", "body") for w in _GROUP}}

#: Prepositions that name a party an act or a thing is with, to or against.
PARTY_PREPS = frozenset({"with", "to", "for", "against", "on", "from", "by", "of"})
#: Where a named party stands in its clause when a later pronoun may stand for it.
_NAMED_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "attr", "appos", "conj", "pobj",
                          "dative", "oprd"})

#: Heads of phrases that name one person by office or role ("the minister", "Iran's leader").
_PERSON_HEADS = word_class("person_heads")


def kind_of(root: Token) -> str:
    """"person", "people" (a plural: "rebels", "officials") or "body" (a state, an
    organisation, a force: "Iran", "Hamas", "the army")."""
    if root.tag_ in ("NNS", "NNPS") and root.ent_type_ not in ("GPE", "ORG"):
        return "people"
    if root.ent_type_ == "PERSON" or root.lower_ in _PERSON_HEADS:
        return "person"
    return "body"


@dataclass(frozen=True, slots=True)
class _Seen:
    at: int  # the first token of the actor's words
    sent: int  # the first token of its sentence
    actor: Actor
    kind: str
    doer: bool  # named as the one who acts


class Antecedents:
    """The actors of one document seen so far, and what a pronoun stands for."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.seen: list[_Seen] = []
        self._named_sents: set[int] = set()  # sentences whose named parties were added

    def add(self, at: int, actor: Actor, root: Token, *, doer: bool) -> None:
        self.seen.append(_Seen(at, self.doc[at].sent.start, actor, kind_of(root), doer))

    def before(self, at: int) -> list[Actor]:
        """The actors named before token ``at``, in text order."""
        return [s.actor for s in sorted(self.seen, key=lambda s: s.at) if s.at < at]

    def within(self, start: int, end: int) -> list[Actor]:
        """The actors seen whose words begin between tokens ``start`` and ``end``."""
        return [s.actor for s in self.seen if start <= s.at < end]

    def pronoun(self, at: int, word: str, not_in: range = range(0)) -> Actor | None:
        """The actor the pronoun ``word`` at token ``at`` stands for, or ``None``; never one
        named in ``not_in`` (the doer of the act a recipient pronoun is the object of: "they
        supported them" are two parties)."""
        wanted = _WANTED.get(word)
        if wanted is None:
            return None
        sent = self.doc[at].sent
        window = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        pool = [s for s in self.seen if window <= s.at < at and s.kind in wanted
                and not (s.at <= at < s.at + len(s.actor.text.split())) and s.at not in not_in]
        if not pool:
            return None
        best = max(pool, key=lambda s: (s.sent, s.doer, s.kind == wanted[0], s.at))
        return best.actor

    def add_names(self, at: int, resolve: Callable[[Token, bool], object]) -> None:
        """Adds the parties named in a pronoun's sentence and the one before, before it, that
        no event has made actors ("Ahmed Bashir had fled. Police arrested him."): a named
        person, organisation or state that is a subject, object or appositive, never a place
        ("in Syria") nor a modifier ("Syrian"). ``resolve(head, doer)`` makes the actor of
        the phrase a name heads, which adds it."""
        sent = self.doc[at].sent
        before = self.doc[sent.start - 1].sent if sent.start > 0 else None
        if before is not None and before.start not in self._named_sents:
            self._named_sents.add(before.start)
            self._add_names(before, at, resolve)
        self._add_names(sent, at, resolve)

    def _add_names(self, sent: Span, at: int, resolve: Callable[[Token, bool], object]) -> None:
        known = {s.at for s in self.seen}
        for ent in sent.ents:
            root = ent.root
            if ent.end > at or ent.label_ not in ("PERSON", "ORG", "NORP", "GPE") or \
                    root.left_edge.i in known or ent.start in known or \
                    root.dep_ not in _NAMED_ROLES or (
                    root.dep_ == "pobj" and root.head.lower_ not in PARTY_PREPS):
                continue
            resolve(root, root.dep_ == "nsubj")


def doers(doc: Doc, source: tuple[int, int] | None) -> range:
    """The words of an act's doer with the parties coordinated with it ("the US and the EU"),
    which a pronoun that is the act's object cannot stand for."""
    if source is None or source[1] <= source[0]:
        return range(0)
    top = doc[source[0]:source[1]].root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    return range(min(top.left_edge.i, source[0]), max(top.right_edge.i + 1, source[1]))
