"""The focus town is no place of an event whose sentence names another town or region of the
focus's country (:func:`dateline.place_guess.other_scene`). Sentences written for the project."""

from __future__ import annotations

import pytest

#: A report about one town of Syria: the town is its focus.
_AFRIN = ("Turkish troops advanced on Afrin on Sunday. Shelling hit Afrin again. Turkish jets "
          "bombed Afrin. ")
#: A report about one town of the United States, in Texas.
_HOUSTON = ("Floodwaters rose in Houston on Monday. Residents of Houston fled their homes. "
            "Houston officials opened shelters. ")


@pytest.mark.parametrize(("text", "trigger", "place", "precision"), [
    # another town of the country named in the sentence, in any role: only the country
    (_AFRIN + "The United States gave military support to the militias who led the assault on "
     "strongholds in Raqqa.", "military support", "Syria", 3),
    (_AFRIN + "Many newcomers came from the suburbs of Ghouta, and the council accepted them.",
     "accepted", "Syria", 3),
    (_AFRIN + "The militia vowed to fight on as in Qamishli.", "vowed", "Syria", 3),
    # a sentence naming no other place keeps the story's town
    (_AFRIN + "The council accepted the newcomers.", "accepted", "‘Afrīn", 2),
    (_AFRIN + "The Kurdish militia vowed to resist.", "vowed", "‘Afrīn", 2),
    # a name before a noun of no place is no unknown place: an interview, a meeting, a post
    (_AFRIN + "The Kurdish militia vowed to resist in a BBC interview.", "vowed", "‘Afrīn", 2),
    (_AFRIN + "The elders urged calm at a UN meeting.", "urged", "‘Afrīn", 2),
    (_AFRIN + "The local council promised in a Facebook post to reopen the schools.",
     "promised", "‘Afrīn", 2),
    # a region holding the town is no other scene, nor another home of the doer
    (_AFRIN + "The council, which runs the villages of Aleppo province, accepted the newcomers.",
     "accepted", "‘Afrīn", 2),
    (_HOUSTON + "The mayor thanked the volunteers who came from across Texas.", "thanked",
     "Houston", 2),
    (_HOUSTON + "The governor of Texas praised the rescuers.", "praised", "Houston", 2),
    (_HOUSTON + "The mayor thanked the volunteers who came from Dallas.", "thanked",
     "United States", 3),
])
def test_place21_scene_other_town_of_the_country(event_on, text, trigger, place, precision):
    located = event_on(text, trigger)
    got = (located.place_source, located.location.name, located.location.precision)
    assert got == ("focus", place, precision)


@pytest.mark.parametrize(("text", "trigger", "where"), [
    # a named place the gazetteer does not know, after "near" or "at": only the country
    (_AFRIN + "Fighters tried to storm a base near the Omar oilfield on Friday.", "storm",
     ("focus", "Syria", 3)),
    (_AFRIN + "The council met the elders at the Omar oilfield.", "met", ("focus", "Syria", 3)),
    # ... and a place's own name it does not know that the story calls a village
    (_AFRIN + "Rebels killed four soldiers near Sarrin, a village on the road south, on Friday.",
     "killed", ("focus", "Syria", 3)),
    # a name the story does not call a town may be a building or a district of its town
    (_AFRIN + "The elders met the envoys at the Nour Hotel.", "met", ("focus", "‘Afrīn", 2)),
    (_AFRIN + "Rebels killed four soldiers in Salaheddine on Friday.", "killed",
     ("focus", "‘Afrīn", 2)),
])
def test_place21_scene_unknown_named_place(event_on, text, trigger, where):
    event = event_on(text, trigger)
    got = (event.place_source, event.location.name, event.location.precision)
    assert got == where


@pytest.mark.parametrize(("text", "trigger", "where"), [
    # a building, a site or a district of the town the story carried stays in that town
    ("Gunmen stormed a hotel in Mogadishu on Friday. They killed 12 guests at the Hayat "
     "Hotel.", "killed", ("Mogadishu", 2)),
    ("A gunman opened fire in Chicago on Sunday. He killed three people at Wrigley Field.",
     "killed", ("Chicago", 2)),
    ("Police raided a house in Manchester on Monday. They arrested a man at Manchester "
     "Airport.", "arrested", ("Manchester", 2)),
    ("Fighting raged across Syria for a week. Rebels shelled Aleppo on Monday. They killed four "
     "soldiers in Salaheddine.", "killed", ("Aleppo", 2)),
    # ... a village the story names as such is no part of it: only the country
    ("Fighting raged across Syria for a week. Rebels shelled Aleppo on Monday. They killed four "
     "soldiers near Sarrin, a village to the north.", "killed", ("Syria", 3)),
])
def test_place21_scene_carried_town_keeps_its_sites(event_on, text, trigger, where):
    event = event_on(text, trigger)
    assert (event.place_source, event.location.name, event.location.precision) == (
        "carried", *where)


def test_place21_scene_name_of_a_firm_is_no_scene(event_on):
    text = ("The senators met in Washington on Monday. Officials in Washington met the envoys. "
            "Protesters gathered in Washington. The attorney general sued Cambridge Analytica "
            "over the data.")
    event = event_on(text, "sued")
    assert (event.location.name, event.location.precision) == ("Washington", 2)
