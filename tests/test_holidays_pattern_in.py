"""Holiday names found in a text by the pattern cut to the names the text may hold
(``holidays.pattern_in``): the same matches as the pattern of every name, for the packaged
names and for a user's file (``DATELINE_DATA_PATH``), whose names may be typed with a curly
apostrophe."""

from __future__ import annotations

import pytest

from dateline.datafiles import OVERLAY_ENV

_HEADER = "name\taliases\tcalendar\tmonth\tday\toffset\tdays\n"
_USER_ROWS = (  # holidays of a user's file, one typed with a curly apostrophe
    "Saint Patrick\u2019s Day\tPaddy\u2019s Day\tgregorian\t3\t17\t0\t1\n"
    "Founders' Day\t\tgregorian\t9\t4\t0\t1\n"
)

PACKAGED = [  # texts naming packaged holidays (or none), written and spaced in several ways
    "Troops left on the eve of Eid al-Adha, before Christmas Day.",
    "Fighting resumed after Eid al Adha and again on New Year\u2019s Eve.",
    "Shops closed for Yom  Kippur; the ceasefire held through Easter.",
    "The talks ended on Tuesday without a deal.",
    "A rally on eid al-fitr drew thousands.",
    "Eid ul Fitr", "Bakr Eid", "Eid alAdha", "Rosh\tHashanah", "New Year's Eve",
    "holy month of Ramadan", "Rosh Hashana", "Chri\u017ftmas",
    "A new law took effect this year.", "Celebrations of the New\nYear went on.",
]

USER = [  # texts naming the user's holidays, the apostrophe typed either way
    "Marchers filled the square on Saint Patrick\u2019s Day, weeks before Easter.",
    "Marchers filled the square on Saint Patrick\u2019s Day.",
    "Marchers filled the square on Saint Patrick's Day.",
    "The guards were doubled for Paddy\u2019s Day and for Founders\u2019 Day.",
    "Nothing happened in the harbour town that week.",
]


def _matches(pattern, text):
    return [] if pattern is None else [(m.start(), m.end(), m.group("name"))
                                       for m in pattern.finditer(text)]


def _cut_and_whole(text):
    from dateline import holidays
    from dateline.date_patterns import needle_text

    return _matches(holidays.pattern_in(needle_text(text)), text), \
        _matches(holidays.table()[1], text)


@pytest.fixture
def user_holidays(tmp_path, monkeypatch):
    (tmp_path / "holidays").mkdir()
    (tmp_path / "holidays/holidays.tsv").write_text(_HEADER + _USER_ROWS, encoding="utf-8")
    monkeypatch.setenv(OVERLAY_ENV, str(tmp_path))


@pytest.mark.parametrize("text", PACKAGED)
def test_holidays_pattern_in_finds_what_the_whole_pattern_finds(text):
    cut, whole = _cut_and_whole(text)
    assert cut == whole


@pytest.mark.parametrize("text", USER)
def test_holidays_pattern_in_finds_a_user_files_names(user_holidays, text):
    cut, whole = _cut_and_whole(text)
    assert cut == whole
    assert bool(whole) is ("Day" in text)


@pytest.mark.parametrize("text, pubdate, found", [
    # a name typed curly in the user's file, with another holiday in the text or alone
    ("Police arrested 20 marchers on Saint Patrick\u2019s Day, weeks before Easter.",
     "2024-03-20",
     [("on Saint Patrick\u2019s Day", "2024-03-17"), ("before Easter", "2023-04-09")]),
    ("Police arrested 20 marchers on Saint Patrick\u2019s Day.", "2024-03-20",
     [("on Saint Patrick\u2019s Day", "2024-03-17")]),
    ("Police arrested 20 marchers on Saint Patrick's Day.", "2024-03-20",
     [("on Saint Patrick's Day", "2024-03-17")]),
    ("Police closed the road before Paddy\u2019s Day.", "2024-03-20",
     [("before Paddy\u2019s Day", "2024-03-17")]),
])
def test_holidays_user_file_curly_name_is_dated(user_holidays, text, pubdate, found):
    from dateline.timex import time_expressions

    assert [(x.text, x.date) for x in time_expressions(text, pubdate)
            if x.kind == "holiday"] == found


def test_holidays_user_file_curly_name_has_its_date(user_holidays):
    from dateline.holidays import holiday_date

    assert str(holiday_date("Saint Patrick\u2019s Day", 2025)) == "2025-03-17"
    assert str(holiday_date("saint patrick's day", 2025)) == "2025-03-17"
