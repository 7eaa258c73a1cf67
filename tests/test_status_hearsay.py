"""The status of an act passed on as others tell it: an adjective of hearsay on its noun ("an
alleged gas attack"), what evidence is said to show; and of a happening a stance is taken on
("will investigate the attack"), which keeps its own."""

from __future__ import annotations

import pytest

PUBDATE = "2021-06-01"

STATUS = [
    # ... or an adjective of hearsay on the act's noun, whatever verb tells of it
    ("An alleged mortar attack by the rebels killed four soldiers.", "ASSAULT", "attack",
     "alleged"),
    ("The navy reported a suspected air strike by foreign jets on the port.", "ASSAULT", "strike",
     "alleged"),
    # a stance taken on a happening leaves the happening its own status, whatever the stance's
    ("Inspectors will investigate the mortar attack by the rebels on the base.", "ASSAULT",
     "attack", "actual"),
    ("The envoy travelled to the capital to investigate an alleged gas attack by the army.",
     "ASSAULT", "attack", "alleged"),
    # what evidence is said to show is claimed, not told as done
    ("There is evidence that the guards tortured the prisoners.", "ASSAULT", "tortured",
     "alleged"),
    ("The monitors found proof that the militia had shelled the camp.", "ASSAULT", "shelled",
     "alleged"),
    # ... but what evidence is said to show will happen is a forecast, as it was
    ("There is evidence that the army will withdraw from the town.", "CONCEDE", "withdraw",
     "proposed"),
    # a stance's object keeps its own status, told by an adjective on its noun
    ("Ministers will investigate the planned raid by police on the mosque.", "ASSAULT", "raid",
     "proposed"),
    ("Officials will probe the rumoured attack by rebels on the base.", "ASSAULT", "attack",
     "alleged"),
    ("A failed attack by gunmen on the army base left two guards dead.", "ASSAULT", "attack",
     "attempted"),
    ("The foiled attack by the militants on the embassy shocked the capital.", "ASSAULT",
     "attack", "attempted"),
    # ... but a plan told as carried out by the act's own verb says how it was prepared
    ("A carefully planned attack on the convoy killed nine drivers on Monday.", "ASSAULT",
     "attack", "actual"),
    ("The planned talks between the two envoys were held in Lome on Monday.", "CONSULT",
     "talks", "actual"),
    ("There are indications that the guards beat the prisoners.", "ASSAULT", "beat",
     "alleged"),
    # an oath to do a thing is a promise of it, as a pledge is
    ("The rebels swore to release the hostages by the weekend.", "CONCEDE", "release",
     "proposed"),
]


@pytest.mark.parametrize("text, etype, trigger, status", STATUS)
def test_status_of_hearsay_and_of_what_a_stance_is_taken_on(events_in, text, etype, trigger,
                                                            status):
    events = events_in(text, PUBDATE)
    found = [e for e in events if e.event_type == etype and trigger in e.trigger.lower()]
    assert found, [(e.event_type, e.trigger, e.status) for e in events]
    assert found[0].status == status


def test_an_accusers_frame_decides_the_root_of_a_suspected_act(events_in):
    """Hearsay on an act's own noun keeps its kind (CAMEO 20 for a gas attack); an act someone
    is blamed for is that accuser's charge (CAMEO 11), hearsay adjective or not."""
    own = [e for e in events_in("An alleged gas attack by the army killed nine villagers.",
                                PUBDATE) if e.trigger.endswith("attack")]
    blamed = [e for e in events_in("The minister blamed the army for a suspected gas attack that "
                                   "killed dozens of villagers.", PUBDATE)
              if e.trigger.endswith("attack")]
    assert own and own[0].status == "alleged" and own[0].cameo_root == "20"
    assert blamed and blamed[0].status == "alleged" and blamed[0].cameo_root == "11"

