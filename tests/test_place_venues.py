"""Stage ``locate``: acts of a case are placed at the town of the court named with it.

The articles are written for the project (illustrative, not news)."""

from __future__ import annotations

import pytest

_COURT = ("A former nurse was cheered by supporters outside Leeds crown court as she arrived "
          "for a hearing on Monday. ")


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # a court's town named before it with its kind: a later act of the case is heard there
    (_COURT + "She has been charged with fraud.", "charged", "Leeds"),
    # a country told of in passing does not move the case
    (_COURT + "The offences relate to her time in Spain. She was granted bail until March.",
     "granted", "Leeds"),
    # a court named as a sentence's first words
    ("Southwark crown court heard that the trader had sold forged tickets. He was jailed for two "
     "years.", "jailed", "Southwark"),
    # a lead telling of the case before its one court is named
    ("A former driver has been jailed for dangerous driving. Leeds crown court heard that he "
     "had drunk six pints before the crash.", "jailed", "Leeds"),
    # "a court in X"
    ("A woman appeared at a court in Bristol on Tuesday. She was remanded in custody.",
     "remanded", "Bristol"),
    # a court known by its own name, with no town: the gazetteer's landmark
    ("A former banker appeared at the Old Bailey on Monday. He was remanded in custody.",
     "remanded", "Old Bailey"),
    # a court told something, its kind in the possessive
    ("A teacher told Westminster magistrates' court on Monday that she was innocent. She was "
     "granted bail.", "granted", "Westminster"),
])
def test_place_venues_case_carries_court_town(event_on, text, trigger, town):
    e = event_on(text, trigger)
    assert e.location is not None and e.location.name == town
    assert e.place_source == "carried"


@pytest.mark.parametrize(("text", "trigger"), [
    # another place of an act of the case between the court and the act
    ("A woman has been jailed for fraud. She had fled to Spain. Leeds crown court heard the "
     "case.", "jailed"),
    ("A woman appeared at a court in Bristol on Tuesday. She was later extradited to Spain. "
     "She was remanded in custody.", "remanded"),
])
def test_place_venues_other_place_between(event_on, text, trigger):
    e = event_on(text, trigger)
    assert e.location is None or e.location.name != "Bristol"


@pytest.mark.parametrize(("words", "court"), [
    ("Westminster magistrates court heard the case", True),
    ("Leeds crown court heard the case", True),
    ("the case was heard at Manchester Crown Court", True),
    ("Bristol magistrates' court was told the man had fled", True),
    ("the case was heard at Manchester crown court", True),
    ("a court in Manchester heard the case", True),
    ("Manchester police heard the news", False),
    ("the appeal went to Judge Marshall's court", False),
    ("the supreme court in Britain heard the case", False),
])
def test_place_venues_names_court(nlp, words, court):
    from dateline.place_venues import court_towns
    from dateline.records import Article
    from dateline.toponyms import toponyms

    doc = nlp(words)
    found = toponyms(doc, Article(doc_id="t", text=words, pubdate="2021-06-01"))
    assert bool(court_towns(doc, found)) is court


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # what talks are for is where they are held, not the country of the story
    ("Fighting continued across Syria. UN-backed talks to find a political answer for the "
     "conflict are due to resume in Geneva on Tuesday, the envoy said.", "find", "Geneva"),
    # a part of a gathering held there: "a round of talks"
    ("Fighting continued across Syria. A third round of talks to find a political solution is "
     "expected to open in Vienna on Monday.", "find", "Vienna"),
])
def test_place_venues_gathering_held_at(event_on_unfiltered, text, trigger, town):
    e = event_on_unfiltered(text, trigger)
    assert e.location is not None and e.location.name == town


@pytest.mark.parametrize(("words", "hosts"), [
    ("Talks are due to resume in Geneva on Tuesday.", {"Talks", "resume"}),
    ("The summit will be held in Sochi next month.", {"summit", "held"}),
    ("Protesters gathered in Geneva on Tuesday.", set()),
])
def test_place_venues_held_at_tokens(nlp, words, hosts):
    from dateline.place_venues import held_at
    from dateline.records import Article
    from dateline.toponyms import toponyms

    doc = nlp(words)
    found = toponyms(doc, Article(doc_id="t", text=words, pubdate="2021-06-01"))
    got = {doc[i].text for t in found for i in held_at(doc, t)}
    assert hosts <= got and (hosts or not got)
