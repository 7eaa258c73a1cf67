"""The real-news review sheet (benchmarks/real_news.py) shows each party as a judge needs it:
its name and country, and for a party of no one country (coded ``IGO`` as the wire data code
it) its kind, so a rights group is not read as an intergovernmental body."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
try:
    from real_news import sheet_row
finally:
    sys.path.pop(0)


@pytest.mark.parametrize(("text", "trigger", "actor", "recipient"), [
    ("Human Rights Watch accused the army of Chad of torturing prisoners.", "accused",
     "Human Rights Watch [IGO, NGO]", "[TCD]"),
    ("The United Nations condemned the shelling of the hospital by Malian rebels.",
     "condemned", "[IGO]", "[MLI]"),
])
def test_sheet_shows_the_kind_of_a_party_of_no_one_country(event_on, text, trigger, actor,
                                                          recipient):
    row = sheet_row("1", "2021-06-01", event_on(text, trigger))
    assert str(row["actor"]).endswith(actor)
    assert str(row["recipient"]).endswith(recipient)
    assert row["trigger"] == trigger
