"""Stage ``date``: a deed named as what someone is judged, blamed or known for, or as the
object of the gerund telling it ("accused of ordering the murder"), is done before the
judging: never the judging's day, nor the publication day."""

from __future__ import annotations

import pytest

from dateline.date_charged import charge_gerund

_BEFORE = (None, None, "before publication")

# (text written for the project, trigger, (date, precision, date_source)); published on
# Wednesday 20 March 2019
CASES = [
    # the deed a charged gerund orders or plans is part of the charge, not of its day
    ("The talks failed again. The assembly on Monday accused the governor of ordering the "
     "killing of the editor.", "killing", _BEFORE),
    ("The talks failed again. Norland accuses the general of ordering the murder of the "
     "reporter.", "murder", _BEFORE),
    # ... as the gerund itself is
    ("The talks failed again. The ministry accused the militia of shelling the village.",
     "shelling", _BEFORE),
    # ... but a time the charge gives itself is kept
    ("The talks failed again. The ministry on Monday accused the militia of shelling the "
     "village last year.", "shelling", ("2018-01-01", "year", "clause")),
]


@pytest.mark.parametrize(("text", "word", "want"), CASES)
def test_date_charged_deeds(event_on_unfiltered, text, word, want):
    """Every event is read: the learned realness veto is not what these rows test."""
    e = event_on_unfiltered(text, word, pubdate="2019-03-20")
    assert (e.date, e.date_precision, e.date_source) == want


# (text written for the project, word, the gerund of the charge it belongs to, or None)
GERUNDS = [
    ("They accused him of ordering the murder of the reporter.", "murder", "ordering"),
    ("They accused him of ordering the raid and the bombing.", "bombing", "ordering"),
    ("They jailed him for smuggling weapons.", "smuggling", "smuggling"),
    ("They called for an end to the bombing.", "bombing", None),
    # a deed a gerund carries out is a charge only under a word of judging
    ("They took the step of ordering the evacuation of the embassy.", "evacuation", None),
    ("Police arrested him for carrying out the attack.", "attack", None),
    ("He was ordering the raid when they came.", "raid", None),
]


@pytest.mark.parametrize(("text", "word", "want"), GERUNDS)
def test_charge_gerund(nlp, text, word, want):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    got = charge_gerund(tok)
    assert (got.text if got is not None else None) == want
