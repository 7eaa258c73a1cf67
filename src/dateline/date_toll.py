"""Stage ``date``, for one act: a toll a lasting campaign or war has taken up to now, told in
the present perfect, at a time the text does not give.

"The campaign has killed dozens of civilians", "the siege has displaced thousands", "the
bombardment has destroyed 40 homes": what a campaign, a siege or a war has done is summed over
its course, a stretch that runs up to the report; no one day of it is the report's. The
happening itself, named as the subject of such a toll, goes on over the same stretch ("the
regime's offensive has displaced thousands").

Only a happening of the class ``lasting_happenings`` is such a subject. Not a word of one
occasion ("the assault has killed 18 people", "the shootout", "the fighting"), nor happenings
of one occasion in the plural ("the bombs have killed 12 people", "the strikes"), nor a toll in
the hundreds of any happening: each may be the day's news. Nor a happening the story has
already told ("Troops began an offensive on the town. The offensive has killed 20 people"),
nor in the article's first sentence, whose present perfect is the news, nor a present perfect
with no count ("the offensive has alarmed Turkey"), nor a verb joined to the toll with no
count of its own ("has killed dozens and retaken the town": the capture may be the day's).

:func:`dateline.date_before.told_before_report` asks this of an act that only the publication
date dates; such an act then has no date (``before publication``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .aspect import has_own_tense, present_perfect
from .code.numbers import counted_many
from .date_story import happening_word
from .sentences import first_conjunct
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["toll_of_a_stretch"]

#: Campaigns and wars that last weeks or more: "the siege", "the offensive", "the war".
_LASTING = word_class("lasting_happenings")
_VERBS = ("VERB", "AUX")


def toll_of_a_stretch(tok: Token) -> bool:
    """The act of ``tok`` is a toll a lasting campaign or war has taken up to now (the
    module's text): the verb of the toll, or the happening named as its subject."""
    if tok.sent.start == 0:
        return False
    if tok.pos_ == "NOUN":
        if tok.dep_ != "nsubj" or tok.head.pos_ not in _VERBS:
            return False
        subject = _perfect_toll(tok.head, own_count=False)
        return subject is not None and subject.i == tok.i and _lasting(tok)
    subject = _perfect_toll(tok, own_count=True)
    return subject is not None and _lasting(subject)


def _lasting(noun: Token) -> bool:
    """``noun`` names a campaign or war that lasts weeks or more ("the campaign", "the
    siege"), not one the story has told in an earlier sentence, maybe as the day's news."""
    if noun.lemma_.lower() not in _LASTING and noun.lower_ not in _LASTING:
        return False
    word = happening_word(noun)
    return not any(t.pos_ in ("NOUN", "VERB") and happening_word(t) == word
                   for t in noun.doc[:noun.sent.start])


def _perfect_toll(verb: Token, own_count: bool) -> Token | None:
    """The noun subject of ``verb`` when it tells a toll in the present perfect active ("has
    killed dozens", "has displaced thousands and killed scores": a joined verb shares the
    perfect and the subject); with ``own_count``, ``verb`` itself has the counted object;
    ``None`` otherwise."""
    first = first_conjunct(verb, _VERBS)
    if first.i != verb.i and has_own_tense(verb):
        return None  # "and the army has shelled": a clause of its own
    # (the tagger may read a joined participle as a simple past: "and killed scores")
    if not present_perfect(first) or verb.tag_ not in ("VBN", "VBD"):
        return None
    verbs = [verb] if own_count else [first, *(
        c for c in first.children if c.dep_ == "conj" and c.pos_ in _VERBS)]
    if not any(counted_many(c) for v in verbs for c in v.children if c.dep_ == "dobj"):
        return None
    subject = next((c for c in first.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ == "NOUN" else None
