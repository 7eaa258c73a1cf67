"""Stage ``date``: a toll a lasting happening has taken up to now, told in the present perfect,
has no date (``before publication``); a toll of one occasion or of happenings in the
plural, the lead's news and a present perfect with no count keep the report's day."""

from __future__ import annotations

import pytest


_BEFORE = (None, None, "before publication")
_REPORT = ("2018-03-10", None, "publication")
_OPEN = "Ministers met in the capital. "

# (text, trigger, (date, precision, date_source)); published on Saturday 10 March 2018
CASES = [
    # the toll of a campaign, a siege, a bombardment: summed over its course
    (_OPEN + "The campaign has killed dozens of civilians.", "killed", _BEFORE),
    (_OPEN + "The bombardment has destroyed 40 homes in the old town.", "bombardment", _BEFORE),
    # ... and the happening named as its subject goes on over the same stretch
    (_OPEN + "The regime's offensive has displaced thousands of people.", "offensive", _BEFORE),
    # a toll of one occasion is the news of the day
    ("A bomb exploded in a market in the capital. The attack has killed 12 people.", "attack",
     _REPORT),
    # ... and so is one of a word of one occasion, the story's happening or not
    ("Gunmen stormed a hotel in Tarvel. The assault has killed 18 people, officials said.",
     "assault", _REPORT),
    (_OPEN + "The assault on the hotel has killed 18 people, officials said.", "assault",
     _REPORT),
    ("Commandos raided a compound in the village. The operation has killed five gunmen.",
     "operation", _REPORT),
    ("Police traded fire with gunmen at a checkpoint. The shootout has killed three officers.",
     "killed", _REPORT),
    ("Fighting broke out in the city. The fighting has killed 20 people, medics said.",
     "fighting", _REPORT),
    # ... and of the day's happenings counted in the plural
    ("Two bombs exploded in a crowded market. The bombs have killed 12 people, police said.",
     "bombs", _REPORT),
    ("A row of airstrikes hit a market in Kessa. The strikes have killed 30 people.", "strikes",
     _REPORT),
    (_OPEN + "Airstrikes on a clinic have killed 140 people, monitors said.", "Airstrikes",
     _REPORT),
    # ... and a count in the hundreds is no mark of a lasting happening
    (_OPEN + "The assault has driven 4,000 villagers out and killed scores of farmers.", "killed",
     _REPORT),
    # arrests, releases and deportations of the day keep it
    ("Students gathered in the capital. Police have arrested 200 students, the ministry said.",
     "arrested", _REPORT),
    ("Crowds gathered at the crossing. Guards have deported 300 migrants, the ministry said.",
     "deported", _REPORT),
    ("An amnesty was announced. The government has released 500 prisoners, the ministry said.",
     "released", _REPORT),
    # a lasting happening the story has told already may be the day's
    ("Troops began an offensive on Dorrin. The offensive has killed 20 fighters, medics said.",
     "offensive", _REPORT),
    # a verb joined to the toll with no count of its own may be the day's news
    ("Troops pushed into the suburbs. The offensive has killed dozens of fighters and retaken "
     "the town of Marvo, state media said.", "retaken", _REPORT),
    # a clause of its own, and a present perfect with no count
    (_OPEN + "The siege has displaced thousands and the army has shelled the town.", "shelled",
     _REPORT),
    (_OPEN + "The campaign has struck the hospital in Marvo.", "struck", _REPORT),
    # ... and so is the lead's present perfect
    ("The siege has killed 40 people.", "killed", _REPORT),
]


@pytest.mark.parametrize(("text", "word", "want"), CASES)
def test_date_toll_summed_up_to_now(unfiltered, text, word, want):
    from dateline import Article

    events = unfiltered.extract(Article(doc_id="t", text=text, pubdate="2018-03-10"))
    found = [e for e in events if e.trigger == word]
    assert found, f"no event on {word!r} in {[(e.event_type, e.trigger) for e in events]}"
    for e in found:
        assert (e.date, e.date_precision, e.date_source) == want
