"""Forces sent, moved or massed: a force posture (MOBILIZE, CAMEO 15) unless the text gives them
a cooperative purpose (AID, CAMEO 07: peacekeeping, military aid, relief). Sentences written for
these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "trigger", "reading"), [
    # forces sent, deployed, moved or massed with no purpose given: a build-up
    ("Belgium deployed troops to Niger.", "deployed", "MOBILIZE troops 15"),
    ("Greece sent two frigates to the Aegean.", "sent", "MOBILIZE troops 15"),
    ("Armenia has massed tanks along the border.", "massed", "MOBILIZE troops 15"),
    ("Vietnam moved fighter jets to its northern coast.", "moved", "MOBILIZE troops 15"),
    ("Hundreds of soldiers were sent to the frontier.", "sent", "MOBILIZE troops 15"),
    ("The governor dispatched extra police to the district.", "dispatched",
     "MOBILIZE police 15"),
    # the forces' own name says they keep the peace
    ("Ghana sent peacekeepers to Lebanon.", "sent", "AID peacekeeping 07"),
    # a purpose clause: a truce watched, an army trained, relief after a disaster
    ("Norway deployed soldiers to Cyprus to monitor the ceasefire.", "deployed",
     "AID peacekeeping 07"),
    ("Canada sent troops to Ukraine to train its army.", "sent", "AID military 07"),
    ("Chile deployed soldiers to help after the floods.", "deployed", "AID humanitarian 07"),
    # a phrase of the verb naming the mission
    ("Fiji sent troops to Sinai on a peacekeeping mission.", "sent", "AID peacekeeping 07"),
    # forces going of their own, and a force named international
    ("Marines deployed to the island to help after the hurricane.", "deployed",
     "AID humanitarian 07"),
    ("An international force was sent to the province.", "sent", "AID peacekeeping 07"),
    # forces sent home or pulled back: a withdrawal; sent back to a place: a build-up
    ("Peru moved its troops back from the border.", "moved", "RETREAT withdraw 08"),
    ("Kenya sent troops back to Somalia.", "sent", "MOBILIZE troops 15"),
])
def test_force_posture_reading(event_on, text, trigger, reading):
    e = event_on(text, trigger)
    assert f"{e.event_type} {e.mode} {e.cameo_root}" == reading


def test_force_posture_recipient_is_where_forces_go(event_on):
    e = event_on("Belgium deployed troops to Niger.", "deployed")
    assert e.source.country == "BEL" and e.target is not None and e.target.country == "NER"


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    # other things sent are no force posture, nor is a plane no word calls military
    ("The ministry sent a letter to the embassy.", "sent", None),
    ("The ministry sent a plane to bring its citizens home.", "sent", None),
    # forces only offered: the offer is the event
    ("Chad offered to send troops to Mali.", "send", None),
    ("Sweden sent medicine to Yemen.", "sent", "AID"),
    # soldiers sent to jail are arrested, not deployed
    ("The court sent three soldiers to jail.", "sent", "COERCE"),
])
def test_force_posture_only_forces(events_in, text, trigger, event_type):
    found = [e.event_type for e in events_in(text) if e.trigger == trigger]
    assert (found[0] if found else None) == event_type
