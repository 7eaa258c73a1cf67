"""The words a time pattern needs, looked for once per text for all the kinds that need them."""

from __future__ import annotations

import pytest

from dateline.date_patterns import NEEDS, Layout, may_occur, needle_text

# text, its needle form: the characters a case-blind pattern takes for ASCII letters folded
_NEEDLES = [
    ("Monday", "monday"),
    ("FRİDAY", "friday"),  # dotted capital I
    ("Chriſtmas", "christmas"),  # long s
    ("\u212aabul", "kabul"),  # the Kelvin sign
    ("ıraq", "iraq"),  # dotless i
    ("Police arrested two men.", "police arrested two men."),
]


@pytest.mark.parametrize(("text", "folded"), _NEEDLES)
def test_date_patterns_needle_text_folds_case_blind_letters(text: str, folded: str) -> None:
    assert needle_text(text) == folded


# one text asked about every kind in turn, as time_expressions asks: each answer is the one
# the text alone gives (the words found for one kind serve the next)
_TEXTS = [
    "Two days after the raid on Monday, in March 2019, troops left.",
    "Police arrested two men.",
    "The same week, at the end of the year, FRİDAY talks began.",
    "Last summer, a fortnight ago, the previous morning, two hours later.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_date_patterns_layout_may_occur_as_the_text_alone(text: str) -> None:
    folded = needle_text(text)
    layout = Layout(text, folded)
    for kind, groups in NEEDS.items():
        assert layout.may_occur(groups) == may_occur(groups, folded), (kind, text)
    assert layout.may_occur(())  # a kind with no words needed is always scanned


def test_date_patterns_layout_skips_a_kind_without_its_words() -> None:
    layout = Layout("two days of talks", needle_text("two days of talks"))
    assert layout.may_occur(NEEDS["ago"]) is False
    assert layout.may_occur(NEEDS["shift"]) is False  # "day" found, no "after" nor "later"
    assert layout.may_occur(NEEDS["recent"]) is False
    assert layout.may_occur(NEEDS["same"]) is False
