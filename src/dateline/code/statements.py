"""Public comments told by an adjective of stance in the speaker's own reported words.

"The agency said it is skeptical of the plan" and "the minister says he is pessimistic that the
talks will succeed" are comments (CAMEO 012 and 013, of the statement class: root 01) that no
verb or noun of the lexicon names: the stance is an adjective complement of "be" in a clause that
a speech verb reports, its subject the speaker (a pronoun there stands for the one who speaks:
:func:`~dateline.code.speakers.speaker_of`). A stance only felt ("residents are worried") or
negated ("is not optimistic") is no comment told. Whom it is about is the party its topic
phrase names (:mod:`.recipient_comments`: "sceptical of Vesta's plan": Vesta).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ..deps import subject
from ..tokens import lower_set
from ..wordclasses import word_class
from .lexicon import Sense
from .mention import RULESET, Mention, span_of
from .recipient_comments import comment_topic
from .speakers import speaker_of

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["stance_mentions"]

_SPEECH = word_class("speech_verbs_statement")
#: adjective → the comment it tells: its PLOVER type (PLOVER keeps no category of comments:
#: the nearest), mode, and CAMEO code under the statement root
_STANCES: dict[str, Sense] = {
    **{w: Sense(w, "ACCUSE", "disapprove", "01", None, None, None, "012")
       for w in word_class("pessimistic_stances")},
    **{w: Sense(w, "SUPPORT", None, "01", None, None, None, "013")
       for w in word_class("optimistic_stances")},
}


def _told(adj: Token) -> bool:
    """Whether ``adj`` is the complement of "be" in a clause a speech verb reports."""
    be = adj.head
    return adj.dep_ == "acomp" and be.lemma_.lower() == "be" and be.dep_ == "ccomp" and \
        be.head.lemma_.lower() in _SPEECH and not any(
            c.dep_ == "neg" for c in (*adj.children, *be.children))


def stance_mentions(sent: Sequence[Token]) -> Iterator[Mention]:
    """The comments told by a stance adjective in ``sent`` (see the module's docstring)."""
    if not sent or lower_set(sent[0].doc).isdisjoint(_STANCES):
        return  # no stance word in the document (most): no word of it is asked about
    for tok in sent:
        sense = _STANCES.get(tok.lower_)
        if sense is None or tok.pos_ != "ADJ" or not _told(tok):
            continue
        subj = subject(tok.head)
        if subj is None:
            continue
        subj = speaker_of(subj) or subj  # "the expert says he is pessimistic": the expert
        yield Mention(
            trigger=tok.i, trigger_span=(tok.i, tok.i + 1), sense=sense, status="actual",
            source=span_of(subj), target=span_of(comment_topic(tok)), fatalities=None,
            injuries=None,
            rule=f"{RULESET}:stance", construction="stance")

