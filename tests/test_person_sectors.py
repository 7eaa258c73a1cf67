"""A person's sector from the noun for what they do, and from what they did no more
(illustrative sentences written for the project; the people are invented)."""

import pytest

PUBDATE = "2019-05-02"


@pytest.mark.parametrize(("text", "trigger", "sector"), [
    # a trade the person left: no longer of labour
    ("The former IT worker Sam Berry was killed by a bomb in Raqqa.", "killed", "CVL"),
    # the trade they work in now: labour
    ("Police arrested Sam Berry, a factory worker from Leeds.", "arrested", "LAB"),
    # a former soldier is a civilian
    ("The former soldier Sam Berry was arrested by police in Leeds.", "arrested", "CVL"),
])
def test_person_sectors_former_trade(event_on_unfiltered, text, trigger, sector):
    target = event_on_unfiltered(text, trigger, PUBDATE).target
    assert target is not None and target.sector == sector, target


@pytest.mark.parametrize(("text", "trigger", "sector"), [
    # retired workers act on their trade's grievances: labour
    ("Retired workers marched in Harbin over unpaid pensions.", "marched", "LAB"),
    # so do former workers named as many
    ("Former mill workers blocked a road in Khulna demanding their unpaid wages.", "blocked",
     "LAB"),
])
def test_person_sectors_workers_who_left_still_labour(event_on_unfiltered, text, trigger,
                                                      sector):
    source = event_on_unfiltered(text, trigger, PUBDATE).source
    assert source is not None and source.sector == sector, source
