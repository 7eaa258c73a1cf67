"""What one keeps from doing is told as an act not done, as "did not fire" is: a negated
event once its doer is known, or none; never an act done."""

import pytest

PUBDATE = "2024-03-16"

KEPT_FROM = [
    ("The soldiers refrained from firing on the crowd.", "firing"),
    ("The guards refrained from shooting at the marchers.", "shooting"),
    ("The riot police held back from charging the sit-in.", "charging"),
]


@pytest.mark.parametrize("text, trigger", KEPT_FROM)
def test_modality_kept_from_is_not_done(events_in, text, trigger):
    events = events_in(text, PUBDATE)
    assert not [e for e in events if trigger in e.trigger.lower() and e.status != "negated"], \
        [(e.event_type, e.trigger, e.status) for e in events]
