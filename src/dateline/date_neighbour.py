"""Stage ``date``, across a document's events: an act told in the simple past with no time of its
own takes the time the sentence right before it gives its own act in the past.

A report tells a happening over several sentences and names its time once: "In September 2018
soldiers stopped the convoy near the border. They took the men to a prison." The second act is of
September 2018 too, not of the report's day. An act the publication date alone dates
(``date_source`` ``publication``) is dated so, ``carried``, when

* its sentence is not the first (the lead tells the day's news: "Five people were killed when a
  bomb exploded" keeps the report's day), gives no time of its own (none, not even a shift) and
  breaks with no word of now ("now", "today", "currently", "still");
* it is the act of its sentence's main clause, or of a clause joined to it, told in the simple
  past ("stormed", "were taken"), neither quoted nor in a quotation;
* the sentence right before it, in the same paragraph, tells its main act in the simple past
  and gives that act a time that dates a point: an expression hung on its main clause ("spoke to
  the envoy on Thursday", "Earlier in the week, it appeared …"), not a span's bound ("since
  2011"), another act's ("after the army launched an offensive in January") or a thing's ("a
  2015 deal"); or, failing that, the date the text gives (in its clause, its sentence or
  carried) to its main act, so that a story told on over several sentences keeps its time.

A present-tense sentence between the two ("The camp is close to the border") breaks the story,
as a quotation does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .aspect import clause_of, simple_past
from .date_clauses import quotes_speech
from .date_reach import dates_a_point, in_bounding_phrase, of_another_act
from .sentences import event_token, first_conjunct, in_quotation, sentence_bounds
from .timex import TimeExpression, time_expressions
from .tokens import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Event

__all__ = ["carried_from_before"]

#: Sources of a date the text gives an act.
_TOLD = ("clause", "sentence", "carried")
#: Words of the report's own time: a sentence with one tells what holds now.
_NOW = frozenset({"now", "today", "currently", "still", "tonight"})
#: Precisions of a time that dates a point.
_POINTS = ("day", "week", "month", "season", "year")
#: Dependencies of a clause that tells no act of the story its sentence tells.
_ASIDES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "pcomp"})


def carried_from_before(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """``events`` with the acts dated only by the publication date that go on with the act the
    sentence before dates, dated so, ``carried`` (see the module's text)."""
    pub = next((e.date for e in events if e.date_source == "publication"), None)
    if pub is None:
        return list(events)
    text = doc_text(doc)  # (as the dates read it: its expressions are found once)
    exprs = time_expressions(text, pub, doc)
    # the date each sentence's main act has, by its first token: read as the events are passed
    main_dates: dict[int, tuple[str, str]] = {}
    out: list[Event] = []
    for e in events:
        tok = event_token(doc, e)
        if tok is None:
            out.append(e)
            continue
        start = sentence_bounds(doc, tok.i)[0]
        if e.date_source == "publication" and e.date_precision is None and e.status in (
                "actual", "alleged") and (when := _time_before(doc, text, exprs, tok, pub,
                                                               main_dates)) is not None:
            e = replace(e, date=when[0], date_precision=when[1], date_source="carried")
        if e.date and e.date_source in _TOLD and e.date_precision in _POINTS and _main_act(tok):
            main_dates.setdefault(start, (e.date, e.date_precision))
        out.append(e)
    return out


def _time_before(doc: Doc, text: str, exprs: list[TimeExpression], tok: Token, pub: str,
                 main_dates: dict[int, tuple[str, str]]) -> tuple[str, str] | None:
    """The date and precision the sentence before ``tok``'s gives its main act, when ``tok``'s
    act goes on with it; ``None`` otherwise."""
    start, end = sentence_bounds(doc, tok.i)
    verb = clause_of(tok)
    if start == 0 or not _main_act(tok) or not (simple_past(verb) and simple_past(
            first_conjunct(verb))):  # (not "has displaced 5,000 and killed scores")
        return None
    before = sentence_bounds(doc, start - 1)[0]
    a, b, c = doc[before].idx, doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    if "\n" in text[a:b] or any(b <= t.start < c for t in exprs) or any(
            t.lower_ in _NOW for t in doc[start:end]) or quotes_speech(text[a:c]) or (
            in_quotation(text, tok.idx)):
        return None
    root = _root(doc, before, start)
    if root is None or not simple_past(root):
        return None
    told = [t for t in exprs if a <= t.start < b and t.date and dates_a_point(t)
            and t.precision in _POINTS and t.date <= pub]
    for t in told:
        word = _word_at(doc, before, start, t.start)
        if word is not None and not (in_bounding_phrase(word) or of_another_act(word)) and (
                _on_main_clause(word, root)):
            return t.date, t.precision
    # else the date the text gives its main act ("enhanced the defences around the city
    # where the attack took place on 7 April": not the attack's)
    return main_dates.get(before)


def _root(doc: Doc, start: int, end: int) -> Token | None:
    return next((t for t in doc[start:end] if t.dep_ == "ROOT"), None)


def _word_at(doc: Doc, start: int, end: int, char: int) -> Token | None:
    return next((t for t in doc[start:end] if t.idx <= char < t.idx + len(t)), None)


def _main_act(tok: Token) -> bool:
    """The act of ``tok`` is its sentence's main one: the clause it is told in is the main
    clause or one joined to it ("stopped the convoy and took the men")."""
    verb = clause_of(tok)
    return first_conjunct(verb).dep_ == "ROOT"


def _on_main_clause(word: Token, root: Token) -> bool:
    """The time word ``word`` hangs on the main clause of ``root`` (or a clause joined to it),
    through no clause that tells another act."""
    for a in word.ancestors:
        if a.i == root.i:
            return True
        if a.dep_ in _ASIDES:
            return False
    return False
