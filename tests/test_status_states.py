"""States and tallies are no events: a restraint told as the state it left ("remains under
siege", "who is detained", "are still held", "are being held by", "has been held ever since",
"has been jailed for months") and a tally of harm over a stretch ("killed 300 people last
year", "carried out 40 raids last year"); the acts that begin them, told at a time, stay
events. One illustrative sentence per construction, written for these tests."""

from __future__ import annotations

import pytest

PUBDATE = "2024-03-16"

#: (sentence, trigger): no event of the trigger
STATES = [
    # a restraint one is under, on a verb of being or remaining
    ("The port town of Berada remains under siege by the militia.", "siege"),
    ("The northern valley was under siege for two years.", "siege"),
    ("The old quarter of Karsa is under curfew after the riots.", "curfew"),
    # a participle of a restraint after a verb of remaining, or with "still"
    ("The union leader remained detained after the strike.", "detained"),
    ("Two student organisers are still held by the police in Karsa.", "held"),
    # a present passive describing a party in a relative clause
    ("The blogger, who is detained in the capital, wrote to the court on Monday.", "detained"),
    # a restraint in the perfect passive since a time
    ("The commander was captured in 2019 and has been held in a desert camp ever since.",
     "held"),
    ("The poet Ilan Vessa has been jailed since the spring uprising.", "jailed"),
    # ... or for weeks, months or years
    ("The ferry captain has been jailed for three months without charge.", "jailed"),
    # keeping someone held, told in the present passive with no time of its own
    ("The two surveyors are held by the Orvan Front in a hill village.", "held"),
    ("The nurses are being held by the militia in a camp near Delsa.", "held"),
    ("They’re being held by police in a camp near Delsa, the union said.", "held"),
    # harm or restraint tallied in the hundreds over a month or more: a statistic
    ("Bandits killed 300 villagers in the northern hills last year, the report said.",
     "killed"),
    ("The border police arrested more than 2,000 migrants in 2021.", "arrested"),
    ("Hundreds of strikers were detained this year.", "detained"),
    ("The militia carried out 40 raids on farms last year.", "raids"),
    # ... with the count in words or in millions
    ("Police in the delta arrested three hundred farmers last year.", "arrested"),
    ("The authorities detained 1.2 million herders in camps in 2019.", "detained"),
    ("The militia carried out five raids on farms last year.", "raids"),
]

#: (sentence, trigger, event type): the act told at a time stays
ACTS = [
    ("The port town of Berada came under siege in March.", "siege", "COERCE"),
    ("The union leader was placed under house arrest on Monday.", "arrest", "COERCE"),
    ("Police detained the two student organisers in Karsa on Friday.", "detained", "COERCE"),
    ("The finance minister rejected the call for new talks on Tuesday.", "rejected", "REJECT"),
    ("The opposition accused the ruling party of vote rigging last week.", "accused", "ACCUSE"),
    ("Police have arrested 40 protesters in the capital since Monday.", "arrested", "COERCE"),
    ("Troops repeatedly shelled the village on Tuesday.", "shelled", "ASSAULT"),
    # the perfect passive of a restraint's onset since a time: the acts made over those days
    ("Over 200 dock workers have been arrested since Sunday, the port police said.",
     "arrested", "COERCE"),
    ("Three bloggers have been detained in Karsa since Thursday.", "detained", "COERCE"),
    # held at a time of its own, or held for a deed: the act
    ("Police jailed the ferry captain on Tuesday.", "jailed", "COERCE"),
    ("The ferry captain has been jailed for insulting the governor.", "jailed", "COERCE"),
    # held now with the ground of the seizing: the act told as news
    ("Two dock workers are held for the killing of a guard, police said.", "held", "COERCE"),
    ("Two men are being held in connection with a fire at the grain store.", "held", "COERCE"),
    ("A man is being held under suspicion of smuggling salt.", "held", "COERCE"),
    # the present passive of a restraint's onset: arrests going on
    ("Strikers are being detained across the capital, witnesses said.", "detained", "COERCE"),
    # force one is under is fighting going on, not a state
    ("The market town has been under heavy attack by the militia.", "attack", "ASSAULT"),
    # one occasion's toll: a day, or one act named in the clause
    ("Bandits killed 300 villagers in the northern hills on Tuesday.", "killed", "ASSAULT"),
    ("A car bomb killed 120 people at the bus station in 2021.", "car bomb", "ASSAULT"),
    ("The militia carried out three raids on farms on Sunday.", "raids", "ASSAULT"),
    # a year that describes a party is no time of the act
    ("Police detained 150 officers linked to the 2016 mutiny.", "detained", "COERCE"),
    # acts named as the doer of a tallied harm are not the tally
    ("The army's raids on the valley have displaced 300,000 people since May.", "raids",
     "ASSAULT"),
]


@pytest.mark.parametrize("text, trigger", STATES)
def test_status_states_and_held_positions_are_no_events(events_in_unfiltered, text, trigger):
    events = events_in_unfiltered(text, PUBDATE)
    assert not [e for e in events if e.trigger.lower() == trigger], \
        [(e.event_type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text, trigger, etype", ACTS)
def test_status_acts_at_a_time_stay(events_in_unfiltered, text, trigger, etype):
    events = events_in_unfiltered(text, PUBDATE)
    assert [(e.event_type, e.status) for e in events if e.trigger.lower() == trigger] == \
        [(etype, "actual")], [(e.event_type, e.trigger, e.status) for e in events]
