"""Recipients one illustrative sentence per construction (table-driven): the noun a relative
clause describes for a preposition the clause leaves bare, those said to be "under" an act of
force, and a building of the common life struck, which is the event's object and no party."""

from __future__ import annotations

import pytest

# (sentence, trigger, recipient words): a bare preposition in a relative clause stands for the
# noun the clause describes
STRANDED = [
    ("It was the tribal leaders that we met with in the capital.", "met",
     "the tribal leaders"),
    ("These are the rebel groups the government negotiated with last year.", "negotiated",
     "the rebel groups"),
]


@pytest.mark.parametrize("text, trigger, recipient", STRANDED)
def test_recipient_sites_bare_preposition_in_relative_clause(event_on, text, trigger,
                                                             recipient):
    event = event_on(text, trigger)
    assert event.target is not None and event.target.text == recipient, event.target


# (sentence, trigger, recipient words): those who come "under" siege or attack are whom it is
# done to, a bare count too (being under one is a state, no event: test_status_states)
UNDER = [
    ("About 30,000 came under siege in the old city.", "siege", "About 30,000"),
    ("Thousands of villagers came under attack in the valley.", "attack",
     "Thousands of villagers"),
]


@pytest.mark.parametrize("text, trigger, recipient", UNDER)
def test_recipient_sites_those_under_siege(event_on, text, trigger, recipient):
    event = event_on(text, trigger)
    assert event.target is not None and event.target.text == recipient, event.target


# (sentence, trigger, object words, recipient words, sector, country or None): a building
# struck is the event's object; when no one else is named, the party is the people it serves,
# of the sector its kind says, in the country of the place it stands in
SITES = [
    ("Government jets bombed a hospital in Homs on Monday.", "bombed", "a hospital in Homs",
     "a hospital", "HLH", "SYR"),
    ("Two schools have reportedly been shelled since Sunday.", "shelled", "Two schools",
     "Two schools", "EDU", None),
    ("Nine of the twelve clinics in the valley have been hit by shelling.", "hit",
     "Nine of the twelve clinics in the valley", "Nine of the twelve clinics", "HLH", None),
    ("They hit the clinic; families were running.", "hit", "the clinic", "the clinic", "HLH",
     None),
    ("Militiamen shelled a school and a market in Kano.", "shelled", "a school and a market",
     "a school and a market", "CVL", "NGA"),
    ("Police raided a mosque in Kano on Friday.", "raided", "a mosque in Kano", "a mosque", "REL",
     "NGA"),
]


@pytest.mark.parametrize("text, trigger, thing, words, sector, country", SITES)
def test_recipient_sites_building_struck_is_the_object(event_on, text, trigger, thing, words,
                                                       sector, country):
    event = event_on(text, trigger)
    assert event.object == thing, event
    assert event.target is not None and event.target.text == words, event.target
    assert (event.target.sector, event.target.country) == (sector, country), event.target


def test_recipient_sites_building_of_a_held_town_is_its_peoples(event_on):
    # the building's people, not the side holding the town, when the building is named
    event = event_on("Government jets bombed a hospital in rebel-held Douma.", "bombed")
    assert event.target is not None and event.target.sector == "HLH", event.target


# (sentence, trigger): a building put to another use serves no people of its kind
OTHER_USE = [
    ("The army shelled a school used as a base by rebel fighters in Homs.", "shelled"),
    ("Jets bombed a former school in Homs on Monday.", "bombed"),
    ("Jets bombed a hospital that the rebels had turned into a headquarters.", "bombed"),
]


@pytest.mark.parametrize("text, trigger", OTHER_USE)
def test_recipient_sites_building_put_to_other_use(event_on, text, trigger):
    event = event_on(text, trigger)
    assert event.target is None or event.target.sector not in ("EDU", "HLH"), event.target


def test_recipient_sites_people_struck_near_a_building_stay(event_on):
    event = event_on("The army attacked the armed men near the hospital.", "attacked")
    assert event.target is not None and event.target.text == "the armed men", event.target


# (sentence, trigger, the recipients' countries): states coordinated in the "of" phrase of a
# plural noun are one party each, also where the actor stage found the recipient beyond the
# coder's words (the thing "a summit" is held with them)
OF_STATES = [
    ("The envoy met the foreign ministers of Norway and Kenya.", "met", ["NOR", "KEN"]),
    ("Putin hosted a summit with the leaders of Iran and Turkey.", "hosted", ["IRN", "TUR"]),
]


@pytest.mark.parametrize("text, trigger, countries", OF_STATES)
def test_recipient_sites_states_coordinated_in_of_phrase(events_in, text, trigger, countries):
    found = [e.target.country for e in events_in(text) if e.trigger == trigger and e.target]
    assert found == countries, found


# (text, trigger, the maker's earlier words): a decision or a plan judged with no maker in its
# own words is the one's an earlier sentence of the story names as its maker
MAKERS = [
    ("Norland announced plans for a border force in the valley. Vesta also opposed the plan, "
     "saying it could split the region.", "opposed", "Norland"),
    ("On Wednesday Donald Trump's decision to withdraw troops shocked the allies. Britain "
     "criticised the decision.", "criticised", "Donald Trump"),
    ("The Kenyan cabinet took the decision on Monday. The opposition rejected the decision.",
     "rejected", "The Kenyan cabinet"),
]


@pytest.mark.parametrize("text, trigger, maker", MAKERS)
def test_recipient_sites_maker_of_a_thing_judged(event_on, text, trigger, maker):
    event = event_on(text, trigger)
    assert event.target is not None and event.target.text == "", event.target
    assert event.target.antecedent == maker, event.target


@pytest.mark.parametrize("text, trigger", [
    # the act's own doer made it: no recipient
    ("Vesta announced a plan for talks. Vesta defended the plan.", "defended"),
    # a thing told of in its own words ("the plan for ...") is no earlier one
    ("Norland announced plans for a force. Vesta opposed the plan for new taxes.", "opposed"),
])
def test_recipient_sites_no_maker(event_on, text, trigger):
    event = event_on(text, trigger)
    assert event.target is None or event.target.antecedent is None, event.target


# (sentence, trigger, recipient words): "it" as the subject of what a party says of itself
# stands for that party
SAID_IT = [
    ("The foreign office said it had been consulted in advance.", "consulted",
     "The foreign office"),
    ("Norland said it was asked to join the talks.", "asked", "Norland"),
]


@pytest.mark.parametrize("text, trigger, recipient", SAID_IT)
def test_recipient_sites_it_said_of_oneself(event_on, text, trigger, recipient):
    event = event_on(text, trigger)
    assert event.target is not None and event.target.text == recipient, event.target


def test_recipient_sites_empty_it_is_no_party(event_on):
    event = event_on("It was agreed that the army would leave.", "agreed")
    assert event.target is None, event.target


def test_recipient_sites_participle_acting_on_people_is_active(event_on):
    # the parse hangs "killed" on "the group" as a participle, but it has people as its object
    event = event_on("In May, gunmen linked to the group killed at least 40 worshippers in a "
                     "mosque in the city.", "killed")
    assert event.target is not None and event.target.text == "at least 40 worshippers", \
        event.target


def test_recipient_sites_object_made_to_act_does_the_infinitive(event_on):
    # a verb that makes its object act, with the infinitive right after the object's phrase,
    # which the parse hangs on the verb as a clause of purpose
    event = event_on("The Syrian offensive led the Kurdish-led SDF militia to plead with Russia "
                     "for air cover.", "plead")
    assert event.source is not None and event.source.text == "the Kurdish-led SDF militia", \
        event.source
    assert event.target is not None and event.target.text == "Russia", event.target


# (sentence, trigger, recipient words): a town an act of force struck is where it was done
# when the act's own clause names whom it killed or wounded
VICTIMS_IN_TOWN = [
    ("Government forces shelled Douma, killing 12 people.", "shelled", "12 people"),
    ("An airstrike on Khan Sheikhoun killed 13 civilians.", "airstrike", "13 civilians"),
]


@pytest.mark.parametrize("text, trigger, recipient", VICTIMS_IN_TOWN)
def test_recipient_sites_victims_named_over_the_town(event_on, text, trigger, recipient):
    event = event_on(text, trigger)
    assert event.target is not None and event.target.text == recipient, event.target


# (sentence, trigger, holder's sector, recipient words): a town struck that a phrase after its
# name says someone holds stands for its holder, named by the town's words
HELD_TOWNS = [
    ("Government forces shelled Douma, a town controlled by the rebels.", "shelled", "REB",
     "Douma, a town controlled by the rebels"),
    ("Government forces shelled Douma, which is held by Islamic State.", "shelled", "REB",
     "Douma"),
]


@pytest.mark.parametrize("text, trigger, sector, recipient", HELD_TOWNS)
def test_recipient_sites_town_stands_for_its_holder(event_on, text, trigger, sector,
                                                    recipient):
    event = event_on(text, trigger)
    assert event.target is not None and event.target.sector == sector, event.target
    assert event.target.text == recipient, event.target
