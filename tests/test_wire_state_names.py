"""A state's name that is written with a hyphen ("Guinea-Bissau", "Timor-Leste") or a capital
that is ("Porto-Novo") names that state, not the state one of its words names alone ("Guinea",
the island of Timor); table-driven, sentences written for the project."""

from __future__ import annotations

import pytest


def _countries(pipeline, sentence, words):
    return {a.country for e in pipeline.extract(sentence, pubdate="2012-06-01")
            for a in (e.source, e.target) if a is not None and words in a.text}


@pytest.mark.parametrize("sentence, words, country", [
    # the state's name as the doer
    ("Timor-Leste accused the rebels of violating the truce.", "Timor-Leste", "TLS"),
    # after "of" in a title
    ("The foreign minister of Guinea-Bissau criticized the plan.", "Guinea-Bissau", "GNB"),
    ("The foreign minister of Timor-Leste criticized the plan.", "Timor-Leste", "TLS"),
    # as the recipient
    ("The rebels accused Timor-Leste of violating the truce.", "Timor-Leste", "TLS"),
    # a capital written with a hyphen, where officials are
    ("Officials in Porto-Novo accused the rebels of violating the truce.", "Porto-Novo",
     "BEN"),
])
def test_wire_state_names_hyphened_name(pipeline, sentence, words, country):
    assert _countries(pipeline, sentence, words) == {country}


@pytest.mark.parametrize("sentence, words, country", [
    # a hyphen that joins a country's word to another word keeps the country's
    ("US-led forces attacked the town.", "US-led forces", "USA"),
    ("Police arrested two Bissau-Guinean men.", "Bissau-Guinean", "GNB"),
])
def test_wire_state_names_hyphened_word(pipeline, sentence, words, country):
    assert country in _countries(pipeline, sentence, words)


def test_wire_state_names_runs_join_hyphens():
    from dateline.actor_places import ngrams

    assert (0, 3, "guinea-bissau") in ngrams(["guinea", "-", "bissau"], 3)
