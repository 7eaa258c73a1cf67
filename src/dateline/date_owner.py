"""Stage ``date``: a saying named by a noun of its sayer ("Trump's demand", "Erdoğan's
warning") with no time of its own is the saying the text tells that sayer made, and takes its
time.

"Trump tweeted on Sunday that the allies should take back their fighters. … Trump's demand has
met a mixed response": the demand is the tweet of Sunday, not a demand of the report's day. A
noun of what is said (``voiced`` and ``statement_nouns`` word classes) whose owner is a name
takes the time of the sayings the text tells with that name as their subject ("tweeted",
"said", "urged", "warned"), when every one of them the text dates, before the report, agrees on
it (one who spoke on two days made no one saying told again); ``date_source`` ``story``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .aspect import tense_of
from .date_clauses import SAYING
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .date_story import Dated

__all__ = ["owner_said"]

#: Nouns of what is said: "demand", "call", "warning", "pledge".
_SAID = word_class("voiced") | word_class("statement_nouns")
#: Verbs a sayer says it by: "said", "tweeted", "urged", "threatened", "vowed".
_SAYS = SAYING | word_class("voicing_verbs") | word_class("intent_object")
#: Where a saying's time must come from to date the noun: its own words.
_OWN = frozenset({"clause", "sentence"})


def owner_said(tok: Token, telling_date: Callable[[Token], Dated], pub: str | None
               ) -> Dated | None:
    """The time of the saying the noun ``tok`` names by its sayer (see the module's text), or
    ``None``."""
    if pub is None or tok.pos_ != "NOUN" or tok.lemma_.lower() not in _SAID:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None:
        return None
    times = set()
    for verb in tok.doc:
        if verb.i == tok.i or verb.pos_ != "VERB" or verb.lemma_.lower() not in _SAYS or (
                tense_of(verb) != "past") or not any(
                c.dep_ == "nsubj" and any(w.text == owner.text for w in c.subtree)
                for c in verb.children):  # (a name the tagger may take for a noun)
            continue
        date, precision, source = telling_date(verb)
        if date is not None and source in _OWN and date <= pub:
            times.add((date, precision))
    if len(times) != 1:
        return None
    date, precision = times.pop()
    return date, precision, "story"
