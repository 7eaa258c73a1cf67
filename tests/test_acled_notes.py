"""ACLED sub-event types on notes written the way ACLED writes them ("On <date>, <actor> <act>
<recipient> in <place> (<admin2>, <admin1>). <fatalities>."), one illustrative note per type:
the sub-type of the note's first event that has one, as the held-out scoring reads it."""

from __future__ import annotations

import pytest

from dateline import Article

NOTES = [
    ("On 12 March 2024, JNIM militants attacked a FAMa position in Boni (Douentza, Mopti). "
     "5 soldiers were killed.", "Armed clash"),
    ("On 24 March 2024, FARDC soldiers clashed with M23 rebels near Sake (North Kivu).",
     "Armed clash"),
    ("On 3 February 2024, unidentified gunmen shot and killed a civilian in Maiduguri (Borno).",
     "Attack"),
    ("On 5 April 2024, Israeli forces conducted an airstrike on a house in Rafah, killing 7 "
     "people.", "Air/drone strike"),
    ("On 9 May 2024, Russian forces shelled Kherson city (Kherson), injuring 3 civilians.",
     "Shelling/artillery/missile attack"),
    ("On 14 June 2024, an IED planted by Al Shabaab detonated against a SNA vehicle near "
     "Afgooye (Lower Shabelle), killing 2 soldiers.", "Remote explosive/landmine/IED"),
    ("On 20 January 2024, a suicide bomber blew himself up at a market in Mogadishu, killing 10 "
     "people.", "Suicide bomb"),
    ("On 30 March 2024, a grenade was thrown at a bar in Bujumbura, injuring 4 people.",
     "Grenade"),
    ("On 2 March 2024, around 200 teachers held a peaceful protest in front of the ministry in "
     "Nairobi demanding payment of salary arrears.", "Peaceful protest"),
    ("On 8 March 2024, police fired tear gas to disperse protesters in Dakar (Dakar).",
     "Protest with intervention"),
    ("On 11 March 2024, police shot dead 2 protesters during a demonstration in Khartoum.",
     "Excessive force against protesters"),
    ("On 15 March 2024, rioters burned tyres and threw stones at police in Lagos.",
     "Violent demonstration"),
    ("On 31 March 2024, protesters clashed with police in Nairobi during a protest against the "
     "finance bill.", "Violent demonstration"),
    ("On 16 March 2024, a mob lynched a suspected thief in Kampala.", "Mob violence"),
    ("On 17 March 2024, police arrested 12 opposition supporters in Harare.", "Arrests"),
    ("On 19 March 2024, the government and the rebels signed a peace agreement in Addis Ababa.",
     "Agreement"),
    ("On 21 March 2024, gunmen abducted 15 students from a school in Kaduna.",
     "Abduction/forced disappearance"),
    ("On 22 March 2024, M23 rebels took control of the town of Rubaya (North Kivu).",
     "Non-state actor overtakes territory"),
    ("On 23 March 2024, the FARDC recaptured the town of Rubaya from M23 rebels.",
     "Government regains territory"),
    ("On 25 March 2024, security forces defused an IED planted on the road near Kidal.",
     "Disrupted weapons use"),
    ("On 28 March 2024, a group of armed men looted shops and burned houses in Bunia.",
     "Looting/property destruction"),
    ("On 29 March 2024, soldiers raped a woman in a village near Bambari.", "Sexual violence"),
    ("On 1 April 2024, the Taliban established a new base in Kunar province.",
     "Headquarters or base established"),
]


@pytest.mark.parametrize("note, sub_type", NOTES)
def test_acled_note_sub_type(pipeline, note, sub_type):
    events = pipeline.extract(Article(doc_id="n", text=note))
    first = next((e for e in events if e.acled_sub_event_type), None)
    assert first is not None, [(e.event_type, e.trigger) for e in events]
    assert first.acled_sub_event_type == sub_type


def test_acled_note_date_is_not_the_recipient(pipeline):
    events = pipeline.extract(Article(doc_id="n", text="On 24 March 2024, FARDC soldiers "
                                                       "clashed with M23 rebels near Sake."))
    event = events[0]
    assert event.target is not None and "M23" in event.target.text
    assert event.source is not None and event.source.country == "COD"
    assert event.date == "2024-03-24"


def test_acled_note_device_planter_is_the_actor(pipeline):
    events = pipeline.extract(Article(doc_id="n", text="On 14 June 2024, an IED planted by Al "
                                      "Shabaab detonated against a SNA vehicle near Afgooye."))
    event = next(e for e in events if e.event_type == "ASSAULT")
    assert event.source is not None and "Shabaab" in event.source.name
