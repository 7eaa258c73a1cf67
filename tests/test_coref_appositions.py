"""A pronoun after a title with a name beside it ("the Turkish president, Recep Tayyip
Erdoğan,") stands for the named person, not for the office's state (illustrative sentences
written for the project)."""

from __future__ import annotations

import pytest

# (text, trigger, the actor's name, its country)
APPOSED = [
    ("The Turkish president, Recep Tayyip Erdoğan, argued on Monday that the talks had failed. "
     "He also criticised Europe for its refugee policy.", "criticised", "Recep Tayyip Erdogan",
     "TUR"),
    ("The Kenyan interior minister, Joseph Ndungu, arrived in Mombasa on Friday. He later "
     "condemned the attack on the port.", "condemned", "Joseph Ndungu", "KEN"),
]


@pytest.mark.parametrize("text, trigger, name, country", APPOSED)
def test_coref_pronoun_stands_for_the_name_beside_a_title(event_on_unfiltered, text, trigger,
                                                           name, country):
    source = event_on_unfiltered(text, trigger).source
    assert source is not None and source.country == country, source
    assert name in (source.name, source.antecedent), source
