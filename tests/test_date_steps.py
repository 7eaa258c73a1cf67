"""Stage ``date``: an act told as an earlier step of what is so now, or as done over a stretch
up to now, has no date (``before publication``), not the report's day; the news of the day
keeps it."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipeline(nlp):
    """Every event is read: the learned realness veto is not what these rows test."""
    from dateline import Pipeline

    return Pipeline(real_threshold=0)


_BEFORE = (None, None, "before publication")
_REPORT = ("2018-03-10", None, "publication")
_NOT_BEFORE = "not before"
_OPEN = "Talks resumed in Geneva. "

# (text, trigger, (date, precision, date_source)); published on Saturday 10 March 2018
CASES = [
    # a verb's phrase of "after" on a state marked as lasting
    (_OPEN + "The activist is still held in a prison in the capital after surrendering to police.",
     "surrendering", _BEFORE),
    (_OPEN + "The two men have been jailed for months after attacking a police post.", "attacking",
     _BEFORE),
    # ... a verb joined to the gerund of "after" shares it
    (_OPEN + "The activist is still held after fleeing the country and surrendering to police.",
     "surrendering", _BEFORE),
    # a clause of "after" on an act told as before the report
    (_OPEN + "The family had fled to the coast after soldiers burned the village.", "burned",
     _BEFORE),
    # ... and an act told inside the phrase, on a state marked as lasting or an earlier act
    (_OPEN + "The activist is still held after watching protesters criticise the plan.",
     "criticise", _BEFORE),
    (_OPEN + "The family had fled to the coast after watching the envoy criticise the plan.",
     "criticise", _BEFORE),
    # the day's news told under a present with no mark of lasting keeps the report's day
    (_OPEN + "The two men are being questioned after soldiers launched a raid on the camp.", "raid",
     _REPORT),
    (_OPEN + "The two men are being questioned after soldiers captured them near the border.",
     "captured", _REPORT),
    (_OPEN + "The road is closed after rebel shelling of the town.", "shelling", _REPORT),
    (_OPEN + "Three people are dead after a gunman opened fire at a school.", "opened", _REPORT),
    (_OPEN + "Two men are being held after a bomb exploded in the market.", "exploded", _REPORT),
    (_OPEN + "The army says it is investigating after soldiers shot dead a protester.", "shot",
     _REPORT),
    (_OPEN + "Marovia says it will respond after Tessaly fired missiles at its territory.",
     "fired", _REPORT),
    (_OPEN + "Police are appealing for witnesses after a woman was attacked in a park.",
     "attacked", _REPORT),
    (_OPEN + "The mayor could resign after protesters stormed the town hall.", "stormed",
     _REPORT),
    # ... and so does a state said or believed now with no mark of lasting
    (_OPEN + "Police say three people are dead after a gunman opened fire at a market.",
     "opened", _REPORT),
    (_OPEN + "Doctors say the boy is in a coma after police beat him.", "beat", _REPORT),
    # ... and so does an act of the same day, "hours after"
    (_OPEN + "Residents are still fleeing, hours after soldiers stormed the camp.", "stormed",
     _REPORT),
    # ... and what is still to come is never before the report
    (_OPEN + "Refugees are ready to go home after the army withdraws from the town.",
     "withdraws", _NOT_BEFORE),
    (_OPEN + "The fighters will be pardoned after surrendering their weapons to the army.",
     "surrendering", _NOT_BEFORE),
    # ... nor a step before a past act: the step shares its days
    (_OPEN + "Police arrested two men after they stormed the bank.", "stormed", _REPORT),
    # ... nor before a present perfect, the news of the report's days
    (_OPEN + "The army has withdrawn from the town after rebels attacked a checkpoint.",
     "attacked", _REPORT),
    # ... nor in the article's first sentence, whose news a clause of "after" may tell
    ("Two men are still held after soldiers captured them near the border.", "captured",
     _REPORT),
    # a clause or a phrase of "after" on a clause told in the past: what came before it
    (_OPEN + "The governor changed his mind after the envoy criticised the plan.", "criticised",
     _BEFORE),
    (_OPEN + "The governor did not change his mind after the envoy criticised the plan.",
     "criticised", _BEFORE),
    (_OPEN + "The governor was sacked after the envoy criticised the plan.", "criticised",
     _BEFORE),
    (_OPEN + '"I changed my mind after the envoy criticised the plan," the governor said.',
     "criticised", _BEFORE),
    (_OPEN + "The governor changed his mind the day after the envoy criticised the plan.",
     "criticised", _BEFORE),
    (_OPEN + "The governor changed his mind after the envoy criticised the plan and after the "
     "council rejected the budget.", "rejected", _BEFORE),
    # ... a campaign told as launched went on: what followed its start is of a later day
    (_OPEN + "Thousands were on the move after jets launched an attack on the province.",
     "attack", _BEFORE),
    # ... and an act told inside the phrase, in a complement or an infinitive, or tried
    (_OPEN + "The governor changed his mind after watching protesters criticise the plan.",
     "criticise", _BEFORE),
    (_OPEN + "After a truce to evacuate civilians from the town, the offensive restarted.",
     "evacuate", _BEFORE),
    (_OPEN + "The governor changed his mind after the envoy tried to expel the diplomats.",
     "expel", _BEFORE),
    # ... but not one only threatened, not told as done
    (_OPEN + "The governor changed his mind after the envoy threatened to criticise the plan.",
     "criticise", _NOT_BEFORE),
    # ... nor an act of force, arrest, seizure or protest: what follows is its aftermath, told
    # with it as the day's news
    (_OPEN + "The governor changed his mind after rebels stormed the town hall.", "stormed",
     _REPORT),
    (_OPEN + "The man was taken to hospital after police shot him.", "shot", _REPORT),
    (_OPEN + "Two men were in hospital after police shot them.", "shot", _REPORT),
    (_OPEN + "Three people were hurt after a car bomb exploded near the market.", "exploded",
     _REPORT),
    (_OPEN + "The currency plunged after the army seized power.", "seized", _REPORT),
    # ... nor an act the lead or the sentence before told, one act with one day
    ("The envoy criticised the plan on state television. The governor changed his mind after "
     "the envoy criticised the plan.", "criticised", _REPORT),
    # ... nor one told as of the same day, "hours after", "immediately after"
    (_OPEN + "The governor changed his mind hours after the envoy criticised the plan.",
     "criticised", _REPORT),
    (_OPEN + "The governor changed his mind minutes after the envoy criticised the plan.",
     "criticised", _REPORT),
    (_OPEN + "The governor changed his mind immediately after the envoy criticised the plan.",
     "criticised", _REPORT),
    (_OPEN + "The governor changed his mind shortly after the envoy criticised the plan.",
     "criticised", _REPORT),
    # ... nor before an act of force or what one leaves, a step of one happening
    (_OPEN + "Two soldiers were killed after rebels ambushed their convoy.", "ambushed",
     _REPORT),
    (_OPEN + "The governor left the city after the envoy criticised the plan.", "criticised",
     _REPORT),
    (_OPEN + "Thousands were forced to flee after the council approved the plan.", "approved",
     _REPORT),
    # ... nor before the story's next act, often of the same days
    (_OPEN + "The interior minister resigned after the envoy criticised the plan.", "criticised",
     _REPORT),
    (_OPEN + "The government imposed a curfew after rioters torched the town hall.", "torched",
     _REPORT),
    # ... nor before a saying or an admission, said on the occasion
    (_OPEN + "The senator told reporters after meeting the envoy in the capital.", "meeting",
     _REPORT),
    (_OPEN + "The army admitted its mistake after the envoy criticised the raid.", "criticised",
     _REPORT),
    # ... nor in the article's first sentence
    ("The governor changed his mind after the envoy criticised the plan.", "criticised", _REPORT),
    # a present perfect over a stretch up to now
    (_OPEN + "The pair have since been questioned by soldiers and police.", "questioned",
     _BEFORE),
    (_OPEN + "The militia has up to now attacked the villages.", "attacked", _BEFORE),
    (_OPEN + "The militia has attacked the villages up to now.", "attacked", _BEFORE),
    (_OPEN + "The militia has until now attacked the villages.", "attacked", _BEFORE),
    (_OPEN + "The militia has attacked the villages until now.", "attacked", _BEFORE),
    (_OPEN + "The militia has till now attacked the villages.", "attacked", _BEFORE),
    (_OPEN + "The militia has attacked the villages till now.", "attacked", _BEFORE),
    # ... but not a few arrests or charges counted so far, the story's news
    (_OPEN + "Three suspects have so far been charged with murder.", "charged", _REPORT),
    (_OPEN + "So far, police have arrested 12 people.", "arrested", _REPORT),
    (_OPEN + "Police have thus far arrested 12 people in the province.", "arrested", _REPORT),
    # ... nor words, most often said again on the report's day
    (_OPEN + "The government has since rejected the proposal.", "rejected", _REPORT),
    (_OPEN + "The government has since apologised for the raid.", "apologised", _REPORT),
    # ... nor one told with no stretch, nor the lead's news
    (_OPEN + "Police have arrested 12 people in the province.", "arrested", _REPORT),
    (_OPEN + "Police have arrested 12 people up to now.", "arrested", _REPORT),
    ("The militia has until now attacked the villages.", "attacked", _REPORT),
    # a loss of a status is a state; a disarming by a doer is an act
    (_OPEN + "The two guards have been stripped of their citizenship.", "stripped", _BEFORE),
    (_OPEN + "Rebel fighters have been stripped of their weapons by the army.", "stripped",
     _REPORT),
    # the news of the day keeps the report's day
    ("Five people were killed when a bomb exploded in the market.", "exploded", _REPORT),
]


@pytest.mark.parametrize(("text", "word", "want"), CASES)
def test_date_steps_told_as_earlier(pipeline, text, word, want):
    from dateline import Article

    events = pipeline.extract(Article(doc_id="t", text=text, pubdate="2018-03-10"))
    found = [e for e in events if e.trigger == word]
    assert found, f"no event on {word!r} in {[(e.event_type, e.trigger) for e in events]}"
    for e in found:
        if want == _NOT_BEFORE:  # still to come: any date but one before the report
            assert e.date_source != "before publication", e
        else:
            assert (e.date, e.date_precision, e.date_source) == want
