"""Vocabulary kept as data: word classes, number words, lexicon conditions, validated on load."""

from __future__ import annotations

import pytest

from dateline import date_calendar
from dateline.code import numbers as counts
from dateline.code.lexicon import load_lexicon
from dateline.datafiles import OVERLAY_ENV, REPLACE_MARK
from dateline.errors import DataFileError
from dateline.wordclasses import load_word_classes, word_class


def _overlay(tmp_path, monkeypatch, rel, text):
    (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / rel).write_text(text, encoding="utf-8")
    monkeypatch.setenv(OVERLAY_ENV, str(tmp_path))


def test_vocabulary_speech_verbs_share_one_core():
    core = word_class("speech_verbs")
    assert {"say", "tell", "announce"} <= core
    for use in ("attribution", "quote", "police"):
        assert core < word_class(f"speech_verbs_{use}")


def test_vocabulary_place_prepositions_share_one_core():
    core = word_class("where_preps")
    assert {"in", "at", "near"} <= core
    for use in ("clause", "scene", "recipient", "name"):
        assert core < word_class(f"where_preps_{use}")
    assert word_class("where_preps_scene") < word_class("where_preps_recipient") < \
        word_class("where_preps_name")
    assert "to" in word_class("where_preps_done_to") and "to" not in word_class(
        "where_preps_name")  # "a letter to Jack" names no place


def test_vocabulary_overlay_adds_words_to_a_class(tmp_path, monkeypatch):
    assert "proclaim" not in word_class("speech_verbs")
    _overlay(tmp_path, monkeypatch, "lexicon/word_classes.tsv",
             "class\twords\nspeech_verbs\tproclaim\n")
    assert "proclaim" in word_class("speech_verbs")
    assert "proclaim" in word_class("speech_verbs_police")  # classes that include it see it too
    assert "say" in word_class("speech_verbs")


@pytest.mark.parametrize("text, message", [
    ("class\twords\nspeech_verbs\t@nonsense\n", "line 2: unknown class '@nonsense'"),
    ("class\twords\nSpeech Verbs\tsay\n", "line 2: expected a class name"),
    ("words\tclass\n", "line 1: expected the header"),
    # a class defined again away from its rows would merge two lists that share a name
    ("class\twords\nfood_words\tbread\nfood_words\trice\ntools\thammer\nfood_words\tsalt\n",
     "line 5: class 'food_words' is defined again \\(first at line 2\\)"),
])
def test_vocabulary_bad_word_class_rows_fail_with_file_and_line(tmp_path, monkeypatch, text,
                                                                message):
    _overlay(tmp_path, monkeypatch, "lexicon/word_classes.tsv", text)
    with pytest.raises(DataFileError, match=f"word_classes.tsv {message}"):
        load_word_classes()


def test_vocabulary_a_class_the_rules_need_must_exist(tmp_path, monkeypatch):
    _overlay(tmp_path, monkeypatch, "lexicon/word_classes.tsv",
             f"{REPLACE_MARK}\nclass\twords\nlethal\tkill\n")
    assert word_class("lethal") == {"kill"}
    with pytest.raises(DataFileError, match="no class 'speech_verbs'"):
        word_class("speech_verbs")


@pytest.mark.parametrize("word, value", [("several", 3), ("few", 3), ("dozens", 24),
                                         ("twelve", 12), ("twenty-five", 25)])
def test_vocabulary_number_words_mean_one_thing(word, value):
    assert counts.number_value(word) == value
    if "-" not in word and word != "dozens":
        assert date_calendar.count(word) == value


def test_vocabulary_unknown_condition_kind_fails_at_load(tmp_path, monkeypatch):
    _overlay(tmp_path, monkeypatch, "lexicon/verbs.tsv",
             "# a lexicon row with a condition kind the coder does not know\n"
             "storm\tASSAULT\t\t18\t\t\tobject=town|city\n")
    with pytest.raises(DataFileError, match=r"verbs.tsv line 2: unknown condition kind 'object'"):
        load_lexicon()


def test_vocabulary_bad_number_row_fails_with_file_and_line(tmp_path, monkeypatch):
    from dateline.numbers import number_words
    _overlay(tmp_path, monkeypatch, "numbers.tsv", "word\tvalue\tkind\nbaker's dozen\t13\tbread\n")
    with pytest.raises(DataFileError, match="numbers.tsv line 2: kind must be"):
        number_words("number")
