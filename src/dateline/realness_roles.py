"""Standing roles and acts inside a condition: clauses told as acts that say what a party does
all along, or tell of no one who acted.

An event is a particular act at a particular time. Two forms the rules read as acts are not:

* a standing role: fighting or serving told as a bare participle that describes a party
  ("forces fighting to defeat the regime", "volunteers fighting alongside the militia") or as
  a gerund a preposition names ("a lead role in fighting the group", "mines left over from
  fighting in the hills"), with no time of its own: what the person or force was doing all
  along, a deployment or an allegiance, not a battle at a time. A fight "off" someone
  ("fighting off the attackers") is an act, and keeps its event; so does a deed charged
  ("a prosecution for fighting against the group": :mod:`dateline.date_charged`), and one
  told as a clause of its own: with "while" or "when" ("killed while fighting in the hills":
  the fight of that day), as an adverbial clause ("the rebels advanced, fighting troops for
  hours") or in a relative clause ("who are fighting in the town");
* an act only inside a condition: a restrictive relative clause on a kind of people ("those
  who surrender", "any fighters surrendering", and, told back, "fighters who surrendered") in
  a clause of what will or would befall them ("will be tried", "would be spared"): "whoever
  surrenders will be spared" tells of no one who surrendered ("rebels who attacked the base
  will be punished", a past with "will", is a particular act, and keeps it).

A running count to date ("have so far been deported") is :mod:`dateline.habits`' (which keeps
a few arrests or charges counted so far as the story's news).

:func:`without_roles` drops the events told as done of these forms, and the interviews' terms
and family words of :mod:`dateline.realness_interviews`, in stories of more than one sentence,
after the real-event judge (which weighs each event among the story's others as it was fitted
to: dropping these before it would move its reading of the rest).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .code.occasions import auxes, own_time
from .date_charged import CHARGE_PREPOSITIONS, judged
from .realness import MODALS
from .realness_interviews import interview_terms
from .sentences import event_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Event

__all__ = ["standing_role", "conditional_kind", "without_roles"]

#: verbs of a role a person or force holds: fighting, serving
_ROLE_VERBS = frozenset({"fight", "battle", "serve"})
#: the links by which a gerund or participle names a role: a noun's participle ("forces
#: fighting the group"), a preposition's gerund ("for fighting", "a role in fighting")
_HUNG = frozenset({"acl", "pcomp"})
#: pronouns that name a kind of people ("those who surrender")
_KIND_PRONOUNS = frozenset({"those", "anyone", "anybody", "everyone", "everybody", "all",
                            "whoever", "any"})
#: the modals of a world told back from the past ("who surrendered would be spared")
_BACKSHIFTED = frozenset({"would", "'d"})  # ("who killed them should be punished": an act)
#: prepositions that tie a gerund to the time of another act ("died after fighting with rebels")
_TIMING = frozenset({"after", "before", "upon", "on", "since", "until"})
#: verbs of what befalls the subject without a passive ("those who surrender will face trial")
_UNDERGOING = frozenset({"face", "risk", "receive", "get"})


def standing_role(tok: Token, e: Event) -> bool:
    """Fighting or serving told as a bare participle describing a noun or a gerund a
    preposition names, with no subordinator, no auxiliary and no time of its own."""
    if e.event_type not in ("ASSAULT", "MOBILIZE") or tok.lemma_.lower() not in _ROLE_VERBS \
            or tok.tag_ != "VBG" or own_time(tok, clause=True):
        return False
    if any(c.dep_ == "prt" for c in tok.children):
        return False  # "fighting off the attackers": an act
    if any(c.dep_ == "mark" for c in tok.children):
        return False  # "killed while fighting": the fight at the time of the act told
    if tok.dep_ == "pcomp" and tok.head.lower_ in CHARGE_PREPOSITIONS and judged(tok):
        return False  # "a prosecution for fighting": a deed charged (dateline.date_charged)
    if tok.dep_ == "pcomp" and tok.head.lower_ in _TIMING:
        return False  # "died on Tuesday after fighting with rebels": the fight of that day
    return tok.dep_ in _HUNG and not auxes(tok)


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
            or c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
            for c in kind.children)):
        return False  # (not "Russian troops attacking the town": one force, no kind)
    frame = kind.head
    if kind.dep_ not in ("nsubj", "nsubjpass", "dobj") or frame.i == kind.i:
        return False
    if kind.dep_ == "nsubj" and frame.lemma_.lower() not in _UNDERGOING:
        return False  # what they will do themselves ("… will withdraw") befalls them not
    modals = {a for a in auxes(frame) if a in MODALS}  # what will or would befall them
    if tok.tag_ == "VBD" and not auxes(tok):  # "who surrendered would be": told back, a past
        return bool(modals & _BACKSHIFTED)  # of the would-be world ("who attacked the base
    return bool(modals) and tok.tag_ in ("VBP", "VBZ", "VBG")  # will be punished": an act)


def without_roles(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` less those told as done that are a standing role or an act only inside a
    condition, and the terms of an interview or a family's words
    (:func:`~dateline.realness_interviews.interview_terms`)."""
    out = []
    for e in events:
        tok = event_token(doc, e)
        if tok is not None and e.status == "actual" and (
                standing_role(tok, e) or conditional_kind(tok, e)
                or interview_terms(doc, e, tok)):
            continue
        out.append(e)
    return out
