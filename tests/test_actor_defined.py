"""The doer an act's own definition names: only a state takes away the citizenship or the
passport it granted, so the passive names its government. One sentence written for these tests
per construction."""

from __future__ import annotations

import pytest

# (text, trigger, the doer's country and sector, or None where the act names no state)
DEFINED = [
    # the citizenship a state grants: its government takes it away
    ("The two men, who have been stripped of their British citizenship, are being held by "
     "Kurdish forces in Syria.", "stripped", ("GBR", "GOV")),
    ("Okafor and Mensah have been stripped of their Dutch citizenship, and the case will be "
     "heard in Belgium.", "stripped", ("NLD", "GOV")),
    # a citizenship of no named state names no doer
    ("The activist was stripped of his citizenship in 2017.", "stripped", None),
]


@pytest.mark.parametrize("text, trigger, doer", DEFINED)
def test_actor_defined_doer_of_a_grant_taken(event_on, text, trigger, doer):
    source = event_on(text, trigger).source
    if doer is None:
        assert source is None, source
    else:
        assert source is not None and (source.country, source.sector) == doer, source
        assert source.text == "" and source.antecedent, source
