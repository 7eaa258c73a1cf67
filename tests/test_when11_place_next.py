"""Stage ``locate``: a deed the text places nowhere itself, or only the article's focus places,
takes the place the next telling of the same happening names in its own clause; people captured
and then detained are one act of custody (:mod:`dateline.place_lead`). Short reports written for
the project."""

from __future__ import annotations

import pytest

from test_locate import _where


@pytest.mark.parametrize(("text", "word", "where"), [
    # a capture of people told with no place, told again as a detention in a country
    ("Families said they were relieved that the two suspects have been captured. The pair were "
     "detained by border guards in eastern Moldova in March, officials said.", "captured",
     ("Moldova", "MDA", "carried")),
    # ... past a sentence naming "a detention camp" (a kind of thing, no telling of the act)
    ("Families said they were relieved that the two suspects have been captured. A minister said "
     "they should not be sent to a detention camp in Cuba. The pair were detained by border guards "
     "in Moldova in March, officials said.", "captured", ("Moldova", "MDA", "carried")),
    # other people detained are another act
    ("Families said they were relieved that two suspects have been captured. Three soldiers were "
     "detained by border guards in Moldova in March, officials said.", "captured",
     (None, None, None)),
])
def test_when11_place_from_next_telling(nlp, text, word, where):
    assert _where(nlp, text, word) == where
