"""A country's leader is its government and its general its army; a pronoun that is the subject
of a relative clause does not stand for the noun the clause describes. One illustrative
sentence per construction (table-driven)."""

from __future__ import annotations

import pytest


def _event(events_in, text, trigger):
    found = [e for e in events_in(text, "2018-03-19") if e.trigger == trigger]
    assert found, text
    return found[0]


# (text, trigger, the source's country and sector)
COUNTRY_TITLES = [
    ("The Turkish leader threatened Syria.", "threatened", "TUR", "GOV"),
    ("The leaders of Britain and France talked by telephone.", "talked", "GBR", "GOV"),
    ("A British general visited Kabul.", "visited", "GBR", "MIL"),
]


@pytest.mark.parametrize("text, trigger, country, sector", COUNTRY_TITLES)
def test_actor_leaders_a_country_s_leader_is_its_state(events_in, text, trigger, country,
                                                       sector):
    source = _event(events_in, text, trigger).source
    assert source is not None and (source.country, source.sector) == (country, sector), source


# (text, trigger, the target's country and sector): a leader whom another word describes
# besides the country's ("student") leads that, not the state
DESCRIBED_LEADERS = [
    ("Police detained the Chilean leader in Valparaiso.", "detained", "CHL", "GOV"),
    ("Police detained the Chilean student leader in Valparaiso.", "detained", "CHL", "CVL"),
    ("Police detained the new Chilean leader in Valparaiso.", "detained", "CHL", "GOV"),
]


@pytest.mark.parametrize("text, trigger, country, sector", DESCRIBED_LEADERS)
def test_actor_leaders_a_leader_of_something_else_is_no_government(events_in, text, trigger,
                                                                    country, sector):
    target = _event(events_in, text, trigger).target
    assert target is not None and (target.country, target.sector) == (country, sector), target


# (text, trigger): a leader of no country named keeps no state's sector
NO_COUNTRY_TITLES = [
    ("The union leader criticised the plan.", "criticised"),
]


@pytest.mark.parametrize("text, trigger", NO_COUNTRY_TITLES)
def test_actor_leaders_a_leader_of_no_country_is_no_government(events_in, text, trigger):
    source = _event(events_in, text, trigger).source
    assert source is not None and source.sector != "GOV", source


# (text, trigger, words the source must not stand for)
CLAUSE_SUBJECTS = [
    ("The men they are accused of killing were aid workers.", "killing", "men"),
    ("The Americans they killed were aid workers.", "killed", "Americans"),
]


@pytest.mark.parametrize("text, trigger, victims", CLAUSE_SUBJECTS)
def test_actor_leaders_a_clause_subject_is_not_the_noun_it_describes(events_in, text, trigger,
                                                                      victims):
    source = _event(events_in, text, trigger).source
    assert source is None or victims not in (source.antecedent or ""), source
    assert source is None or source.country != "USA", source
