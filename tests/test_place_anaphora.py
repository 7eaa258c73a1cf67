"""A place phrase pointing back at a place named before ("in the country", "the city") gives
the event that place, one sentence per construction."""

from __future__ import annotations

import pytest

from test_locate_scenes import _locate

_TALKS = "Lawmakers in Washington and New York argued on Monday over the war in Syria. "


@pytest.mark.parametrize(("text", "word", "event_type", "country", "town"), [
    # "the country": the country named last
    (_TALKS + "About 2,000 soldiers remain in the country, fighting the militants.", "fighting",
     "ASSAULT", "SYR", None),
    # or the country of the place named last
    ("Diplomats in Paris and Lyon discussed the war. A bomb hit a church in Cairo. Gunmen have "
     "attacked many churches in the country.", "attacked", "ASSAULT", "EGY", None),
    # "the city", "the town": the town named last
    ("Fighters shelled Raqqa again on Monday. Dozens of families were killed in the city "
     "overnight, medics said.", "killed", "ASSAULT", "SYR", "Raqqa"),
    # a word describing the town leaves it the town named last
    (_TALKS + "Fighters shelled Raqqa again on Monday. Dozens of families were killed in the "
     "battered city overnight, medics said.", "killed", "ASSAULT", "SYR", "Raqqa"),
    # "there": the place named last in its sentence (here a part of Manbij's region)
    ("On Tuesday troops fired on a convoy of militias entering the western Manbij region to "
     "support fighters fending off Ankara's offensive there.", "offensive", "ASSAULT", "SYR",
     None),
    # ... not one a distance is told from
    ("Rebels stormed the town of Raqqa on Monday, 400 km from the capital Damascus. Dozens of "
     "soldiers were killed there.", "killed", "ASSAULT", "SYR", "Raqqa"),
    # the town as the ground of the act: its passive subject, its object, "under attack"
    ("Troops pushed towards Raqqa on Sunday. The city was shelled again overnight, residents "
     "said.", "shelled", "ASSAULT", "SYR", "Raqqa"),
    ("Rebels advanced on Idlib last week. Government forces stormed the city on Friday.",
     "stormed", "ASSAULT", "SYR", "Idlib"),
    ("Troops pushed towards Idlib on Sunday. When the city was under attack, the calls for help "
     "went unanswered.", "attack", "ASSAULT", "SYR", "Idlib"),
])
def test_place_anaphora_points_back(nlp, text, word, event_type, country, town):
    place, source = _locate(nlp, text, word, event_type)
    assert place is not None and place.country == country
    assert source in ("clause", "sentence")
    if town is not None:
        assert town.lower() in place.name.lower() and place.precision == 1


def test_place_anaphora_province_of_its_seat(nlp):
    # "the province" after a town that is its province's seat and namesake: the province
    text = "Fighting raged around Idlib last week. On Monday, jets bombed a market in the province."
    place, source = _locate(nlp, text, "bombed", "ASSAULT")
    assert (place.name, place.admin1, place.precision, source) == ("Idlib", "Idlib", 3, "clause")


@pytest.mark.parametrize(("text", "word", "event_type"), [
    # "the region" may be a part of the world, not a region named before
    (_TALKS + "Rebels attacked a base in the region.", "attacked", "ASSAULT"),
    # a word making it another town than the one named last
    ("Lawmakers in Paris argued over the war. Fighters shelled Raqqa again on Monday. Rebels "
     "attacked a base in the next town.", "attacked", "ASSAULT"),
])
def test_place_anaphora_not_read(nlp, text, word, event_type):
    place, _ = _locate(nlp, text, word, event_type)
    assert place is None or place.country != "SYR"


@pytest.mark.parametrize(("text", "word", "event_type", "country", "town"), [
    # a relative clause tells of the town it hangs on
    (_TALKS + "The fighters went first to Homs, then to Raqqa, which the rebels declared "
     "liberated last month.", "liberated", "ASSAULT", "SYR", "Raqqa"),
    ("Lawmakers in Paris argued over the war. The town of Douma, which was shelled again on "
     "Friday, lies east of the capital.", "shelled", "ASSAULT", "SYR", "Duma"),
    # ... and what a deed did, the deed's scene in its own phrase, however the parse hangs it
    ("Monitors were heading to Syria to look into a reported chlorine attack by regime "
     "forces on Douma which killed scores of residents.", "killed", "ASSAULT", "SYR", "Duma"),
    # what a deed is done from comes after the place it is done in
    (_TALKS + "Bombers struck targets in eastern Syria from the Mozdok air base.", "struck",
     "ASSAULT", "SYR", None),
])
def test_place_anaphora_relative_clause_and_origin(nlp, text, word, event_type, country, town):
    place, _ = _locate(nlp, text, word, event_type)
    assert place is not None and place.country == country
    if town is not None:
        assert town.lower() in place.name.lower()


@pytest.mark.parametrize(("text", "word", "event_type", "country"), [
    # a country doing the relative clause's deed is a party, not its scene
    ("Diplomats met in Geneva. Turkey, which launched an offensive in Syria last week, pressed "
     "on.", "offensive", "ASSAULT", "TUR"),
    # a party watched or pressed "on", by a noun of its verb: "keep watch on", "sanctions on"
    ("Diplomats met in Geneva. The troops were redeployed to keep watch on Iran.", "watch",
     "MOBILIZE", "IRN"),
    ("Diplomats met in Geneva. The United States imposed sanctions on Iran.", "imposed",
     "SANCTION", "IRN"),
    # a party's supporters in a country are not there for its act
    ("Diplomats met in Geneva. The council refused to halt the war machine of the regime and its "
     "supporters in Russia.", "halt", "SANCTION", "RUS"),
])
def test_place_anaphora_party_not_read(nlp, text, word, event_type, country):
    place, _ = _locate(nlp, text, word, event_type)
    assert place is None or place.country != country


def _mention_of(nlp, text: str, word: str, event_type: str, doer: str):
    from types import SimpleNamespace

    from dateline.locate import locator
    from dateline.records import Article

    doc = nlp(text)
    i = next(t.i for t in doc if t.text == word)
    d = next(t.i for t in doc if t.text == doer and t.i < i)
    mention = SimpleNamespace(trigger=i, trigger_span=(i, i + 1), source=(d, d + 1), target=None,
                              sense=SimpleNamespace(event_type=event_type, mode=""))
    return locator(doc, Article(doc_id="t", text=text))(mention)


@pytest.mark.parametrize(("text", "word", "event_type", "doer", "town"), [
    # a sentence whose doer the one before named goes on with its story
    (_TALKS + "Kurdish forces captured Ahmed Saleh near Saraqib. Saleh attacked a guard on "
     "Tuesday.", "attacked", "ASSAULT", "Saleh", "Saraqib"),
    # a speaker's venue told apart holds for the words the story gives them
    ("The Turkish president, Recep Erdogan, has condemned the decision on Jerusalem. Erdogan was "
     "speaking at a thinktank in London on Tuesday.", "condemned", "ACCUSE", "Erdogan", "London"),
    ("Recep Erdogan was speaking at a thinktank in London on Tuesday. He also denounced the "
     "support for Kurdish groups in Syria.", "denounced", "ACCUSE", "He", "London"),
    # ... told as a phrase on the speaker, or as where the speaker was
    ("Sergei Lavrov, speaking at a meeting in Geneva, said the talks had failed. Rebels shelled "
     "Idlib in Syria. Lavrov later accused the rebels of lying.", "accused", "ACCUSE", "Lavrov",
     "Geneva"),
    ("Speaking to reporters in Paris, Anna Weber said the truce held. Rebels shelled Idlib in "
     "Syria. Weber accused the rebels of lying.", "accused", "ACCUSE", "Weber", "Paris"),
    ("Binali Yildirim was in London to discuss trade. Rebels shelled Idlib in Syria. Yildirim "
     "accused the rebels of lying.", "accused", "ACCUSE", "Yildirim", "London"),
    # ... told as the occasion of their words: a speech or a press conference held there
    ("The Turkish president, Recep Erdogan, warned the powers against a proxy war. \u201cNo one "
     "may set the region on fire,\u201d he said in a speech in Ankara.", "warned", "THREATEN",
     "Erdogan", "Ankara"),
    ("Alexander Petrov accused Britain of lying about the poisoning. Rebels shelled Idlib in "
     "Syria. Petrov is giving a press conference in London.", "accused", "ACCUSE", "Petrov",
     "London"),
    # ... and for "he" or "she" in each sentence of a chain the pronoun leads
    ("Speaking at a meeting in London, Ali Khan said the deal was dead. He denounced the "
     "agreement as a lie. He accused the bloc of lying. He criticised the plan.", "criticised",
     "ACCUSE", "He", "London"),
    # a quotation going on tells on the account its first sentence began
    ("Troops shelled Idlib in Syria. Fighting went on across Syria. \u201cThe bombing was heavy "
     "in Saraqib. Soldiers hit the hospital,\u201d a nurse said.", "hit", "ASSAULT", "Soldiers",
     "Saraqib"),
])
def test_place_anaphora_story_goes_on(nlp, text, word, event_type, doer, town):
    place, source = _mention_of(nlp, text, word, event_type, doer)
    assert place is not None and town.lower() in place.name.lower()
    assert source == "carried"


@pytest.mark.parametrize(("text", "word", "event_type", "doer"), [
    # a time of its own opens another story
    (_TALKS + "Kurdish forces captured Ahmed Saleh near Saraqib. Four years ago, Saleh attacked "
     "a guard.", "attacked", "ASSAULT", "Saleh"),
    # another speaker's venue is not theirs
    ("Ali Khan condemned the decision on Jerusalem. Omar Farouk is giving a press conference in "
     "London.", "condemned", "ACCUSE", "Khan"),
    # one occasion told by a verb of its own holds for the words beside it, not later ones
    ("\u201cNo one may set the region on fire,\u201d Recep Erdogan said in a speech in Ankara. "
     "Rebels shelled Idlib in Syria. Troops fought back. Erdogan later criticised the rebels.",
     "criticised", "ACCUSE", "Erdogan"),
    ("Recep Erdogan was speaking at a thinktank in London on Tuesday. Ali Khan condemned the "
     "decision on Jerusalem.", "condemned", "ACCUSE", "Khan"),
    # a death in "the fighting" is where the fighting was, not where the sentence before
    # (which tells of none) is
    ("The two shepherds were found by border guards and held at Tarnel camp. Their uncle is "
     "believed to have died in the fighting.", "died", "ASSAULT", "uncle"),
    # where the speaker is now is not where it spoke before its sentence's occasion
    ("The envoy, Anna Weber, will hold talks in Ankara on Tuesday, after she criticised the "
     "plan. Weber and her deputy are in Turkey.", "criticised", "ACCUSE", "she"),
])
def test_place_anaphora_story_not_carried(nlp, text, word, event_type, doer):
    place, source = _mention_of(nlp, text, word, event_type, doer)
    assert source != "carried"


def test_speaker_chain_broken_by_another_doer(nlp):
    # a sentence another doer leads ends the chain of sentences "he" is told of by
    text = ("Rebels shelled Idlib in Syria. Speaking at a meeting in London, Ali Khan said the "
            "deal was dead. Rebels shelled Aleppo in Syria. Syrian troops fought back near "
            "Aleppo. He criticised the plan.")
    place, _ = _mention_of(nlp, text, "criticised", "ACCUSE", "He")
    assert place is None or "london" not in place.name.lower()


@pytest.mark.parametrize(("text", "word", "admin1"), [
    # "an attack on the province": the province the deed is done on, named before
    ("Rebels held Idlib for years. Last month jets launched an attack on the province.",
     "attack", "Idlib"),
    # "the nearby province": near the scene named last, not that scene's own province
    ("Families sheltered in Idlib during the Afrin offensive, until warplanes began an attack "
     "on the nearby province.", "attack", "Idlib"),
])
def test_place_anaphora_province_attacked(nlp, text, word, admin1):
    place, _ = _locate(nlp, text, word, "ASSAULT")
    assert place is not None and (place.admin1, place.precision) == (admin1, 3)
