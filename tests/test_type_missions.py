"""Forces on a peace mission provide protection or peacekeeping (PLOVER AID, CAMEO 074) and
exercises held with another party are military cooperation (COOPERATE, CAMEO 062), not a show
of force (MOBILIZE). Sentences written for the project."""

from __future__ import annotations

import pytest

# (sentence, trigger, PLOVER type, CAMEO root)
MISSIONS = [
    ("The government announced the deployment of 300 troops to Mali on a peacekeeping mission.",
     "deployment", "AID", "07"),
    ("The country is sending a battalion to the region to join the peacekeeping force.",
     "sending", "AID", "07"),
    ("The two navies held exercises with the coastguard in the gulf.", "exercises",
     "COOPERATE", "06"),
    # a deployment or a drill of one's own stays a show of force
    ("The army deployed troops to the border on Monday.", "deployed", "MOBILIZE", "15"),
    ("The army held exercises near the border.", "exercises", "MOBILIZE", "15"),
    # peacekeepers in a phrase of place are where the troops go, not their task
    ("The junta moved tanks and infantry around the peacekeepers' camp at Dorvale.", "moved",
     "MOBILIZE", "15"),
]


@pytest.mark.parametrize("text, trigger, etype, root", MISSIONS)
def test_type_missions_by_definition(event_on, text, trigger, etype, root):
    e = event_on(text, trigger)
    assert (e.event_type, e.cameo_root) == (etype, root)
