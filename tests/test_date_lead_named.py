"""Stage ``date``, for the lead: an act done to someone the lead does not name ("A journalist
has been shot dead") takes the day of the next sentence when that sentence opens on a name,
naming who the story is about ("Maria Lopez, 31, was leaving her office on Tuesday when …");
not when it opens on someone else, nor when the lead named the person already, nor a time
older than the news."""

from __future__ import annotations

import pytest

# (text written for the project, publication date, trigger, date, precision, date_source)
CASES = [
    ("A British man has been arrested in Turkey. Joe Smith was on holiday in Didim on 22 July "
     "when armed police raided his hotel.", "2017-08-06", "arrested", "2017-07-22", "day",
     "carried"),
    # the scene of the blow in the past progressive
    ("A journalist has been shot dead in the capital. Maria Lopez, 31, was leaving her office "
     "on Tuesday evening when two gunmen opened fire.", "2017-08-06", "shot", "2017-08-01",
     "day", "carried"),
    # the next sentence opens on no name: another story
    ("A British man has been arrested in Turkey. The minister was in Ankara on 22 July when "
     "armed police raided the hotel.", "2017-08-06", "arrested", "2017-08-06", None,
     "publication"),
    # ... or on a time older than the news
    ("A British man has been arrested in Turkey. Joe Smith was on holiday in Didim in 2015 when "
     "armed police raided his hotel.", "2017-08-06", "arrested", "2017-08-06", None,
     "publication"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_lead_named_next_dates_the_lead(events_in, text, pubdate, word, date, precision,
                                             source):
    found = [e for e in events_in(text, pubdate) if e.trigger == word]
    assert found, f"no event on {word!r}"
    e = found[0]
    assert (e.date, e.date_precision, e.date_source) == (date, precision, source)
