"""Where the story says a named speaker was, for the words it gives them (stage ``locate``):
"Erdoğan was speaking at Chatham House in London. … He said …", "Lavrov, visiting Ankara,
said …". The places are :func:`dateline.place_anaphora.speaker_venues`'s; this module matches
a mention's speaker to them: by name, by office (:mod:`.place_titled`), by "he" or "she" after a
sentence naming the speaker, or by the speaker's own "I" or "we" in quoted words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .coref import FIRST_PERSON
from .place_telling import PRONOUN_CHAIN, pronoun_led
from .place_titled import office_speaks_at
from .place_words import words_said
from .sentences import Sentences, same_section

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .code import Mention
    from .records import Actor, Place
    from .toponyms import Toponym

__all__ = ["occasion_holds", "speaker_words", "spoken_at"]


def speaker_words(doc: Doc, doer: tuple[int, int], antecedent: str | None) -> list[str]:
    """The lowercased words naming a speaker: the doer's own, and for a first-person pronoun
    ("we need support" in her quoted words) those of the person it stands for (``antecedent``),
    whose whereabouts the story tells by name
    (:func:`dateline.place_anaphora.speaker_venues`)."""
    words = [w.lower_ for w in doc[doer[0]:doer[1]]]
    if words and all(w in FIRST_PERSON for w in words) and antecedent:
        words += antecedent.lower().split()
    return words


def occasion_holds(sents: Sentences, venue: int, words: int) -> bool:
    """Whether words in sentence ``words`` were said at the occasion sentence ``venue`` tells of
    ("said in a speech in Ankara"): the words it tells, those of the sentence before that it
    gives the speaker, and a quotation opening the sentence right after it (his words going on)."""
    step = venue - words
    return 0 <= step <= 1 or (step == -1 and sents.text_of(words).lstrip()[:1] in ("“", '"'))


def spoken_at(doc: Doc, sents: Sentences, speakers: Sequence[tuple[str, Toponym, bool | None]],
              mention: Mention, actor: Actor | None = None) -> Place | None:
    """Where the story says the speaker of these words was speaking (``speakers``, from
    :func:`dateline.place_anaphora.speaker_venues`): by name, by office next to it
    (:mod:`.place_titled`), by "he" or "she" in or after a sentence naming the speaker, or a
    chain the pronoun leads."""
    doer = mention.source
    if not speakers or doer is None or not 0 <= doer[0] < doer[1]:
        return None
    words = speaker_words(doc, doer, actor.antecedent if actor is not None else None)
    k = sents.index(mention.trigger)
    near = " ".join(sents.text_of(j) for j in _told_of_by(sents, words, k)).lower()
    for name, t, occasion in sorted(speakers, key=lambda s: abs(s[1].start - doer[0])):
        if not same_section(sents.text, doc[t.start].idx, doc[mention.trigger].idx) or (
                occasion and not occasion_holds(sents, sents.index(t.start), k)) or not (
                occasion is not None or words_said(mention)):
            continue
        if name in words or (words in (["he"], ["she"]) and re.search(
                rf"\b{re.escape(name)}\b", near)) or office_speaks_at(doc, doer, actor, t):
            return t.place
    return None


def _told_of_by(sents: Sentences, words: list[str], k: int) -> list[int]:
    """The sentences whose naming of a speaker "he" or "she" (``words``) in sentence ``k``
    stands for: ``k`` and the one before, and further back while each sentence before is itself
    told of by the same pronoun ("Yildirim said … He denounced … He accused …")."""
    out = [j for j in (k - 1, k) if j >= 0]
    j = k - 1
    while words in (["he"], ["she"]) and 0 < j and k - j < PRONOUN_CHAIN \
            and pronoun_led(sents.spans[j], words[0]) \
            and same_section(sents.text, sents.start_chars[j - 1], sents.start_chars[j]):
        j -= 1
        out.append(j)
    return out
