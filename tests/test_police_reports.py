"""The act a police speaker reports, which the learned police head may make theirs."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline import Article
from dateline.learned import load_classifier, police_mention
from dateline.pipeline import DocumentCoder
from dateline.police_reports import REPORT_RULE, reported_act


@pytest.mark.parametrize("text, act", [
    # the report comments on a clause with no doer named
    ("Three men were injured in the firing, police said.", "injured"),
    ("Two shops were set on fire in the market, a senior police officer said.", "set"),
    # a complement clause
    ("Police said two cars were torched near the bus depot.", "torched"),
    # a police source cited for the clause
    ("According to the police, the curfew was relaxed for two hours.", "relaxed"),
    # another party named as the doer: the act is theirs
    ("Police said the mob set fire to the shops.", None),
    # a plan, a wish or a failure told by the police: no act of theirs
    ("A police spokesman said the inquiry would be completed by next month.", None),
    ("Police said the bodies could not be found.", None),
    # not a speaker: the doer rule's business
    ("The police arrested ten men near the station.", None),
    ("Rioters told the police that the shops were burnt.", None),
])
def test_police_reports_reported_act(nlp, text, act):
    doc = nlp(text)
    police = police_mention(doc[:])
    assert police is not None
    got = reported_act(police)
    assert (got.text if got is not None else None) == act


def _revised(nlp, text, threshold):
    clf = load_classifier()
    clf = replace(clf, thresholds={**clf.thresholds, "police_report": threshold})
    doc = nlp(text)
    coder = DocumentCoder(doc, Article(doc_id="t", text=text))
    return clf.revise(doc, coder.sents.spans, coder.rule_events(), coder.event)


def test_police_reports_added_by_the_threshold(nlp):
    text = "Three men were injured in the firing, police said."
    assert not [e for e in _revised(nlp, text, 1.01) if e.rule == REPORT_RULE]
    got = [e for e in _revised(nlp, text, 0.0) if e.rule == REPORT_RULE]
    assert got and all(e.source is not None and e.source.sector == "COP" for e in got)
    assert all(e.status == "actual" and 0.0 <= e.confidence <= 1.0 for e in got)


def test_police_reports_another_partys_act_gets_none(nlp):
    text = "Police said the mob set fire to the shops."
    assert not [e for e in _revised(nlp, text, 0.0) if e.rule == REPORT_RULE]
