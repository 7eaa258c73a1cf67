"""An attack with no doer of its own takes the one attacker its story's thread names (the lead
and the two sentences before it), instead of an unidentified armed group; it keeps none, or the
unidentified group, where the thread names no attacker or several (table-driven, on short
articles written for the project)."""

from __future__ import annotations

import pytest


def _events(events_in_unfiltered, text, trigger):
    found = [e for e in events_in_unfiltered(text) if e.trigger == trigger]
    assert found, trigger
    return found


# (text, trigger of the attack with no doer, the doer's country and sector, its antecedent)
THREAD = [
    # a passive in the next sentence, of another verb than the earlier act's
    ("Moldovan rebels attacked an army checkpoint near Bender on Monday. Two soldiers were "
     "wounded.", "wounded", ("MDA", "REB"), "Moldovan rebels"),
    # the lead names the attacker; three sentences of other matters come between
    ("Ugandan troops shelled rebel camps near Kasese on Sunday. The camps lie in the hills. "
     "Aid groups asked for access. Dozens of farmers fled. Twelve fighters were killed near "
     "Kasese.", "killed", ("UGA", "MIL"), "Ugandan troops"),
    # the outcome of the lead's shelling, two sentences on
    ("Estonian troops shelled a village near Tartu on Friday. The village stands near the "
     "border. Three men were killed.", "killed", ("EST", "MIL"), "Estonian troops"),
    # air strikes told by a bare noun, after a state's air force struck
    ("Nigerian jets bombed militant hideouts near Maiduguri. Airstrikes hit a market near "
     "Maiduguri later that day.", "Airstrikes", ("NGA", "MIL"), "Nigerian jets"),
]


@pytest.mark.parametrize(("text", "trigger", "country_sector", "words"), THREAD)
def test_doer_thread_attack_takes_the_named_attacker(events_in_unfiltered, text, trigger,
                                                     country_sector, words):
    """The doer is carried: no words of its own, the earlier words as its antecedent."""
    a = _events(events_in_unfiltered, text, trigger)[0].source
    got = None if a is None else (a.country, a.sector, a.text, a.antecedent)
    assert got == (*country_sector, "", words)


# (text, trigger): the thread names no attacker, or not only one
NOT_THREAD = [
    # two parties attack in the thread
    ("Moldovan troops shelled a village on Monday, and Moldovan rebels attacked an army post. "
     "Farmers fled. Three people were killed.", "killed"),
    # the party fought may have struck back
    ("A Moldovan soldier was killed while fighting Transnistrian rebels near Bender. Farmers "
     "fled. Five others were wounded.", "wounded"),
    # an attacker the story leaves unnamed
    ("Moldovan troops shelled a village on Monday. Gunmen attacked a bus near the village. "
     "Farmers fled. Three people were killed.", "killed"),
    # the attack is placed in a town the thread did not name
    ("Moldovan rebels attacked an army checkpoint near Bender. Three policemen were killed in "
     "Comrat.", "killed"),
    # an air strike is no rebel group's act
    ("Moldovan rebels attacked an army checkpoint near Bender. Airstrikes hit a school near "
     "Bender.", "Airstrikes"),
    # a roadside bomb is no army's act
    ("Ugandan troops shelled rebel camps near Kasese. Roadside bombs killed six farmers near "
     "Kasese.", "Roadside bombs"),
    # the party is named in the attack's clause, on its receiving end
    ("Moldovan rebels attacked an army checkpoint. A depot the Moldovan rebels guarded was set "
     "alight.", "set"),
    # threatened, not done
    ("Moldovan rebels threatened to attack the capital. Two soldiers were killed.", "killed"),
    # told too far back, and not in the lead
    ("The talks resumed in Vienna. Moldovan rebels attacked an army checkpoint. Farmers fled. "
     "Markets closed. Schools shut. Two soldiers were killed.", "killed"),
]


@pytest.mark.parametrize("text, trigger", NOT_THREAD)
def test_doer_thread_attack_left_to_the_default(events_in_unfiltered, text, trigger):
    for e in _events(events_in_unfiltered, text, trigger):
        assert e.source is None or e.source.antecedent is None, e.source
