"""Clitics written apart, as a tokenizer's output writes them, put back for the parser.

Text kept as space-separated tokens ("Saudi Arabia ’ s ally", "they don ’ t", "the rebels ’
leader", "do n’t") parses badly: spaCy splits "’s" and "n't" off a word written whole, but reads
a lone "’" and "s" as a quotation mark and a noun. :func:`rejoin_clitics` writes them back as
ordinary text before the parse, without changing the text's length: each repair only moves the
apostrophe and the clitic onto their word and pads with spaces after them, or swaps an
apostrophe spaCy does not read as one for one it does, so every character offset into the
repaired text is an offset into the user's text too. The parse keeps the user's text beside it
(:data:`USER_TEXT_KEY`) for what is shown (an event's sentence).

What each form needs was checked by parse with the default pipeline:
- "X ’ s", "X ' s", "X ´ s" (and "’ m", "’ re", "’ ve", "’ ll", "’ d"): joined to the word
  ("X’s  "); "X ’s" apart is still read as a quote mark and an "s" for every clitic but "’s";
- "don ’ t": joined to the word ("don’t  "), which spaCy splits into "do" and "n’t";
- "do n’t" (curly, split as the Penn Treebank splits it): "do n't", as spaCy reads the straight
  form; "do n't" itself, and the straight "X 's", parse well already and are left alone;
- the plural possessive "rebels ’ leader": "rebels ' leader" (the straight mark, which spaCy
  reads as a possessive between spaces, where it reads the curly one as a closing quote), unless
  a single quotation is open on the line ("the ‘ rebels ’ leader" is left as written).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .records import Actor, Event

__all__ = ["USER_TEXT_KEY", "as_written", "rejoin_clitics"]

#: Where the parse of a repaired text keeps the user's text, in ``Doc.user_data``.
USER_TEXT_KEY = "dateline.user_text"

# apostrophes as tokenizers and keyboards write them; ´ and ʼ are not read as ones by spaCy
_APOSTROPHES = "’'´ʼ"
_AFTER = r"(?=[\s.,;:!?)\]\"”’]|$)"  # a clitic ends where its word would
_SPLIT = re.compile(
    rf"(?<=\w) ([{_APOSTROPHES}]) (s|m|d|re|ve|ll){_AFTER}"  # "Arabia ’ s", "I ’ m"
    rf"|(?<=\wn) ([{_APOSTROPHES}]) (t){_AFTER}"  # "don ’ t"
    rf"|(?<=\w) (n)([’´ʼ])(t){_AFTER}"  # "do n’t"
    rf"|(?<=\ws) ([’´ʼ]) (?=\w)",  # "rebels ’ leader"
    re.IGNORECASE)
# a quick look for what the pattern needs before the pattern itself is tried
_HINT = re.compile(rf" [{_APOSTROPHES}] | n[’´ʼ]t")
_OPEN_QUOTE = "‘"
_CLOSE_QUOTE = re.compile(r"’(?!\s?(?:s|m|d|re|ve|ll|t)\b)", re.IGNORECASE)  # no clitic's


def rejoin_clitics(text: str) -> str:
    """``text`` with its clitics written apart rejoined to their words (as in "Saudi Arabia’s
    ally"), the same length as ``text``; ``text`` itself when it has none."""
    if _HINT.search(text) is None:
        return text
    return _SPLIT.sub(_rejoined, text)


def _rejoined(m: re.Match[str]) -> str:
    mark, clitic = m.group(1) or m.group(3), m.group(2) or m.group(4)
    if mark is not None:  # " ’ s" → "’s  "
        return f"{_readable(mark)}{clitic}  "
    if m.group(5) is not None:  # " n’t" → " n't"
        return f" {m.group(5)}'{m.group(7)}"
    if _quote_open(m.string, m.start()):  # "the ‘ rebels ’ leader": a closing quote
        return m.group(0)
    return " ' "


def _readable(mark: str) -> str:
    """The apostrophe as spaCy reads it in a clitic: the curly one for the marks it does not
    know, the user's own otherwise."""
    return mark if mark in "’'" else "’"


def _quote_open(text: str, at: int) -> bool:
    """Whether a single quotation opened with "‘" is open at ``at`` on its line."""
    line = text[text.rfind("\n", 0, at) + 1:at]
    return line.count(_OPEN_QUOTE) > len(_CLOSE_QUOTE.findall(line))


def as_written(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` with the words they quote from a repaired text (their parties', trigger's,
    object's and attribution's) as the user wrote them: the same offsets in the text as written
    (:data:`USER_TEXT_KEY`); ``events`` as they are when the parse repaired nothing."""
    written = doc.user_data.get(USER_TEXT_KEY)
    if written is None or not events:
        return events
    parsed = doc.text

    def mend(words: str | None, near: int) -> str | None:
        if not words or not any(a in words for a in _APOSTROPHES):
            return words
        at = parsed.find(words, near)
        at = parsed.find(words) if at < 0 else at
        return words if at < 0 else written[at:at + len(words)]

    def mend_actor(actor: Actor | None, near: int) -> Actor | None:
        if actor is None:
            return None
        at = actor.char_start if actor.char_start is not None else near
        text = mend(actor.text, at) or ""
        if text == actor.text:
            return actor
        # a span that took in the padding after a clitic ("Kenya ’ s ") ends at the clitic
        trimmed = text.rstrip()
        end = actor.char_end
        if end is not None:
            end -= len(text) - len(trimmed)
        return replace(actor, text=trimmed, char_end=end)

    return [replace(e, source=mend_actor(e.source, e.sent_start),
                    target=mend_actor(e.target, e.sent_start),
                    trigger=mend(e.trigger, e.char_start) or "",
                    object=mend(e.object, e.sent_start),
                    attribution=mend(e.attribution, e.sent_start)) for e in events]
