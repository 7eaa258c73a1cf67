"""Diplomatic and cooperative acts named by a noun or a verb with its object, one illustrative
sentence per construction (table-driven): welcomes, mediation missions between two parties,
ties made, raised or taken up again, arms sent, consensus reached, supplies cut; and the same
nouns where they name no act."""

from __future__ import annotations

import pytest

from dateline import Article

# (sentence, trigger, PLOVER type, CAMEO root, actor words, recipient words or None)
ACTS = [
    ("The prime minister gave a warm welcome to the visiting Chilean president.", "welcome",
     "CONSULT", "04", "The prime minister", "the visiting Chilean president"),
    ("The envoy undertook a mediation mission between Eritrea and Djibouti.",
     "mediation mission", "CONSULT", "04", "The envoy", "Eritrea"),
    # coordinated parties of a joint act are each its actor
    ("Chile and Peru resumed diplomatic relations on Monday.", "diplomatic relations",
     "SUPPORT", "05", "Chile", None),
    ("Nepal has established diplomatic ties with Uruguay.", "established", "SUPPORT", "05",
     "Nepal", "Uruguay"),
    ("Mongolia upgraded its ties with Kenya.", "upgraded", "SUPPORT", "05", "Mongolia", "Kenya"),
    ("Belarus continued to send arms to the junta last year.", "arms", "AID", "07", "Belarus",
     "the junta"),
    # a joint act of two sides: each acts, with no recipient; the topic is none either
    ("Ghana and Togo reached a consensus on the border crossings.", "consensus", "AGREE", "03",
     "Ghana", None),
    # an apology is diplomatic cooperation (CAMEO 055), not a concession
    ("Peru apologized to Bolivia for the border incident.", "apologized", "SUPPORT", "05",
     "Peru", "Bolivia"),
    ("The minister offered a public apology to the Nepalese government.", "apology", "SUPPORT",
     "05", "The minister", "the Nepalese government"),
]


@pytest.mark.parametrize("text, trigger, etype, root, actor, recipient", ACTS)
def test_diplomacy_acts(event_on, text, trigger, etype, root, actor, recipient):
    event = event_on(text, trigger)
    assert (event.event_type, event.cameo_root) == (etype, root), event
    assert event.source is not None and event.source.text == actor, event.source
    if recipient is None:
        assert event.target is None, event.target
    else:
        assert event.target is not None and event.target.text == recipient, event.target


@pytest.mark.parametrize("text", [
    "Their diplomatic ties remain strong.",
    "There is a broad consensus among economists.",
    "The boy raised his arms.",
])
def test_diplomacy_nouns_naming_no_act(pipeline, text):
    assert pipeline.extract(Article(doc_id="t", text=text, pubdate="2021-06-01")) == []
