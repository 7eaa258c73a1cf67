"""Recipients one illustrative sentence per construction (table-driven): a noun the tagger took
for a verb, a participle it took for a past tense in a series of passives, and a news outlet
(which reports events and is no party to them), named with a word for an outlet or with the
capitals of a name that is also a common word."""

from __future__ import annotations

import pytest

from dateline.actor_dictionary import is_outlet

# (sentence, trigger, recipient words, recipient's country): a verb's object with a determiner
# and a name on it is a noun, and names the party whose it is
NOUN_READ = [
    ("Greek officials criticised the White House readout, calling it false.", "criticised",
     "the White House readout", "USA"),
]


@pytest.mark.parametrize("text, trigger, recipient, country", NOUN_READ)
def test_recipient_tags_noun_taken_for_a_verb(event_on, text, trigger, recipient, country):
    event = event_on(text, trigger)
    assert event.target is not None and event.target.text == recipient, event.target
    assert event.target.country == country, event.target


# (sentence, trigger, words of the recipient): a verb of killing or of force coordinated with
# a passive, with nothing of its own, is passive too: the series' subject is whom it struck
SERIES = [
    ("In May three Norland reporters were run over and killed within two days.", "killed",
     "reporters"),
]


@pytest.mark.parametrize("text, trigger, words", SERIES)
def test_recipient_tags_past_tense_in_a_passive_series(event_on, text, trigger, words):
    event = event_on(text, trigger)
    assert event.target is not None and words in event.target.text, event.target
    assert event.source is None, event.source


# (sentence, trigger): one with an object of its own stays active, its subject the doer
ACTIVE = [
    ("The men were arrested and killed two guards.", "killed"),
]


@pytest.mark.parametrize("text, trigger", ACTIVE)
def test_recipient_tags_series_with_an_object_stays_active(event_on, text, trigger):
    event = event_on(text, trigger)
    assert event.source is not None and event.source.text == "The men", event.source
    assert event.target is not None and event.target.text == "two guards", event.target


# (words, whether they name an outlet)
OUTLETS = [
    ("the Reuters news agency", True),
    ("the Observer", True),
    ("an observer", False),
    ("the observer", False),
    ("the UN agency", False),
]


@pytest.mark.parametrize("words, outlet", OUTLETS)
def test_recipient_tags_outlet_names(words, outlet):
    assert is_outlet(words) is outlet


# (sentence, trigger): whom one speaks to or sends a copy to is an outlet, no recipient
OUTLET_EVENTS = [
    ("The envoy agreed to speak to the Observer after months of silence.", "agreed"),
]


@pytest.mark.parametrize("text, trigger", OUTLET_EVENTS)
def test_recipient_tags_outlet_is_no_recipient(event_on, text, trigger):
    event = event_on(text, trigger)
    assert event.target is None, event.target


# sentences in which a copy of a deal sent by a source makes the sender no party to the deal
COPIES = [
    "A copy of the pact sent by a rebel source to Reuters said fighters had negotiated the "
    "truce with Norland.",
]


@pytest.mark.parametrize("text", COPIES)
def test_recipient_tags_copy_sender_is_no_party(events_in, text):
    shown = [(e.trigger, e.source and e.source.text, e.target and e.target.text)
             for e in events_in(text)]
    assert not any(src == "a rebel source" or tgt and "Reuters" in tgt
                   for _, src, tgt in shown), shown


# (sentence, trigger, actor words, recipient words): a request turned down in the passive is
# turned down by whom it was made to, and aimed at whoever made it
TURNED_DOWN = [
    ("Their appeals to the Norland government were ignored.", "ignored",
     "the Norland government", "Their appeals"),
    ("Her plea was rejected by the court.", "rejected", "the court", "Her plea"),
]


@pytest.mark.parametrize("text, trigger, actor, recipient", TURNED_DOWN)
def test_recipient_tags_request_turned_down(event_on, text, trigger, actor, recipient):
    event = event_on(text, trigger)
    assert event.source is not None and event.source.text == actor, event.source
    assert event.target is not None and event.target.text == recipient, event.target


# (sentence, trigger): a verb of asking whose clause's "it" is the speaker asks no one else
SELF_ASKED = [
    ("The council insists it cannot house the refugees any longer.", "insists"),
]


@pytest.mark.parametrize("text, trigger", SELF_ASKED)
def test_recipient_tags_speaker_asks_no_one_of_itself(events_in, text, trigger):
    # what one's own side cannot do is no request at all; if any event is found on the verb,
    # it does not name its own speaker as its recipient
    on_verb = [e for e in events_in(text) if e.trigger == trigger]
    assert all(e.target is None or e.target.text != e.source.text for e in on_verb), on_verb


# (sentence, trigger, recipient words): a relative clause with no "that" the parse reads as a
# second subject: the pronoun acts, the noun the clause describes is whom it acts on
REDUCED = [
    ("The ministry said that fighters it had backed to oust the militia would join the army.",
     "backed", "fighters"),
]


@pytest.mark.parametrize("text, trigger, recipient", REDUCED)
def test_recipient_tags_reduced_relative_clause(event_on, text, trigger, recipient):
    event = event_on(text, trigger)
    assert event.target is not None and event.target.text == recipient, event.target
    assert event.source is None or event.source.text != recipient, event.source
