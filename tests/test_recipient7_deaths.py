"""Recipients of an attack told in a "when" clause on a verb of dying or wounding
(table-driven): those the verb says died or were hurt are whom the attack was done to; the
thing struck stays the event's object; the dead are no recipient when they may be the doers."""

from __future__ import annotations

import pytest

# (sentence, trigger, recipient words, object words or None)
DEAD = [
    ("Two guards died when gunmen stormed the compound.", "stormed", "Two guards",
     "the compound"),
    ("The reporter was killed when a missile hit the convoy.", "missile", "The reporter",
     "the convoy"),
    ("Dozens of villagers were wounded after jets struck a market.", "struck",
     "Dozens of villagers", "a market"),
    ("A Norland volunteer died when a bomb exploded near his unit.", "exploded",
     "A Norland volunteer", None),
    ("The guard was hurt as gunmen opened fire on the base.", "opened", "The guard", "the base"),
    # the act's own clause names whom it killed or wounded
    ("Raids this month have killed at least 90, monitors said.", "Raids", "at least 90", None),
    ("Militants attacked a school, wounding dozens of pupils.", "attacked", "dozens of pupils",
     "a school"),
]


@pytest.mark.parametrize("text, trigger, recipient, thing", DEAD)
def test_recipient7_dead_of_the_when_clause(event_on, text, trigger, recipient, thing):
    event = event_on(text, trigger)
    assert event.target is not None and event.target.text == recipient, event.target
    assert event.object == thing, event.object


# (sentence, trigger): the dead may have struck, or the killers are the main clause's subject
NOT_DEAD = [
    ("The gunman was killed when he stormed the post.", "stormed"),
    ("Rebels killed two guards when they stormed the post.", "stormed"),
]


@pytest.mark.parametrize("text, trigger", NOT_DEAD)
def test_recipient7_no_dead_recipient_for_the_doer(event_on, text, trigger):
    event = event_on(text, trigger)
    assert event.target is None, event.target
