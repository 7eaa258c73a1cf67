"""Warnings: a threat of what the warner's side will do is THREATEN; a warning of what a
happening will bring about is a view of consequences, no threat. Sentences written for the
project."""

from __future__ import annotations

import pytest

# (sentence, whether the warning is a THREATEN)
WARNINGS = [
    ("The general warned that a military assault on the enclave would lead to a catastrophe.",
     False),
    ("Aid agencies warned that the offensive could displace thousands of families.", False),
    ("The envoy warned that the siege might cause a famine in the city.", False),
    # what will follow may be the warner's own act, and what it owns is its own
    ("The minister warned that a military response would follow any attack.", True),
    ("The White House warned that the US would respond if the regime used chemical weapons.",
     True),
]


@pytest.mark.parametrize("text, threat", WARNINGS)
def test_type_warnings_foretold_happenings(events_in, text, threat):
    found = [e.event_type for e in events_in(text) if e.trigger == "warned"]
    assert (found == ["THREATEN"]) is threat
