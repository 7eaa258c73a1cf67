"""Stage ``locate``: the article's focus where the text places an event nowhere else — the town
a report names far more often than any other part of its country, wherever it names it; the
town of the seats of government a report names ("the White House"); and the country a report
names mostly as a party. One short report per construction, written for the project."""

from __future__ import annotations

import pytest

from test_locate import _where

#: A siege told from afar: its opening names no town; the town is named later, often.
_SIEGE = ("Smoke hung over the river town at dawn, and the shelling went on for hours. "
          "Fighters dug in among the ruins of the last streets they hold. "
          "Families who left Baghuz on Sunday said food had run out. Many had walked for days "
          "from Mayadin and from Raqqa before the fighting reached them. Commanders said the "
          "final push on Baghuz would begin soon, and that Syria's long war was nearly over. "
          "Aid workers in Baghuz counted the wounded. A doctor said Syria had never seen such a "
          "winter, and that Syria would need years to recover.\n\n"
          "On Saturday snipers shot two soldiers near the front line.")

#: A report on a government's quarrels, told by the names of its seats.
_SEATS = ("The White House said on Monday that the president would veto the bill. The Pentagon "
          "declined to comment, and officials at the State Department said they had not been "
          "consulted. Senators who flew back to Washington from Texas and Ohio met late into "
          "the night.\n\n"
          "The president's chief of staff resigned on Tuesday.")

#: A report on a country named almost only as a party: few of its towns, and one rival's.
_PARTY = ("Turkey is in crisis. Turkey's president has failed to tackle inflation, and "
          "Turkey's lenders are struggling. Turkey has also quarrelled with its allies over "
          "Syria, where its troops hold a strip of the border, and with Greece.\n\n"
          "The central bank raised interest rates again.")


@pytest.mark.parametrize(("text", "word", "name", "country"), [
    # a town named far more often than any other part of its country is the story's scene
    (_SIEGE, "shot", "Baghuz", "SYR"),
    # seats of government count for their town
    (_SEATS, "resigned", "Washington", "USA"),
    # a country named mostly as a party is the report's, where its places decide nothing
    (_PARTY, "raised", "Turkey", "TUR"),
])
def test_place_focus_scene_of_an_event_placed_nowhere_else(nlp, text, word, name, country):
    assert _where(nlp, text, word) == (name, country, "focus")


#: A report whose opening names the town its news happened in, and its country more often.
_HOLIDAY = ("A British tourist was arrested in Turkey last week, his family said. He was on "
            "holiday in the town of Didim when armed police raided the hotel where he was "
            "staying. Turkey has not said what he is accused of, and Turkey's embassy has not "
            "answered calls.\n\n"
            "His mother said she had heard nothing for days.\n\n"
            "Officers searched his room for an hour.")


@pytest.mark.parametrize(("text", "word", "name"), [
    # where the article names the country most, the town the opening tells its news in
    (_HOLIDAY, "searched", "Didim"),
])
def test_place_focus_lead_scene_before_the_country(nlp, text, word, name):
    assert _where(nlp, text, word) == (name, "TUR", "focus")


#: A report on talks that names a foreign town only as the mark of a process, and the country
#: it is about more often.
_PROCESS = ("A plan for peace in Syria stalled on Monday outside the Geneva process, officials "
            "said. The Geneva process has made little headway, and talks are due in Geneva next "
            "month. Syria's opposition said Syria needs a ceasefire first, and that Syria's "
            "towns lie in ruins.\n\n"
            "The envoy urged both sides to return to the table.")


@pytest.mark.parametrize(("text", "word", "name", "country"), [
    # "the Geneva process" names a thing, not where the story happens: no scene, no mention
    (_PROCESS, "urged", "Syria", "SYR"),
])
def test_place_focus_town_naming_a_thing_sets_no_scene(nlp, text, word, name, country):
    assert _where(nlp, text, word) == (name, country, "focus")


@pytest.mark.parametrize(("text", "name", "thing"), [
    ("Talks within the Geneva process stalled.", "Geneva", True),
    ("Delegates signed the Minsk accords.", "Minsk", True),
    # a place in it, its people or a deed done there: still placed
    ("Shelling hit Idlib province.", "Idlib", False),
    ("Police arrested a Leeds man.", "Leeds", False),
    ("Police reopened the Salisbury poisoning inquiry.", "Salisbury", False),
])
def test_place_focus_names_a_thing(nlp, text, name, thing):
    from dateline.place_focus import names_a_thing
    from dateline.records import Place
    from dateline.toponyms import Toponym

    doc = nlp(text)
    i = next(t.i for t in doc if t.text == name)
    town = Toponym(i, i + 1, name, Place(name=name, country="XXX", precision=1), "city")
    assert names_a_thing(doc, town) is thing


#: A report whose lead sets it in a district, and names a town in it once, as a place people
#: fled.
_DISTRICT = ("Government forces have ordered a pause to begin in the enclave of eastern Ghouta "
             "on Tuesday. The war in Syria has lasted seven years. Aid for Syria has been cut. "
             "One family that fled Harasta spoke to reporters. Many in Syria fear more "
             "fighting. Refugees from Syria fear going home.\n\n"
             "On Saturday warplanes bombed a bakery.")
#: A report whose lead sets it in one town and goes on to name a town next to it twice, as
#: the place of other news (crime figures, shops).
_NEIGHBOUR = ("A man was stabbed in Amesbury on Saturday. Knife crime has risen across "
              "Britain. Police say knife crime in Salisbury has doubled. Shops in Salisbury "
              "are still recovering from a flood. Police in Britain have asked for more "
              "officers. Many in Britain are worried. Crime in Britain is rising.\n\n"
              "On Saturday a man was arrested.")


@pytest.mark.parametrize(("text", "word", "name", "iso"), [
    # the district the lead sets the story in stays its scene: a town in it named once is not
    # where the story's deeds are
    (_DISTRICT, "ordered", "Eastern Ghouta", "SYR"),
    (_DISTRICT, "bombed", "Eastern Ghouta", "SYR"),
    # a town next to the lead's, named a little more often for other news, is not its scene
    (_NEIGHBOUR, "arrested", "Amesbury", "GBR"),
])
def test_place_focus_lead_scene_is_kept(nlp, text, word, name, iso):
    assert _where(nlp, text, word)[:2] == (name, iso)
