"""Acts neared but not done, nouns in their non-event senses (the pull of a movement, demand
in trade, a text released, money freed up), journeys of no party and rebukes told by "hit out
at"; beside the same words where they stay events (sentences written for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2024-05-20"

# (sentence, trigger that must give no event)
NON_EVENTS = [
    ("The army was weeks away from capturing the last rebel-held district.", "capturing"),
    ("The militia was close to seizing the port when the rains came.", "seizing"),
    ("The government stopped short of recognising the breakaway council.", "recognising"),
    ("The army came close to capturing the hill town.", "came"),
    ("The army came close to capturing the hill town.", "capturing"),
    ("The movement's appeal has faded since it lost its last town.", "appeal"),
    ("The party has lost its appeal among young voters.", "appeal"),
    ("Traders said there was strong demand for onions in the capital.", "demand"),
    ("The release of the election manifestos was delayed by a week.", "release"),
    ("The budget cut freed up money for the border guards.", "freed"),
    # a journey of a group no party, state or country is named for
    ("The volunteers trained for a month. They went first to the eastern town, then to the "
     "coast.", "went"),
]

# (sentence, trigger, event type) where the same words are events
EVENTS = [
    ("Troops captured a village close to the border.", "captured", "COERCE"),
    ("The court rejected the group's appeal on Monday.", "rejected", "REJECT"),
    ("The bishop made an appeal for calm after the riot.", "appeal", "REQUEST"),
    ("The army ordered the release of forty prisoners on Friday.", "release", "RETREAT"),
    ("The union leader hit out at the interior minister over the arrests.", "hit", "ACCUSE"),
    ("Gunmen hit the convoy with rockets near the pass.", "hit", "ASSAULT"),
    ("The rebels freed the hostages on Monday.", "freed", "RETREAT"),
    ("The Iranian delegation landed on Monday. They went to the Kremlin for talks.", "went",
     "CONSULT"),
]


@pytest.mark.parametrize("text, trigger", NON_EVENTS)
def test_sense_nearness_acts_neared_and_other_senses_are_no_event(no_event_on, text, trigger):
    no_event_on(text, trigger, PUBDATE)


@pytest.mark.parametrize("text, trigger, etype", EVENTS)
def test_sense_nearness_same_words_stay_events(types_on, text, trigger, etype):
    assert types_on(text, trigger, PUBDATE) == [etype]


# the means named as the agent of a passive act is that act, no second one
ONE_HAPPENING = [
    ("Ten villagers were killed by shelling near the dam.", "killed"),
    ("Four schools in the valley were destroyed by shelling this week.", "destroyed"),
]


@pytest.mark.parametrize("text, trigger", ONE_HAPPENING)
def test_sense_nearness_means_of_a_passive_act_is_no_second_event(events_in, text, trigger):
    events = events_in(text, PUBDATE)
    assert [e.trigger.lower() for e in events] == [trigger], \
        [(e.event_type, e.trigger, e.status) for e in events]


def test_sense_nearness_a_rebuke_hit_out_at_has_its_recipient(events_in):
    events = events_in("The union leader hit out at the interior minister over the arrests.",
                       PUBDATE)
    rebuke = next(e for e in events if e.trigger.lower() == "hit")
    assert rebuke.target is not None and "minister" in rebuke.target.text
