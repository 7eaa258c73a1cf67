"""Stage ``date``: a saying named by a noun of its sayer ("the president's demand") with no time
of its own takes the time of the saying the text tells that sayer made
(:mod:`dateline.date_owner`)."""

from __future__ import annotations

import pytest

from dateline.date import DATE_SOURCES
from test_date_story import _dated

# (article written for the project, publication date, trigger (the last of its word), date,
# precision, date_source)
CASES = [
    # the sayer's one dated saying, told before the noun ...
    ("Smith tweeted on Sunday that the allies should take back their fighters. Smith's demand "
     "has met a mixed response.", "2019-02-18", "demand", "2019-02-17", "day", "story"),
    # ... or after it
    ("Smith's demand that the allies take back their fighters has met a mixed response. Smith "
     "tweeted on Sunday that they should do so.", "2019-02-18", "demand", "2019-02-17", "day",
     "story"),
    ("Karimov warned on Monday that his army would strike. Karimov's threat alarmed the "
     "neighbours.", "2019-02-20", "threat", "2019-02-18", "day", "story"),
    # sayings of two days: no one saying told again
    ("Smith said on Friday that the allies must pay more. Smith tweeted on Sunday that they "
     "should take back their fighters. Smith's demand has met a mixed response.", "2019-02-18",
     "demand", "2019-02-18", None, "publication"),
    # another sayer's saying is not the demand
    ("Jones tweeted on Sunday that the allies should take back their fighters. Smith's demand "
     "has met a mixed response.", "2019-02-18", "demand", "2019-02-18", None, "publication"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_owner_saying_told_again(nlp, text, pubdate, word, date, precision, source):
    assert source in DATE_SOURCES
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)
