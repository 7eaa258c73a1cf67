"""Senses read from the kinds of an attack word's arguments, and habits: a market targeted, a
fight for votes, one's own savings raided or a war on poverty is a contest, no attack, and fear
struck, a vote captured or a chance seized a figure of speech, unless an armed party or a
weapon is in the clause; what a party tends to do, or used to do, is no occasion (sentences
written for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2024-03-16"

# (sentence, trigger that must give no event)
NON_EVENTS = [
    ("The company targeted the Asian market with its new phone.", "targeted"),
    ("The new advertising campaign targets young voters.", "targets"),
    ("The candidates battled for votes in the capital on Sunday.", "battled"),
    ("The two parties are fighting for votes in the capital.", "fighting"),
    ("The club is fighting for a place in the final.", "fighting"),
    ("The small parties struggled for seats in the assembly.", "struggled"),
    ("The bank raided its reserves to pay the debt.", "raided"),
    ("The government launched a war on poverty.", "war"),
    ("The president declared war on drugs.", "war"),
    ("The minister has waged a war on red tape since taking office.", "waged"),
    ("The two leaders are locked in a war of words over the border.", "war"),
    ("The army tends to shell villages before an offensive.", "shell"),
    ("The militia used to kidnap travellers on that road.", "kidnap"),
    ("The government's policies have struck fear into the hearts of workers.", "struck"),
    ("The plan ran into trouble in parliament on Monday.", "ran"),
    ("The campaign was hijacked by extremists.", "hijacked"),
    ("The party captured 40% of the vote.", "captured"),
    ("The film captured the horror of the war.", "captured"),
    ("The government seized the opportunity to cut taxes.", "seized"),
    ("The opposition exploded with anger at the verdict.", "exploded"),
    ("The leader surrendered his seat in the election.", "surrendered"),
    ("The senator fired back at his critics on Twitter.", "fired"),
    ("The party's candidate stormed to victory in the by-election.", "stormed"),
    ("The prime minister stormed out of the meeting.", "stormed"),
    ("The opposition bombarded the minister with questions.", "bombarded"),
    ("The president invaded the privacy of his staff.", "invaded"),
    ("The party occupied the centre ground of politics.", "occupied"),
    ("The senator targeted the bill's funding in a speech.", "targeted"),
]

# (sentence, trigger, event type) where the same words still tell an event
EVENTS = [
    ("Soldiers targeted the market with mortars on Monday.", "targeted", "ASSAULT"),
    ("The militia targeted voters at a polling station in the north.", "targeted", "ASSAULT"),
    ("Isis targeted the market with a car bomb.", "targeted", "ASSAULT"),
    ("Rebels fought for the town for three days.", "fought", "ASSAULT"),
    ("Troops battled insurgents for control of the town.", "battled", "ASSAULT"),
    ("Police raided the offices of the newspaper on Monday.", "raided", "COERCE"),
    ("The president declared war on Iran in 1980.", "war", "ASSAULT"),
    ("The rebels waged a war of attrition against the army.", "war", "ASSAULT"),
    ("The militia kidnapped travellers on that road on Monday.", "kidnapped", "ASSAULT"),
    ("The army used artillery to shell the town.", "shell", "ASSAULT"),
    ("Soldiers fired back at the gunmen.", "fired", "ASSAULT"),
    ("Police captured the suspect in a raid on Monday.", "captured", "COERCE"),
    ("The militia seized the airport and the radio station.", "seized", "COERCE"),
    ("A car bomb exploded near the market.", "exploded", "ASSAULT"),
    ("The rebels surrendered their weapons on Monday.", "surrendered", "RETREAT"),
    ("Gunmen hijacked a bus carrying pilgrims.", "hijacked", "ASSAULT"),
    ("Troops stormed the parliament building on Monday.", "stormed", "ASSAULT"),
    ("The army bombarded the town with artillery.", "bombarded", "ASSAULT"),
    ("Russia invaded Ukraine in February 2022.", "invaded", "ASSAULT"),
    ("Rebels occupied the town hall on Sunday.", "occupied", "COERCE"),
    ("Protesters occupied the main square.", "occupied", "COERCE"),
    ("The minister launched a scathing attack on the opposition leader.", "scathing attack",
     "ACCUSE"),
    ("The militia launched an attack on the village.", "attack", "ASSAULT"),
]


@pytest.mark.parametrize("text, trigger", NON_EVENTS)
def test_sense_contests_unarmed_contest_or_habit_is_no_event(no_event_on, text, trigger):
    no_event_on(text, trigger, PUBDATE)


@pytest.mark.parametrize("text, trigger, etype", EVENTS)
def test_sense_contests_armed_scene_or_occasion_stays_an_event(types_on, text, trigger, etype):
    assert etype in types_on(text, trigger, PUBDATE)
