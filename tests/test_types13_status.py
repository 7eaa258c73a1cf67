"""Types, statuses and non-events by the definitions: an act the writer hedges ("likely",
"it is believed that") is alleged; an order on the noun of a military operation is the
operation, no request; an act run alongside a clause told over years gone by is a trend, no
event; fighters of an armed group held by another armed group are arrested, not abducted;
insisting that something is so is no request. Sentences written for the project."""

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
    ("The militias are leading an offensive ordered by the defence ministry.", "ordered",
     "offensive"),
    ("The recruits, about 2,000 strong, who are spearheading a battle ordered by Norway, are "
     "worn out.", "ordered", "battle"),
]


@pytest.mark.parametrize("text, order, operation", ORDERED_OPERATIONS)
def test_types13_an_ordered_operation_is_no_request(events_in_unfiltered, text, order,
                                                    operation):
    events = events_in_unfiltered(text)
    assert not [e for e in events if e.trigger == order], \
        [(e.event_type, e.trigger) for e in events]


def test_types13_an_ordered_operation_takes_the_giver_as_doer(events_in_unfiltered):
    events = events_in_unfiltered("It was an offensive ordered by the defence minister.")
    found = [e for e in events if e.trigger == "offensive"]
    assert found and found[0].event_type == "ASSAULT"
    assert found[0].source is not None and "minister" in found[0].source.text


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


def test_types13_a_dated_act_beside_a_trend_stays(event_on_unfiltered):
    event = event_on_unfiltered("Relations have cooled over the last three years, as Norwegian "
                                "jets bombed the port on Monday.", "bombed")
    assert event.event_type == "ASSAULT"


# (sentence, trigger, expected (type, mode))
SEIZED = [
    # fighters of one armed group held by another: arrested (ACLED: Arrests)
    ("The Syrian Democratic Forces detained dozens of Islamic State militants.", "detained",
     ("COERCE", "arrest")),
    # civilians seized by an armed group: abducted
    ("The rebels abducted two aid workers on the road.", "abducted", ("ASSAULT", "abduct")),
]


@pytest.mark.parametrize("text, trigger, want", SEIZED)
def test_types13_seizure_by_who_is_held(events_in_unfiltered, text, trigger, want):
    events = events_in_unfiltered(text)
    found = [(e.event_type, e.mode) for e in events if e.trigger == trigger]
    assert found == [want], [(e.event_type, e.mode, e.trigger) for e in events]


def test_types13_insisting_what_is_so_is_no_request(no_event_on_unfiltered, event_on):
    no_event_on_unfiltered("The minister insisted that Norway is a loyal ally.", "insisted")
    event = event_on("The union insisted that the government withdraw the law.", "insisted")
    assert event.event_type == "REQUEST"

