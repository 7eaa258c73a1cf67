"""The recipient of force on a place is the side the article says holds it, one illustrative
sentence per construction (table-driven): a verb of holding with the side as its subject, a
noun of held ground the place is said to be, a place "under attack" or whose "control" is
taken, a definite town's noun standing for the town named before it; and the guards (a holding
told as over or denied, two sides said to hold it, the doer's own side, a building in the town,
a state's adjective on a stretch of land, a town the sentence leaves, a state named as struck)."""

from __future__ import annotations

import pytest

# (text, trigger, words the recipient shows: its own, its antecedent's or its name)
HELD = [
    # a verb of holding, in another sentence: the holder's words as the antecedent
    ("The YPG controls the town of Manbij. Turkish troops shelled Manbij on Monday.",
     "shelled", "The YPG"),
    ("Hamas has run Gaza since 2007. Israeli forces attacked Gaza on Monday.", "attacked",
     "Hamas"),
    # the place a noun of held ground is said to be
    ("Afrin is a YPG-held town. Turkish troops attacked Afrin on Monday.", "attacked",
     "Protection Units"),
    # a place under attack: its stronghold's side (a town's name read as its state gives way)
    ("Raqqa, the last stronghold of the YPG, has been under attack by Turkish troops for a "
     "week.", "attack", "Protection Units"),
    # ... a relative clause set on the side's word of the place's apposition
    ("Fighters arrived from the town of Raqqa, the last bastion of the YPG, which has been "
     "under attack by Turkish troops for a week.", "attack", "the YPG"),
    # a side's fighters in a town, or its defenders
    ("Hezbollah fighters in Qusair dug in. Rebel forces attacked Qusair on Monday.", "attacked",
     "Hezbollah"),
    ("The YPG, the defenders of Kobani, held out for months. Isis attacked Kobani again on "
     "Monday.", "attacked", "Protection Units"),
    # control of a town taken: the town the article's holder is said of
    ("The YPG has run Afrin since 2016. On Monday Turkish forces took control of the city.",
     "took", "The YPG"),
    # "the town" as the event's place, the gazetteer spelling its name otherwise
    ("The YPG controls Kobani. Islamic State fighters pounded the town on Friday.", "pounded",
     "The YPG"),
    # one side under two names is one side
    ("The YPG controls Manbij. The People's Protection Units have run Manbij since 2016. "
     "Turkish troops shelled Manbij on Friday.", "shelled", "Protection Units"),
]


@pytest.mark.parametrize("text, trigger, holder", HELD)
def test_recip_holder_of_place(event_on_unfiltered, text, trigger, holder):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and holder in "|".join(
        (event.target.text or "", event.target.antecedent or "", event.target.name or "")), \
        event.target
    assert event.target.sector == "REB", event.target


# (text, trigger, a word the recipient must not show)
NOT_HELD = [
    # a holding told as over
    ("The YPG held Afrin until 2019. Turkish troops shelled Afrin on Monday.", "shelled", "YPG"),
    ("The YPG held Manbij until Turkish-backed forces took it in 2019. Kurdish fighters shelled "
     "Manbij on Friday.", "shelled", "YPG"),
    ("The YPG no longer controls Manbij. Turkish troops shelled Manbij on Friday.", "shelled",
     "YPG"),
    ("The YPG ran Manbij from 2016 to 2019. Turkish troops shelled Manbij on Friday.", "shelled",
     "YPG"),
    ("The YPG, which held Manbij before 2019, has left. Turkish troops shelled Manbij on "
     "Friday.", "shelled", "YPG"),
    # a holding denied
    ("The YPG does not control Manbij. Turkish troops shelled Manbij on Friday.", "shelled",
     "YPG"),
    # a state's adjective on a stretch of land places it, names no holder
    ("Turkish troops shelled the Syrian enclave of Afrin on Monday.", "shelled", "Syrian"),
    # a town the sentence leaves is not the town its definite noun stands for
    ("Gunmen moved from Tikrit to the rebel town, officials said. Iraqi jets bombed Tikrit on "
     "Friday.", "bombed", "rebel"),
    # talks held in a town hold no ground
    ("The army held talks in Afrin. Turkish troops shelled Afrin on Monday.", "shelled", "army"),
    # two sides said to hold it: no one holder
    ("The YPG holds Afrin. The Free Syrian Army controls Afrin too. Turkish troops shelled "
     "Afrin on Monday.", "shelled", "YPG"),
    # the doer's own kind of side: a holding of before the act
    ("Rebels hold the town of Afrin. Rebel fighters took control of Afrin on Monday.", "took",
     "Rebels"),
    # force done for the holder is not done to it
    ("The YPG controls the town of Afrin. Volunteers drove into Afrin on Monday to help defend "
     "the besieged city from attack.", "defend", "YPG"),
    # a building in the town is not done to the town's holder
    ("The YPG controls the town of Afrin. Turkish jets hit the hospital in Afrin on Monday.",
     "hit", "YPG"),
]


@pytest.mark.parametrize("text, trigger, word", NOT_HELD)
def test_recip_no_holder(event_on_unfiltered, text, trigger, word):
    event = event_on_unfiltered(text, trigger)
    shown = "" if event.target is None else (
        (event.target.text or "") + "|" + (event.target.antecedent or ""))
    assert word not in shown, event.target
    assert "+held_place" not in event.rule, (event.rule, event.target)


def test_recip_state_holding_a_town(event_on_unfiltered):
    """A state said to hold a town is its holder, as it is when the town is under its control."""
    event = event_on_unfiltered(
        "Turkey controls Jarablus. Kurdish fighters attacked Jarablus on Friday.", "attacked")
    assert event.target is not None and event.target.country == "TUR", event.target
    assert event.target.sector == "GOV", event.target


def test_recip_state_named_as_struck_kept(event_on_unfiltered):
    """A state the text names as struck stays the recipient when no holder is said."""
    event = event_on_unfiltered("Israeli jets struck Syria on Monday.", "struck")
    assert event.target is not None and event.target.name == "Syria", event.target


def test_recip_capital_as_government_kept(event_on_unfiltered):
    """A capital read as its government stays the recipient though a side holds its suburbs."""
    event = event_on_unfiltered(
        "Rebels hold the suburbs of Damascus. Israel struck Damascus on Monday.", "struck")
    assert event.target is not None and event.target.sector == "GOV", event.target


def test_recip_holder_of_definite_town(event_on_unfiltered):
    """A definite town's noun with a side's word ("the besieged Kurdish city") stands for the
    town named before it in its sentence, not the country set beside that name."""
    event = event_on_unfiltered(
        "The Kurdish People's Protection Units fought in the north. Volunteers drove into "
        "Afrin, northern Syria, to defend the besieged Kurdish city. Turkey attacked Afrin on "
        "Monday.", "attacked")
    assert event.target is not None and event.target.sector == "REB", event.target
