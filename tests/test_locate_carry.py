"""Stage ``locate``: a story's place carried on by the sentences that go on telling it, the
focus its lead sets between close rivals, and a town named as part of a site's name. One short
report per construction, written for the project."""

from __future__ import annotations

import pytest

from test_locate import _where

#: An attack in a town, told on by sentences that name no place of their own.
_BLAST = ("On Friday, a suicide bomber killed dozens of people in Jalalabad in a crowded "
          "market. The attack was the third this month. ")


#: A report on an arrest in one town that goes back to a blast in a town of another country.
_ARREST = "A British volunteer was arrested in Didim, in Turkey, last month. "


@pytest.mark.parametrize(("text", "word", "where"), [
    # a sentence naming its scene only as "the town" carries on the town named before it
    (_ARREST + "He recalled a bomb blast in the town of Manbij in 2015. Residents were fleeing the "
     "town when a shepherd trod on a landmine. His two sons were badly injured.",
     "injured", ("Manbij", "SYR", "carried")),
    # ... a town the gazetteer does not know is still the town pointed at: the region or
    # country its own words set it in, not a known town named before it
    (_ARREST + "He recalled a bomb blast in the town of Sarrin, northern Syria, in 2015. "
     "Residents were fleeing the town when a shepherd trod on a landmine. His two sons "
     "were badly injured.", "injured", ("Syria", "SYR", "carried")),
    # ... and a town named only as a mark it lies near is no region holding it: its country
    (_ARREST + "He recalled a bomb blast in the town of Sarrin, 30km south of Kobani, in 2015. "
     "Residents were fleeing the town when a shepherd trod on a landmine. His two sons "
     "were badly injured.", "injured", ("Syria", "SYR", "carried")),
    ("Rebels seized the town of Sarrin, 30km south of Kobani, on Monday. Two children were "
     "killed in the town.", "killed", ("Syria", "SYR", "clause")),
])
def test_locate_carry_through_the_town_pointed_at(nlp, text, word, where):
    assert _where(nlp, text, word) == where


@pytest.mark.parametrize(("text", "word", "town", "source"), [
    # a definite site with no name points back at the scene told before
    (_BLAST + "Witnesses said two more blasts were heard at the market.", "blasts", "Jalalabad",
     "carried"),
    (_BLAST + "Police later sealed off the roads around the hospital.", "sealed", "Jalalabad",
     "carried"),
    # the next step of the story ("then"), and its toll by no one named
    (_BLAST + "Two more blasts were heard at the market. A gunman then opened fire on the "
     "crowd.", "opened", "Jalalabad", "carried"),
    (_BLAST + "Two more blasts were heard at the market. At least 60 people were wounded.",
     "wounded", "Jalalabad", "carried"),
    # a toll by a doer it names, or a new story, is not told on
    (_BLAST + "The minister of the interior resigned over the failures.", "resigned", None,
     None),
    # a noun's past told of it is no step of the story
    (_BLAST + "Police arrested a man previously jailed for fraud by the court.", "jailed", None,
     None),
    # a site that is no scene ("across the border") does not point back
    (_BLAST + "Residents fled across the border.", "fled", None, None),
])
def test_locate_carry_goes_on_with_the_story(nlp, text, word, town, source):
    name, _, got = _where(nlp, text, word)
    assert (name if got == "carried" else None, got if got == "carried" else None) == (
        town, source)


@pytest.mark.parametrize(("text", "word", "country"), [
    # the lead names the scene; a report on what it was about names another country a little
    # more often: the lead's country is the focus (the sentence before the event sets no scene
    # in Yemen: a scene there would be the section's own focus, see test_place_section)
    ("Stations in Leeds and York were closed by protesters on Sunday. The protesters want an "
     "end to the war in Yemen. Fighting near Aden went on. Aid agencies in Yemen say millions "
     "face hunger, and the port of Hodeidah was bombed again this week. Organisers promised "
     "more rallies.", "promised", "GBR"),
])
def test_locate_focus_lead_decides_between_close_rivals(nlp, text, word, country):
    assert _where(nlp, text, word)[1:] == (country, "focus")


@pytest.mark.parametrize(("text", "word", "town"), [
    # a town named as part of a site's name is where the site is, not a party
    ("Police dealt with a brawl near the ticket hall at London King’s Cross on Sunday.",
     "dealt", "London"),
])
def test_locate_town_in_a_site_name(nlp, text, word, town):
    assert _where(nlp, text, word)[0] == town


@pytest.mark.parametrize(("text", "word", "town", "source"), [
    # where the sentence before says words were said is no scene of a deed told after them
    ("The president spoke to reporters in Paris on Tuesday. Later, gunmen killed three "
     "soldiers.", "killed", None, None),
    ("The interior minister spoke in Moscow on Monday. The next day, rebels attacked a "
     "convoy.", "attacked", None, None),
    # ... but words told on from there are still said there
    ("Officials met in Geneva on Monday. Both sides agreed to a ceasefire.", "agreed", "Geneva",
     "carried"),
])
def test_locate_carry_no_deed_from_a_speech_venue(nlp, text, word, town, source):
    name, _, got = _where(nlp, text, word)
    assert (name if got == "carried" else None, got if got == "carried" else None) == (
        town, source)



def test_locate_noun_past_takes_no_scene_pointed_at(nlp):
    # "there" of the clause a noun's past hangs on is not where that past happened
    text = ("On Friday, rebels shelled Jalalabad. There, gunmen seized a trader, along with his "
            "son, a teacher previously detained by the army.")
    assert _where(nlp, text, "detained")[0] != "Jalalabad"


@pytest.mark.parametrize(("text", "word", "town"), [
    # an adverb of its own places the deed, not another act's place in the sentence
    (_BLAST + "\u201cHe went to Kandahar, came home, and was arrested here.\u201d", "arrested",
     "Kandahar"),
    # a place its doer left is no scene of what is done after
    (_BLAST + "The family fled Kandahar and was later detained by police.", "detained",
     "Kandahar"),
    (_BLAST + "The boy escaped from Kandahar and was later detained by the army.", "detained",
     "Kandahar"),
    # other happenings than those told are not at the story's place
    ("Rebels shelled Idlib on Monday. Jets struck Aleppo. In Turkey, a poll this week showed "
     "most voters oppose the plan. Hostility to the plan bedevils the minister's other visits "
     "this week.", "visits", "Turkey"),
    # where a speaker said her words ("from her base in the city of") is no scene of the
    # deeds her quotation goes on to tell
    ("Fighters stormed Jalalabad last month. \u201cI have never seen anything like it,\u201d she "
     "said from her base in the city of Kandahar. \u201cIt was chaos. They hit the hospital, "
     "people were fleeing.\u201d", "hit", "Kandahar"),
])
def test_locate_another_acts_place_is_not_taken(nlp, text, word, town):
    name, _, _ = _where(nlp, text, word)
    assert name != town, text


@pytest.mark.parametrize(("text", "word", "place", "source"), [
    # a region set as the scene carries on, as a town does
    ("In Helmand province, insurgents attacked a police post on Monday. They also burned a "
     "school.", "burned", "Helmand", "carried"),
    ("In Idlib province, warplanes bombed a market on Tuesday. Rebels then shelled an army "
     "post.", "shelled", "Idlib", "carried"),
    # a whole country named in passing does not
    ("In Syria, the war has gone on for years. Rebels then shelled an army post.", "shelled",
     None, None),
])
def test_locate_carry_a_region_set_as_scene(nlp, text, word, place, source):
    name, _, got = _where(nlp, text, word)
    assert (name if got == "carried" else None, got if got == "carried" else None) == (
        place, source)
