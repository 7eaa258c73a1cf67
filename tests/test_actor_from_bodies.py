"""A party named by its role and the body it comes "from" acts for that body: it is of the body's
country, IGO for an international organisation; a place it comes from is no body
(table-driven, one illustrative sentence per construction, written for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2018-01-02"

# (text, the trigger, the actor's words, its country)
BODIES = [
    # an international organisation: IGO, not the host country the sentence names
    ("Officials from the European Union met Kenyan ministers in Nairobi.", "met", "Officials",
     "IGO"),
    # an armed group's country
    ("A delegation from Hamas held talks with Egyptian officials in Cairo.", "talks",
     "A delegation", "PSE"),
    # the body of the members a group is made of
    ("The ministry denied the report, and a delegation of experts from the OPCW arrived in "
     "Damascus to investigate.", "investigate", "a delegation", "IGO"),
    # a country, as before
    ("A team of doctors from Kenya visited the camp.", "visited", "A team of doctors from Kenya",
     "KEN"),
]


@pytest.mark.parametrize(("text", "trigger", "words", "country"), BODIES)
def test_actor_from_bodies_country_of_the_body(events_in_unfiltered, text, trigger, words,
                                               country):
    events = [e for e in events_in_unfiltered(text, PUBDATE) if e.trigger == trigger]
    assert any(e.source is not None and e.source.text == words and e.source.country == country
               for e in events), [e.source for e in events]
