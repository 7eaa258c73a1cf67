"""Types, statuses and non-events by the definitions: an act the writer hedges ("likely",
"it is believed that") is alleged; an order on the noun of a military operation is the
operation, no request; an act run alongside a clause told over years gone by is a trend, no
event, unless it is dated, set against it, beside a stretch to come or an act done; fighters of
an armed group held by another armed group are arrested, not abducted, unless captured in a
fight. Sentences written for the project."""

from __future__ import annotations

import pytest

# (sentence, trigger, expected status)
STATUS = [
    # a hedging adverb on the act's verb, or on the verb whose object names the act
    ("The guards likely tortured the prisoners in the cellar.", "tortured", "alleged"),
    ("The commander probably ordered the shelling of the market.", "shelling", "alleged"),
    ("As a jailer, Omar likely engaged in the executions of the captives.", "executions",
     "alleged"),
    # the clause of an impersonal passive of believing or saying
    ("It is believed that the militia attacked the village.", "attacked", "alleged"),
    # told as done, with no hedge: actual
    ("The guards tortured the prisoners in the cellar.", "tortured", "actual"),
]


@pytest.mark.parametrize("text, trigger, want", STATUS)
def test_types13_hedged_acts_are_alleged(events_in_unfiltered, text, trigger, want):
    events = events_in_unfiltered(text, "2021-06-01")
    found = [e.status for e in events if e.trigger == trigger]
    assert found == [want], [(e.event_type, e.trigger, e.status) for e in events]


def test_types13_a_future_hedge_stays_a_plan(events_in_unfiltered):
    events = events_in_unfiltered("The army will likely attack the town.")
    assert [e.status for e in events if e.trigger == "attack"] == ["proposed"]


# (sentence, the order's trigger, the operation's trigger)
ORDERED_OPERATIONS = [
    ("The recruits, about 2,000 strong, who are spearheading a battle ordered by Norway, are "
     "worn out.", "ordered", "battle"),
]


@pytest.mark.parametrize("text, order, operation", ORDERED_OPERATIONS)
def test_types13_an_ordered_operation_is_no_request(events_in_unfiltered, text, order,
                                                    operation):
    events = events_in_unfiltered(text)
    assert not [e for e in events if e.trigger == order], \
        [(e.event_type, e.trigger) for e in events]


# (sentence, trigger with no event)
TRENDS = [
    # an act in a clause that runs alongside one told over a stretch of years ("as", "and")
    ("Relations have cooled over the last three years, as the focus turned to the border and "
     "Norway sought closer ties with Chile.", "sought"),
    ("Relations have cooled over the last three years, as Norway sought a rapprochement with "
     "Chile.", "sought"),
]


@pytest.mark.parametrize("text, trigger", TRENDS)
def test_types13_trends_are_no_events(no_event_on_unfiltered, text, trigger):
    no_event_on_unfiltered(text, trigger)


def test_types13_a_stretch_on_the_act_itself_is_left_to_the_tallies(event_on_unfiltered):
    event = event_on_unfiltered("Norway sought a rapprochement with Chile over the past two "
                                "years.", "sought")
    assert event.event_type == "REQUEST"


# (sentence, trigger, expected type): an act beside a clause told over a stretch of years
# that is an event all the same
BESIDE_TRENDS = [
    ("Relations have cooled over the last three years, as Norwegian jets bombed the port on "
     "Monday.", "bombed", "ASSAULT"),
    # a time of its own, of a year or a month
    ("Relations have cooled over the past three years, as Norway sought talks with Chile in "
     "2022.", "sought", "REQUEST"),
    ("Relations have cooled over the past three years, as Norway sought talks with Chile last "
     "month.", "sought", "REQUEST"),
    # set against the stretch by "but", not run alongside it
    ("Relations have cooled over the past five years, but Norway sought talks with Chile.",
     "sought", "REQUEST"),
    # a stretch still to come
    ("Norway will cut its troop numbers over the next two years, and Chile sought a larger "
     "role in the mission.", "sought", "REQUEST"),
    # an act told as done in the simple past: a happening, no course
    ("Relations have cooled over the past three years, and Norwegian troops seized the port of "
     "Arica.", "seized", "COERCE"),
    ("Fighting has spread over the past two years, and gunmen killed 12 farmers in a raid on "
     "the village.", "killed", "ASSAULT"),
]


@pytest.mark.parametrize("text, trigger, want", BESIDE_TRENDS)
def test_types13_an_act_beside_a_trend_stays(event_on_unfiltered, text, trigger, want):
    assert event_on_unfiltered(text, trigger).event_type == want


# (sentence, trigger, expected (type, mode))
SEIZED = [
    # fighters of one armed group held by another: arrested (ACLED: Arrests)
    ("The Syrian Democratic Forces detained dozens of Islamic State militants.", "detained",
     ("COERCE", "arrest")),
    # fighters captured in a fight: abducted, whatever custody they are then held in
    ("The rebels captured 20 Taliban fighters in the battle, and they are held in rebel "
     "custody.", "captured", ("ASSAULT", "abduct")),
    # civilians seized by an armed group: abducted
    ("The rebels abducted two aid workers on the road.", "abducted", ("ASSAULT", "abduct")),
]


@pytest.mark.parametrize("text, trigger, want", SEIZED)
def test_types13_seizure_by_who_is_held(events_in_unfiltered, text, trigger, want):
    events = events_in_unfiltered(text)
    found = [(e.event_type, e.mode) for e in events if e.trigger == trigger]
    assert found == [want], [(e.event_type, e.mode, e.trigger) for e in events]


# (sentence, trigger, expected CAMEO root): an act hedged keeps its own root, and so does
# its conjunct
HEDGED_ROOTS = [
    ("The gunmen likely raided the farm and kidnapped four workers.", "kidnapped", "18"),
    ("It is believed that the militia attacked the village and burned 20 houses.", "burned",
     "17"),
]


@pytest.mark.parametrize("text, trigger, want", HEDGED_ROOTS)
def test_types13_a_hedged_act_keeps_its_root(events_in_unfiltered, text, trigger, want):
    events = events_in_unfiltered(text)
    found = [e.cameo_root for e in events if e.trigger == trigger]
    assert found == [want], [(e.event_type, e.trigger, e.cameo_root) for e in events]

