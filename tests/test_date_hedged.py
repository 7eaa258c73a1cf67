"""Stage ``date``: an act told as done through a passive hedge ("are said to have died", "is
believed to have been killed") is dated as the plain past ("reportedly died") would be: by the
happening the sentence before dates; with no such happening, by nothing, nor by the day the hedge
was reported; by a time of its own, by that."""

from __future__ import annotations

import pytest

# (text written for the project, publication date, trigger, date, precision, date_source)
CASES = [
    ("Rebels stormed the town on Monday. At least ten soldiers are reported to have been "
     "killed.", "2018-02-14", "killed", "2018-02-12", "day", "carried"),
    ("Several fighters were killed last week in clashes with the army. Two foreign volunteers "
     "are also said to have died near the river in an airstrike.", "2018-02-14", "died",
     "2018-02-07", "week", "carried"),
    # ... as the plain past is
    ("Rebels stormed the town on Monday. At least ten soldiers were reportedly killed.",
     "2018-02-14", "killed", "2018-02-12", "day", "carried"),
    # no happening dated before: no time
    ("The commander is believed to have been killed during a raid.", "2018-02-14",
     "killed", "2018-02-14", None, "publication"),
    # ... nor from the day it was reported, as what is held now
    ("A newspaper reported on Tuesday that the commander is believed to have been killed during "
     "a raid.", "2018-02-14", "killed", "2018-02-14", None, "publication"),
    # ... but a time of its own dates it
    ("The commander is believed to have been killed in June in a raid.", "2018-02-14",
     "killed", "2017-06-01", "month", "clause"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_hedged_act_is_dated_as_a_plain_past(events_in, text, pubdate, word, date,
                                                  precision, source):
    found = [e for e in events_in(text, pubdate) if e.trigger == word]
    assert found, f"no event on {word!r}"
    e = found[-1]
    assert (e.date, e.date_precision, e.date_source) == (date, precision, source)
