"""Actors named by a party's name several states' parties bear, or by an office only a few
states have, one illustrative sentence per construction (table-driven): in a report about
another country, "Labour", "the Tories" and "the shadow chancellor" are of the country where the
name most often names one, and of the report's own country where it names one there; "the
Labour party" is a party of its own, not the last party named."""

from __future__ import annotations

import pytest

PUBDATE = "2018-04-13"

#: A lead that makes a report about Syria.
_SYRIA = ("Syrian government forces shelled Douma near Damascus on Monday, killing 40 people. "
          "Syrian troops also attacked Idlib and Aleppo in northern Syria. ")

# (text, the trigger of the event, the source's country, its sector)
PARTIES = [
    # a party's name alone, in a report about Syria
    (_SYRIA + "Labour called for an independent inquiry on Tuesday.", "called", "GBR", "PTY"),
    # a party's nickname, plural
    (_SYRIA + "The Tories rejected the plan on Tuesday.", "rejected", "GBR", "PTY"),
    # the report's own country's party of the name wins ("Labor" in a report about Israel)
    ("Israeli troops raided Jenin in the West Bank on Monday. Israeli police arrested two men "
     "in Jerusalem. Labor criticised the prime minister.", "criticised", "ISR", "PTY"),
    # a party no other state's bears
    (_SYRIA + "The SNP condemned the strikes.", "condemned", "GBR", "PTY"),
    # "the Labour party" after another party: its own name, not the SNP before it
    (_SYRIA + "The SNP condemned the strikes. The Labour party criticised the decision.",
     "criticised", "GBR", "PTY"),
]


@pytest.mark.parametrize("text, trigger, country, sector", PARTIES)
def test_actor_parties_shared_party_names_name_their_country(event_on_unfiltered, text, trigger,
                                                             country, sector):
    source = event_on_unfiltered(text, trigger, PUBDATE).source
    assert source is not None
    assert (source.country, source.sector) == (country, sector), source


def test_actor_parties_a_named_party_is_not_the_last_party_before(event_on_unfiltered):
    text = _SYRIA + "The SNP condemned the strikes. The Labour party criticised the decision."
    source = event_on_unfiltered(text, "criticised", PUBDATE).source
    assert source is not None and source.antecedent is None, source
    assert "Scottish" not in (source.name or ""), source


# (text, the trigger of the event, the source's country, the recipient's country)
OFFICES = [
    # a title in apposition before a name the dictionary does not know
    (_SYRIA + "The shadow home secretary, Jane Hill, criticised the strikes.", "criticised",
     "GBR", None),
    # a title alone; a former holder is still of the state
    (_SYRIA + "The former foreign secretary condemned the attack.", "condemned", "GBR", None),
    # the title after the name, and the government it accuses is the same state's
    (_SYRIA + "Tom Reed, the shadow chancellor, accused the government of lying.", "accused",
     "GBR", "GBR"),
    # the report's own country has the office: its own
    ("Police in Lahore arrested 20 protesters on Monday. Clashes broke out in Karachi and "
     "Islamabad in Pakistan. The home secretary condemned the violence.", "condemned", "PAK",
     None),
]


@pytest.mark.parametrize("text, trigger, country, recipient", OFFICES)
def test_actor_parties_offices_of_a_few_states_name_their_country(event_on_unfiltered, text,
                                                                  trigger, country, recipient):
    event = event_on_unfiltered(text, trigger, PUBDATE)
    assert event.source is not None and event.source.country == country, event.source
    if recipient is not None:
        assert event.target is not None and event.target.country == recipient, event.target
