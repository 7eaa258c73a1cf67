"""Which events the pentacode head's class veto re-roots instead of dropping.

The head reads a sentence's class from its words; when it is sure of a class below the one the
rules' events give the sentence, the events above it are dropped (:mod:`dateline.learned`).
Often the head is right about the class and the rules about the parties: "The government
agreed with the Senate that ..." is a statement of accord (CAMEO 019, of class 0, statements)
that the rules read as an agreement (03); the actor and the recipient are the trigger's own
subject and object either way. When the head reads the sentence as a statement, such an event
keeps its parties and takes a root of the statement class (:func:`held_parties`); an event
whose parties the parse ties less firmly to its trigger (a pronoun, a party missing, a phrase
the trigger does not govern) is dropped as before, and so is one the head reads as of another
kind of act (cooperation read as conflict, or the reverse), whose type it denies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .records import Actor, Event
from .sentences import first_conjunct

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: The root an event read as a statement takes when its type has none of that class (CAMEO 01:
#: a public statement, among them comments of empathy and of accord, 018 and 019).
STATEMENT_ROOT = "01"
#: The head's classes whose veto re-roots an event with held parties: statements.
REROOTED_CLASSES = frozenset({0})
#: How a doer hangs from its trigger: its subject (a passive's "by" phrase is an ``agent``).
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: How a recipient hangs from its trigger: its object, indirect object or a preposition's object.
_OBJECTS = frozenset({"dobj", "dative", "obj", "iobj"})
#: How a trigger hangs from the verb whose subject is the trigger's doer: "said they agree
#: with", "announced the deployment of troops to".
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "dobj"})


def held_parties(e: Event, sent: Span, guess: int) -> bool:
    """Whether the head's reading of ``sent`` as class ``guess`` re-roots ``e`` rather than
    drop it: ``guess`` is a class of :data:`REROOTED_CLASSES`, and ``e``'s actor and recipient
    are both named (no pronoun) in words the trigger governs: the actor its subject, a passive's
    "by" phrase or the subject of the verb the trigger complements, the recipient its object or
    the object of one of its prepositions."""
    if guess not in REROOTED_CLASSES or e.source is None or e.target is None:
        return False
    trigger = next((t for t in sent if t.idx == e.char_start), None)
    if trigger is None:
        return False
    source, target = _head(e.source, sent), _head(e.target, sent)
    if source is None or target is None or source.i == target.i:
        return False
    source, target = first_conjunct(source), first_conjunct(target)
    return (_hangs(source, trigger, _SUBJECTS, "agent") or _clause_subject(source, trigger)) \
        and _hangs(target, trigger, _OBJECTS, "prep")


def _head(actor: Actor, sent: Span) -> Token | None:
    """The syntactic head of the words of ``actor`` in ``sent`` (none for a pronoun, one that
    stands for earlier words, or a party without words of its own)."""
    if actor.char_start is None or actor.char_end is None or actor.antecedent:
        return None
    lo, hi = actor.char_start, actor.char_end
    heads = [t for t in sent if lo <= t.idx < hi and (t.head.i == t.i or not lo <= t.head.idx < hi)]
    if len(heads) != 1 or heads[0].pos_ == "PRON":
        return None
    return heads[0]


def _hangs(word: Token, trigger: Token, deps: frozenset[str], prep: str) -> bool:
    """Whether ``word`` hangs from ``trigger`` by one of ``deps``, or is the object of a
    preposition that hangs from it as ``prep``."""
    if word.head.i == trigger.i and word.i != trigger.i:
        return word.dep_ in deps
    return word.dep_ == "pobj" and word.head.dep_ == prep and word.head.head.i == trigger.i


def _clause_subject(word: Token, trigger: Token) -> bool:
    """Whether ``word`` is the subject of the verb that the trigger complements or is the
    object of ("Officials said they agree with ...": the officials agree)."""
    return trigger.dep_ in _CLAUSE_DEPS and word.dep_ in _SUBJECTS \
        and word.head.i == trigger.head.i and trigger.head.i != trigger.i
