"""The doer of a named person's death told again: a person dies once.

A report that has told how someone named died ("Anna Campbell died on 15 March when her
position was struck by a Turkish missile") often tells the death again further on with no
killer ("two weeks later, she was killed"; "the same day Campbell was killed"). Both tellings
are of one happening, so the later one takes the doer of the earlier: the named party that
did the act of force the earlier sentence tells the death in (the killing itself, or the
strike its dying verb is told with, "died when … was struck by"), done, not only alleged or
planned. The person is matched by the name the later telling's recipient resolves to (else
its own words), which must be the one who dies in the earlier sentence (the subject of its
dying verb or the object of its killing verb), never someone who only speaks or mourns there,
nor another of the same surname (the whole name, or a bare surname when no first name is
given). The doer is never the person. A group ("two soldiers", "civilians") dies in many
happenings and lends nothing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from .code.words import DIE, LETHAL

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from .records import Actor

__all__ = ["death_told_before"]

#: Sectors of no armed or state party: a death's doer is never of these.
_NO_DOER = frozenset({"CVL", "REF", "MED", "HRI", "EDU", "REL"})
#: Links by which a death's verb hangs from the sentence's words ("became the first woman to
#: die", "died while fighting, when … was hit"); not a clause joined by "and", a happening of
#: its own.
_UP = frozenset({"advcl", "xcomp", "relcl", "acl", "pcomp", "pobj", "prep"})


class Told(Protocol):
    """An act the document has told, as ``StoryDoers`` records it."""

    at: int
    act: tuple[str, str]
    status: str
    source: Actor | None


def _dying(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in DIE or lemma in LETHAL


def _the_dead(verb: Token) -> Token | None:
    """The one who dies by ``verb``: the subject of "died", "was killed"; the object of
    "killed"; the noun an infinitive tells of ("the first woman to die": woman), and the
    subject that noun is said of ("Campbell became the first woman to die")."""
    lemma = verb.lemma_.lower()
    deps = ("nsubj", "nsubjpass") if lemma in DIE else ("nsubjpass", "dobj", "obj")
    dead = next((c for c in verb.children if c.dep_ in deps), None)
    if dead is None and verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        dead = verb.head
        if dead.dep_ == "attr":
            dead = next((c for c in dead.head.children if c.dep_ == "nsubj"), dead)
    return dead


def _deaths_near(act: Token) -> list[Token]:
    """The dying verbs of ``act``'s telling: itself, or those it hangs from ("died when her
    position was struck": died), up a few links."""
    found = []  # "died when a Russian airstrike hit his home": the strike's verb
    node = act.head if act.dep_ in ("nsubj", "nsubjpass") and act.pos_ in ("NOUN", "PROPN") \
        else act
    for _ in range(5):
        if _dying(node):
            found.append(node)
        if node.dep_ not in _UP or node.head is node:
            break
        node = node.head
    return found


def _named(name: str, said: str) -> bool:
    """Whether the words ``said`` name the person of the full ``name``: the whole name, or a
    bare surname when no first name is given ("Campbell" for "Anna Campbell")."""
    return said == name or (" " not in said and said == name.split()[-1])


def _names(dead: Token, name: str) -> bool:
    """Whether the words of ``dead`` name the person of ``name``."""
    within = {t.i for t in dead.subtree}
    said = [" ".join(t.text for t in e) for e in dead.doc.ents
            if e.label_ == "PERSON" and e.start in within]
    if dead.pos_ == "PROPN":  # a name the parse tags as no person
        said.append(" ".join(t.text for t in dead.subtree if t.dep_ == "compound"
                             and t.pos_ == "PROPN" or t == dead))
    return any(_named(name, s) for s in said)


def death_told_before(doc: Doc, trigger: int, event_type: str, target: Actor | None,
                      done: Sequence[Told]) -> Actor | None:
    """The doer of the earlier telling of the death of the one named person ``target``, dying
    by the act at ``trigger`` (an assault told by a verb of killing or dying), lent with no
    words of its own; ``None`` when no earlier telling names the person dying at a named
    party's hands."""
    name = target.name or target.text if target is not None else None
    if event_type != "ASSAULT" or not _dying(doc[trigger]) or not name:
        return None
    if not any(e.label_ == "PERSON" and _named(name, " ".join(t.text for t in e))
               for e in doc.ents):
        return None  # one named person, not a group ("two soldiers", "Islamic State")
    for d in reversed(done):
        doer = d.source
        if d.at >= trigger or d.act[1] != "ASSAULT" or d.status != "actual" or doer is None \
                or not doer.country or doer.sector in _NO_DOER or doer.name == name \
                or not (doer.text or doer.antecedent):  # a doer no words name: no party named
            continue
        if any((dead := _the_dead(v)) is not None and _names(dead, name)
               for v in _deaths_near(doc[d.at])):
            return replace(doer, text="", char_start=None, char_end=None,
                           antecedent=doer.antecedent or doer.text,
                           country_from=doer.country_from or "antecedent")
    return None
