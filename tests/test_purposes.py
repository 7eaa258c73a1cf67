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
    ("Gunmen have tried to storm the base.", "storm", "tried_past"),  # a perfect is done
    ("Rebels try to storm the base every night.", "storm", "tried"),
    ("Soldiers shelled the town.", "shelled", None),
])
def test_purposes_aim_kind(nlp, text, trigger, want):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    assert aim_kind(tok) == want


@pytest.mark.parametrize("aim, means, relation", [
    ("COERCE", ["ASSAULT"], "force"),   # fired (an assault) to disperse (coercion)
    ("COERCE", ["COERCE"], "same"),     # one happening read twice
    ("AID", ["MOBILIZE"], "other"),     # deployed to help: the help is only an aim
    ("ASSAULT", [], "none"),
])
def test_purposes_means_relation(aim, means, relation):
    assert means_relation(aim, means) == relation


@pytest.mark.parametrize("kind, relation, kept", [
    # an aim of force pursued by a deed of force done is the deed's attempt: kept
    ("done_past", "force", True),
    ("done_now", "force", True),
    # ... not by any other deed, nor by a going, a striving or a deed not done
    ("done_past", "other", False),
    ("done_past", "same", False),
    ("journey", "force", False),
    ("effort", "force", False),
    ("undone", "force", False),
])
def test_purposes_kept_with_means(kind, relation, kept):
    assert kept_with_means(kind, relation) is kept
