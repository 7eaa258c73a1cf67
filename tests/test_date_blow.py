"""Stage ``date``: the blow that killed one person named again ("… the device detonated,
killing Peter") is that person's death, which the text dates before."""

from __future__ import annotations

import pytest

from test_date_story import _dated

_STORY = ("A Canadian volunteer killed while clearing mines in the city of Tabqa has been named. "
          "Peter Lang, 27, from Winnipeg, died on 14 June while clearing mines with a local "
          "militia. “Peter went into the house to bring the children out. He carried one of the "
          "girls outside and went back for her brother. That is when the device detonated, "
          "killing {victim},” a fellow volunteer said.")

# (article written for the project, publication date, trigger (the last of its word), date,
# precision, date_source)
CASES = [
    # the blow that killed Peter Lang: his death, dated before
    (_STORY.format(victim="Peter"), "2019-06-20", "detonated", "2019-06-14", "day", "story"),
    # ... not the blow that killed someone the text never said died then
    (_STORY.format(victim="Maria"), "2019-06-20", "detonated", "2019-06-20", None,
     "publication"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_blow_takes_the_victims_death(nlp, text, pubdate, word, date, precision, source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)
