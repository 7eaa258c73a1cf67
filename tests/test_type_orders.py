"""Event types of orders and withdrawals: an order to one's own forces is the act ordered, done
by the forces; forces leaving a country retreat; territory gained is seized. Sentences written
for the project."""

from __future__ import annotations

import pytest

# (sentence, trigger, PLOVER type, mode, status)
ORDERED = [
    # an order to one's own forces: the forces' act (PLOVER RETREAT / ASSAULT), one event, and
    # as an act one is directed to do, not yet done
    ("The president ordered the army to withdraw from the city.", "withdraw", "RETREAT",
     "withdraw", "demanded"),
    ("The president has ordered US forces in the country to leave by the spring.", "leave",
     "RETREAT", "withdraw", "demanded"),
    ("The commander ordered his troops to open fire on the protesters.", "open", "ASSAULT",
     "firearms", "demanded"),
    # air strikes ordered are the orderer's assault
    ("The president ordered airstrikes on the rebel positions.", "airstrikes", "ASSAULT",
     "aerial", "actual"),
    # a "hit" ordered is a targeted killing, the orderer's
    ("The prince ordered the hit on the journalist.", "hit", "ASSAULT", "targeted", "actual"),
    # an order told with the act's participle is the act, reported as the order is
    ("The prince ordered the journalist killed, officials said.", "killed", "ASSAULT", None,
     "actual"),
    ("They accuse the prince of ordering the journalist killed.", "killed", "ASSAULT", None,
     "alleged"),
    # an order to another state's forces stays a demand
    ("Moscow ordered Ukrainian troops to leave the region.", "ordered", "REQUEST", "yield",
     "actual"),
    # forces leaving or pulling out of a country: RETREAT withdraw, not a deployment
    ("American troops are leaving the country after ten years.", "leaving", "RETREAT",
     "withdraw", "actual"),
    ("The soldiers pulled out of the province last year.", "pulled", "RETREAT", "withdraw",
     "actual"),
    ("Israeli forces exited the town on Sunday.", "exited", "RETREAT", "withdraw", "actual"),
    # territory gained by force is seized (PLOVER COERCE seize)
    ("Rebels gained control of the airport on Monday.", "gained", "COERCE", "seize", "actual"),
]


@pytest.mark.parametrize("text, trigger, etype, mode, status", ORDERED)
def test_type_orders_by_definition(event_on, text, trigger, etype, mode, status):
    e = event_on(text, trigger)
    assert (e.event_type, e.mode, e.status) == (etype, mode, status)


# orders to one's own forces are no request
NO_REQUEST = [
    "The prince ordered the journalist killed, officials said.",
    "The president ordered the army to withdraw from the city.",
    "The commander ordered his troops to open fire on the protesters.",
]


@pytest.mark.parametrize("text", NO_REQUEST)
def test_type_orders_no_request_of_own_forces(events_in, text):
    assert [e.event_type for e in events_in(text) if e.event_type == "REQUEST"] == []


# support gained is no ground taken; forces leaving for a place are not withdrawing
OTHER_SENSES = [
    ("The opposition gained support from voters.", "gained"),
    ("The soldiers left for the front on Monday.", "left"),
]


@pytest.mark.parametrize("text, trigger", OTHER_SENSES)
def test_type_orders_other_senses_kept(events_in, text, trigger):
    assert [e.event_type for e in events_in(text)
            if e.trigger == trigger and e.event_type in ("RETREAT", "COERCE")] == []
