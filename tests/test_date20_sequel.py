"""Stage ``date``: an act told in an "after", "before" or "since" clause with no time of its
own takes the main clause's time only through the relation the connective states, at no
finer than week precision; the main act and a sequel with its own time keep theirs
(sentences written for the project)."""

from __future__ import annotations

import pytest

from test_date import _dated


# (text, pubdate, trigger, date, precision, date_source)
@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), [
    # a gerund after "after": before the main act, on a day the text does not give
    ("The senator hit back on Wednesday after agreeing to close the charity.", "2018-12-19",
     "agreeing", "2018-12-19", "week", "clause"),
    ("The minister resigned on Monday after meeting the president.", "2018-12-19",
     "meeting", "2018-12-17", "week", "clause"),
    # ... and the main act keeps its day
    ("The minister resigned on Monday after meeting the president.", "2018-12-19",
     "resigned", "2018-12-17", "day", "clause"),
    # a finite clause opened by "after" or "before"
    ("The rebels signed the accord on Tuesday after the army withdrew from the town.",
     "2018-12-19", "withdrew", "2018-12-18", "week", "sentence"),
    ("Rebels attacked the town on Sunday before the army withdrew.", "2018-12-19",
     "withdrew", "2018-12-16", "week", "sentence"),
    ("Rebels attacked the town on Sunday before the army withdrew.", "2018-12-19",
     "attacked", "2018-12-16", "day", "clause"),
    # a sequel telling its own time keeps it, a shift from the main act among them
    ("The mayor hit out at the judges a day after agreeing to sell the club.",
     "2018-12-19", "agreeing", "2018-12-18", "day", "sentence"),
    ("The army withdrew on Tuesday after rebels attacked the town on Sunday.", "2018-12-19",
     "attacked", "2018-12-16", "day", "clause"),
])
def test_date20_sequel_takes_main_time_through_relation(nlp, text, pubdate, word, date,
                                                         precision, source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)
