"""A demonym joined to a party by a participle of backing ("Turkish-backed rebels") names the
sponsor, not the fighters' country nor a place of the sentence: the group, of no state of its
own, is of the country it fights in, and a "they" that stands for it in a later quote is its
side (table-driven, one illustrative text per construction, written for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2018-03-20"

# (text, trigger, the doer's country)
BACKED = [
    ("Turkish-backed rebels attacked the Kurdish town of Manbij on Sunday.", "attacked", "SYR"),
    ("Iranian-trained militiamen shelled the town of Abu Kamal on Sunday.", "shelled", "SYR"),
    # the pronoun of a later quote stands for the one side attacking
    ("On 20 January, Turkish-backed rebels attacked the Kurdish town of Manbij. “It was "
     "like nothing I had seen,” a fighter told me last week. “The shelling was heavy. They hit "
     "the clinic; people were fleeing.”", "hit", "SYR"),
]


@pytest.mark.parametrize(("text", "trigger", "country"), BACKED)
def test_doers_backers_demonym_is_no_country_of_the_backed(some_events_in, text, trigger,
                                                           country):
    events = [e for e in some_events_in(text, PUBDATE) if e.trigger == trigger]
    assert events, trigger
    assert all(e.source is not None and e.source.country == country for e in events), \
        [e.source for e in events]
