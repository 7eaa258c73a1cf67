"""Plans told are proposed events; forecasts, a campaign's own aim and private journeys are none.

Sentences written for the project. The realness veto is off (``unfiltered``): these rows test
what the coder's rules give."""

from __future__ import annotations

import pytest


# What a party plans, told as a plan: (sentence, trigger, status)
PLANNED = [
    # what a particular means will do: the plan of whoever made it
    ("The decision will free 200 prisoners.", "free", "proposed"),
    ("Its new law will ban the opposition party.", "ban", "proposed"),
    # a count of no one named with a time of its own: a dated plan
    ("Some will protest on Friday, the organisers said.", "protest", "proposed"),
    # what a campaign that is no act of its own is for: attempted by it
    ("Police launched a campaign to arrest drug dealers.", "arrest", "attempted"),
    # an infinitive with its own subject under a verb of expecting or wanting: still to come
    ("Oslo expected Sweden to hand over the island to Denmark.", "hand", "proposed"),
    ("The minister expects the army to withdraw from the valley.", "withdraw", "proposed"),
]


@pytest.mark.parametrize("text, trigger, status", PLANNED)
def test_plans_told_are_proposed(events_in_unfiltered, text, trigger, status):
    events = events_in_unfiltered(text)
    assert [e.status for e in events if e.trigger.lower() == trigger] == [status], \
        [(e.event_type, e.trigger, e.status) for e in events]


# No event of the trigger: (sentence, trigger)
NONE = [
    # a means only thought of, what one would do, what one will make others do: forecasts
    ("Only a negotiated solution will allow the return of the refugees.", "allow"),
    ("The drafted bill would extend funding for the border guards.", "extend"),
    ("The measure will force the army to withdraw from the ridge.", "withdraw"),
    # a vague count with no time of its own
    ("The siege is long because so many will fight to the end.", "fight"),
    # the aim of a campaign the lexicon codes as an act is that act, no second happening
    ("The battle to retake the city began in March.", "retake"),
    # a journey by "he" or "she" standing for a private person or for no one named
    ("Her brother worked in a bakery in Leeds. He went to Syria in 2014.", "went"),
    ("Her cousin sold the family shop. She flew to Iraq in June.", "flew"),
]


@pytest.mark.parametrize("text, trigger", NONE)
def test_plans_forecasts_and_private_journeys_are_no_events(no_event_on_unfiltered, text, trigger):
    no_event_on_unfiltered(text, trigger)


# A journey by a pronoun that stands for a party is a visit: (sentence, trigger, doer's name)
JOURNEYS = [
    ("Turkish President Recep Tayyip Erdogan spoke in Ankara on Sunday. He arrived in Moscow "
     "for talks on Monday.", "arrived", "Recep Tayyip Erdogan"),
]


@pytest.mark.parametrize("text, trigger, name", JOURNEYS)
def test_plans_a_partys_journey_by_pronoun_stays(events_in_unfiltered, text, trigger, name):
    found = [e for e in events_in_unfiltered(text) if e.trigger.lower() == trigger]
    assert found and found[0].source is not None and found[0].source.name == name, found
