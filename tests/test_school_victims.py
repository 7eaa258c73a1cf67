"""Children of a school taken or attacked are the act's recipients, of the education sector as
pupils and students are (table-driven, on sentences written for the project)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, trigger", [
    ("Gunmen kidnapped 30 schoolchildren in Kaduna state on Tuesday.", "kidnapped"),
    ("Bandits abducted 12 schoolgirls from a dormitory near the town.", "abducted"),
    ("Militants attacked a bus carrying schoolboys.", "attacked"),
])
def test_schoolchildren_are_recipients(event_on, text, trigger):
    target = event_on(text, trigger).target
    assert target is not None and target.sector == "EDU", target
