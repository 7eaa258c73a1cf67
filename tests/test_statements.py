"""Public comments (CAMEO 01): feelings expressed and stances told are
statements with their speaker as the actor (one sentence per construction, written for these
tests)."""

from __future__ import annotations

import pytest

PUBDATE = "2024-03-16"

# (text, PLOVER type, actor's words, recipient's words or None); the CAMEO code of the lexicon
# row in a comment
COMMENTS = [
    # a feeling expressed, voiced or conveyed to a party (EXPRESS, VOICE, EXTEND * CONDOLENCES)
    ("The ambassador expressed concern to the council about the arrests.", "ACCUSE",
     "ambassador", "council"),  # 012
    ("The senator expressed pessimism about the budget deal.", "ACCUSE", "senator", None),
    ("The president expressed optimism about the peace talks.", "SUPPORT", "president",
     None),  # 013
    ("The ambassador paid his respects to the soldiers killed in the attack.", "SUPPORT",
     "ambassador", "soldiers"),  # 017
    # a stance told in the speaker's own reported words (REMAIN * SCEPTICAL, PESSIMISTIC)
    ("The farmers' union said it is skeptical of the new subsidy plan.", "ACCUSE",
     "farmers' union", None),  # 012
    ("The ministry said it was pessimistic that the talks would succeed.", "ACCUSE",
     "ministry", None),  # 012
    ("The envoy says he is optimistic about a deal with the rebels.", "SUPPORT", "envoy",
     None),  # 013
]


@pytest.mark.parametrize("text, etype, actor, recipient", COMMENTS)
def test_statements_comment_is_coded(events_in_unfiltered, text, etype, actor, recipient):
    events = events_in_unfiltered(text, PUBDATE)
    found = [e for e in events if e.cameo_root == "01" and e.event_type == etype]
    assert found, [(e.event_type, e.cameo_root, e.trigger) for e in events]
    event = found[0]
    assert event.source is not None and actor in event.source.text, event.source
    if recipient is None:
        assert event.target is None, event.target
    else:
        assert event.target is not None and recipient in event.target.text, event.target


# The same words with no comment told: a feeling felt, a noun that is no one's words, a stance
# only held or negated
NO_COMMENTS = [
    "Concern for the refugees led several countries to offer them shelter.",
    "The minister discussed his concerns about the dam with the engineers.",
    "Residents are worried about the floods.",
    "Many parents are concerned about the new school rules.",
    "The ministry said it was not optimistic about the talks.",
]


@pytest.mark.parametrize("text", NO_COMMENTS)
def test_statements_no_comment_told(events_in_unfiltered, text):
    events = events_in_unfiltered(text, PUBDATE)
    assert not [e for e in events if e.cameo_root == "01"], \
        [(e.event_type, e.cameo_root, e.trigger) for e in events]



# Praise (CAMEO 051): the one praised is the recipient, not what it is praised for
PRAISED = [
    ("The leader praised the army for its courage.", "leader", "army"),
    ("The foreign minister praised Egypt for its role in the talks.", "foreign minister",
     "Egypt"),
]


@pytest.mark.parametrize("text, actor, recipient", PRAISED)
def test_statements_praised_party_is_the_recipient(events_in_unfiltered, text, actor, recipient):
    events = [e for e in events_in_unfiltered(text, PUBDATE) if e.event_type == "SUPPORT"]
    assert events and events[0].source is not None and actor in events[0].source.text
    assert events[0].target is not None and events[0].target.text.endswith(recipient), \
        events[0].target
