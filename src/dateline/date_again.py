"""Stage ``date``: an act done to a person the text names, told again with no time of its own,
takes the time its first telling gives it: "Police arrested Ahmed Khan on 3 May. … Khan, who was
arrested after a raid, denies the charges" (3 May); "Pike was killed in Raqqa on 23 October. …
Pike is thought to have been the fourth Dane killed in Syria" (23 October), ``story``.

An arrest, a charge, a death befalls a person once in a report: a later telling of the same kind
of act with the same person as its patient is that act again, not one done at the report's
time. Only a telling before with a time of its own clause counts, and only when every such
telling of that person agrees on the time (one arrested twice is no one act told again).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .date_clauses import wanted
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["act_told_before", "once_kind", "patient", "person_names"]

Dated = tuple[str | None, str | None, str | None]

#: Kinds of act that befall a person once: lemmas of one kind name one act.
_KINDS: tuple[frozenset[str], ...] = (
    word_class("deaths") | {"behead", "execute"},
    frozenset({"arrest", "detain", "seize", "capture", "apprehend"}),
    frozenset({"charge", "indict"}),
    frozenset({"convict", "sentence", "jail", "imprison"}),
    frozenset({"release", "free", "acquit"}),
)
#: Relative pronouns that stand for the noun a relative clause tells of.
_RELATIVE = frozenset({"who", "whom", "that", "which"})
#: Dates an act's own clause tells.
_OWN = "clause"
_SUBJECT = ("nsubj", "nsubjpass")
#: Entity types of a person's name (none: a name told again the tagger missed).
_PERSON = frozenset({"PERSON", ""})


def once_kind(tok: Token) -> frozenset[str] | None:
    """The kind of act that befalls a person once ``tok`` tells, if it is a verb of one."""
    if tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    return next((k for k in _KINDS if lemma in k), None)


def patient(verb: Token) -> Token | None:
    """The one the act ``verb`` befalls: the subject of a passive or of "died", the object of
    an active verb, the noun a participle ("a Briton killed") or a relative clause ("Khan, who
    was arrested") describes, the subject of a copula naming it ("Holmes is the Briton killed");
    ``None`` when the text gives none."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        who: Token | None = verb.head
    else:
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        deps = ("nsubjpass",) if passive else (
            ("nsubj",) if verb.lemma_.lower() == "die" else ("dobj",))
        who = next((c for c in verb.children if c.dep_ in deps), None)
        if who is not None and who.lower_ in _RELATIVE and verb.dep_ == "relcl":
            who = verb.head
    if who is not None and who.dep_ == "attr" and who.head.lemma_ == "be":
        copula = who.head  # ... also raised: "Holmes is believed to have been the Briton killed"
        while copula.dep_ == "xcomp" and not any(c.dep_ in _SUBJECT for c in copula.children):
            copula = copula.head
        who = next((c for c in copula.children if c.dep_ in _SUBJECT), None)
    return who


def person_names(who: Token | None) -> frozenset[str]:
    """The words of the person's name ``who`` heads ("Anna Campbell": anna, campbell), none
    when ``who`` is no name or names several ("Haddad and Moreau"). A proper noun the parser
    tags as no kind of entity counts ("Lopez" told again), matched with a person's name."""
    if who is None or who.ent_type_ not in _PERSON or who.pos_ != "PROPN" and (
            who.ent_type_ != "PERSON") or any(c.dep_ == "conj" for c in who.children):
        return frozenset()
    return frozenset(t.lower_ for t in [*who.lefts, who] if t is who or (
        t.dep_ in ("compound", "flat") and t.ent_type_ in _PERSON and t.pos_ == "PROPN"))


def act_told_before(trig: Token, told: Callable[[Token], Dated], pub: str | None
                    ) -> Dated | None:
    """The time of the act ``trig`` tells again of a person named: the time the clause of an
    earlier telling of an act of its kind done to that person gives, ``story``; ``None`` when
    no such telling is dated in its own clause or the tellings disagree."""
    kind = None if wanted(trig) else once_kind(trig)  # (not what is only wanted or planned)
    who = patient(trig) if kind is not None and pub else None
    names = person_names(who)
    if who is None or not names:
        return None
    times: set[tuple[str, str | None]] = set()
    for before in trig.doc[:trig.sent.start]:
        if once_kind(before) is not kind or (other := patient(before)) is None or not (
                person_names(other) & names) or "PERSON" not in (who.ent_type_, other.ent_type_):
            continue
        when = told(before)
        if when[2] == _OWN and when[0] and when[0] <= pub:  # type: ignore[operator]
            times.add((when[0], when[1]))  # (a telling with no time of its own adds none)
    if len(times) != 1:
        return None
    date, precision = times.pop()
    return date, precision, "story"
