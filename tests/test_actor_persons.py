"""Who a person is from the words that name them, one illustrative sentence per construction
(table-driven): a peer's title says a British member of the Lords; one bomber who is a person is
an armed person, not an aircraft; a former soldier is a civilian; "both men" stands for the two
named before; "her" never stands for a man whose given name says he is one; a foreign volunteer
keeps their own country; a person's capture is done to them."""

from __future__ import annotations

import pytest

PUBDATE = "2021-06-01"


# (text, trigger, the source's country, its sector)
PERSONS = [
    # a peer's title before a name: British, of the Lords
    ("Lord Harwood condemned the attack on the mosque.", "condemned", "GBR", "LEG"),
    ("Baroness Kelling criticised the minister on Monday.", "criticised", "GBR", "LEG"),
    # a lord of a trade is no peer
    ("A Mexican drug lord attacked the police station.", "attacked", "MEX", "CRM"),
    # one bomber the sentence speaks of as "himself": a person
    ("A bomber blew himself up at a checkpoint in Kabul, killing six soldiers.", "blew", "AFG",
     "UAF"),
    # one bomber of no nation or type: a person
    ("A bomber attacked the market in Baghdad on Friday.", "attacked", "IRQ", "UAF"),
    # a nation's bomber and bombers: aircraft of its forces
    ("A Russian bomber attacked the market in Aleppo on Friday.", "attacked", "RUS", "MIL"),
    ("Russian bombers attacked the market in Aleppo on Friday.", "attacked", "RUS", "MIL"),
    # a state's post held no more: a former soldier is a civilian, a former official of the elite
    ("A former British soldier criticised the ministry of defence.", "criticised", "GBR", "CVL"),
    ("A former Syrian official criticised the government in Damascus.", "criticised", "SYR",
     "ELI"),
]


@pytest.mark.parametrize("text, trigger, country, sector", PERSONS)
def test_actor_persons_words_say_who(event_on_unfiltered, text, trigger, country, sector):
    source = event_on_unfiltered(text, trigger, PUBDATE).source
    assert source is not None and (source.country, source.sector) == (country, sector), source


# (text, trigger, the source's antecedent)
BOTH = [
    # "both men": the two named together before
    ("Tomas Brandt and Erik Berg were detained on Monday. Both men were released by the police "
     "on Friday.", "released", "Tomas Brandt and Erik Berg"),
    # the two men a description counts, though it begins with "the"
    ("The two men, Tomas Brandt and Erik Berg, were captured by rebels in January. Both men have "
     "supplied intelligence to the army.", "supplied", "The two men, Tomas Brandt and Erik Berg"),
]


@pytest.mark.parametrize("text, trigger, antecedent", BOTH)
def test_actor_persons_both_stands_for_the_two_named(event_on_unfiltered, text, trigger,
                                                     antecedent):
    event = event_on_unfiltered(text, trigger, PUBDATE)
    party = event.source if event.source is not None and event.source.antecedent else \
        event.target
    assert party is not None and party.antecedent == antecedent, event


def test_actor_persons_her_is_no_man(event_on_unfiltered):
    text = "Tomas Brandt met the judge in Oslo. The court rejected her request for asylum."
    target = event_on_unfiltered(text, "rejected", PUBDATE).target
    assert target is None or target.antecedent != "Tomas Brandt", target


# (text, trigger, the target's country, its sector): a person of one country serving a body of
# another keeps their own country
MEMBERS = [
    ("Tomas Brandt, a British volunteer with the YPG, was killed in Raqqa.", "killed", "GBR",
     "REB"),
    # the body's own members are of its country
    ("Fighters of the YPG were killed in Raqqa.", "killed", "SYR", "REB"),
]


@pytest.mark.parametrize("text, trigger, country, sector", MEMBERS)
def test_actor_persons_foreign_member_keeps_own_country(event_on_unfiltered, text, trigger,
                                                        country, sector):
    target = event_on_unfiltered(text, trigger, PUBDATE).target
    assert target is not None and (target.country, target.sector) == (country, sector), target


# (text, trigger, the target's antecedent or words): a person's capture is done to the person
CAPTURED = [
    ("Tomas Brandt and Erik Berg were held in Syria. Their capture had been a priority for the "
     "army.", "capture", "Tomas Brandt and Erik Berg"),
]


@pytest.mark.parametrize("text, trigger, antecedent", CAPTURED)
def test_actor_persons_a_persons_capture_is_done_to_them(event_on_unfiltered, text, trigger,
                                                         antecedent):
    event = event_on_unfiltered(text, trigger, PUBDATE)
    assert event.source is None, event
    assert event.target is not None and event.target.antecedent == antecedent, event
