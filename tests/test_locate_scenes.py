"""Which place an event takes when the story names several: origins, topics, speeches, visits
and a story moving between countries, one sentence per construction."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.gazetteer import fold
from dateline.locate import locator
from dateline.records import Article

from test_locate import _mention, _where


def _locate(nlp, text: str, word: str, event_type: str):
    doc = nlp(text)
    mention = _mention(doc, word)
    mention.sense = SimpleNamespace(event_type=event_type)
    return locator(doc, Article(doc_id="t", text=text))(mention)


_IDLIB = ("Government forces shelled Idlib on Saturday. Rebels in Idlib said dozens were killed, "
          "and aircraft struck Saraqib. ")


@pytest.mark.parametrize(("text", "word", "event_type", "town"), [
    # where someone comes from, was born or grew up is not where the event happened
    (_IDLIB + "A 34-year-old from Leeds was shot dead while fighting Islamic State.", "shot",
     "ASSAULT", "Leeds"),
    (_IDLIB + "The volunteer, who was born in Manchester, died in an airstrike last week.",
     "died", "ASSAULT", "Manchester"),
    (_IDLIB + "A nurse who grew up in Newport was wounded by a mine.", "wounded", "ASSAULT",
     "Newport"),
])
def test_locate_birthplace_or_home_town_is_not_the_place(nlp, text, word, event_type, town):
    place, _ = _locate(nlp, text, word, event_type)
    assert place is not None and place.name != town
    assert place.country == "SYR"


@pytest.mark.parametrize(("text", "word", "event_type", "town"), [
    # an origin told in the sentence before carries no place to the next one
    ("Karim, a 29-year-old from Leeds, joined the group in 2014. He was killed in an airstrike.",
     "killed", "ASSAULT", "Leeds"),
    ("Karim, who was born in Bradford, left in 2014. He was arrested on Monday.", "arrested",
     "ARREST", "Bradford"),
    ("Karim, whose family comes from Leeds, left in 2014. He was killed in an airstrike.",
     "killed", "ASSAULT", "Leeds"),
    ("Karim was a student from Leeds. He was wounded by a mine.", "wounded", "ASSAULT", "Leeds"),
    ("Karim, who was raised in Bradford, left in 2014. He was killed in an airstrike.", "killed",
     "ASSAULT", "Bradford"),
])
def test_locate_origin_is_not_carried(nlp, text, word, event_type, town):
    place, _ = _locate(nlp, text, word, event_type)
    assert place is None or place.name != town


@pytest.mark.parametrize(("text", "word", "event_type", "town"), [
    # a deed named as what an act is about, for or after is that deed's scene, not the act's
    ("The US imposed sanctions on Russia over the Salisbury attack.", "imposed", "SANCTION",
     "Salisbury"),
    ("The EU expelled diplomats over the poisoning in Salisbury.", "expelled", "SANCTION",
     "Salisbury"),
    ("The minister condemned Russia for the attack in Salisbury.", "condemned", "ACCUSE",
     "Salisbury"),
    ("Britain accused Syria of the Douma attack.", "accused", "ACCUSE", "Douma"),
    ("The US sanctioned two officials for carrying out the attack in Salisbury.", "sanctioned",
     "SANCTION", "Salisbury"),
    ("Britain expelled 23 diplomats in response to the Salisbury poisoning.", "expelled",
     "SANCTION", "Salisbury"),
    ("The opposition leader was granted a briefing on the Douma attack.", "granted", "AID",
     "Douma"),
    ("The embassy claims Britain is destroying evidence on the Salisbury incident.",
     "destroying", "ASSAULT", "Salisbury"),
    ("A court jailed the man for the bombing in Manchester.", "jailed", "SANCTION", "Manchester"),
    ("Ministers met after the massacre in Srebrenica to agree new measures.", "met", "CONSULT",
     "Srebrenica"),
])
def test_locate_deed_named_as_topic_is_not_the_place(nlp, text, word, event_type, town):
    place, source = _locate(nlp, _IDLIB + text, word, event_type)
    assert place is not None and place.name != town
    assert (place.country, source) == ("SYR", "focus")


@pytest.mark.parametrize(("text", "word"), [
    ("The US imposed sanctions on Russia over the Salisbury attack.", "attack"),
    # what the deed did, told in its own relative clause
    ("Ministers said the regime was responsible for the gas attack on the town of Douma, which "
     "killed 75 people.", "killed"),
])
def test_locate_deed_named_as_topic_keeps_its_own_place(nlp, text, word):
    place, source = _locate(nlp, text, word, "ASSAULT")
    assert place is not None and place.name in ("Salisbury", "Duma")
    assert source in ("clause", "sentence")


@pytest.mark.parametrize(("text", "word", "event_type", "country"), [
    # words said along with a speech are said where the speech was given
    ("The premier said in a speech in Ankara on Monday, vowing to rid the frontier town of gunmen.",
     "vowing", "AGREE", "TUR"),
    ("The minister told a rally in Lahore that talks had failed, warning of more protests.",
     "warning", "THREATEN", "PAK"),
    # what is promised to be done at a meeting is promised there, in "the resort of" its town
    ("Moscow promised to form a panel at a gathering in the Russian resort of Sochi.",
     "promised", "AGREE", "RUS"),
])
def test_locate_words_said_along_with_a_speech(nlp, text, word, event_type, country):
    place, source = _locate(nlp, text, word, event_type)
    assert place is not None and place.country == country
    assert source in ("clause", "sentence")


_ADEN = "Rebels shelled Aden on Friday. Aircraft struck Sanaa and Hodeidah. "


@pytest.mark.parametrize(("text", "word", "event_type", "town", "source"), [
    # another act's place in a governing clause is not the event's scene
    (_ADEN + "Yemen is a dangerous place, with shelling under way again in Taiz, but the "
     "prisoners are being held by the coalition in camps run by local militias.", "held",
     "COERCE", None, "focus"),
    (_ADEN + "The country is a dangerous place, with fighting under way again in Taiz, but the "
     "hostages are being held by the army in camps run by local militias.", "held", "COERCE",
     None, "focus"),
    # ... but a place the governing clause sets its own scene by is
    (_ADEN + "At a checkpoint near Taiz, soldiers stopped a bus whose driver was later "
     "detained.", "detained", "COERCE", "Taiz", "sentence"),
    (_ADEN + "In Taiz, police stopped a truck whose driver was later detained.", "detained",
     "COERCE", "Taiz", "sentence"),
    # ... save to a deed that only may be done: it has its own clause's place alone
    (_ADEN + "In Taiz, the governor said he would not allow the soldiers to withdraw in "
     "haste.", "withdraw", "RETREAT", None, "focus"),
    # ... but not to a deed a verb of telling tells, though the telling only may be
    (_ADEN + "In Taiz, the governor said the soldiers withdrew in haste.", "withdrew", "RETREAT",
     "Taiz", "sentence"),
    (_ADEN + "In Taiz, the governor will say that the soldiers withdrew in haste.", "withdrew",
     "RETREAT", "Taiz", "sentence"),
])
def test_locate_governing_clause_lends_only_its_scene(nlp, text, word, event_type, town,
                                                      source):
    place, got = _locate(nlp, text, word, event_type)
    assert place is not None and place.country == "YEM"
    assert got == source
    assert (place.name == town) if town else place.name != "Taiz"


@pytest.mark.parametrize(("text", "word", "event_type", "town"), [
    # a town named as a kind of place ("the resort of", "a farm outside") keeps its scene, and
    # "on" a place is in it
    (_ADEN + "At a conference in the southern resort of Sochi, the Russian envoy promised a "
     "ceasefire.", "promised", "AGREE", "Sochi"),
    (_ADEN + "On the outskirts of Mokha, the commander told reporters that the truce had "
     "collapsed.", "told", "CONSULT", "Mocha"),
    (_ADEN + "Officials met at a farm outside Taiz and agreed to a truce.", "agreed", "AGREE",
     "Taiz"),
])
def test_locate_words_said_at_a_kind_of_place(nlp, text, word, event_type, town):
    place, source = _locate(nlp, text, word, event_type)
    assert place is not None and place.name == town
    assert source in ("clause", "sentence")


@pytest.mark.parametrize(("text", "word", "event_type", "capital"), [
    # a party's friends named by their capitals are parties, not the scene
    (_ADEN + "The offensive showed the government's resolve, alongside its allies in Riyadh and "
     "Abu Dhabi, to retake the port, which has been under siege for a year.", "siege", "COERCE",
     "Riyadh"),
    (_ADEN + "The fighting has shown the rebels' hope, with their backers in Tehran, to hold the "
     "city, which has been under siege since March.", "siege", "COERCE", "Tehran"),
])
def test_locate_allies_named_by_their_capitals_are_no_place(nlp, text, word, event_type, capital):
    place, _ = _locate(nlp, text, word, event_type)
    assert place is not None and place.name != capital
    assert place.country == "YEM"


# (text, trigger, the country of its place): an event with no place of its own falls back to
# the country the story is about
@pytest.mark.parametrize(("text", "word", "country"), [
    # a seat of government names its country where no town of it is named
    ("The Home Office refused asylum to 300 families this year. A judge in Ankara criticised "
     "the ruling. The Home Office said the decision was final. Officials rejected the appeals.",
     "rejected", "GBR"),
    ("The Kremlin dismissed the sanctions on Monday. Diplomats in Kyiv and Warsaw welcomed "
     "them. The Kremlin spokesman said Russia would respond. Officials promised a reply.",
     "promised", "RUS"),
    # the lead says where the story is, between countries named as often
    ("Troops shelled a village outside Kandahar, in southern Afghanistan, on Monday. The attack "
     "drew comparisons with raids in Pakistan. Officials in Pakistan and Iran condemned such "
     "raids. The governor promised an inquiry.", "promised", "AFG"),
    # places named only in someone's quoted words are talked about, not where the story is
    ("Hundreds marched through Leeds and Bristol on Saturday. “Jerusalem is not for sale, and "
     "Tel Aviv must hear it,” one speaker said. “Gaza and Jerusalem are one cause,” another "
     "said. “We stand with Jerusalem,” a student added. Organisers promised more rallies.",
     "promised", "GBR"),
    ("Police arrested 12 people at stations in London and Birmingham. “This is about Afrin, "
     "about Afrin and Idlib,” said one protester. “Afrin is burning,” said another. The "
     "police promised a review.", "promised", "GBR"),
])
def test_locate_focus_is_the_country_the_story_is_about(nlp, text, word, country):
    assert _where(nlp, text, word)[1:] == (country, "focus")


# (text, trigger, the focus's name, its precision): the town or province the opening
# sentences set the scene in, named far more often than any other part of its country, is the
# focus of what the text places no closer, though its country's name comes up as often
@pytest.mark.parametrize(("text", "word", "name", "precision"), [
    ("Smoke rose over the town at dawn. Fighters dug in around Tessenei as the siege went on. "
     "Eritrea has seen no such battle in years. Aid groups in Eritrea said food was short. "
     "Shells fell on Tessenei again and the army pushed into Tessenei from the north. Eritrea's "
     "other towns, such as Keren, were calm. A few fighters fled. The army took the "
     "bridge.", "took", "Teseney", 2),
    ("Rockets fell on homes in North Darfur overnight. Markets in North Darfur closed. Sudan's "
     "government called for calm, and aid agencies in Sudan warned of hunger. North Darfur saw "
     "more shelling on Sunday. Food ran short in North Darfur and in one district of Khartoum. "
     "Rebels later burned a warehouse.", "burned", "North Darfur", 3),
])
def test_locate_focus_is_the_opening_scene(nlp, text, word, name, precision):
    place, source = _locate(nlp, text, word, "ASSAULT")
    assert source == "focus"
    assert name.lower() in place.name.lower() and place.precision == precision


_SYRIA = "Rebels shelled Aleppo on Monday. Jets struck Idlib on Tuesday. "


# Words said at a hearing or on a visit: where the clause puts them, not the article's focus
@pytest.mark.parametrize(("sentence", "word", "event_type", "country"), [
    ("Senators questioned the minister at a hearing in Washington.", "questioned", "ACCUSE",
     "USA"),
    ("At a hearing in Washington, senators accused the minister of lying.", "accused", "ACCUSE",
     "USA"),
    ("The British foreign secretary, visiting Baghdad, condemned the attack.", "condemned",
     "ACCUSE", "IRQ"),
    # a camp or town in a country is gone to, where the country alone may be a party sent to
    ("The envoy travelled to a camp in Jordan to meet the refugees.", "travelled", "CONSULT",
     "JOR"),
    # a place named with its capital is in it, not the capital's government
    ("Police arrested two men at London Heathrow on Friday.", "arrested", "COERCE", "GBR"),
])
def test_locate_words_at_a_hearing_or_on_a_visit(nlp, sentence, word, event_type, country):
    place, source = _locate(nlp, _SYRIA + sentence, word, event_type)
    assert (place.country if place else None, source) == (country, "clause")


# A report about one country that moves on to another: (text, trigger, country, source)
@pytest.mark.parametrize(("text", "word", "country", "source"), [
    # a sentence opening on its scene sets it for the sentences after it
    (_SYRIA + "In Mosul, the army has detained dozens of suspects. Their families are shunned "
     "by neighbours.", "shunned", "IRQ", "carried"),
    (_SYRIA + "Across the border, south of Mosul, a commander confessed to being puzzled. Local "
     "clerics condemned the families.", "condemned", "IRQ", "carried"),
    # a place named later in the sentence is no scene for the next one
    (_SYRIA + "The army has ousted the group from every city in Iraq. Local clerics condemned "
     "the families.", "condemned", "SYR", "focus"),
    # the story carried into another country than the article's is there, not in the focus
    (_SYRIA + "Troops entered Iraq at dawn. They arrested two men.", "arrested", "IRQ",
     "carried"),
    # ... while a country the focus already names says no more than it
    (_SYRIA + "Troops entered Syria at dawn. They arrested two men.", "arrested", "SYR",
     "focus"),
])
def test_locate_story_moving_to_another_country(nlp, text, word, country, source):
    assert _where(nlp, text, word)[1:] == (country, source)



_ELSEWHERE = "Paris talked of farming all week. "


@pytest.mark.parametrize(("text", "word", "event_type", "mode", "country", "town"), [
    # troops withdrawn leave the ground they were on: a deed, not words
    ("The president plans to withdraw the troops from Mali.", "withdraw", "CONCEDE",
     "withdraw", "MLI", None),
    # what is yielded in words is still placed where it was said, not where it is about
    ("The president will not allow the refugees to return to Mali.", "allow", "CONCEDE", None,
     None, None),
    # a town named with the region or country that holds it is the finer place
    ("The fighters were heading into Afrin, northern Syria, to defend the city.", "defend",
     "ASSAULT", None, "SYR", "Afrin"),
    ("Police raided a hotel on the coast, in Didim, south-west Turkey, on Monday.", "raided",
     "COERCE", None, "TUR", "Didim"),
    # leaving for a town is going there
    (_ELSEWHERE + "In March she left for Afrin with two friends.", "left", "CONSULT", "visit",
     "SYR", None),
    # where words were said from is not where what they tell of happened
    ("\u201cThere were battles between the factions,\u201d she said from a detention centre in "
     "eastern Syria.", "battles", "ASSAULT", None, None, None),
    # a journey's end is where the goers' words are said
    ("The envoys made their way to the Russian resort of Sochi to attend the forum.",
     "attend", "CONSULT", None, "RUS", "Sochi"),
    # what talks are on is no place of them
    (_ELSEWHERE + "The envoy attended a conference on Syria last week.", "attended", "CONSULT",
     None, None, None),
])
def test_locate_scene_by_construction(nlp, text, word, event_type, mode, country, town):
    doc = nlp(text)
    mention = _mention(doc, word)
    mention.sense = SimpleNamespace(event_type=event_type, mode=mode)
    place, _ = locator(doc, Article(doc_id="t", text=text))(mention)
    assert (place.country if place else None) == country
    assert town is None or (place.precision == 1 and fold(town) in fold(place.name))


def test_locate_doer_named_with_its_place_after_it(nlp):
    text = _ELSEWHERE + "The teacher was asked by officials in Mosul to draft a plan."
    doc = nlp(text)
    officials = next(t.i for t in doc if t.text == "officials")
    mention = _mention(doc, "asked", (officials, officials + 1))
    mention.sense = SimpleNamespace(event_type="REQUEST", mode=None)
    place, source = locator(doc, Article(doc_id="t", text=text))(mention)
    assert place is not None and place.country == "IRQ" and source == "clause"


def test_locate_one_of_several_places_is_not_carried(nlp):
    text = ("He fought Isis in Manbij, Tabqa and Raqqa with the Kurdish units. He was shot in "
            "the arm in May.")
    place, source = _locate(nlp, text, "shot", "ASSAULT")
    assert source != "carried" and (place is None or place.precision == 3)


@pytest.mark.parametrize(("text", "word", "event_type", "town"), [
    # where the hearers of words were is where the words were said, not where what they tell
    # of happens: the object of the telling verb, or its "to" phrase
    ("Rebels shelled Aden on Friday. \u201cThis is called carrying out an operation against "
     "Yemen,\u201d he told supporters in Mokha.", "operation", "ASSAULT", "Mocha"),
    (_ADEN + "The governor told reporters in Mokha that rebels had shelled the town.", "shelled",
     "ASSAULT", "Mocha"),
    (_ADEN + "The commander said to journalists in Mokha that militias had raided the town.",
     "raided", "ASSAULT", "Mocha"),
])
def test_locate_hearers_place_is_where_words_were_said(nlp, text, word, event_type, town):
    place, _ = _locate(nlp, text, word, event_type)
    assert (place.name if place else None) != town, text


_SIEGE = ("Government troops shelled Harasta on Monday. Rebels in Harasta fired back on Tuesday. "
          "Aircraft struck Harasta again at night. ")


@pytest.mark.parametrize(("text", "word", "event_type", "precision"), [
    # a tally over a span of time has no one scene: the story's country ...
    (_SIEGE + "Hundreds have been killed since the siege began.", "killed", "ASSAULT", 3),
    # ... but the happening that opens the span is one: the story's town
    (_SIEGE + "Since the siege began, hundreds have been killed.", "siege", "COERCE", 2),
])
def test_locate_span_opened_by_a_happening(nlp, text, word, event_type, precision):
    place, source = _locate(nlp, text, word, event_type)
    assert place is not None and place.country == "SYR"
    assert place.precision == precision and source in ("focus", "carried")
