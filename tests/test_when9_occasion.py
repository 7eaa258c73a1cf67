"""Stage ``date``: an act a relative clause of "at which", "in which" or "during which" tells of
a happening named again was done in that happening, as "at the summit, he demanded" is: it
takes the time the story gives the happening where it told it with a time."""

from __future__ import annotations

import pytest


_SUMMIT = "The leaders held a summit in Varna on Monday. "

# (sentences written for the project, trigger, (date, precision, date_source)); published on
# Saturday 8 September 2018
CASES = [
    # the relative clause of "at which" tells what was done at the summit the story dated
    (_SUMMIT + "The minister spoke hours after the summit, at which the president pleaded with "
     "the two envoys to halt the offensive.", "pleaded", ("2018-09-03", "day", "story")),
    (_SUMMIT + "Officials later described the summit, at which the president pleaded with the "
     "two envoys to halt the offensive, as tense.", "pleaded", ("2018-09-03", "day", "story")),
    # ... as the act told at the summit named again is
    (_SUMMIT + "At the summit, the president pleaded with the two envoys to halt the offensive.",
     "pleaded", ("2018-09-03", "day", "story")),
    # ... and the summit's own time in the sentence is kept
    ("Speaking after a summit in Varna on Friday at which the president pleaded with the two "
     "envoys to halt the offensive, the minister warned the rebels.", "pleaded",
     ("2018-09-07", "day", "sentence")),
]


@pytest.mark.parametrize(("text", "word", "want"), CASES)
def test_when9_occasion_relative_dates(event_on_unfiltered, text, word, want):
    event = event_on_unfiltered(text, word, "2018-09-08")
    assert (event.date, event.date_precision, event.date_source) == want
