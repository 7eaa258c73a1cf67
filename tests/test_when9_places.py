"""Stage ``locate``: a place the gazetteer does not know, named in a sentence, sets its events
at a scene away from the story's town (only the country is sure) unless it is a part of a
town: a neighbourhood or a quarter lies in a town, the story's (:mod:`dateline.place_guess`)."""

from __future__ import annotations

import pytest

# (sentence written for the project, trigger, a scene away from the story's town)
CASES = [
    ("Twelve civilians were killed in an airstrike in the Zanjili neighbourhood.", "killed",
     False),
    ("Twelve civilians were killed in an airstrike in the Zanjili neighborhood.", "killed",
     False),
    ("Rebels shelled homes in the Bab Tuma quarter.", "shelled", False),
    # ... but a named place outside towns is a scene of its own
    ("Twelve civilians were killed in an airstrike near the Badush dam.", "killed", True),
    ("Rebels shelled a base near the Omar oilfield.", "shelled", True),
]


@pytest.mark.parametrize(("text", "word", "apart"), CASES)
def test_when9_places_town_parts_lie_in_the_town(nlp, text, word, apart):
    from dateline.place_guess import other_scene
    from dateline.records import Place

    town = Place(name="Mosul", country="IRQ", precision=2)
    tok = next(t for t in nlp(text) if t.text == word)
    assert other_scene(tok, [], town) is apart


# (sentences written for the project, trigger, place name): a quotation opened right after a
# sentence reporting someone's words is their account going on, at the place the words report
ACCOUNTS = [
    ("A volunteer was arrested in Varna on 2 May. Police in Varna searched his flat. His sister "
     "said he was held in Varna. A comrade said he remembered a blast in Manbij in July 2015. "
     "“A father stepped on a mine. His children were badly injured.”", "injured", "Manbij"),
    # ... not where the speaker only wants to go or where the speaker's kin live, nor words of
    # belief, no report
    ("Government forces raided several villages on Monday. A farmer said he wanted to go back "
     "to his orchard in Manbij. “Soldiers shot my brother.”", "shot", None),
    ("Government forces raided several villages on Monday. A farmer said his parents still live "
     "in Manbij. “Soldiers shot my brother.”", "shot", None),
    ("Government forces raided several villages on Monday. Officials believe that the militia "
     "hid weapons in Manbij. “Soldiers shot my brother.”", "shot", None),
]


@pytest.mark.parametrize(("text", "word", "place"), ACCOUNTS)
def test_when9_places_account_goes_on_where_reported(nlp, text, word, place):
    from dateline import Pipeline
    from dateline.records import Article

    events = Pipeline(real_threshold=0).extract(Article(doc_id="t", text=text,
                                                        pubdate="2017-08-06"))
    got = [e.location.name if e.location else None for e in events if e.trigger == word]
    assert got == [place]
