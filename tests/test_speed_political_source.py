"""Whether a mention's parties make it political: a thing of the mind or an inert thing as the
actor drops it unless the actor's words name a public party; other actors keep it."""

from __future__ import annotations

import pytest

from dateline.code import find_mentions


@pytest.mark.parametrize(("text", "trigger", "kept"), [
    ("Their mistakes offered glimpses of his methods as leader.", "offered", False),
    ("The victory in the north allowed the rebels to regroup.", "allowed", False),
    ("The perception of weakness threatened the alliance.", "threatened", False),
    ("The president called the prime minister on Monday.", "called", True),
    ("Gunmen attacked the offices of the newspaper on Monday.", "attacked", True),
])
def test_political(nlp, text, trigger, kept):
    doc = nlp(text)
    found = {doc[m.trigger].text for m in find_mentions(doc)}
    assert (trigger in found) is kept
