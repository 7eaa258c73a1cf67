"""A title said alone ("the leader") stands for the last person named before with that title,
before the name or in an apposition (sentences written for these tests)."""

from __future__ import annotations

import pytest

# (text, trigger, the recipient's resolved name)
TITLED = [
    # the title before the name
    ("Hamas leader Ismail Haniyeh arrived in Cairo. Egyptian officials met the leader on "
     "Monday.", "met", "Ismail Haniyeh"),
    # the title in an apposition to the name
    ("Abu Bakr al-Baghdadi, the group's leader, was hiding in the town. Foreign fighters nearly "
     "succeeded in killing the leader.", "killing", "Abu Bakr al-Baghdadi"),
]


@pytest.mark.parametrize("text, trigger, name", TITLED)
def test_actor_titled_title_alone_stands_for_the_named_person(event_on_unfiltered, text,
                                                              trigger, name):
    target = event_on_unfiltered(text, trigger).target
    assert target is not None and target.name == name, target


def test_actor_titled_no_one_named_with_the_title_resolves_to_no_one(event_on_unfiltered):
    target = event_on_unfiltered("Ismail Haniyeh arrived in Cairo. Police arrested the "
                                 "leader on Monday.", "arrested").target
    assert target is not None and target.antecedent != "Ismail Haniyeh", target


_KENYA = ("Police in Nairobi arrested dozens of protesters on Monday. Kenyan officials said the "
          "unrest would spread across Kenya. ")

# (text, trigger, the actor's resolved name, its country): the description stands for the
# person, whose country the title gave, not the country the report is about
DESCRIBED = [
    # an office said in an apposition before the name
    (_KENYA + "The Iranian foreign minister, Ali Rezai, visited Nairobi. The minister condemned "
     "the arrests.", "condemned", "Ali Rezai", "IRN"),
    # the office with its modifier
    (_KENYA + "The Iranian foreign minister, Ali Rezai, visited Nairobi. The foreign minister "
     "condemned the arrests.", "condemned", "Ali Rezai", "IRN"),
    # a kind of person before the name
    (_KENYA + "The American aid worker Tom Baxter was detained in Nairobi. The aid worker later "
     "criticised the Kenyan police.", "criticised", "Tom Baxter", "USA"),
    # a kind of person in an apposition after the name
    (_KENYA + "Tom Baxter, an American journalist, was detained in Nairobi. The journalist later "
     "criticised the Kenyan police.", "criticised", "Tom Baxter", "USA"),
]


@pytest.mark.parametrize("text, trigger, name, country", DESCRIBED)
def test_actor_titled_description_keeps_the_persons_country(event_on_unfiltered, text, trigger,
                                                             name, country):
    source = event_on_unfiltered(text, trigger, "2019-05-02").source
    assert source is not None and (source.name, source.country) == (name, country), source


def test_actor_titled_another_modifier_is_another_person(event_on_unfiltered):
    # "the defence minister" is not the foreign minister named before
    text = (_KENYA + "The Iranian foreign minister, Ali Rezai, visited Nairobi. The defence "
            "minister condemned the arrests.")
    source = event_on_unfiltered(text, "condemned", "2019-05-02").source
    assert source is None or source.name != "Ali Rezai", source
