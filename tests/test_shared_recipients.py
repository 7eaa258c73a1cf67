"""Recipients shared by coordinated verbs, one sentence per construction (table-driven, written
for the project): the object of a later verb is the earlier verb's too ("arrested and charged
three men"), and the act a later verb does with a thing is done to the earlier verb's party
("accused the envoy of lying and delivered an ultimatum")."""

from __future__ import annotations

import pytest

# (sentence, trigger, role, words): the party each construction gives the event
SHARED = [
    # two verbs, one object after both
    ("Police arrested and charged three opposition leaders on Monday.", "arrested", "target",
     "three opposition leaders"),
    ("Soldiers detained and beat dozens of student protesters.", "detained", "target",
     "dozens of student protesters"),
    ("The militia tried to kill or capture the provincial governor.", "kill", "target",
     "the provincial governor"),
    ("The gunmen tried to kill or abduct them, the police said.", "abduct", "target", "them"),
    # a later verb acting with a thing: done to the earlier verb's party
    ("The foreign minister accused the Norwegian envoy of bad faith and delivered an "
     "ultimatum.", "ultimatum", "target", "the Norwegian envoy"),
    ("The premier met the rebel commander and signed a truce.", "truce", "target",
     "the rebel commander"),
    # an act's noun whose purpose clause names whom it is done to
    ("The army launched an offensive to retake the hill town from the rebels.", "offensive",
     "target", "the rebels"),
    # one speaks or writes to, or pleads with, whom the phrase names
    ("The rebel leader agreed to talk to the government envoy.", "agreed", "target",
     "the government envoy"),
    # a verb of pressing or begging someone to act makes its object the one the act is asked
    # of: the demand's recipient (tests/test_directives.py)
    ("The authorities have been pressuring striking dockers to call off the strike.", "strike",
     "target", "striking dockers"),
    ("The envoy begged the rebels to free the hostages.", "free", "target", "the rebels"),
    # ... and the one asked is the request's recipient (the halt asked for is the request's own
    # content, demanded, not a second event told as done)
    ("The envoy implored the warring parties to halt the fighting.", "implored", "target",
     "the warring parties"),
]


@pytest.mark.parametrize("text, trigger, role, words", SHARED)
def test_shared_recipients_party_of_construction(event_on_unfiltered, text, trigger, role,
                                                 words):
    party = getattr(event_on_unfiltered(text, trigger), role)
    assert party is not None and party.text == words


# (sentence, trigger, words): a party shown favour is not the one a hostile act told next is
# done to, nor one condemned the one a favour next is shown to
TURNED = [
    ("The minister thanked Qatar and announced new sanctions on Monday.", "sanctions", "Qatar"),
    ("Iran welcomed the Saudi delegation and criticised the blockade.", "criticised",
     "the Saudi delegation"),
]


@pytest.mark.parametrize("text, trigger, words", TURNED)
def test_shared_recipients_not_across_a_turned_stance(pipeline, text, trigger, words):
    from dateline import Article

    events = pipeline.extract(Article(doc_id="t", text=text, pubdate="2021-06-01"))
    assert any(e.trigger == trigger for e in events)
    assert not any(e.target is not None and e.target.text == words for e in events
                   if e.trigger == trigger)


# (sentence, trigger): a verb with a phrase or a subject of its own shares no object
OWN = [
    ("The rebels withdrew from the valley and attacked the army base.", "withdrew"),
    ("Police arrived at the square and they arrested two students.", "arrived"),
    # an act done to no one shares no object with the verb after it
    ("The prime minister resigned and thanked his supporters.", "resigned"),
    ("The soldiers fled and abandoned the villagers.", "fled"),
    ("Protesters gathered and attacked the police.", "gathered"),
    # a clause telling what an attack included, or a place a strike shut down, names no party
    ("The militia launched an attack that included 500 fighters on the airport.", "attack"),
    ("The unions organised a general strike that shut down Lagos on Monday.", "strike"),
]


@pytest.mark.parametrize("text, trigger", OWN)
def test_shared_recipients_not_across_own_phrases(pipeline, text, trigger):
    from dateline import Article

    events = pipeline.extract(Article(doc_id="t", text=text, pubdate="2021-06-01"))
    assert not any(e.target is not None for e in events if e.trigger == trigger)


def test_shared_recipients_each_pair_of_three_sides(pipeline):
    from dateline import Article

    text = "The talks among Iran, Russia and Turkey ended on Friday."
    events = pipeline.extract(Article(doc_id="t", text=text, pubdate="2021-06-01"))
    pairs = {(e.source.country, e.target.country) for e in events if e.trigger == "talks"}
    assert pairs == {("IRN", "RUS"), ("IRN", "TUR"), ("RUS", "TUR")}


# (sentence, trigger, recipient countries): one pleads or speaks with whom "with" names, each
# country of coordinated adjectives a party of its own
ADDRESSED = [
    ("The envoy pleaded with the Russian and Turkish leaders to reach a deal.", "pleaded",
     {"RUS", "TUR"}),
]


@pytest.mark.parametrize("text, trigger, countries", ADDRESSED)
def test_shared_recipients_addressed_with(pipeline, text, trigger, countries):
    from dateline import Article

    events = pipeline.extract(Article(doc_id="t", text=text, pubdate="2021-06-01"))
    assert {e.target.country for e in events if e.trigger == trigger and e.target} == countries
