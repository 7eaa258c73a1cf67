"""A person the document names in full and gives no country of their own is of the country it
says of the people bearing their surname (a family shares its nationality), not of the country
the report is about, and a parent, child or sibling named by whose relative they are ("her son")
is of that one's country; namesakes of two countries say nothing, and a spouse takes no country
by marriage (table-driven, illustrative documents written for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2018-01-02"

_SYRIA = "Syrian forces shelled Douma on Monday, and Syrian jets bombed Idlib. "

# (text, the trigger, the recipient's words, its country)
KIN = [
    # the father's nationality, said in his apposition, is his daughter's
    (_SYRIA + "Russia targeted the email accounts of Pavel Drobny, a Russian former spy, and "
     "his daughter Irina. The British government has refused to let diplomats meet Irina "
     "Drobny.", "meet", "Irina Drobny", "RUS"),
    # a child named by whose child it is: the parent's country
    (_SYRIA + "Mary Dorne, a British teacher, said her son had gone to Syria. Kurdish fighters "
     "captured her son last year.", "captured", "her son", "GBR"),
    # "his" in a conjunct is the party beside it, not an earlier actor of another country
    ("Emile Varon, the French president, spoke on Monday. Russia targeted the email accounts "
     "of Pavel Drobny, a Russian former spy, and his daughter Irina.", "targeted",
     "Pavel Drobny, a Russian former spy, and his daughter Irina", "RUS"),
]

# (text, the trigger, the recipient's words, countries it must not take): namesakes of two
# countries give no family country
NAMESAKES = [
    (_SYRIA + "Sami Haddad, a Lebanese banker, and Omar Haddad, a Jordanian officer, were "
     "questioned. The British government has refused to let diplomats meet Lina Haddad.",
     "meet", "Lina Haddad", ("LBN", "JOR")),
]


@pytest.mark.parametrize(("text", "trigger", "words", "not_theirs"), NAMESAKES)
def test_actor_kin_namesakes_of_two_countries_say_nothing(events_in_unfiltered, text, trigger,
                                                           words, not_theirs):
    events = [e for e in events_in_unfiltered(text, PUBDATE) if e.trigger == trigger]
    assert any(e.target is not None and e.target.text == words and
               e.target.country not in not_theirs for e in events), [e.target for e in events]


# (text, the trigger, the recipient's words): a spouse is given no country by marriage
SPOUSES = [
    (_SYRIA + "Mary Dorne, a British teacher, said her husband had gone to Syria. Kurdish "
     "fighters captured her husband last year.", "captured", "her husband"),
]


@pytest.mark.parametrize(("text", "trigger", "words"), SPOUSES)
def test_actor_kin_spouse_not_of_the_marriage(events_in_unfiltered, text, trigger, words):
    events = [e for e in events_in_unfiltered(text, PUBDATE) if e.trigger == trigger]
    assert any(e.target is not None and e.target.text == words and e.target.country != "GBR"
               for e in events), [e.target for e in events]


@pytest.mark.parametrize(("text", "trigger", "words", "country"), KIN)
def test_actor_kin_family_nationality(events_in_unfiltered, text, trigger, words, country):
    events = [e for e in events_in_unfiltered(text, PUBDATE) if e.trigger == trigger]
    assert any(e.target is not None and e.target.text == words and e.target.country == country
               for e in events), [e.target for e in events]
