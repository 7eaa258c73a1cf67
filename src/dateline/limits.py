"""The limits on what one sentence gives: how many events it reports, how much of it each
event stores."""

from __future__ import annotations

from .code import Mention
from .records import Event
from .sentences import Sentences

#: Events kept from one sentence (a sentence that reports more is a list or a run-on).
MAX_EVENTS_PER_SENTENCE = 24
#: An event stores at most this much of its sentence: the part around its trigger.
MAX_SENTENCE_CHARS = 2000


def per_sentence_cap(mentions: list[Mention], sents: Sentences,
                     warnings: list[str] | None) -> list[Mention]:
    """At most :data:`MAX_EVENTS_PER_SENTENCE` mentions of each sentence, in text order."""
    counts: dict[int, int] = {}
    kept = []
    for m in mentions:
        i = sents.index(m.trigger)
        counts[i] = counts.get(i, 0) + 1
        if counts[i] <= MAX_EVENTS_PER_SENTENCE:
            kept.append(m)
    if warnings is not None:
        for i, n in counts.items():
            if n > MAX_EVENTS_PER_SENTENCE:
                warnings.append(f"sentence at character {sents.spans[i].start_char} reports {n} "
                                f"events; only the first {MAX_EVENTS_PER_SENTENCE} were kept")
    return kept


def events_cap(events: list[Event], warnings: list[str] | None = None) -> list[Event]:
    """At most :data:`MAX_EVENTS_PER_SENTENCE` events of each sentence, first ones first: a
    mention may give one event per coordinated party and the classifier may add one, so the
    mentions' cap alone does not bound what a run-on sentence gives."""
    counts: dict[int, int] = {}
    kept = []
    for e in events:
        counts[e.sent_start] = counts.get(e.sent_start, 0) + 1
        if counts[e.sent_start] <= MAX_EVENTS_PER_SENTENCE:
            kept.append(e)
    if warnings is not None:
        warnings.extend(f"sentence at character {at} gives {n} events; only the first "
                        f"{MAX_EVENTS_PER_SENTENCE} were kept"
                        for at, n in counts.items() if n > MAX_EVENTS_PER_SENTENCE)
    return kept


def evidence(text: str, base: int, start: int) -> tuple[str, int]:
    """The sentence as stored with an event, and its offset: the whole sentence, or the
    :data:`MAX_SENTENCE_CHARS` around the event's trigger when the sentence is longer."""
    if len(text) <= MAX_SENTENCE_CHARS:
        return text, base
    end = len(text)
    lo = max(0, min(start - base - MAX_SENTENCE_CHARS // 2, end - MAX_SENTENCE_CHARS))
    return text[lo:lo + MAX_SENTENCE_CHARS], base + lo
