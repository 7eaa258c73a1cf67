"""Armed groups of no state fight in their own land (:mod:`dateline.actor_fighters_home`): a doer
of an armed sector whose words name no country takes the country of the place its act is told
in, before the country the report is mostly about; a person named beside a common noun takes
the nationality the report names most. Sentences written for the project."""

from __future__ import annotations

import pytest

from dateline.actor_fighters_home import fighters_home, fought_in
from dateline.records import Actor

PUBDATE = "2019-05-20"

# (text, trigger, the source's expected country)
FIGHTERS = [
    # a sponsor's demonym names the sponsor, not the fighters: they are of where they fight
    ("Officials in London and Paris discussed the ceasefire this week. On Sunday, "
     "Chinese-backed militias attacked a village near Mandalay.", "attacked", "MMR"),
    # a bomber told just after a blast in another country than the report's is of that one
    ("The talks in Britain went on. A bomb exploded in a market in Kandahar on Monday. "
     "A bomber then blew himself up among the crowd at the shrine.", "blew", "AFG"),
    # a place named through "the town of" is told as where the act is done
    ("Officials in London met on Monday. Rebels attacked a checkpoint in the town of Afrin "
     "on Sunday.", "attacked", "SYR"),
    # a place the act strikes or a group goes to is not where it fights: the report's country
    ("Iraqi ministers gathered in Baghdad on Tuesday. The Iraqi government said the war in "
     "Iraq was not yet won. Militias fired a missile at Kuwait City on Friday.", "fired", "IRQ"),
    ("Iraqi troops bombarded Mosul on Monday. Iraqi officials said the army would push on in "
     "Iraq. The militants withdrew into Syria after the fighting.", "withdrew", "IRQ"),
    # the rebels' own words name their country: kept
    ("Rebels from Sudan attacked a town in Chad.", "attacked", "SDN"),
    # a state's army may fight abroad: the rule is not asked for it
    ("Syrian troops shelled the town of Afrin. Later the army pulled back.", "pulled", "SYR"),
    # foreign fighters are of no country the place lends
    ("Foreign fighters attacked the town of Raqqa on Sunday.", "attacked", None),
    # people named beside a common noun ("the two men, A and B") are of the nationality the
    # report gives its people most, as a bare name is, not of the country it is about
    ("British fighters have joined the war in Syria. Dozens of British volunteers went to "
     "Syria. The two men, Tom Baker and Sam Clarke, attacked a checkpoint near Raqqa. Syria "
     "said the Syrian army would respond.", "attacked", "GBR"),
    # a state's organ named with its officer keeps the country the report is about
    ("British fighters have joined the war in Syria. Dozens of British volunteers went to "
     "Syria. The police officer, Ahmed Khalil, arrested two men near Raqqa.", "arrested", "SYR"),
]


@pytest.mark.parametrize("text, trigger, country", FIGHTERS)
def test_actor_fighters_home_takes_the_place_fought_in(event_on, text, trigger, country):
    event = event_on(text, trigger, PUBDATE)
    assert event.source is not None and event.source.country == country, event.source


_REBELS = Actor(text="rebels", sector="REB")


@pytest.mark.parametrize("actor, place, told, recipient, expected", [
    (_REBELS, "SYR", True, False, "SYR"),
    # a place the text does not tell (the report's focus or dateline) gives nothing
    (_REBELS, "SYR", False, False, None),
    # a recipient is left to the rules of what is struck
    (_REBELS, "SYR", True, True, None),
    # an international organisation's place is no country
    (_REBELS, "IGO", True, False, None),
    # a state's force, a civilian, a party with a country: not asked
    (Actor(text="the army", sector="MIL"), "SYR", True, False, None),
    (Actor(text="residents", sector="CVL"), "SYR", True, False, None),
    (Actor(text="Kurdish rebels", sector="REB", country="IRQ"), "SYR", True, False, None),
    (Actor(text="gunmen", sector="UAF"), "SOM", True, False, "SOM"),
])
def test_actor_fighters_home_rule(actor, place, told, recipient, expected):
    assert fighters_home(actor, place, told, recipient) == expected


@pytest.mark.parametrize("fought_there, expected", [
    (lambda iso: True, "SYR"),
    # a place the act is not done in (struck, or gone to) gives nothing
    (lambda iso: False, None),
])
def test_actor_fighters_home_only_where_fought(fought_there, expected):
    assert fighters_home(_REBELS, "SYR", True, False, fought_there) == expected



_COUNTRIES = {"Jeddah": "SAU", "Saada": "YEM", "Oman": "OMN"}


@pytest.mark.parametrize("text, trigger, place, fought", [
    ("Rebels attacked a post near Saada on Monday.", "attacked", "YEM", True),
    # a place struck or gone to is not told as fought in; whether the rebels end up of that
    # country is left to the fallbacks asked after this rule
    ("Rebels fired a rocket at Jeddah on Monday.", "fired", "SAU", False),
    ("Rebels fled into Oman after the battle.", "fled", "OMN", False),
    # a sentence naming no place of the country leaves it told
    ("Rebels attacked a post on Monday.", "attacked", "YEM", True),
])
def test_actor_fighters_home_fought_in(nlp, text, trigger, place, fought):
    doc = nlp(text)
    at = next(t.i for t in doc if t.text == trigger)
    assert fought_in(doc, at, place, lambda ent: _COUNTRIES.get(ent.text)) is fought
