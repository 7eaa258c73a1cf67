"""Stage ``date``: a happening told again takes the time the text gives it where it first told
it with one, when its doer is the same party: a state and its own armed forces or government
are one doer ("Turkish troops launched an offensive ... on 20 January. ... when Turkey
attacked"), another country's forces are not (sentences written for the project)."""

from __future__ import annotations

import pytest


# (text, trigger, (date, date_source)); published on 23 March 2018
CASES = [
    # a state's military told first, the state told again
    ("Turkish troops launched an offensive on Afrin on 20 January. The siege went on for weeks. "
     "Volunteers arrived from abroad. And when Turkey attacked Afrin, she asked to go.",
     "attacked", ("2018-01-20", "carried")),
    # ... and what is told at the time of that "when" clause
    ("Turkish troops launched an offensive on Afrin on 20 January. The siege went on for weeks. "
     "Volunteers arrived from abroad. And when Turkey attacked Afrin, she asked to go.",
     "asked", ("2018-01-20", "carried")),
    # another country's forces are another doer: not the offensive's day, but an act that goes
    # on the stretch of history the offensive's day opens, told before the report at no time the
    # text gives
    ("Turkish troops launched an offensive on Afrin on 20 January. The siege went on for weeks. "
     "Volunteers arrived from abroad. And when Russian jets attacked Afrin, she asked to go.",
     "attacked", (None, "before publication")),
]


@pytest.mark.parametrize(("text", "word", "want"), CASES)
def test_when10_state_and_its_forces_one_doer(event_on_unfiltered, text, word, want):
    event = event_on_unfiltered(text, word, "2018-03-23")
    assert (event.date, event.date_source) == want


# (doer names, countries, sectors, one doer)
DOERS = [
    (("Norland", "Norland military"), ("NOR", "NOR"), ("GOV", "MIL"), True),
    (("Norland", "Norland government"), ("NOR", "NOR"), ("GOV", "GOV"), True),
    (("Norland government", "Norland military"), ("NOR", "NOR"), ("GOV", "MIL"), True),
    (("Ada Brel", "Norland military"), ("NOR", "NOR"), ("GOV", "MIL"), False),
    (("Norland", "Norland opposition"), ("NOR", "NOR"), ("GOV", "OPP"), False),
    (("Norland", "Sudland military"), ("NOR", "SUD"), ("GOV", "MIL"), False),
]


@pytest.mark.parametrize(("names", "countries", "sectors", "same"), DOERS)
def test_when10_same_doer(names, countries, sectors, same):
    from dateline.date_twins import _same_doer
    from dateline.records import Actor

    a, b = (Actor(text=n, name=n, country=c, sector=s)
            for n, c, s in zip(names, countries, sectors, strict=True))
    assert _same_doer(a, b) is same
