"""Stage ``date``: a time of the clause a claiming participle hangs on is the claim's ("In
March 2016, reports emerged claiming the commander had been killed"), so what the claim tells
as done in the past perfect is dated by it at the latest, as by the time of a source it is told
"according to"; and a time inside a clause bounding a span, in the purpose it goes on to, dates
that clause ("until the army sent jets to bomb them in May 2015")."""

from __future__ import annotations

import pytest

# (text written for the project, trigger, date, precision, date_source); published on
# 5 February 2019
CASES = [
    ("In March 2016, reports emerged in local media claiming the commander had been killed in "
     "an airstrike.", "killed", "2016-03-01", "month", "sentence"),
    ("In March 2016, a statement appeared online saying that the commander had been killed in "
     "an airstrike.", "killed", "2016-03-01", "month", "sentence"),
    # no time of the claim: none of the killing
    ("Reports emerged in local media claiming the commander had been killed in an airstrike.",
     "killed", "2019-02-05", None, "publication"),
    # the time of the source it is told according to
    ("According to a report released on Monday, troops had killed 12 militants near the "
     "border.", "killed", "2019-02-04", "day", "sentence"),
    ("According to witnesses, troops had killed 12 militants near the border.", "killed",
     "2019-02-05", None, "publication"),
    ("The rebels were winning until the army sent its jets to bomb their positions in May 2015.",
     "sent", "2015-05-01", "month", "sentence"),
    ("The rebels were winning until the army sent its jets in May 2015 to bomb their positions.",
     "sent", "2015-05-01", "month", "clause"),
]


@pytest.mark.parametrize(("text", "word", "date", "precision", "source"), CASES)
def test_date_claimed_and_bounded_acts(events_in_unfiltered, text, word, date, precision,
                                       source):
    found = [e for e in events_in_unfiltered(text, "2019-02-05") if e.trigger == word]
    assert found, f"no event on {word!r}"
    e = found[-1]
    assert (e.date, e.date_precision, e.date_source) == (date, precision, source)
