"""Stage ``date``, after a dated meeting: what its parties are told to have done next, with no
time of their own, is of that meeting.

"The foreign minister met his Turkish counterpart in Ankara on Tuesday. The two men agreed to
cooperate against the militants": the agreeing was on Tuesday. A sentence goes on with the
meeting the sentence before tells (its main clause's verb is a meeting word,
``meeting_verbs``, or its object one, ``meeting_venues``: "held talks") when it opens on the
meeting ("At the summit, …", "During the talks, …") or its subject is one of the meeting's
parties: named again ("Erdoğan told him …"), by a pronoun, by "both", or by a definite count
of them ("the three leaders"). The act must be told in the simple past, in a sentence with no
time of its own and no quotation, and the meeting must be of the news (a day or a week at
most :data:`dateline.date_episode.NEWS_DAYS` days before the report): an older meeting is
background, after which the text may be back at the news.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from .aspect import simple_past
from .date_clauses import quotes_speech
from .date_episode import NEWS_DAYS
from .date_reach import dates_a_point
from .deps import subject
from .sentences import Sentences, first_conjunct, same_section
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .timex import TimeExpression

__all__ = ["meeting_time"]

_MEETING_VERBS = word_class("meeting_verbs")
_MEETING_NOUNS = word_class("meeting_venues")
#: Words that stand for the parties just named.
_PARTY_PRONOUNS = frozenset({"he", "she", "they", "both", "we"})
_PARTY_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "compound")


def meeting_time(sents: Sentences, k: int, verb: Token, pub: str | None,
                 starting_in: Callable[[int, int], list[TimeExpression]],
                 told_time: Callable[[Token], TimeExpression | None]) -> TimeExpression | None:
    """The time of the meeting sentence ``k - 1`` tells, when the act of clause ``verb`` in
    sentence ``k`` goes on with it (see the module's text); else ``None``."""
    if k == 0 or pub is None or not simple_past(verb):
        return None
    s_char, s_end = sents.start_chars[k], sents.end_chars[k]
    b_char = sents.start_chars[k - 1]
    if starting_in(s_char, s_end) or quotes_speech(sents.text[b_char:s_end]) or not (
            same_section(sents.text, b_char, s_char)):
        return None
    meeting = sents.spans[k - 1].root
    if not _tells_meeting(meeting):
        return None
    time = told_time(meeting)
    if time is None or not time.date or time.precision not in ("day", "week") or not (
            dates_a_point(time)):
        return None
    age = (dt.date.fromisoformat(pub) - dt.date.fromisoformat(time.date)).days
    if not 0 <= age <= NEWS_DAYS:
        return None
    sent = sents.spans[k]
    return time if _opens_on_meeting(sent) or _of_parties(verb, meeting) else None


def _tells_meeting(verb: Token) -> bool:
    """``verb`` tells a meeting: "met", "hosted", "held talks", "met at a summit"."""
    if verb.lemma_.lower() in _MEETING_VERBS:
        return True
    return any(c.dep_ == "dobj" and _names_meeting(c) or c.dep_ == "prep" and any(
        o.dep_ == "pobj" and _names_meeting(o) for o in c.children) for c in verb.children)


def _names_meeting(noun: Token) -> bool:
    """``noun`` names a meeting: "talks", "a summit" (``meeting_venues``)."""
    return noun.lower_ in _MEETING_NOUNS or noun.lemma_.lower() in _MEETING_NOUNS


def _opens_on_meeting(sent: Span) -> bool:
    """The sentence opens on the meeting told before: "At the summit, …", "During the talks"."""
    words = [t for t in sent if not t.is_punct][:3]
    return len(words) == 3 and words[0].lower_ in ("at", "during", "in") and (
        words[1].lower_ in ("the", "that")) and _names_meeting(words[2])


def _of_parties(verb: Token, meeting: Token) -> bool:
    """The subject of ``verb`` is a party of the meeting ``meeting`` tells: a pronoun, "both",
    "the two men", or a name or noun the meeting's clause gave them."""
    subj = subject(first_conjunct(verb))  # "… discussed Idlib and condemned the attack"
    if subj is None:
        return False
    if subj.lower_ in _PARTY_PRONOUNS:
        return True
    if any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) and any(
            c.dep_ == "nummod" for c in subj.children) and subj.tag_ == "NNS":
        return True  # "the three leaders", "the two men"
    parties = {t.lower_ for c in meeting.children if c.dep_ in _PARTY_DEPS or c.dep_ == "prep"
               for t in c.subtree if t.pos_ in ("PROPN", "NOUN")}
    named = [t for t in subj.subtree if t.pos_ == "PROPN"] or [subj]
    return any(t.lower_ in parties for t in named)
