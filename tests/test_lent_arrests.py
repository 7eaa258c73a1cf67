"""In a story of war, an arrest or a charge told with no doer in a country at peace by its own
phrase is made by that country's police or courts: the country named, or a town of it named by
itself or by a place in it (table-driven, on short articles written for the project)."""

from __future__ import annotations

import pytest

#: Sentences that make a story of war in Syria.
_WAR = ("Islamic State fighters attacked the village of Hajin on Sunday. Kurdish forces shelled "
        "the town. Rebels fought the army near the river. ")


def _events(events_in_unfiltered, text, trigger):
    found = [e for e in events_in_unfiltered(text) if e.trigger == trigger]
    assert found, trigger
    return found


# (text, trigger, the doer's country and sector)
LENT = [
    # a town of the country, by a place in it
    (_WAR + "Two men were detained at Istanbul airport on their way to Syria.", "detained",
     ("TUR", "COP")),
    # a town of the country, by itself
    (_WAR + "A former fighter was arrested in Hamburg last month.", "arrested", ("DEU", "COP")),
    # a charge, placed by the phrase of its offence
    (_WAR + "A former fighter from the group was charged with terrorism offences in Britain "
     "last week.", "charged", ("GBR", "JUD")),
]


@pytest.mark.parametrize("text, trigger, doer", LENT)
def test_lent_arrests_take_the_country_of_their_place(events_in_unfiltered, text, trigger,
                                                      doer):
    source = _events(events_in_unfiltered, text, trigger)[-1].source
    assert source is not None and (source.country, source.sector) == doer, source
    assert source.text == "" and source.country_from == "event place", source


# (text, trigger): the place is the war's own, or the act is no arrest under a state's law
NOT_LENT = [
    # the war is fought in the town's country: a capture there may be anyone's
    (_WAR + "Two men were detained in Raqqa on their way to the front.", "detained"),
]


@pytest.mark.parametrize("text, trigger", NOT_LENT)
def test_lent_arrests_keep_no_doer_in_the_war(events_in_unfiltered, text, trigger):
    for e in _events(events_in_unfiltered, text, trigger):
        assert e.source is None or e.source.country_from != "event place", e.source


def test_lent_arrests_keep_each_arrest_its_own_country(events_in_unfiltered):
    """An arrest told again in another country is that country's police's, not the first's."""
    text = ("A British man was detained in Istanbul last week. A second man was detained in "
            "Athens on Friday.")
    source = _events(events_in_unfiltered, text, "detained")[-1].source
    assert source is not None and source.country == "GRC", source
