"""Who a pronoun cannot stand for because of where it stands: the subject of a relative clause
is not the noun the clause describes ("the men they are accused of killing": "they" are the
killers, not the men; "the town it shelled": "it" is not the town); the object of an act is not
its doer ("police beat them"), though it may be a party named inside the doer's phrase as its
owner or in a phrase on its head ("Ali's lawyer called for her release")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .deps import owned_noun
from .sentences import first_conjunct

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Actor

__all__ = ["described_by_own_clause", "doers", "named_as", "named_in_doer", "words_of"]

#: Links from a clause's verb up to the clause that holds it ("are alleged to have killed").
_UP = frozenset({"xcomp", "ccomp", "aux", "auxpass", "pcomp", "prep"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def described_by_own_clause(doc: Doc, at: int) -> range | None:
    """The words of the noun phrase that the relative clause whose subject is the pronoun at
    ``at`` describes (from the phrase's first word to its head), or ``None``."""
    tok = doc[at]
    if tok.dep_ not in _SUBJECTS:
        return None
    verb = tok.head
    for _ in range(6):
        if verb.dep_ in ("relcl", "acl") and verb.head.i < tok.i and \
                verb.head.pos_ in ("NOUN", "PROPN"):
            noun = verb.head
            return range(noun.left_edge.i, noun.i + 1)
        if verb.dep_ not in _UP or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def doers(doc: Doc, source: tuple[int, int] | None) -> range:
    """The words of an act's doer with the parties coordinated with it ("the US and the EU"),
    which a pronoun that is the act's object cannot stand for (but see :func:`named_in_doer`)."""
    if source is None or source[1] <= source[0]:
        return range(0)
    top = first_conjunct(doc[source[0]:source[1]].root)
    return range(min(top.left_edge.i, source[0]), max(top.right_edge.i + 1, source[1]))


def named_in_doer(root: Token, doer: range) -> bool:
    """Whether a party whose head is ``root`` is named inside the words ``doer`` of an act's
    doer as the owner of the doer's head or in a phrase on it ("Ali's lawyer", "the lawyer for
    Ali, a teacher"), not the doer itself: a party the act's object may stand for ("called for
    her release": Ali). Not a party named inside a clause there ("the lawyer for a teacher who
    fled Kano"), nor the owner of a party coordinated with the doer ("the US and its allies")."""
    if root.dep_ == "appos":
        root = root.head  # "Ali, a teacher"
    head = owned_noun(root)
    return head is not None and head.i in doer and (
        head.head.i not in doer or head.head.i == head.i)


def named_as(actor: Actor, names: tuple[frozenset[str], ...]) -> bool:
    """Whether an actor's words or name hold all the words of one of ``names``."""
    words = words_of(actor)
    return any(n and n <= words for n in names)


def words_of(actor: Actor, *, name_only: bool = False) -> set[str]:
    """The words of an actor and of its name (``name_only``: of its name, else its words),
    folded, without possessive endings."""
    text = actor.name or actor.text if name_only else f"{actor.text} {actor.name or ''}"
    text = text.lower().replace("’s", "").replace("'s", "")
    return set(text.split())
