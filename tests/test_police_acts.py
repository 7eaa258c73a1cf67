"""The police acts the learned head adds: the police's statement where a police word names the
speaker, only when the head is confident and the rules found no police act (illustrative
sentences written for these tests)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.learned import load_classifier
from dateline.pipeline import DocumentCoder
from dateline.learned import police_words
from dateline.police_acts import STATEMENT_RULE, speaker, speech_of
from dateline.records import Article


def _revised(nlp, text, **thresholds):
    clf = load_classifier()
    clf = replace(clf, thresholds={**clf.thresholds, **thresholds})
    doc = nlp(text)
    coder = DocumentCoder(doc, Article(doc_id="t", text=text))
    return clf.revise(doc, coder.sents.spans, coder.rule_events(), coder.event)


def _police_word(doc):
    return next(t for t in doc if t.lower_ in ("police", "policemen", "constables"))


@pytest.mark.parametrize("text, verb", [
    ("The situation in the old town was calm, police said.", "said"),  # comment clause
    ("Police said the market would reopen on Monday.", "said"),
    ("A senior police official said the roads were quiet.", "said"),  # compound of the speaker
    ("The spokesperson of the state police said no incident was reported.", "said"),  # of
    ("Ravi Menon, superintendent of police, told reporters the town was calm.", "told"),  # appos
    ("Police officers added that the curfew would stay.", "added"),
    ("A police official is quoted as saying that the lanes were calm.", "quoted"),  # passive
])
def test_police_acts_speaker_found(nlp, text, verb):
    got = speech_of(_police_word(nlp(text)))
    assert got is not None and got.lower_ == verb


@pytest.mark.parametrize("text", [
    "The mob threw stones at the police near the temple.",  # done to
    "The shopkeepers told the police that the lane was blocked.",  # told
    "Police did not say when the market would reopen.",  # denied: no statement made
    "The police dispersed the crowd near the station.",  # a doer, not a speaker
])
def test_police_acts_no_speaker(nlp, text):
    assert speech_of(_police_word(nlp(text))) is None


def test_police_acts_statement_by_the_threshold(nlp):
    # the rules find no police act; the statement is the police's act when the head is sure
    text = "The situation in the old town was calm, police said."

    def stated(th):
        return [e for e in _revised(nlp, text, police_statement=th) if e.rule == STATEMENT_RULE]

    assert not stated(1.01)
    got = stated(0.0)
    assert len(got) == 1
    event = got[0]
    assert event.source is not None and event.source.sector == "COP"
    assert event.trigger == "said" and event.status == "actual" and event.target is None
    assert 0.0 <= event.confidence <= 0.5  # half the head's probability
    assert event.acled_event_type is None and event.acled_sub_event_type is None


def test_police_acts_statement_on_a_protest_is_no_intervention(nlp):
    # a statement about a demonstration is no police intervention in it
    text = "The march of the farmers through the town was peaceful, police said."
    got = [e for e in _revised(nlp, text, police_statement=0.0) if e.rule == STATEMENT_RULE]
    assert got and all(e.acled_sub_event_type is None for e in got)


def test_police_acts_statement_leaves_the_reported_act_its_doer(nlp):
    # what the police report keeps its own doer and has them as its teller: the mob's arson
    # is no police act, and no statement is added beside an event told on their word
    text = "The mob set fire to three shops in the market, police said."
    events = _revised(nlp, text, police_statement=0.0)
    assert events and not any(e.source is not None and e.source.sector == "COP" for e in events)
    assert all(e.attribution for e in events), events


@pytest.mark.parametrize("text", [
    "Police inspectors deemed the building safe.",  # a judgement is no statement
    "Police believe the fire was an accident.",  # nor a belief
])
def test_police_acts_no_statement_for_a_judgement(nlp, text):
    events = _revised(nlp, text, police_statement=0.0)
    assert not any(e.rule == STATEMENT_RULE for e in events)


def test_police_acts_no_statement_beside_a_police_act(nlp):
    # the rules' police act is the sentence's police action: no statement is added beside it
    text = "Police arrested two men near the bus stand, an officer said."
    events = _revised(nlp, text, police_statement=0.0, police_veto=-1.0)
    assert not any(e.rule == STATEMENT_RULE for e in events)
    assert any(e.source is not None and e.source.sector == "COP" for e in events)


def test_police_acts_speaker_among_several_police_words(nlp):
    # the first police word names a place; the speaker is the second
    doc = nlp("No incident was reported in the police station areas of the city, police added.")
    found = speaker(police_words(doc[:]))
    assert found is not None and found[0].i == len(doc) - 3 and found[1].lower_ == "added"


@pytest.mark.parametrize("text", [
    "Three men were injured in the firing near the temple, police said.",  # no doer told
    "Two cars were set on fire in the old town overnight, police said.",  # a passive report
    "No incident was reported in the old city, police added.",  # a denied act of theirs
])
def test_police_acts_statement_beside_an_account_with_no_doer(nlp, text):
    # what the police tell with no one's act in it is their own account: their statement is
    # the act the sentence tells of them, beside the events they report
    events = _revised(nlp, text, police_statement=0.0)
    stated = [e for e in events if e.rule == STATEMENT_RULE]
    assert len(stated) == 1 and stated[0].source.sector == "COP", events
    assert all(e.source is None or e.source.sector == "COP" for e in events), events


@pytest.mark.parametrize("text", [
    "Rebels ambushed an army convoy near the border, police said.",  # a doer told
    "Three Kenyan tourists were injured in the blast, police said.",  # a party of a country
])
def test_police_acts_no_statement_beside_a_party_told_of(nlp, text):
    # a wire item told on the police's word is its party's event: they are its teller only
    events = _revised(nlp, text, police_statement=0.0)
    assert events and not any(e.rule == STATEMENT_RULE for e in events), events
