"""What carries an act told only as an aim (code/purposes.py): a deed done, a going, a bare
striving, a deed not done, a thing, an attempt, a campaign or a verb of trying."""

from __future__ import annotations

import pytest

from dateline.code.purposes import aim_kind, kept_with_means, means_relation


@pytest.mark.parametrize("text, trigger, want", [
    ("Police fired tear gas to disperse the crowd.", "disperse", "done_past"),
    ("Experts travelled to Syria to investigate the attack.", "investigate", "journey"),
    ("The senators moved to block the bill.", "block", "effort"),
    ("The army will deploy troops to secure the border.", "secure", "undone"),
    ("Talks to find a solution resumed on Monday.", "find", "thing"),
    ("There was an attempt to kill the general.", "kill", "attempt"),
    ("The push to oust the militants continues.", "oust", "campaign"),
    ("Gunmen tried to storm the base.", "storm", "tried_past"),
    ("Rebels try to storm the base every night.", "storm", "tried"),
    ("Soldiers shelled the town.", "shelled", None),
])
def test_purposes_aim_kind(nlp, text, trigger, want):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    assert aim_kind(tok) == want


@pytest.mark.parametrize("aim, means, relation, kept", [
    ("COERCE", ["ASSAULT"], "force", True),   # fired (an assault) to disperse (coercion)
    ("COERCE", ["COERCE"], "same", False),    # one happening read twice
    ("AID", ["MOBILIZE"], "other", False),    # deployed to help: the help is only an aim
    ("ASSAULT", [], "none", False),
])
def test_purposes_means_relation(aim, means, relation, kept):
    assert means_relation(aim, means) == relation
    assert kept_with_means("done_past", relation) is kept
    assert not kept_with_means("effort", relation)
