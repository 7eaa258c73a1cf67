"""An official of a region or a city is that place's government, never the nation's (sentences
written for the project)."""

from __future__ import annotations

import pytest


# (text, trigger, the name of the doer): a region's or city's official is its government
REGIONAL = [
    ("New York's attorney general sued the company on Tuesday.", "sued", "New York government"),
    ("The governor of Texas deployed the guard to the border.", "deployed", "Texas government"),
    # a capital stands for its state
    ("Moscow's envoy criticised the decision.", "criticised", "Russia government"),
]


@pytest.mark.parametrize("text, trigger, name", REGIONAL)
def test_actor_regions_regional_official_is_the_regions(event_on, text, trigger, name):
    source = event_on(text, trigger).source
    assert source is not None and source.name == name, source


def test_actor_regions_part_of_a_country_name_is_the_country(event_on):
    source = event_on("The Trinidad and Tobago authorities deported the men.", "deported").source
    assert source is None or source.name is None or "Trinidad government" != source.name, source
