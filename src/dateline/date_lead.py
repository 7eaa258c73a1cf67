"""Stage ``date``, for the lead: an act of force the first sentence tells with no time of its own
takes the time the next sentence gives the same story.

"Gunmen have stormed a hotel in the capital, killing 12 people. The attackers arrived at the
hotel on Tuesday night and opened fire in the lobby": the lead sums up what the next sentence
tells in full, with its day; a reader gives the storming Tuesday, not the article's date. The
next sentence must carry the story on (:func:`dateline.sentences.continues_story`: "The
attackers", "They", a definite noun the lead named; or the name of someone the lead told of
unnamed: "A journalist has been shot dead. Maria Lopez, 31, was leaving her office on Tuesday
when …", :func:`_unnamed`), be told in the simple past (or set the scene of the blow in the
past progressive), and date its main clause within the news (at most
:data:`dateline.date_episode.NEWS_DAYS` days before the report, to the day or week); the lead's
act must be told as done, in the present perfect or the simple past, and the lead must give no
time at all.

The lead may also tell the act in a relative clause of whom it is about: "The parents of a British
man who was arrested in Turkey have insisted he is innocent. Joe Smith was on holiday in Didim on
22 July when police raided his hotel" (the arrest, 22 July); "A soldier who was killed while
fighting near Manbij has been named. The 33-year-old died on Thursday" (the fighting, Thursday).
Then the relative clause must describe someone in the subject of the lead, be told as done in the
simple past, the lead's main clause must tell, name or mourn (``lead_framing``: not "… who was
arrested has been released", another act the next sentence may date), and the next sentence
must carry the story on, name the one the lead did not, or tell the same kind of happening in
its main clause (:func:`same_kind`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .aspect import clause_of, past_perfect, past_progressive, simple_past
from .date_again import once_kind, patient, person_names
from .date_episode import NEWS_DAYS
from .date_story import happening_word
from .deps import subject
from .doc_once import parsed_text
from .sentences import Sentences, continues_story, event_token, in_quotation, sentence_spans
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .code import Mention
    from .records import Event
    from .timex import TimeExpression

__all__ = ["lead_act_again", "lead_time", "same_kind", "LEAD_ACTS"]

#: Event types whose lead the next sentence tells in full: acts of force, protest, arrest.
LEAD_ACTS = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT", "SEIZE"})


def _present_perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "'s")
                                      for c in verb.children)


def lead_time(doc: Doc, sents: Sentences, mention: Mention, pub: str | None,
              starting_in: Callable[[int, int], list[TimeExpression]],
              told_time: Callable[[Token], TimeExpression | None], described: bool = False
              ) -> tuple[str, str, str] | None:
    """``(date, precision, "carried")`` for an act of the lead that the next sentence dates;
    ``None`` otherwise. ``described``: the act is told in a clause describing someone."""
    trig = doc[mention.trigger]
    event_type = getattr(getattr(mention, "sense", None), "event_type", None)
    if pub is None or event_type not in LEAD_ACTS or sents.index(trig.i) != 0 or len(
            sents.spans) < 2 or past_perfect(trig):
        return None
    root = sents.spans[0].root
    verb = clause_of(trig)
    act = _describing(verb, root)
    told = act is not None or not described and (verb.i == root.i or verb.head.i == root.i and (
        verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
            c.dep_ == "mark" for c in verb.children))))  # "…, killing 12 people"
    if not told or not (_present_perfect(root) or simple_past(root)):
        return None  # not "… deployed after gunmen stormed a hotel"
    if starting_in(sents.start_chars[0], sents.end_chars[0]):
        return None  # the lead tells a time of its own, or of something else
    nxt = sents.spans[1]
    unnamed = _unnamed(subject(root) if act is None else act.head)
    if not (simple_past(nxt.root) or past_progressive(nxt.root)) or not (
            continues_story(sents.text_of(1), sents.text_of(0))
            or unnamed and _opens_on_name(nxt.root)
            or act is not None and same_kind(act, nxt.root)):
        return None
    time = told_time(nxt.root)
    if time is None or time.date is None or time.precision not in ("day", "week"):
        return None
    age = (dt.date.fromisoformat(pub) - dt.date.fromisoformat(time.date)).days
    return (time.date, time.precision, "carried") if 0 <= age <= NEWS_DAYS else None


#: Determiners of someone the lead does not name yet: "a British man has been arrested".
_UNNAMED = frozenset({"a", "an"})


def _unnamed(who: Token | None) -> bool:
    """``who`` is someone told of but not named ("A British man has been arrested in
    Turkey"): when the next sentence opens on a person's name (:func:`_opens_on_name`), the
    news lead's way of naming who the story is about, which carries the story on."""
    return who is not None and who.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in _UNNAMED for c in who.children)


def _opens_on_name(verb: Token) -> bool:
    """The subject of ``verb`` is a person's name that opens its sentence: "Joe Smith, 24, …"."""
    named = subject(verb)
    return named is not None and named.ent_type_ == "PERSON" and (
        named.left_edge.i == verb.sent.start)


#: What a lead's main clause does around the act it describes: telling, naming, mourning.
_FRAMING = word_class("lead_framing")
#: Words of a death, whether told as a killing or as dying ("was killed", "died").
_DEATHS = word_class("deaths")


def same_kind(act: Token, verb: Token) -> bool:
    """``act`` and ``verb`` tell the same kind of happening: "was arrested" and "detained",
    "was killed" and "died"."""
    if act.lemma_.lower() in _DEATHS and verb.lemma_.lower() in _DEATHS:
        return True
    return verb.pos_ == "VERB" and happening_word(act) == happening_word(verb)


def _describing(verb: Token, root: Token) -> Token | None:
    """The relative clause of the lead's subject that tells the act of ``verb`` as done ("A
    soldier who was killed …", "The parents of a man who was arrested …"), also through an
    adverbial clause of it ("… killed while fighting near Manbij"); else ``None``."""
    act = clause_of(verb.head) if verb.dep_ == "advcl" and verb.tag_ == "VBG" else verb
    subj = subject(root)
    if act.dep_ != "relcl" or past_perfect(act) or not simple_past(act) or subj is None or (
            root.lemma_.lower() not in _FRAMING):
        return None
    return act if act.head.i in {t.i for t in subj.subtree} else None


def lead_act_again(doc: Doc, events: Sequence[Event], pubdate: str | None) -> list[Event]:
    """``events`` with an act that befalls a person once (an arrest, a death, a charge, a
    release: :func:`dateline.date_again.once_kind`), told again after the lead in the simple
    past with no time of its own, dated as the lead's act of that kind, ``story``.

    "The parents of a man who was arrested in Turkey say he is innocent. Joe Smith was on
    holiday on 22 July when police raided his hotel. … His fiancee said they were arrested as
    they came back from the beach" (22 July): the lead names the news, and the same kind of
    once-befalling act told again is that news, not an act of the report's day. The lead's act
    must be dated to the day or week within the news (at most
    :data:`dateline.date_episode.NEWS_DAYS` days before the report), every such act of the lead
    at one time; the act told again has a subject of its own, befalls the one the lead's act
    befell (:func:`_same_patient`: not "many reporters were arrested" after a lead about one
    reporter) and stands outside quotation marks (a speaker's own words tell their own story:
    "Then he came home and was arrested here")."""
    if pubdate is None or not any(e.date_source == "publication" for e in events):
        return list(events)
    sents = list(sentence_spans(doc))  # (made once a document)
    lead_end = sents[0].end_char if sents else 0
    lead: dict[frozenset[str], set[tuple[str, str]]] = {}
    whom: dict[frozenset[str], list[Token]] = {}  # the ones each kind of lead act befalls
    for e in events:
        tok = event_token(doc, e) if e.char_start < lead_end else None
        if tok is not None and (kind := once_kind(tok)) is not None and e.date and (
                e.date_precision in ("day", "week") and 0 <= (dt.date.fromisoformat(
                    pubdate) - dt.date.fromisoformat(e.date)).days <= NEWS_DAYS):
            lead.setdefault(kind, set()).add((e.date, e.date_precision))
            if (who := patient(tok)) is not None:
                whom.setdefault(kind, []).append(who)
    if not lead:
        return list(events)
    out: list[Event] = []
    for e in events:
        tok = event_token(doc, e) if e.date_source == "publication" and (
            e.char_start >= lead_end) else None
        kind = once_kind(tok) if tok is not None else None
        times = lead.get(kind, set()) if kind in lead and _told_again(tok) and _same_patient(
            tok, whom.get(kind, [])) else set()
        if len(times) == 1:
            date, precision = next(iter(times))
            e = replace(e, date=date, date_precision=precision, date_source="story")
        out.append(e)
    return out


def _told_again(verb: Token) -> bool:
    """``verb`` tells an act as done, in the simple past, in a clause of its own with a subject
    of its own, outside quotation marks."""
    return clause_of(verb).i == verb.i and verb.dep_ not in ("relcl", "acl") and (
        simple_past(verb) and subject(verb) is not None and not in_quotation(
            parsed_text(verb.doc), verb.idx))


#: Pronouns that stand for the one the lead told of: "they were arrested as they came back".
_ANAPHORS = frozenset({"he", "she", "they", "him", "her", "them"})
#: Determiners of a noun told before: "the reporter", "these men".
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _same_patient(verb: Token, leads: Sequence[Token]) -> bool:
    """The act ``verb`` tells befalls one of ``leads``, the ones the lead's acts befell: a
    pronoun, a definite noun the lead's phrase of them holds ("the reporter" after "a
    reporter for the agency"), or a name sharing a word with theirs."""
    who = patient(verb)
    if who is None or not leads:
        return False
    if who.lower_ in _ANAPHORS:
        return True
    if names := person_names(who):
        return any(names & person_names(lead) for lead in leads)
    definite = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE
                   for c in who.children)
    noun = who.lemma_.lower()
    return definite and any(noun in {t.lemma_.lower() for t in lead.subtree} for lead in leads)
