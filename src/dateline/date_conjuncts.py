"""Stage ``date``, across a coordination the parse splits: an act joined by "and" to a clause
that the text dates shares that clause's time, also where the parse hangs it on another head.

"Turkey, which launched an operation last month …, and threatened to attack Manbij": the
threat is the relative clause's second act, so of last month, though the parse joins
"threatened" to the main verb. "Three sons seized by their father and flown to Syria four
years ago": the seizure is of four years ago, though the parse joins "flown" to the noun
"fate". The act's partner is

* for a verb joined with no subject of its own to a head it does not follow directly: the
  relative clause (or participle) that ends right before its "and", in the same tense, when
  the verb is told in another tense than its parsed head or the clause names its own doer
  (:func:`_apart`);
* for a participle or relative clause: the verb of the same tense that follows its words
  after "and" with no subject of its own, joined by the parse to another head;
* for a participle or relative clause: the last verb of the same tense joined to it by "and"
  with no subject of its own, when the time ends the coordination ("abducted by their father
  and taken abroad four years ago": both; not "had trained them, but earlier this year used
  them", nor a main clause's "arrested the editor and charged him on Monday", where the arrest
  may have come before).

Only the partner's own words are read for a time (what it says of a point: a day, a month, a
year, "four years ago"), and only an act told as done, the text giving it no time of its own
(``date_source`` ``publication``), takes it, as ``sentence``; nothing after the report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .date_reach import dates_a_point
from .sentences import event_token
from .timex import time_expressions
from .tokens import parse_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Event
    from .timex import TimeExpression

__all__ = ["dated_by_partners", "split_partner"]

#: Clauses that describe a noun: "which launched …", "abducted by their mother".
_DESCRIBING = frozenset({"relcl", "acl"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
#: Past tags: a partner is told in the same one ("launched" / "threatened", "abducted" / "taken").
_PAST = frozenset({"VBD", "VBN"})


def _subjectless(verb: Token) -> bool:
    return not any(c.dep_ in _SUBJECTS for c in verb.children)


def _joined_after(end: int, verb: Token) -> bool:
    """Between the word at ``end`` and ``verb`` come only a comma and "and"."""
    doc = verb.doc
    between = [doc[i] for i in range(end + 1, verb.i)]
    return bool(between) and between[-1].dep_ == "cc" and between[-1].lower_ in (
        "and", "then") and all(t.is_punct for t in between[:-1])


def _apart(verb: Token, clause: Token) -> bool:
    """``verb`` reads as the describing ``clause``'s second act rather than its parsed head's:
    it is told in another tense than the head ("has angered …, which launched …, and
    threatened"), or the clause has a doer of its own words ("where an armed group surrendered
    …, and accepted"); "Police detained the men, who fled in May, and questioned them" is the
    police's questioning."""
    if verb.head.tag_ != verb.tag_:
        return True
    return any(c.dep_ in _SUBJECTS and c.tag_ not in ("WDT", "WP") for c in clause.children)


def split_partner(verb: Token) -> Token | None:
    """The clause the parse splits from ``verb`` that ``verb`` is joined to by "and" (see the
    module's text), else ``None``."""
    if verb.tag_ not in _PAST:
        return None
    doc = verb.doc
    if verb.dep_ == "conj" and _subjectless(verb) and verb.i > 1:
        # the last word before the "and": inside a describing clause that ends there
        k = verb.i - 1
        while k > 0 and (doc[k].dep_ == "cc" or doc[k].is_punct):
            k -= 1
        last = doc[k]
        clause = next((a for a in [last, *last.ancestors] if a.dep_ in _DESCRIBING
                       and a.pos_ in ("VERB", "AUX")), None)
        if (clause is not None and clause.i != verb.head.i and clause.tag_ == verb.tag_
                and clause.right_edge.i == k and _joined_after(k, verb)
                and verb.head.i < clause.i and _apart(verb, clause)):
            return clause
        return None
    joined = [c for c in verb.children if c.dep_ == "conj" and c.tag_ == verb.tag_
              and _subjectless(c)]
    if joined and verb.dep_ in _DESCRIBING and any(
            c.dep_ == "cc" and c.lower_ == "and" and c.i < joined[-1].i for c in verb.children):
        return joined[-1]  # "abducted by their father and taken abroad four years ago"
    if verb.dep_ in _DESCRIBING:
        end = verb.right_edge.i
        after = next((doc[i] for i in range(end + 1, min(len(doc), end + 4))
                      if doc[i].pos_ in ("VERB", "AUX") and doc[i].dep_ == "conj"), None)
        if (after is not None and after.head.i != verb.i and after.tag_ == verb.tag_
                and _subjectless(after) and _joined_after(end, after)):
            return after
    return None


def _own_words(partner: Token, verb: Token) -> set[int]:
    """The partner's words but the act's own and the clauses hung under the partner."""
    words = {t.i for t in partner.subtree}
    theirs = {t.i for t in verb.subtree} - words
    return {t.i for t in partner.subtree if t.i not in theirs and not any(
        a.dep_ in ("relcl", "ccomp", "advcl") and a.i != partner.i and a.i in words
        for a in t.ancestors)}


def dated_by_partners(doc: Doc, events: Sequence[Event], pubdate: str | None) -> list[Event]:
    """``events`` with the acts the text gives no time that share the time of the clause the
    parse splits from them (:func:`split_partner`) dated so, ``date_source`` ``sentence``."""
    if pubdate is None:
        return list(events)
    times: list[TimeExpression] | None = None
    out: list[Event] = []
    for e in events:
        trigger = event_token(doc, e) if e.date_source == "publication" and (
            e.status in ("actual", "alleged")) else None
        partner = split_partner(trigger) if trigger is not None and trigger.pos_ in (
            "VERB", "AUX") else None
        if partner is not None:
            if times is None:
                times = time_expressions(parse_text(doc), pubdate, doc)  # doc.text, joined once
            own = _own_words(partner, trigger)
            # a later partner's time is the coordination's when it ends it ("… and taken
            # abroad four years ago"), not when it opens its clause ("but in May used them")
            found = [t for t in times if dates_a_point(t) and t.date and t.date <= pubdate
                     and _covered(doc, t, own)
                     and (partner.i < trigger.i or t.start > partner.idx)]
            if len(found) == 1:
                t = found[0]
                e = replace(e, date=t.date, date_precision=t.precision, date_source="sentence")
        out.append(e)
    return out


def _covered(doc: Doc, t: TimeExpression, own: set[int]) -> bool:
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span is not None and all(w.i in own for w in span)
