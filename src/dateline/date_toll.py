"""Stage ``date``, for one act: a toll a lasting happening has taken up to now, told in the
present perfect, at a time the text does not give.

"The campaign has killed dozens of civilians", "the siege has displaced thousands", "the
bombardment has destroyed 40 homes": what a campaign, a siege or a war has done is summed over
its course, a stretch that runs up to the report; no one day of it is the report's. So is a toll
in the hundreds or more that any happening has reached ("the attack has displaced 5,000 people
and killed scores": one occasion rarely reaches such a count, a weeks-long assault does), and so
is a toll of happenings counted in the plural ("the strikes have killed 30 people"). The
happening itself, named as the subject of such a toll, goes on over the same stretch ("the
regime's offensive has displaced thousands").

Not a toll of one occasion ("a bomb exploded in the market. The attack has killed 12 people":
the news of the day), nor in the article's first sentence, whose present perfect is the news,
nor a present perfect with no count ("the offensive has alarmed Turkey").

:func:`dateline.date_before.told_before_report` asks this of an act that only the publication
date dates; such an act then has no date (``before publication``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .aspect import has_own_tense, present_perfect
from .code.numbers import counted_many
from .code.tallies import counted_hundreds
from .sentences import first_conjunct
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["toll_of_a_stretch", "lasting_happening"]

#: Happenings that last days or more: campaigns, sieges, wars, fighting.
_LASTING = (word_class("operation_nouns") | word_class("wars") | word_class("fight_words")
            | word_class("happening_battle") | frozenset({"bombardment", "shelling", "violence",
                                                          "crackdown", "airstrikes"}))
#: Happenings of one occasion, counted in the plural: "the strikes", "the attacks".
_OCCASIONS = word_class("attack_nouns") | word_class("happening_attack")
_VERBS = ("VERB", "AUX")


def toll_of_a_stretch(tok: Token) -> bool:
    """The act of ``tok`` is a toll a lasting happening has taken up to now (the module's
    text): the verb of the toll, or the happening named as its subject."""
    if tok.sent.start == 0:
        return False
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ not in _VERBS:
            return False
        verb = tok.head
        return _perfect_toll(verb) is not None and lasting_happening(tok)
    subject = _perfect_toll(tok)
    return subject is not None and (lasting_happening(subject) or _tolls(first_conjunct(
        tok, _VERBS), counted_hundreds))


def lasting_happening(noun: Token) -> bool:
    """``noun`` names a happening that lasts days or more ("the campaign", "the siege"), or
    happenings of one occasion in the plural ("the strikes", "the attacks")."""
    lemma = noun.lemma_.lower()
    return lemma in _LASTING or noun.lower_ in _LASTING or (
        noun.tag_ == "NNS" and (lemma in _OCCASIONS or noun.lower_ in _OCCASIONS))


def _perfect_toll(verb: Token) -> Token | None:
    """The subject of ``verb`` when it tells a toll in the present perfect active ("has killed
    dozens", "has displaced 5,000 people and killed scores": a joined verb shares the
    perfect and the subject), a noun of a happening; ``None`` otherwise."""
    first = first_conjunct(verb, _VERBS)
    if first.i != verb.i and has_own_tense(verb):
        return None  # "and the army has shelled": a clause of its own
    # (the tagger may read a joined participle as a simple past: "and killed scores")
    if not present_perfect(first) or verb.tag_ not in ("VBN", "VBD") or not _tolls(
            first, counted_many):
        return None
    subject = next((c for c in first.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ == "NOUN" else None


def _tolls(first: Token, counted: Callable[[Token], bool]) -> bool:
    """``first`` or a verb joined to it has an object ``counted`` says is a toll."""
    verbs = [first, *(c for c in first.children if c.dep_ == "conj" and c.pos_ in _VERBS)]
    return any(counted(c) for v in verbs for c in v.children if c.dep_ == "dobj")
