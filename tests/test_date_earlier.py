"""Stage ``date``: acts the grammar of their clause puts before the news, with no time told,
have no date (``before publication``); the news of the day keeps the report's day (sentences
written for the project)."""

from __future__ import annotations

import pytest

_BEFORE = (None, None, "before publication")
_REPORT = ("2024-03-16", None, "publication")


# (text, trigger, (date, precision, date_source)); published on 16 March 2024
@pytest.mark.parametrize(("text", "word", "expected"), [
    # the start of a span: a clause of "since" told in the past
    ("The army has held the man since he was captured by rebels near the border.", "captured",
     _BEFORE),
    ("Fighters have controlled the area since the group seized the town.", "seized", _BEFORE),
    ("Police said the man had been held since troops arrested him.", "arrested", _BEFORE),
    # the cause of a later act the sentence dates, told in a relative clause of the happening
    ("Crowds gathered. The raid, in which soldiers shot two farmers, led to a trial that opened "
     "on Monday.", "shot", _BEFORE),
    # a step of a life past the lead, and what its sentence tells with it
    ("Troops arrived. After he was freed, he rejoined the group and fought in Idlib.", "freed",
     _BEFORE),
    ("Troops arrived. After he was freed, he rejoined the group and fought in Idlib.", "fought",
     _BEFORE),
    # the day's news keeps the report's day
    ("Five people were killed when a bomb exploded in a market.", "exploded", _REPORT),
    ("Police say three people are dead after a gunman opened fire at a school.", "opened",
     _REPORT),
    ("Rebels attacked the town. Police said gunmen killed two men.", "killed", _REPORT),
    ("Troops arrived. Gunmen seized the town and killed two men.", "killed", _REPORT),
])
def test_date_earlier_before_the_news(events_in, text, word, expected):
    events = [e for e in events_in(text, "2024-03-16") if e.trigger == word]
    assert events, f"no event {word!r} in {text!r}"
    assert (events[0].date, events[0].date_precision, events[0].date_source) == expected
