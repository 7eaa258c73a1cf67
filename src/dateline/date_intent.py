"""Stage ``date``: what a speaker said would be done is dated by the saying.

"Last month the US said it would withdraw its troops": the withdrawal is not done, only
proposed, and the event told is the saying of it, made last month. An event whose status says
it is not done (proposed, threatened, demanded), whose text gives it no time of its own, in the
words a saying told in the past reports, takes that saying's time (``sentence``), but never one
after the report; so does a refusal or an agreement named by a noun in what the saying says
would be ("On Sunday Ankara said the ceasefire would not affect its operation"). A promise, a
vow or a pledge is such a saying, of what its speaker's side will do: "Last month Ankara
promised that its troops would withdraw" (last month). A saying with no time leaves it undated.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .aspect import clause_of, tense_of
from .date_clauses import SAYING, wanted
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .date_story import Dated

__all__ = ["STATED", "stating_verb", "stated_time"]

#: The statuses of an act only said to be meant, threatened or demanded.
STATED = frozenset({"proposed", "threatened", "demanded"})
#: Acts done by saying so: refusing, agreeing.
_DECLARED = frozenset({"AGREE", "REJECT"})
#: Sayings that bind their speaker's side to what they say will be done: vows and promises.
_COMMITTING = word_class("vowing_verbs") | {"promise"}
#: Where a saying's time may come from for it to date what it says.
_TOLD = frozenset({"clause", "sentence", "carried"})


def stating_verb(tok: Token) -> Token | None:
    """The reporting verb in the past whose reported words hold ``tok`` ("said" for
    "withdraw" in "the US said it would withdraw its troops"), else ``None``."""
    verb = clause_of(tok)
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    saying = verb.head
    if verb.dep_ not in ("ccomp", "parataxis") or saying.i == verb.i:
        return None
    lemma = saying.lemma_.lower()
    return saying if (lemma in SAYING or lemma in _COMMITTING) and tense_of(
        saying) == "past" else None


def stated_time(tok: Token, mention: object, telling_date: Callable[[Token], Dated],
                pub: str | None) -> Dated | None:
    """The time of the saying that states the not-done act ``tok`` of ``mention`` (see the
    module's text), or is itself the refusal or agreement a noun names in what it says would
    be ("said the ceasefire would not affect its operation")."""
    sense = getattr(mention, "sense", None)
    declared = getattr(sense, "event_type", None) in _DECLARED and tok.pos_ != "VERB" and (
        wanted(clause_of(tok)))
    if not (getattr(mention, "status", None) in STATED or declared) or (
            saying := stating_verb(tok)) is None:
        return None
    date, precision, source = telling_date(saying)
    if date is None or source not in _TOLD or (pub is not None and date > pub):
        return None
    return date, precision, "sentence"
