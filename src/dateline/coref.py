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
    from spacy.tokens import Doc, Token

    from .records import Actor

__all__ = ["Antecedents", "PRONOUNS", "kind_of"]

_PERSON = frozenset({"he", "she", "him", "her", "his"})
_BODY = frozenset({"it", "its"})
_GROUP = frozenset({"they", "them", "their"})
#: Pronouns that may stand for an actor named before them.
PRONOUNS = _PERSON | _BODY | _GROUP
_WANTED = {**{w: ("person",) for w in _PERSON}, **{w: ("body",) for w in _BODY},
           **{w: ("people", "body") for w in _GROUP}}

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
