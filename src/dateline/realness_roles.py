"""Standing roles, running counts and standing charges: clauses told as acts that sum many acts
or say what a party does or stands accused of, with no occasion.

An event is a particular act at a particular time. Three forms the rules read as acts are not:

* a standing role: fighting or serving told as a gerund or participle that hangs on another
  word ("killed by a bomb while fighting against the militia", "killed fighting alongside the
  militia", "forces fighting to defeat the regime", "tried for fighting against the group",
  "spent months fighting in the hills"), or in the progressive of a clause that describes a
  party ("whose militia have been fighting the group"), with no time of its own: what the
  person or force was doing all along, a deployment or an allegiance, not a battle at a time
  (the act done to them, the bomb, is the event). A fight "off" someone ("fighting off the
  attackers") is an act, and keeps its event;
* a running count: an act whose doers or targets are counted (two or more, or a vague many)
  and told as a total up to now or over a stretch: "so far", "to date", "thus far", "in
  total", "in all", "altogether", "since" a time ("since 2015", "since the war began"), or a
  span of three days or longer ("over five days", "a five-day assault", "in the past two
  weeks"), when no day of its own makes it one occasion ("on Tuesday"). A count "since" a day named
  ("since Monday") or a span of hours is one occasion's news, and keeps its event;
* a standing charge: "has been accused of corruption", "have been blamed for the shortages": a
  perfect passive of a charge with no one making it ("by the opposition") and no time: a
  standing reputation, not a statement made.

A fourth is an act only inside a condition: a restrictive relative clause on a kind of people
("those who surrender", "any fighters surrendering", and, told back, "fighters who
surrendered") in a clause of what will or would befall them ("will be tried", "would be
spared"): "whoever surrenders will be spared" tells of no one who surrendered ("rebels who
attacked the base will be punished", a past with "will", is a particular act, and keeps it).

:func:`without_roles` drops the events told as done of these forms, and the interviews' terms
and family words of :mod:`dateline.realness_interviews`, in stories of more than one sentence,
after the real-event judge (which weighs each event among the story's others as it was fitted
to: dropping these before it would move its reading of the rest).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .aspect import PRESENT_PERFECT
from .code.numbers import count_of, counted_many, number_value
from .code.occasions import auxes, own_time
from .realness_interviews import interview_terms
from .sentences import event_token
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Event

__all__ = ["standing_role", "running_count", "standing_charge", "conditional_kind",
           "without_roles"]

#: verbs of a role a person or force holds: fighting, serving
_ROLE_VERBS = frozenset({"fight", "battle", "serve"})
#: the links by which a gerund or participle hangs on another word: an adverbial clause
#: ("killed fighting"), a noun's participle ("forces fighting"), a preposition's gerund ("for
#: fighting")
_HUNG = frozenset({"advcl", "acl", "pcomp"})
_PROGRESSIVE_BE = frozenset({"is", "are", "was", "were", "been", "be", "'s", "'re", "’s", "’re"})
#: words that make a count a total up to now
_SO_FAR = frozenset({"so far", "to date", "thus far", "in total", "in all", "altogether",
                     "all told", "until now", "up to now"})
#: days named, or hours: a count since one of them is one occasion's news
_DAYS = word_class("short_times") - {"days", "week", "weeks", "fortnight"}
#: spans long enough to hold many occasions
_LONG_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years",
                         "decade", "decades", "fortnight"})
_SPAN_PREPS = frozenset({"over", "in", "during", "within", "throughout", "across"})
#: the least count of days that makes a span hold many occasions
_LEAST_DAYS = 3
#: verbs of a charge, which a perfect passive with no accuser tells as standing
_CHARGES = frozenset({"accuse", "blame", "criticise", "criticize", "condemn"})
#: the modals of a clause about what will or would befall whoever does an act
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "must",
                     "shall", "'ll", "wo", "ca"})
#: pronouns that name a kind of people ("those who surrender")
_KIND_PRONOUNS = frozenset({"those", "anyone", "anybody", "everyone", "everybody", "all",
                            "whoever", "any"})
#: the modals of a world told back from the past ("who surrendered would be spared")
_BACKSHIFTED = frozenset({"would", "could", "might", "should", "'d"})


def standing_role(tok: Token, e: Event) -> bool:
    """Fighting or serving told as a gerund or participle hung on another word, or in the
    progressive of a relative clause, with no time of its own."""
    if e.event_type not in ("ASSAULT", "MOBILIZE") or tok.lemma_.lower() not in _ROLE_VERBS \
            or tok.tag_ != "VBG" or own_time(tok, clause=True):
        return False
    if any(c.dep_ == "prt" for c in tok.children):
        return False  # "fighting off the attackers": an act
    if tok.dep_ in _HUNG:
        return not any(a in _PROGRESSIVE_BE for a in auxes(tok))
    return tok.dep_ == "relcl" and any(a in _PROGRESSIVE_BE for a in auxes(tok))


def _counted(verb: Token) -> bool:
    """The verb's object or subject is counted two or more, or a vague many."""
    return any(c.dep_ in ("dobj", "nsubjpass", "nsubj") and (
        counted_many(c) or (count_of(c) or 0) >= 2) for c in verb.children)


def _phrase_at(tok: Token, phrase: str) -> bool:
    """The words of ``phrase`` stand in the text from ``tok`` on."""
    parts = phrase.split()
    doc = tok.doc
    return tok.i + len(parts) <= len(doc) and all(
        doc[tok.i + k].lower_ == w for k, w in enumerate(parts))


def _so_far(verb: Token) -> bool:
    """"so far", "to date", "in total", ... in the verb's own clause (not in a clause below it)."""
    for t in verb.subtree:
        if t.i != verb.i and t.pos_ in ("VERB", "AUX") and t.dep_ in (
                "advcl", "relcl", "ccomp", "xcomp", "acl", "conj") and t.head.i == verb.i:
            continue
        if any(_phrase_at(t, p) for p in _SO_FAR):
            owner = t.head if t.dep_ != "prep" else t
            while owner.i != verb.i and owner.dep_ in ("advmod", "prep", "pobj", "npadvmod",
                                                        "amod", "det"):
                owner = owner.head
            if owner.i == verb.i:
                return True
    return False


def _since(verb: Token) -> bool:
    """"since 2015", "since the war began", "since the start of the year": a count since a time
    that is not a day named ("since Monday") nor an hour."""
    for c in verb.children:
        if c.dep_ not in ("prep", "mark", "advcl") or c.lower_ != "since" and not (
                c.dep_ == "advcl" and any(m.lower_ == "since" and m.dep_ == "mark"
                                          for m in c.children)):
            continue
        return not any(t.lower_ in _DAYS for t in c.subtree)
    return False


def _days_of(unit: Token) -> int:
    """How many days a span's unit with its count stands for ("five days": 5, "two weeks": 14,
    "the past year": 365)."""
    lemma = unit.lower_.rstrip("s")
    per = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365, "decade": 3650}
    counts = [count_of(unit)] if unit.tag_ == "NNS" else []
    number = next((c for c in counts if c), None)
    if number is None and unit.lower_.endswith("s"):
        number = 2  # "over the past days": more than one
    return per.get(lemma, 0) * (number or 1)


def _span(verb: Token) -> set[int]:
    """The words of a span of days or longer on the verb or on its subject's noun ("over five
    days", "in the past two weeks", "a five-day assault"), or none."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _SPAN_PREPS:
            for g in c.children:
                if g.dep_ == "pobj" and g.lower_ in _LONG_UNITS and _days_of(g) >= _LEAST_DAYS:
                    return {t.i for t in c.subtree}
    doc = verb.doc
    for n in [verb] + [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]:
        # "five-day assault": a count, a hyphen and a unit before the noun
        if n.i >= 3 and doc[n.i - 2].tag_ == "HYPH" and doc[n.i - 1].lower_ in _LONG_UNITS:
            value = _number(doc[n.i - 3])
            if value and value * _days_of(doc[n.i - 1]) >= _LEAST_DAYS:
                return {n.i - 3, n.i - 2, n.i - 1}
    return set()


def _number(tok: Token) -> int | None:
    """The value of a number word ("five", "48")."""
    return number_value(tok.text) if tok.like_num or tok.pos_ == "NUM" else None


def running_count(tok: Token, e: Event) -> bool:
    """A counted act told as a total so far, since a time, or over a span of days or longer,
    with no day of its own."""
    if tok.pos_ not in ("VERB", "AUX", "NOUN"):
        return False
    verb = tok
    if tok.pos_ == "NOUN":  # "the five-day assault killed 300 people": read from its verb
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ != "VERB":
            return False
        verb = tok.head
    if not _counted(verb):
        return False
    if _so_far(verb) or _since(verb):
        return not own_time(verb, short=True, clause=True)
    span = _span(verb)
    return bool(span) and not any(  # no other time on it: the span is its only one
        t.ent_type_ in ("DATE", "TIME") and t.i not in span for t in verb.subtree)


def standing_charge(tok: Token, e: Event) -> bool:
    """"has been accused of corruption": a perfect passive of a charge with no accuser named
    and no time of its own."""
    if e.event_type != "ACCUSE" or tok.lemma_.lower() not in _CHARGES or tok.tag_ != "VBN":
        return False
    helpers = auxes(tok)
    if not (PRESENT_PERFECT & set(helpers)) or "been" not in helpers:
        return False
    if any(c.dep_ == "agent" for c in tok.children) or own_time(tok, clause=True):
        return False
    return e.source is None or e.source.char_start is None


def conditional_kind(tok: Token, e: Event) -> bool:
    """An act in a restrictive relative clause (or a participle) on a kind of people whose own
    clause tells, with a modal, what will or would befall them, with no time of its own."""
    if tok.dep_ not in ("relcl", "acl") or own_time(tok, clause=True):
        return False
    first = tok.left_edge
    if first.i > 0 and tok.doc[first.i - 1].is_punct:
        return False  # ", who ...": a clause adding what one did
    kind = tok.head
    if not (kind.lower_ in _KIND_PRONOUNS or kind.tag_ == "NNS" and not any(
            c.dep_ in ("poss", "nummod") or c.dep_ == "det" and c.lower_ in ("the", "these")
            for c in kind.children)):
        return False
    frame = kind.head
    if kind.dep_ not in ("nsubj", "nsubjpass", "dobj") or frame.i == kind.i:
        return False
    modals = {a for a in auxes(frame) if a in _MODALS}
    if tok.tag_ == "VBD" and not auxes(tok):  # "who surrendered would be": told back, a past
        return bool(modals & _BACKSHIFTED)  # of the would-be world ("who attacked the base
    return bool(modals) and tok.tag_ in ("VBP", "VBZ", "VBG")  # will be punished": an act)


def without_roles(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` less those told as done that are a standing role, a running count, a standing
    charge or an act only inside a condition, and the terms of an interview or a family's
    words (:func:`~dateline.realness_interviews.interview_terms`)."""
    out = []
    for e in events:
        tok = event_token(doc, e)
        if tok is not None and e.status == "actual" and (
                standing_role(tok, e) or running_count(tok, e) or standing_charge(tok, e)
                or conditional_kind(tok, e) or interview_terms(doc, e, tok)):
            continue
        out.append(e)
    return out
