"""Stage ``date``: a past act told in someone's own words, or in a clause describing a party, is
recalled, not the news: it takes the time of the happening told just before it, or no date;
never the publication day."""

from __future__ import annotations

import pytest

_BEFORE = (None, None, "before publication")
_REPORT = ("2019-03-20", None, "publication")

# (text written for the project, trigger, (date, precision, date_source)); published on
# Wednesday 20 March 2019
CASES = [
    # a speaker's account of a past act, with no time: done before the telling, no day given
    ("The farmers reached the camp last night. “Soldiers burned our fields and beat my "
     "brother,” one of them says.", "beat", _BEFORE),
    ("The envoy resigned. “They refused to negotiate,” he said.", "refused", _BEFORE),
    # ... also reported by a saying in the present, the telling of now
    ("The talks failed again. The nurse says rebels attacked the convoy.", "attacked",
     _BEFORE),
    # ... but not a force's, an official's or a state's present saying: a report's news style
    ("The talks failed again. The Norland army says its gunners shelled three depots.",
     "shelled", _REPORT),
    ("The talks failed again. A spokesman for the police says officers detained two men.",
     "detained", _REPORT),
    # ... but not by a saying in the past, which may report the news of the day
    ("The talks failed again. Officials said troops killed ten militants.", "killed",
     _REPORT),
    # ... going on with a happening the sentence before dates: its time
    ("The couple said they were arrested on 12 March. “Police searched the house and "
     "seized our phones,” she said.", "searched", ("2019-03-12", "day", "carried")),
    # ... through the account told on
    ("The couple said they were arrested on 12 March. “Police searched the house,” she said. "
     "“They seized our phones.”", "seized", ("2019-03-12", "day", "carried")),
    # ... but a time of its own is kept
    ("The envoy resigned. “They attacked the convoy on Monday,” he said.", "attacked",
     ("2019-03-18", "day", "clause")),
    # ... and what is told in the present or the present perfect is of the report's days
    ("The envoy resigned. “They have attacked the convoy,” he said.", "attacked", _REPORT),
    # ... and the article's first sentence tells its news
    ("“Troops stormed the parliament,” a witness told reporters.", "stormed", _REPORT),
    # a past act describing a party, in a relative clause or a participle: who the party is
    ("The charity will close. Its founder, who was accused of fraud by the regulator, "
     "denied wrongdoing.", "accused", _BEFORE),
    ("The talks failed again. The charity, accused of fraud by the regulator, denied "
     "wrongdoing.", "accused", _BEFORE),
    # ... and the deed such a clause names as its object, the clause's own act
    ("The talks failed again. Norland is at odds with Sarnia, which provided military "
     "support to the rebels.", "military support", _BEFORE),
    ("The talks failed again. Sarnia armed the militias who led the assault on the port.",
     "assault", _BEFORE),
    # ... not in the article's first sentence, whose news a clause may tell
    ("Militias who led the assault on the port have been disarmed.", "assault", _REPORT),
    # ... but not the act the main clause tells, of the report's days
    ("The talks failed again. Its founder, who was accused of fraud by the regulator, "
     "rejected the offer.", "rejected", _REPORT),
    # ... nor those hurt in the story's own happening, named as the participle's doer
    ("A bomber attacked the bus station in Lomar. Nurses treated 12 travellers wounded by "
     "the blast.", "wounded", _REPORT),
    # what the clause tells as recent is done a while before the report, on no day it gives
    # (dateline.date_ongoing)
    ("The talks failed again. The envoy, who recently visited the camp, criticised the "
     "army.", "visited", _BEFORE),
    # ... nor what a party is said to be: the news itself
    ("The court heard the case. He is the first man prosecuted under the law.",
     "prosecuted", _REPORT),
    # what someone is judged or blamed for: done before the charge, on no day given
    ("The court sat again. He faces a prosecution under the terrorism law for fighting "
     "against the militants.", "fighting", _BEFORE),
    ("The talks failed again. The two men are said to be responsible for killing dozens of "
     "hostages.", "killing", _BEFORE),
    # ... not what someone is arrested for, which may be of the same day
    ("The talks failed again. Police arrested 30 people for blocking the road.", "blocking",
     _REPORT),
]


@pytest.mark.parametrize(("text", "word", "want"), CASES)
def test_date_recalled_acts(event_on_unfiltered, text, word, want):
    """Every event is read: the learned realness veto is not what these rows test."""
    e = event_on_unfiltered(text, word, pubdate="2019-03-20")
    assert (e.date, e.date_precision, e.date_source) == want


# (text written for the project, word, the word's act describes a party)
DESCRIPTIONS = [
    ("The talks failed. Its founder, who was accused of fraud, denied wrongdoing.", "accused",
     True),
    ("The talks failed. The charity, accused of fraud by the regulator, denied it.", "accused",
     True),
    # a happening described: that happening's own time
    ("The talks failed. The attack, which killed ten soldiers, drew condemnation.", "killed",
     False),
    # the article's first sentence: its news
    ("Police have arrested a man who stabbed three people.", "stabbed", False),
    # what a party is said to be
    ("The court sat. He is the first man prosecuted under the law.", "prosecuted", False),
    # a relative clause in the present perfect: of the report's days
    ("The talks failed. The group, which has shelled the posts, denied it.", "shelled", False),
]


@pytest.mark.parametrize(("text", "word", "want"), DESCRIPTIONS)
def test_date_recalled_describes_party(nlp, text, word, want):
    from dateline.date_recalled import describes_party

    assert [describes_party(t) for t in nlp(text) if t.text == word] == [want]
