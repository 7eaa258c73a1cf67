"""Stage ``date`` across events: an act the text tells as done before the report, at a time it
does not give, has no date (``before publication``), not the report's day."""

from __future__ import annotations

import pytest


_BEFORE = (None, None, "before publication")
_REPORT = ("2018-03-10", None, "publication")

# (sentence written for the project, trigger, (date, precision, date_source)); published on
# 10 March 2018
CASES = [
    # the past perfect: before the time the text speaks of
    ("Although the governor had threatened such measures in the past, her staff held her back.",
     "threatened", _BEFORE),
    # ... but not in another's words: a present perfect told in the past, maybe of the day
    ("Officials said troops had withdrawn from the town.", "withdrawn", _REPORT),
    # ... unless it tells a later step after an older time, which a present perfect cannot
    ("In 2014 he joined the militia. Her aunt said he had later been charged with theft.",
     "charged", _BEFORE),
    # ... but not a later step after an act of the day, which may be of the same day
    ("Guards held a reporter at the port. Officials said she had been freed later in the day.",
     "freed", _REPORT),
    ("Guards held a reporter at the port. Officials said she had been freed hours later.",
     "freed", _REPORT),
    ("Guards held a reporter at the port. Officials said she had later been freed without "
     "charge.", "freed", _REPORT),
    ("Students blocked the bridge into Norvik. Police said officers had subsequently arrested "
     "nine people.", "arrested", _REPORT),
    # ... nor as told by another
    ("According to witnesses, troops had killed 12 militants near the border.", "killed",
     _REPORT),
    # an adverb of a time before the report
    ("Russia previously targeted sites in eastern Syria.", "targeted", _BEFORE),
    ("The two leaders once met in Geneva.", "met", _BEFORE),
    # ... but not "long" of how long an act of the day lasted
    ("Farmers marched through Varna all day long.", "marched", _REPORT),
    # ... but not "once" of a time to come
    ("Soldiers will storm the village once it is emptied of residents.", "storm", _REPORT),
    # a phrase of such a time, on the verb the act is told with
    ("The threats were made in the past.", "threats", _BEFORE),
    # ... over a span before the report, or on occasions before
    ("Isis is holding hostages who were captured by the group over the past five years.",
     "captured", _BEFORE),
    ("The ledgers were requested on four previous occasions, but never handed in.",
     "requested", _BEFORE),
    ("The army attacked the town earlier in the war.", "attacked", _BEFORE),
    # a span before with no count ("two weeks earlier" dates it)
    ("The town was seized by Turkish forces weeks earlier.", "seized", _BEFORE),
    ("The town was seized by Turkish forces two weeks earlier.", "seized",
     ("2018-02-24", "week", "sentence")),
    # what someone remembers
    ("She remembered how soldiers beat her brother.", "beat", _BEFORE),
    # ... but not an act a recalling follows
    ("Turkey recalled its ambassador after troops attacked the embassy.", "attacked", _REPORT),
    # a present perfect counted over a span
    ("The minister says Moscow has been warning for weeks of a staged attack.", "warning",
     _BEFORE),
    # ... but not what goes on up to the report from a day it names
    ("Seven hospitals have been bombed since Monday.", "bombed", _REPORT),
    # (a holding told as a state that goes on now is no event: tests/test_status_states.py)
    # a headline's present of the arrest
    ("Scores of students are detained as police break up a march in Varna.", "detained",
     _REPORT),
    # ... but not the arrest that starts it, news of the day
    ("Turkish soldiers have detained the activist Sara Nouri.", "detained", _REPORT),
    # a state a relative clause tells of a party in the present perfect
    ("The two brothers, who have been stripped of their citizenship, were seized in April.",
     "stripped", _BEFORE),
    # ... and a loss told so in a main clause past the lead: what the party is now
    ("Talks resumed in Geneva. The two brothers have been stripped of their citizenship, and "
     "their trial is expected soon.", "stripped", _BEFORE),
    # ... but not in the lead, whose news it may be
    ("The two brothers have been stripped of their citizenship.", "stripped", _REPORT),
    # ... not an act told so: it may be of the report's days
    ("Norland, which has shelled rebel posts near Ostrava, said it would go on.", "shelled",
     _REPORT),
    # a participle, or a clause of "as", has the time of the clause it hangs on
    ("Only rumours had come out of the town as it crumbled under a long rebel assault, backed by "
     "US air strikes.", "backed", _BEFORE),
    # ... as has a passive participle set off from a clause told as before the report
    ("A Norland jet was shot down recently by rebels using a missile, allegedly supplied by "
     "Estria.", "supplied", _BEFORE),
    # ... but a clause of the day's news keeps its participle on the report's day
    ("A Norland jet was shot down by rebels using a missile, allegedly supplied by Estria.",
     "supplied", _REPORT),
    # ... nor the later act a set-off participle tells, ending a state in the past perfect
    ("The smuggler had evaded police for three decades, finally arrested at a clinic in "
     "Ostrava.", "arrested", _REPORT),
    ("The rebel commander had been on the run for years, captured by troops in a raid on his "
     "hideout.", "captured", _REPORT),
    # a happening named with a word of a time before
    ("Its repeated calls for a ceasefire were ignored.", "calls", _BEFORE),
    # a present perfect alone is news of the day: the report's date, marked as such
    ("The premier has called for more talks with Norland.", "called", _REPORT),
    # ... as is the simple past
    ("Police arrested 30 protesters in the capital.", "arrested", _REPORT),
    # an act at the time of a clause of "when" whose act the text dates where it tells it
    ("The SDF captured Raqqa in October 2017. Aid groups counted the dead. When the SDF "
     "captured Raqqa, hundreds of Isis fighters fled to Idlib.", "fled",
     ("2017-10-01", "month", "carried")),
    # a participle joined to a past perfect shares its "had"
    ("The two reporters had been detained and beaten by the guards before the election.",
     "beaten", _BEFORE),
    ("The militia had seized the bridge and then shelled the port.", "shelled", _BEFORE),
    # ... but not a verb with a subject of its own, nor one with a time of its own
    ("The militia had seized the bridge and the soldiers shelled the port.", "shelled",
     _REPORT),
    ("The militia had seized the bridge, and on Monday it shelled the port.", "shelled",
     ("2018-03-05", "day", "clause")),
    # ... nor what is joined to a perfect participle ("having"), the clause's main act
    ("Having fled the town weeks before, a nurse urged the guards to free the children.",
     "urged", _REPORT),
    # a time the text gives is kept
    ("The two brothers, who were stripped of their citizenship, were captured in February.",
     "captured", ("2018-02-01", "month", "clause")),
]


@pytest.mark.parametrize(("text", "word", "want"), CASES)
def test_date_before_report_has_no_date(unfiltered, text, word, want):
    from dateline import Article

    events = unfiltered.extract(Article(doc_id="t", text=text, pubdate="2018-03-10"))
    found = [e for e in events if e.trigger == word]
    assert found, f"no event on {word!r} in {[(e.event_type, e.trigger) for e in events]}"
    assert (found[0].date, found[0].date_precision, found[0].date_source) == want


def test_date_before_publication_is_a_date_source():
    from dateline.date import DATE_SOURCES
    from dateline.date_before import BEFORE_PUBLICATION

    assert BEFORE_PUBLICATION in DATE_SOURCES


# (sentence written for the project, word, told before the report): the holding of captives
# goes on from before the report, a gathering held does not
HOLDINGS = [
    ("Two aid workers are being held in the prison.", "held", True),
    ("Talks are being held in Geneva.", "held", False),
]


@pytest.mark.parametrize(("text", "word", "before"), HOLDINGS)
def test_date_before_holding_of_captives_not_of_gatherings(nlp, text, word, before):
    from dateline.date_before import told_before_report

    tok = next(t for t in nlp(text) if t.text == word)
    assert told_before_report(tok) is before


# (sentence written for the project, word, told before the report): "long" before the verb is a
# time before the report, "all day long" after it is how long an act of the day lasted
LONG = [
    ("The rebels have long shelled the village.", "shelled", True),
    ("Farmers marched through Varna all day long.", "marched", False),
]


@pytest.mark.parametrize(("text", "word", "before"), LONG)
def test_date_before_long_before_the_verb_only(nlp, text, word, before):
    from dateline.date_before import told_before_report

    tok = next(t for t in nlp(text) if t.text == word)
    assert told_before_report(tok) is before
