"""Parties lent from the story's own sentences: a strike with no doer takes the one side the
story has making that kind of strike a few paragraphs back; a "they" taken for civilians in a
strike only armies make takes that side too; a passive arrest or killing told again takes the
doer of its earlier telling (table-driven, on short articles written for the project). Every
lent party has no words of its own and shows the earlier words as its antecedent."""

from __future__ import annotations

import pytest

#: Sentences that name no act, to put distance between two acts of a story.
_FILLER = ("The monitoring group said the town had no running water. Aid agencies asked for "
           "a pause in the fighting. The United Nations said it was worried about the families "
           "still there. ")


def _events(events_in_unfiltered, text, trigger):
    """The events on ``trigger``, the realness veto off (what is tested is the party)."""
    found = [e for e in events_in_unfiltered(text) if e.trigger == trigger]
    assert found, trigger
    return found


# (text, trigger of the act with no doer, the doer's country and sector, its antecedent)
LENT = [
    # air strikes four sentences after the one side's bombing: a state's jets
    ("Russian jets bombed rebel positions in Idlib on Monday. " + _FILLER +
     "Airstrikes hit a bakery in the city, killing 12 people.", "Airstrikes",
     ("RUS", "MIL"), "Russian jets"),
    # shelling told with no doer after the army's shelling, a few paragraphs on
    ("Ethiopian troops shelled villages in Tigray on Monday. " + _FILLER +
     "Shelling destroyed a school near the town.", "Shelling", ("ETH", "MIL"),
     "Ethiopian troops"),
    # a "they" the document takes for the residents, in an air strike: the side bombing
    ("Turkish jets bombed Kurdish positions near Afrin on Sunday. The residents said they "
     "had no shelter. 'They bombed our homes all night,' a farmer said.", "bombed",
     ("TUR", "MIL"), "Turkish jets"),
    # a passive arrest told again in a story of an arrest placed in a country by its words
    ("A British man was arrested in Istanbul last week, his family said. He was released on "
     "Friday. His sister said he was arrested as he returned to his hotel.", "arrested",
     ("TUR", "COP"), None),
    # a phrase that names who makes the attacks, though it tells no one attack
    ("A car bomb exploded outside a mosque in Herat on Friday. The blast was the latest in "
     "persistent attacks by the Taliban in the province. Two more bombs were detonated at "
     "the gate.", "detonated", ("AFG", "REB"), "the Taliban"),
    # a people's air strikes named by a modifier, then air strikes with no doer
    ("Turkish air strikes have driven thousands from their homes near Afrin. Air strikes "
     "destroyed a school near the town on Sunday.", "Air strikes", ("TUR", "GOV"),
     "Turkish"),
    # a strike told first, whose side the next sentence's phrase names
    ("Airstrikes hit a market in the town, killing nine people. Residents said Russian air "
     "strikes had hit the town every night.", "Airstrikes", ("RUS", "GOV"), "Russian"),
    # killings both told as reported, the later with no doer
    ("Eleven members of one family were reportedly killed in an air strike by Syrian "
     "government forces on their home, the monitor said. Another 20 people were reportedly "
     "killed in the same district.", "killed", ("SYR", "MIL"), "Syrian government forces"),
]


@pytest.mark.parametrize("text, trigger, doer, antecedent", LENT)
def test_lent_kind_lends_the_side_of_the_kind(events_in_unfiltered, text, trigger, doer,
                                              antecedent):
    source = _events(events_in_unfiltered, text, trigger)[-1].source
    assert source is not None and (source.country, source.sector) == doer, source
    assert source.country_from == "antecedent" or source.country_from == "event place", source
    assert source.text in ("", "They"), source  # no words, or the pronoun's own
    if antecedent is not None:
        assert source.antecedent == antecedent, source


# (text, trigger): no one side of the kind the story names safely
NOT_LENT = [
    # the strike is dated at a time the side's strikes are not: another story
    ("Russian jets bombed rebel positions in Idlib on Monday. " + _FILLER +
     "A boy died in an airstrike in January.", "died"),
    # two sides make air strikes
    ("Russian jets bombed rebel positions in Idlib on Monday. Turkish jets struck Kurdish "
     "positions near Afrin. " + _FILLER + "Airstrikes hit a bakery in the city.",
     "Airstrikes"),
    # the side is named for another kind of deed: a bombing is not its air strike
    ("Islamic State fighters attacked a village in Nineveh on Sunday. " + _FILLER +
     "Airstrikes hit a bakery in the town.", "Airstrikes"),
    # the side named just after for its strikes on another day
    ("Airstrikes hit a market in the town on Sunday. Residents said Russian air strikes had "
     "hit the town every night last year.", "Airstrikes"),
    # a phrase of attacks denied names no one making them
    ("There were no attacks by the Taliban in the province last year. Two bombs were "
     "detonated at the gate of the mosque.", "detonated"),
    # the side's strikes are told too far back
    ("Russian jets bombed rebel positions in Idlib on Monday. " + _FILLER * 4 +
     "Airstrikes hit a bakery in the city.", "Airstrikes"),
    # a day of the strike is not the side's day because its digits are inside it
    ("Russian jets bombed rebel positions in Idlib on 13 March. " + _FILLER +
     "Airstrikes hit a bakery in the city on 3 March.", "Airstrikes"),
    # the side's strikes only denied, or warned of as to come
    ("Airstrikes hit a market in the town, killing nine people. Moscow denied that Russian air "
     "strikes had hit the town.", "Airstrikes"),
    ("Airstrikes hit a market in the town, killing nine people. The envoy warned that Russian "
     "air strikes could resume within days.", "Airstrikes"),
]


@pytest.mark.parametrize("text, trigger", NOT_LENT)
def test_lent_kind_keeps_no_doer_where_unsafe(events_in_unfiltered, text, trigger):
    for e in _events(events_in_unfiltered, text, trigger):
        assert e.source is None or not e.source.antecedent, e.source


def test_lent_kind_keeps_a_they_that_is_a_party(events_in_unfiltered):
    """A "they" the document resolves to an armed party keeps it."""
    text = ("Turkish jets bombed Kurdish positions near Afrin on Sunday. Syrian rebels said "
            "they would advance. They shelled the villages all night.")
    source = _events(events_in_unfiltered, text, "shelled")[-1].source
    assert source is not None and source.country != "TUR", source
