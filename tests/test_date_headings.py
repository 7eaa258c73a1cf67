"""Stage ``date`` in a timeline: a month or day heading dates what its section tells with no time
of its own; a sentence opening on a month word outside a timeline heads nothing."""

from __future__ import annotations

import pytest

from dateline.date_headings import section_times
from test_date_story import _dated

_REVIEW = ("It was a year of upheaval. January: Protesters filled the capital. Police arrested 40 "
           "of them. February: The army seized power. Soldiers detained the president. March: "
           "The junta promised elections.")

# (article written for the project, publication date, trigger (the last of its word; "#0": the
# first), date, precision, date_source)
CASES = [
    # a month heading and a colon: the section's acts are of that month
    (_REVIEW, "2018-12-28", "arrested", "2018-01-01", "month", "carried"),
    (_REVIEW, "2018-12-28", "detained", "2018-02-01", "month", "carried"),
    # ... with the heading run into its first sentence, as text taken from a page often is
    (_REVIEW.replace(":", ""), "2018-12-28", "filled", "2018-01-01", "month", "carried"),
    # the months of a review published early in the next year are of the year reviewed
    ("Review of the year. November: Rebels stormed the town. December: The army retook it. "
     "January: Talks opened in Geneva.", "2019-01-04", "stormed", "2018-11-01", "month",
     "carried"),
    # a day heading at the start of a paragraph dates the paragraph
    ("The war goes on.\n12 March: Rebels shelled the town. Troops returned fire.", "2018-12-28",
     "returned", "2018-03-12", "day", "carried"),
    # a month heading on a line of its own
    ("The year in brief.\nMarch\nRebels shelled the town. Troops returned fire.", "2018-12-28",
     "returned", "2018-03-01", "month", "carried"),
    # ... or into a quotation
    ("A hard year. January Rebels took the town. February Troops shelled it. March \u201cWe will "
     "stay,\u201d the rebels said. Troops arrested their commander.", "2018-12-28", "arrested",
     "2018-03-01", "month", "carried"),
    # a time of the act's own still comes first
    (_REVIEW.replace("Police arrested", "On 9 February police arrested"), "2018-12-28",
     "arrested", "2018-02-09", "day", "clause"),
    # a sentence opening on "May" outside a timeline heads nothing
    ("Ministers met in Paris. May God help them, one said. Police arrested 40 protesters.",
     "2018-12-28", "arrested", "2018-12-28", None, "publication"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_headings_date_their_section(nlp, text, pubdate, word, date, precision, source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)


def test_date_headings_need_a_timeline_or_a_line():
    text = "Rebels attacked. March organisers said so. April Fools came early. Nothing else."
    starts = [0, 17, 43, 71]
    assert section_times(text, starts, "2018-12-28")(43) is None
    # ... and none without a publication date
    assert section_times(_REVIEW, [0, 27], None)(27) is None
