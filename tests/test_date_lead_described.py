"""Stage ``date``, for the lead: an act told in a relative clause of whom the lead is about
("The parents of a British man who was arrested in Turkey have insisted …", "A soldier who was
killed while fighting … has been named") takes the day the next sentence gives its story, when
that sentence names the one the lead did not, or tells the same kind of happening; not when the
next sentence tells another story or the lead's own act ("… has been released"), nor a time
older than the news."""

from __future__ import annotations

import pytest

# (text written for the project, publication date, trigger, date, precision, date_source)
CASES = [
    # the next sentence names the man the lead told of unnamed
    ("The parents of a British man who was arrested in Turkey have insisted he is innocent. "
     "Tom Baker was on holiday in Bodrum on 12 June when armed police raided his hotel.",
     "2019-06-20", "arrested", "2019-06-12", "day", "carried"),
    # ... or tells the same kind of happening: a killing and a death
    ("A British volunteer who was killed by a landmine while fighting near Raqqa has been "
     "named. The 29-year-old died alongside two comrades on Tuesday.", "2019-06-20", "fighting",
     "2019-06-18", "day", "carried"),
    # the next sentence tells another story
    ("The parents of a British man who was arrested in Turkey have insisted he is innocent. "
     "The minister was in Ankara on 12 June when police raided a newspaper.", "2019-06-20",
     "arrested", "2019-06-20", None, "publication"),
    # the lead tells another act of its own, which the next sentence dates
    ("A British man who was arrested in Turkey has been released. Tom Baker was freed on "
     "Tuesday after six weeks in custody.", "2019-06-20", "arrested", "2019-06-20", None,
     "publication"),
    # a time older than the news is background, not the story of the lead
    ("The parents of a British man who was arrested in Turkey have insisted he is innocent. "
     "Tom Baker was on holiday in Bodrum in 2015 when armed police raided his hotel.",
     "2019-06-20", "arrested", "2019-06-20", None, "publication"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_lead_described_takes_the_next_day(events_in_unfiltered, text, pubdate, word, date,
                                                precision, source):
    found = [e for e in events_in_unfiltered(text, pubdate) if e.trigger == word]
    assert found, f"no event on {word!r}"
    e = found[0]
    assert (e.date, e.date_precision, e.date_source) == (date, precision, source)
