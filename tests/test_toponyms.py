"""The words before a place name that put an event near it or in a part of it."""

import pytest

from dateline import toponyms

_NEAR = [f"{w} " for w in toponyms._NEAR_WORDS] + [
    "40 km north-east of ", "near the town of ", "outside the ", "between the city of "]
_PART = [f"{w} " for w in toponyms._PART_WORDS] + ["north-west ", "southern ", "the heart of "]


@pytest.mark.parametrize("before", _NEAR)
def test_toponyms_near_endings_cover_the_pattern(before):
    assert toponyms._NEAR_BEFORE.search(before)
    assert before.rstrip().lower().endswith(toponyms._NEAR_ENDINGS)


@pytest.mark.parametrize("before", _PART)
def test_toponyms_part_endings_cover_the_pattern(before):
    assert toponyms._PART_BEFORE.search(before)
    assert before.rstrip().lower().endswith(toponyms._PART_ENDINGS)


@pytest.mark.parametrize("before", ["fled to ", "the town ", "in ", "the north "])
def test_toponyms_other_words_are_no_relation(before):
    assert not (before.rstrip().lower().endswith(toponyms._NEAR_ENDINGS)
                and toponyms._NEAR_BEFORE.search(before))
