"""A happening the lead tells, told again further on: the retelling takes the lead's place.

A report opens on its news ("two jihadists had been captured in Syria") and comes back to it
later without naming the place again ("Exactly how they were captured remains unclear"), by
the same word or another of its kind ("the pair were seized" after "had been captured in
Syria": :func:`dateline.date_story.happening_word`). An event that names no place of its own
and carries none from the sentence before (:mod:`dateline.locate`) is the lead's happening when
its trigger tells the happening an event word of the opening sentences tells, one that names
its place in its own clause; only what is told as done
(not words: what one says twice is said twice), and only the lead's news, not what it says a
noun's referent underwent ("civilians who were kidnapped"), and only by the lead's doer or
one the retelling does not name. A telling with another time than the lead's ("In March three
reporters were killed" after "Ten reporters were killed on Monday"), or another count of those
it befell, is another happening of the kind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .aspect import irrealis
from .date_story import HAPPENING_KINDS, happening_word
from .deps import prep_object
from .sentences import clause_tokens
from .tokens import tags, tokens_with

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .records import Place
    from .sentences import Sentences

__all__ = ["retold_lead"]

#: Parts of speech of event words: "captured", "their capture".
_EVENT_POS = frozenset({"VERB", "NOUN"})


def retold_lead(trig: Token, sents: Sentences, opening: int,
                place_of: Callable[[Token], tuple[Place | None, str | None]]) -> Place | None:
    """The place the first ``opening`` sentences give, in its own clause (``place_of``), to the
    happening ``trig`` tells again (same lemma, or a word of the same kind of happening), when
    ``trig`` comes after them; else ``None``."""
    k = sents.index(trig.i)
    if trig.pos_ not in _EVENT_POS:
        return None
    doer = _doer(trig)
    lemmas = tags(trig.doc).lemmas  # the same kind's words only are made Tokens
    kind = happening_word(trig)
    kin = (trig.lemma_.lower(), *(HAPPENING_KINDS.get(kind, ())))
    for j in range(min(opening, k)):
        span = sents.spans[j]
        for tok in tokens_with(trig.doc, span.start, span.end, lemmas, kin):
            if tok.pos_ in _EVENT_POS and not irrealis(tok) \
                    and not _describes(tok) and _same_doer(doer, _doer(tok)) \
                    and not _another_time(trig, tok) and not _another_count(trig, tok):
                place, source = place_of(tok)
                if place is not None and source == "clause":
                    return place
    return None


def _describes(tok: Token) -> bool:
    """``tok`` tells what a noun's referent underwent, not the news: a participle or relative
    clause on a noun ("people detained during the group's reign", "civilians who were
    kidnapped")."""
    return any(a.dep_ in ("acl", "relcl") for a in (tok, *tok.ancestors))


def _doer(tok: Token) -> Token | None:
    """The head word of who did ``tok``'s deed: its subject, the agent of a passive ("by
    Kurdish forces"), a noun's possessor ("their capture"), or the subject of the verb a noun
    is the object of ("Russian jets launched an attack")."""
    for c in tok.children:
        if c.dep_ in ("nsubj", "poss"):
            return c
        if c.dep_ == "agent":
            return prep_object(c)
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        return next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return None


def _same_doer(told: Token | None, lead: Token | None) -> bool:
    """A retelling names no doer of its own, or points back at one ("they"), or names the
    lead's ("rebels reclaimed other towns" retells no "the army reclaimed Albu Kamal")."""
    return told is None or told.pos_ == "PRON" or (
        lead is not None and lead.lemma_.lower() == told.lemma_.lower())


def _times(tok: Token) -> set[str]:
    """The dates and times the clause of ``tok`` gives, lowercased ("in march", "monday")."""
    doc = tok.doc
    return {w.lower_ for i in clause_tokens(tok)
            if (w := doc[i]).ent_type_ in ("DATE", "TIME") and not w.is_stop and w.is_alpha}


def _another_time(told: Token, lead: Token) -> bool:
    """Both tellings give a time, and not alike ("In March" after "on Monday"); a retelling
    may add the time the lead left out ("The three women were seized in late March")."""
    own, first = _times(told), _times(lead)
    return bool(own) and bool(first) and own.isdisjoint(first)


#: Dependencies of those a happening befalls or who do it, whose count tells it apart.
_PARTIES = frozenset({"nsubj", "nsubjpass", "dobj"})


def _counts(tok: Token) -> set[str]:
    return {n.lower_ for c in tok.children if c.dep_ in _PARTIES
            for n in c.children if n.dep_ == "nummod"}


def _another_count(told: Token, lead: Token) -> bool:
    """Both tellings count those it befell or who did it, and not alike ("three reporters were
    killed" is not "ten reporters were killed")."""
    own, first = _counts(told), _counts(lead)
    return bool(own) and bool(first) and own.isdisjoint(first)
