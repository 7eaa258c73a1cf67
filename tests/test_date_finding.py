"""Stage ``date``: a verb reporting a finding ("found", "concluded", "ruled") or owning to one
("admitted", "acknowledged") dates the act its complement tells as done like a saying does: that
time is its latest (``sentence``)."""

from __future__ import annotations

import pytest

from test_date_story import _dated

# (article written for the project, publication date, trigger (the last of its word), date,
# precision, date_source)
CASES = [
    ("An inquiry found on Monday that soldiers had shot the protesters.", "2018-06-10", "shot",
     "2018-06-04", "day", "sentence"),
    ("On Monday a panel concluded that police had beaten the prisoners.", "2018-06-10", "beaten",
     "2018-06-04", "day", "sentence"),
    # owning to an act reports it as done, as a finding does
    ("On Friday the ministry admitted that troops had shelled the village.", "2018-03-14",
     "shelled", "2018-03-09", "day", "sentence"),
    ("The UN acknowledged on Friday that Russia had rejected the plan.", "2018-03-14",
     "rejected", "2018-03-09", "day", "sentence"),
    # the complement's own time is its own
    ("Monitors found on Monday that troops killed 20 civilians last year.", "2018-06-10",
     "killed", "2017-01-01", "year", "clause"),
    # a verb of recording what a visit found ("documented") reports no finding: its time is
    # not the act's
    ("Researchers documented on Tuesday that the militia had burned the granary.", "2018-06-10",
     "burned", "2018-06-10", None, "publication"),
    # no time told: the publication date, as for a saying
    ("An inquiry found that soldiers had shot the protesters.", "2018-06-10", "shot",
     "2018-06-10", None, "publication"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_finding_reports_like_a_saying(nlp, text, pubdate, word, date, precision, source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)
