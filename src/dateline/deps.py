"""Look-ups on the dependency parse that many rules make: a verb's subject, a preposition's
object, the objects of a word's prepositional phrases.

Each is the plain walk over the children in the parse's order, read from the document's
arrays (a ``Token`` made only for what is found); rules that want more (a subject hung on an
auxiliary, an agent of a passive) build on these.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING

from .tokens import children, per_token, tags, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["SUBJECTS", "controller", "object_verb", "owned_noun", "pobjs", "prep_object",
           "prep_objects", "subject", "subjects", "to_infinitive"]

#: Dependency labels of a clause's subject, active or passive.
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb`` (active or passive), in their order."""
    doc, deps = verb.doc, tags(verb.doc).deps  # read from the arrays: a Token for each found
    return [doc[c] for c in children(doc)[verb.i] if deps[c] in SUBJECTS]


def subject(verb: Token) -> Token | None:
    """The first subject of ``verb`` (active or passive), ``None`` when it has none."""
    at = _subject_at(verb)
    return None if at is None else verb.doc[at]


@per_token
def _subject_at(verb: Token) -> int | None:
    """The index of :func:`subject`, kept per verb of a document (many rules ask it of the same
    verbs): the parse alone decides it, so the same word each time."""
    doc, deps = verb.doc, tags(verb.doc).deps
    return next((c for c in children(doc)[verb.i] if deps[c] in SUBJECTS), None)


def prep_object(prep: Token) -> Token | None:
    """The first object of the preposition ``prep`` ("pobj"), ``None`` when it has none."""
    found = _pobjs(prep.doc, prep.i)
    return prep.doc[found[0]] if found else None


def pobjs(prep: Token) -> list[Token]:
    """The objects of the preposition ``prep``, or of the one coordinated after it whose object
    it shares ("flights to and from Gaza": Gaza for "to")."""
    return [prep.doc[g] for g in _pobjs(prep.doc, prep.i)]


def _pobjs(doc: Doc, prep: int) -> list[int]:
    """The objects ("pobj") of the preposition at ``prep``; of one with none (its only child a
    clause, "pcomp", included), those of the one coordinated after it, or of that one's "of"
    ("flights to and from Gaza", "in and out of the town"). The one shared is the "to" phrase's
    own object too ("aid sent to and from Gaza" goes to Gaza), whether or not the reader
    counts what comes "from" somewhere."""
    below, deps, lowers = children(doc), tags(doc).deps, words(doc).lowers
    own = [g for g in below[prep] if deps[g] == "pobj"]
    if own:
        return own
    for c in below[prep]:
        if deps[c] == "conj":
            shared = [g for g in below[c] if deps[g] == "pobj"] or [
                g for o in below[c] if deps[o] == "prep" and lowers[o] == "of"
                for g in below[o] if deps[g] == "pobj"]  # "out of"
            if shared:
                return shared
    return []


def prep_objects(head: Token, preps: Collection[str] | None = None, *,
                 dative: bool = False) -> Iterator[Token]:
    """The objects ("pobj") of the prepositions hung on ``head``, in their order: of those
    whose word (lower-cased) is one of ``preps`` when given ("by", or a set of words); with
    ``dative``, of a "to" the parse calls a dative too ("sent a message to the president")."""
    if isinstance(preps, str):
        preps = (preps,)
    doc = head.doc  # the words and links read from the document's arrays: a Token made only
    below, deps, lowers = children(doc), tags(doc).deps, words(doc).lowers  # for an object
    for c in below[head.i]:
        if (deps[c] == "prep" or dative and deps[c] == "dative") and (
                preps is None or lowers[c] in preps):
            for g in _pobjs(doc, c):
                yield doc[g]


def owned_noun(tok: Token, preps: Collection[str] | None = None) -> Token | None:
    """The noun that ``tok`` is the owner of ("Iran" of "Iran's ally") or the object of a
    preposition on (of one of ``preps`` when given: "an ally of Iran"), else ``None``."""
    if tok.dep_ == "poss":
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and (
            preps is None or tok.head.lower_ in preps):
        return tok.head.head
    return None


def to_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is told with "to" ("to halt the offensive")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def object_verb(tok: Token) -> Token:
    """The verb whose direct object the noun ``tok`` is ("launch" of "to launch an offensive"),
    else ``tok`` itself."""
    return tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" else tok


def controller(verb: Token) -> Token | None:
    """Who is to do what an infinitive with no subject of its own names: the object of the verb
    it complements ("ordered US forces to leave": the forces), else that verb's subject ("the
    troops plan to leave")."""
    if verb.dep_ != "xcomp" or any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj"), None) or subject(verb.head)
