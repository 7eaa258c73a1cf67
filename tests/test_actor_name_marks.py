"""Names written with other apostrophes and hyphens than the plain ones, and names the parse
cuts at such a mark, one sentence written for these tests per construction: the doer is the
whole name the dictionary knows, with its country; and a state that is the other party to a
deal, which lends the doer no country; a name an appeal is made to; a label for an enemy that
takes no country of its reporter."""

from __future__ import annotations

import pytest

# (text, trigger, the doer's words, its country)
MARKED_NAMES = [
    # a curly apostrophe inside the first word, which the parse takes for a verb of its own
    ("Hay’at Tahrir al-Sham attacked the town of Idlib.", "attacked", "Hay’at Tahrir al-Sham",
     "SYR"),
    # and with an abbreviation after it, the parse keeping only "al-Sham"
    ("Hay’at Tahrir al-Sham (HTS) attacked army posts in Idlib.", "attacked",
     "Hay’at Tahrir al-Sham", "SYR"),
    # an en dash for the hyphen, a token of its own
    ("Jaish al\u2013Islam shelled Damascus.", "shelled", "Jaish al\u2013Islam", "SYR"),
    # a non-breaking hyphen inside one token
    ("Jaish al\u2011Islam fighters shelled Damascus.", "shelled", "Jaish al\u2011Islam fighters",
     "SYR"),
]


@pytest.mark.parametrize("text, trigger, words, country", MARKED_NAMES)
def test_actor_name_with_marks_is_matched_whole(event_on, text, trigger, words, country):
    source = event_on(text, trigger).source
    assert source is not None
    assert source.text == words, source
    assert source.country == country, source


# (text, trigger, a country the doer must not be given): the other party to a deal, or its
# broker, is not the nationality of the one who made it
DEAL_PARTIES = [
    ("The rebels agreed to surrender their weapons under a deal with Russia.", "surrender",
     "RUS"),
    ("The rebels agreed to leave Douma under a truce brokered by Turkey.", "agreed", "TUR"),
]


@pytest.mark.parametrize("text, trigger, country", DEAL_PARTIES)
def test_actor_deal_party_lends_no_country(event_on, text, trigger, country):
    source = event_on(text, trigger).source
    assert source is not None
    assert source.country != country, source


# (text, trigger, the recipient's words): a name an appeal is made to is a person or a body,
# whatever its likeness to a town's name
ADDRESSED = [
    ("Family members appealed to Saratova.", "appealed", "Saratova"),
    # and one arrested is a person, though the parse tags the name a place
    ("Elsheikh was arrested in Syria.", "arrested", "Elsheikh"),
    ("The widow pleaded with Kostrova for news of her husband.", "pleaded", "Kostrova"),
]


@pytest.mark.parametrize("text, trigger, words", ADDRESSED)
def test_actor_name_appealed_to_is_the_recipient(event_on, text, trigger, words):
    target = event_on(text, trigger).target
    assert target is not None and target.text == words, target


# (text, trigger, a country the doer must not be given): a label a side gives its enemies
# does not take the country of the one who reports the act
REPORTED_ENEMIES = [
    ("Russian officials said the terrorists attacked a checkpoint.", "attacked", "RUS"),
    ("The terrorists attacked a checkpoint, Russian officials said.", "attacked", "RUS"),
]


@pytest.mark.parametrize("text, trigger, country", REPORTED_ENEMIES)
def test_actor_enemy_label_not_of_its_reporter(event_on, text, trigger, country):
    source = event_on(text, trigger).source
    assert source is not None
    assert source.country != country, source
