"""Stage ``date``, across a document's events: an act told in the simple past with no time of its
own takes the time the sentence right before it gives its own act of the week before the report,
when the two sentences tell one account.

A report tells a happening over several sentences and names its time once: "On Thursday soldiers
stopped the convoy near the border. The soldiers took the men to a prison." The second act is of
Thursday too, not of the report's day. This runs after the acts told as before the report are
marked so (:func:`dateline.date_before.before_report`): an act dated by the publication date
alone (``date_source`` ``publication``) is dated so, ``carried``, when

* its sentence is not the first (the lead tells the day's news: "Five people were killed when a
  bomb exploded" keeps the report's day), gives no time of its own (none, not even a shift) and
  has no word of now ("now", "today", "currently", "still");
* it is the act of its sentence's main clause, or of a clause joined to it, told in the simple
  past ("stormed", "were taken"), neither quoted nor in a quotation;
* the two sentences tell one account: the second carries the story on
  (:func:`dateline.sentences.continues_story`: "They then …", "The soldiers …"), names again a
  party of the act ("Minister Arlo Venn spoke to the envoy on Thursday. Venn's party
  criticised …"), or tells the same kind of act as the first's main one (a deployment told act
  by act); another party acting on its own ("The president visited Ankara on Thursday. Norland
  accused Estria of provocations") is not the first's story;
* the sentence right before it, in the same paragraph, tells its main act in the simple past and
  gives that act a time that dates a point, a day or a week: an expression hung on its main verb
  ("spoke to the envoy on Thursday", "Earlier in the week, it appeared …"), not a span's bound
  ("since 2011"), another act's ("after the army launched an offensive on Monday"), a thing's
  ("Thursday's meeting") or a topic's ("spoke about the bombing of 2 March"); or, failing that,
  the date its main act carries from a sentence before it, so that a story told on over several
  sentences keeps its time, as far as a date carries (one sentence more than
  :data:`dateline.date_carry.CARRY_DEPTH` after the one that tells it, as the first dating reaches);
* that time is of the week before the report (:data:`RECENT_DAYS`): what is older is background,
  which a reaction told after it need not share ("Oren Talby visited the capital on 20 February.
  The ministry condemned his remarks"), and a story's older history is
  :mod:`dateline.date_history`'s;
* and, when the sentence before is not the lead, it does not step back from the time the lead
  gives the story (its main act's date, the report's day when the lead is dated by it, or a time
  hung on its main verb): "… said on Thursday that … . He visited the
  capital on Monday. The ministry condemned his remarks" keeps the report's day.

A present-tense sentence between the two ("The camp is close to the border") breaks the story,
as a quotation does.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .aspect import clause_of, simple_past
from .date_carry import CARRY_DEPTH
from .date_clauses import quotes_speech
from .date_reach import dates_a_point, told_for_its_act
from .sentences import (continues_story, event_token, first_conjunct, in_quotation, same_section,
                        sentence_bounds)
from .timex import TimeExpression, time_expressions
from .tokens import doc_text
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Actor, Event

__all__ = ["RECENT_DAYS", "carried_from_before"]

#: Sources of a date the text gives an act.
_TOLD = ("clause", "sentence", "carried")
#: Words of the report's own time: a sentence with one tells what holds now.
_NOW = word_class("now_adverbs") | word_class("ongoing_adverbs")
#: Precisions of a time that dates a point of the news's days.
_POINTS = ("day", "week")
#: Days before the report a time carried to the next sentence's act may lie: the week.
RECENT_DAYS = 7
#: Dependencies of a clause that tells no act of the story its sentence tells.
_ASIDES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "pcomp"})
#: Dependencies through which a time word hangs on a verb itself ("on Thursday", "Thursday",
#: "earlier in the week"), not on a thing or a topic it names.
_TIME_LINKS = frozenset({"prep", "pobj", "npadvmod", "tmod", "advmod", "nummod", "compound",
                         "amod", "det", "quantmod"})
#: A capitalised word of a party's own words: a name the sentence before may give again.
_NAME = re.compile(r"\b(?:[A-Z][\w-]{2,}|[A-Z]{2}\b)")
_NOT_NAMES = frozenset({"The", "His", "Her", "Its", "Their", "This", "That", "These", "Those"})

#: What a sentence's main act has told: its date, precision and how many sentences back the
#: text tells it (0: in the sentence itself).
_Told = tuple[str, str, int]


def carried_from_before(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """``events`` with the acts dated only by the publication date that go on with the act the
    sentence before dates, dated so, ``carried`` (see the module's text)."""
    pub = next((e.date for e in events if e.date_source == "publication"), None)
    if pub is None:
        return list(events)
    text = doc_text(doc)  # (as the dates read it: its expressions are found once)
    exprs = time_expressions(text, pub, doc)
    kinds: dict[int, set[str]] = {}  # the kinds of each sentence's main acts, by its first token
    lemmas: dict[int, set[str]] = {}  # ... and their verbs
    lead: str | None = None  # the time the lead gives the story
    for e in events:
        if (tok := event_token(doc, e)) is not None and _main_act(tok):
            start = sentence_bounds(doc, tok.i)[0]
            kinds.setdefault(start, set()).add(e.event_type)
            lemmas.setdefault(start, set()).add(tok.lemma_)
            if start == 0 and lead is None and e.date_source in (*_TOLD, "publication"):
                lead = e.date
    if lead is None:  # ... else the time hung on its main verb ("said on Thursday that …")
        lead = _lead_time(doc, exprs, pub)
    main_dates: dict[int, _Told] = {}
    out: list[Event] = []
    for e in events:
        tok = event_token(doc, e)
        if tok is None:
            out.append(e)
            continue
        start = sentence_bounds(doc, tok.i)[0]
        if e.date_source == "publication" and e.date_precision is None and e.status in (
                "actual", "alleged") and (when := _time_before(doc, text, exprs, tok, pub,
                                                               main_dates, lead)) is not None and (
                _one_account(doc, text, tok, e, kinds if when[2] == 1 or not any(
                    tok.lemma_ in told for at, told in lemmas.items() if at < start) else {})):
            e = replace(e, date=when[0], date_precision=when[1], date_source="carried")
            main_dates.setdefault(start, when)
        elif e.date and e.date_source in _TOLD and e.date_precision in _POINTS and _main_act(tok):
            main_dates.setdefault(start, (e.date, e.date_precision, _back(doc, e, start,
                                                                           main_dates)))
        out.append(e)
    return out


def _lead_time(doc: Doc, exprs: list[TimeExpression], pub: str) -> str | None:
    """The date of a time of a point hung on the lead's main verb, if any."""
    end = sentence_bounds(doc, 0)[1]
    if end == 0:
        return None
    root, c = doc[0:end].root, doc[end - 1].idx + len(doc[end - 1])
    for t in exprs:
        if t.start < c and t.date and t.date <= pub and dates_a_point(t) and (word := _word_at(
                doc, 0, end, t.start)) is not None and _on_main_verb(word, root, t):
            return t.date
    return None


def _back(doc: Doc, e: Event, start: int, main_dates: dict[int, _Told]) -> int:
    """How many sentences back the text tells the date ``e`` has: none for a date of its own
    sentence; one more than the sentence before when that one has the same date."""
    if e.date_source != "carried":
        return 0
    before = main_dates.get(sentence_bounds(doc, start - 1)[0]) if start else None
    return before[2] + 1 if before is not None and before[0] == e.date else 1


def _recent(date: str, pub: str) -> bool:
    """Whether ``date`` lies in the week before the report (:data:`RECENT_DAYS`)."""
    age = (dt.date.fromisoformat(pub[:10]) - dt.date.fromisoformat(date[:10])).days
    return 0 <= age <= RECENT_DAYS


def _time_before(doc: Doc, text: str, exprs: list[TimeExpression], tok: Token, pub: str,
                 main_dates: dict[int, _Told], lead: str | None) -> _Told | None:
    """The date and precision the sentence before ``tok``'s gives its main act, with how many
    sentences back the text tells it, when ``tok``'s act goes on with it and the date is of the
    week before the report and no earlier than ``lead`` (the time the lead gives the story, when
    the sentence before is not the lead); ``None`` otherwise."""
    found = _told_before(doc, text, exprs, tok, pub, main_dates)
    if found is None or not _recent(found[0], pub):
        return None
    before = sentence_bounds(doc, sentence_bounds(doc, tok.i)[0] - 1)[0]
    return None if before > 0 and lead is not None and found[0] < lead else found


def _told_before(doc: Doc, text: str, exprs: list[TimeExpression], tok: Token, pub: str,
                 main_dates: dict[int, _Told]) -> _Told | None:
    """The date :func:`_time_before` reads, however old."""
    start, end = sentence_bounds(doc, tok.i)
    verb = clause_of(tok)
    if start == 0 or not _main_act(tok) or not (simple_past(verb) and simple_past(
            first_conjunct(verb))):  # (not "has seized the depot and burned the trucks")
        return None
    before = sentence_bounds(doc, start - 1)[0]
    a, b, c = doc[before].idx, doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    if not same_section(text, a, b) or "\n" in text[a:b] or any(
            b <= t.start < c for t in exprs) or any(
            t.lower_ in _NOW for t in doc[start:end]) or quotes_speech(text[a:c]) or (
            in_quotation(text, tok.idx)):
        return None
    root = doc[before:start].root
    if not simple_past(root):
        return None
    told = [t for t in exprs if a <= t.start < b and t.date and dates_a_point(t)
            and t.precision in _POINTS and t.date <= pub]
    for t in told:
        word = _word_at(doc, before, start, t.start)
        if word is not None and told_for_its_act(word) and (
                _on_main_verb(word, root, t)):
            return t.date, t.precision, 1
    # else the date its main act carries from a sentence before it ("seized the depot near the
    # bridge where the convoy was ambushed on Monday": not the ambush's), as far as a date
    # carries; not a date its own words give, which none of its times hung on it gives
    got = main_dates.get(before)
    return (got[0], got[1], got[2] + 1) if got is not None and (
        0 < got[2] < CARRY_DEPTH + 1) else None


def _word_at(doc: Doc, start: int, end: int, char: int) -> Token | None:
    return next((t for t in doc[start:end] if t.idx <= char < t.idx + len(t)), None)


def _main_act(tok: Token) -> bool:
    """The act of ``tok`` is its sentence's main one: the clause it is told in is the main
    clause or one joined to it ("stopped the convoy and took the men")."""
    verb = clause_of(tok)
    return first_conjunct(verb).dep_ == "ROOT"


def _on_main_verb(word: Token, root: Token, time: TimeExpression) -> bool:
    """The time word ``word`` (of ``time``) hangs on the main verb ``root`` (or a verb joined
    to it) itself: through a preposition or as an adverb of time ("on Thursday", "Thursday",
    "earlier in the week"), through no noun ("Thursday's meeting", "spoke about the bombing of
    2 March", "jailed three men over the bombing on 2 March") and no clause of another act."""
    verbs = {root.i, *(c.i for c in root.conjuncts)}
    span = range(time.start, time.start + len(time.text))
    for t in (word, *word.ancestors):
        if t.i in verbs:
            return True
        inside = t.idx in span
        if t.dep_ == "poss" or t.dep_ in _ASIDES or not inside and (
                t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or t.dep_ not in _TIME_LINKS):
            return False
    return False


def _one_account(doc: Doc, text: str, tok: Token, e: Event, kinds: dict[int, set[str]]) -> bool:
    """Whether the sentence of ``tok`` tells one account with the sentence before: it carries
    the story on (:func:`continues_story`), names again a party of its act (``e``'s source or
    target, in its own words or those a pronoun stands for), or tells the same kind of act as
    the sentence before's main one (``kinds``: not given when the time is carried further
    back and an earlier sentence tells an act of the same verb, since the verb told again
    may be another happening of it: "The king hosted A on Monday. … The king hosted B.")."""
    start, end = sentence_bounds(doc, tok.i)
    before = sentence_bounds(doc, start - 1)[0]
    sentence = text[doc[start].idx:doc[end - 1].idx + len(doc[end - 1])]
    told = text[doc[before].idx:doc[start].idx]
    if continues_story(sentence, told) or e.event_type in kinds.get(before, ()):
        return True
    return any(_named_in(p, told) for p in (e.source, e.target) if p is not None)


def _named_in(party: Actor, told: str) -> bool:
    """Whether the names of ``party``'s own words (or those a pronoun of it stands for) are
    all in ``told`` ("Moreno" after "Jo Moreno", not "Ana Moreno")."""
    names = _names(party.text) or _names(party.antecedent)
    return bool(names) and all(re.search(rf"\b{re.escape(n)}\b", told) for n in names)


def _names(words: str | None) -> list[str]:
    """The capitalised names in ``words``."""
    return [n for n in _NAME.findall(words or "") if n not in _NOT_NAMES]
