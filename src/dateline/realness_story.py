"""An event read in its article, for the real-event model (:mod:`dateline.realness`).

A report tells its story through one or two kinds of happening, named again and again: the
attack of the lead, its toll, the arrests after it. A kind the article names once, among many
events of other kinds, is more often a wrong sense of a word, a plan or background than the
story. So each event is read with how many of the article's events are of its type (and what
share of them), and with whether an event of its type came before it: in an earlier sentence
(the story told on) or only earlier in its own sentence (a second reading of one happening).
A text of fewer than :data:`MIN_EVENTS` events tells too little of a story for counts and
shares to mean anything ("Police arrested ten protesters on Monday. Police later released
them.": each act named once): its events are judged by what they are, not by the text, and
carry :data:`FEW` instead, whose weight stands in for what the story features add on average
(``benchmarks/train_realness.py`` fits it on the training events read without them): without
it, a plain act told in two bare sentences ("Two soldiers were shot dead at a checkpoint. The
Taliban said it carried out the attack.") would be read as less likely real than the same act
in a long report.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence

from .records import Event

__all__ = ["story_features", "FEW", "STORY_PREFIXES"]

#: How many events of the type the article gives (bucket edges), and what share of its events.
_COUNT_EDGES = (2, 4, 8, 16)
_SHARE_EDGES = (0.1, 0.25, 0.5)
#: The fewest events of a text whose events are read against each other.
MIN_EVENTS = 4
#: The feature of an event of a text of too few events to read it against the others.
FEW = "story:few"
#: The prefixes of the features read against the article's other events.
STORY_PREFIXES = ("typecount:", "typeshare:", "typebefore:")


def story_features(events: Sequence[Event], sent_of: Sequence[int]) -> list[set[str]]:
    """For each of ``events`` (all the article's, in any order; ``sent_of``: the index of each
    one's sentence), the count and share of the article's events of its type
    (``typecount:``, ``typeshare:``) and where an event of its type came before it
    (``typebefore:earlier`` sentence, ``same`` sentence only, ``none``); in a text of fewer
    than :data:`MIN_EVENTS` events, only :data:`FEW`."""
    if len(events) < MIN_EVENTS:
        return [{FEW} for _ in events]
    counts = Counter(e.event_type for e in events)
    first: dict[str, tuple[int, int]] = {}  # type -> (sentence, offset) of its first event
    for e, i in zip(events, sent_of, strict=True):
        at = (i, e.char_start)
        if e.event_type not in first or at < first[e.event_type]:
            first[e.event_type] = at
    out = []
    for e, i in zip(events, sent_of, strict=True):
        n = counts[e.event_type]
        sent, start = first[e.event_type]
        before = ("earlier" if sent < i else
                  "same" if sent == i and start < e.char_start else "none")
        out.append({f"typecount:{bisect_right(_COUNT_EDGES, n)}",
                    f"typeshare:{bisect_right(_SHARE_EDGES, n / len(events))}",
                    "typebefore:" + before})
    return out
