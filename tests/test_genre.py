"""The kind of a document (news, opinion, letter, review, obituary) and the events each kind
keeps (articles written for the project)."""

from __future__ import annotations

import pytest

from dateline import Article, Pipeline
from dateline.errors import DataFileError
from dateline.genre import by_genre, genre_of, history, long_before, reported, voice_of
from dateline.records import Event

REPORT = (
    "Government troops shelled the northern town of Karvan on Tuesday, killing at least twelve "
    "civilians, local officials said. The army said its artillery had targeted positions held "
    "by rebel fighters who had entered the town on Sunday. A spokesman for the regional council "
    "told reporters that the dead included four children and that two clinics had been hit. "
    "According to the United Nations, more than 3,000 people fled the town overnight toward "
    "the border. The defence ministry said the operation would continue until the rebels "
    "withdrew, and added that it had warned residents to leave. Rebel commanders said they "
    "had repelled an assault on the eastern road on Wednesday morning. “We will not abandon "
    "our homes, and I will stay with my neighbours,” one shopkeeper said. Aid agencies said "
    "convoys were waiting at the crossing and that talks with both sides were under way."
)

COLUMN = (
    "I have covered this war for a decade, and I think we have learned nothing. Every winter "
    "the same promises are made, and every spring the same towns burn. Why do we keep "
    "pretending that another round of talks will change the calculus of men who profit from "
    "the fighting? We should stop pretending. Our governments must stop selling arms to every "
    "side and must stop treating refugees as a problem to be managed rather than people to "
    "be protected. You may think this is naive. It is not. It is the only policy that has "
    "never been tried. Imagine what a single year without new weapons would do to the "
    "warlords' ledgers. Let us be honest: the ceasefire that everyone praises is a pause for "
    "rearming, and surely the people of the valley deserve better than a pause. If we fail "
    "them again, history will not forgive us, and neither should they."
)

LETTERS = (
    "Your editorial on the crisis in the valley rightly criticises the arms trade, but it "
    "overlooks the role of the neighbouring states, which have armed every faction in turn. "
    "Until they are held to account, no ceasefire will last. Anna Fenwick, Leeds. "
    "As a nurse who worked in the region for six years, I urge readers to support the "
    "clinics that still operate there, often without power or clean water. The international "
    "community has a duty to keep them open, and it is failing. Thomas Okafor, Bristol. "
    "Your correspondent's account of the siege moved me to tears. We owe these families far "
    "more than sympathy. We owe them safe passage and a fair hearing. Ruth Adebayo, Glasgow. "
    "Join the debate – email the letters desk."
)

OBITUARY = (
    "Marta Lindqvist, the diplomat who has died aged 81, spent four decades negotiating "
    "between governments that did not wish to speak to one another. Born in a small town on "
    "the coast, she studied law before joining the foreign service in 1966. In 1979 she led "
    "the talks that ended the border dispute between two neighbouring republics, and in 1988 "
    "she brokered the release of hostages held in the capital. Colleagues remembered her "
    "patience and her refusal to take credit. After retiring she taught at the university "
    "and wrote two books on mediation, both widely read by young diplomats. She was known for "
    "long walks, strong coffee and a dry wit that disarmed even hostile delegations. She is "
    "survived by her husband, Erik, two daughters and five grandchildren, who live nearby."
)

REVIEW = (
    "The film follows three families across a single year in a besieged city, and it is at "
    "its best when it lets them speak without commentary. The director resists the temptation "
    "to explain, trusting the audience to understand what a queue for bread means when the "
    "shelling starts. The camera lingers on kitchens, classrooms and a wedding held in a "
    "basement by candlelight. Some scenes are almost unbearable to watch; others are funny, "
    "which is perhaps the film's greatest achievement. The score is sparse, the editing "
    "patient, and the final shot, of children racing bicycles down an empty avenue, stays "
    "long after the lights come up. It is not an easy film, but it is an essential one, and "
    "it deserves a wide audience. The film is in cinemas from Friday."
)

SIGNED = (
    "The new border agreement has been welcomed in both capitals, but its success depends on "
    "matters the text leaves vague. The commission it creates has no budget, the timetable "
    "for withdrawing troops is left to later talks, and the question of the disputed "
    "villages is deferred once again. The history of the region offers little comfort: the "
    "last three accords each collapsed within two years, and each for the same reason, a "
    "failure to settle who governs the villages. There are reasons for hope. Both leaders "
    "face elections and need a success, and the neighbouring powers have an interest in "
    "calm. Yet hope is not a policy, and the agreement will hold only if both sides accept "
    "compromises they have so far refused. • Daniel Marsh is a senior fellow at a research "
    "institute"
)


@pytest.mark.parametrize(("text", "genre"), [
    (REPORT, "news"),
    (COLUMN, "opinion"),
    (LETTERS, "letter"),
    (OBITUARY, "obituary"),
    (REVIEW, "review"),
    (SIGNED, "opinion"),  # the author's closing line marks a column written in no first person
    # a short text (a wire sentence) is taken as news, whatever its words
    ("I think we should stop selling arms to every side.", "news"),
    ("The envoy, who has died aged 70, met the rebels in 1994.", "news"),
])
def test_genre_of_tells_the_kind_of_document(text, genre):
    assert genre_of(text) == genre


def test_genre_voice_leaves_quoted_speech_to_the_sources():
    """First person in quotes is the sources' voice: a report quoting people stays news."""
    quoted = voice_of(REPORT)
    own = voice_of(REPORT.replace("“", "").replace("”", ""))
    assert quoted.first == 0 and quoted.we == 0
    assert own.first > 0 and own.we > 0
    assert quoted.report > 10 > voice_of(COLUMN).report


def test_genre_voice_reads_us_the_country_apart_from_us_the_reader():
    text = "The US said the US would act. " * 10
    assert voice_of(text).we == 0
    assert voice_of("Let us act. " * 10).we > 0


def _event(eid, *, attribution=None, date_source="publication", date="2024-03-16",
           precision="day"):
    return Event(event_id=eid, doc_id="d", event_type="ASSAULT", mode=None, status="actual",
                 cameo_root=None, acled_event_type=None, acled_sub_event_type=None,
                 source=None, target=None, location=None, date=date,
                 date_precision=precision, fatalities=None, injuries=None,
                 attribution=attribution, sentence="s", char_start=0, char_end=1,
                 date_source=date_source)


EVENTS = [
    _event("dated-in-clause", date_source="clause"),
    _event("dated-in-sentence", date_source="sentence"),
    _event("dated-by-carry", date_source="carried"),
    _event("attributed", attribution="officials"),
    _event("undated"),  # only the publication date: nothing says when, or that it happened
    _event("no-date", date_source=None),
]


@pytest.mark.parametrize(("genre", "kept"), [
    ("news", ["dated-in-clause", "dated-in-sentence", "dated-by-carry", "attributed", "undated",
              "no-date"]),
    (None, ["dated-in-clause", "dated-in-sentence", "dated-by-carry", "attributed", "undated",
            "no-date"]),
    ("opinion", ["dated-in-clause", "dated-in-sentence", "dated-by-carry", "attributed"]),
    ("letter", ["dated-in-clause", "dated-in-sentence", "dated-by-carry", "attributed"]),
    ("review", ["dated-in-clause", "dated-in-sentence", "dated-by-carry", "attributed"]),
    ("obituary", ["dated-in-clause", "dated-in-sentence", "dated-by-carry", "attributed"]),
])
def test_genre_by_genre_keeps_what_each_kind_reports(genre, kept):
    assert [e.event_id for e in by_genre(EVENTS, genre)] == kept
    assert all(reported(e) for e in by_genre(EVENTS, "opinion"))


# (event, publication date, told as history)
HISTORY = [
    (_event("year-long-ago", date_source="clause", date="1991-01-01", precision="year"),
     "2018-05-09", True),
    (_event("decade", date_source="clause", date="1980-01-01", precision="decade"),
     "2018-05-09", True),
    (_event("month-long-ago", date_source="sentence", date="2011-06-01", precision="month"),
     "2017-10-21", True),
    (_event("attributed-year", attribution="the envoy", date_source="clause",
            date="2005-01-01", precision="year"), "2018-05-09", True),
    (_event("last-year", date_source="clause", date="2017-01-01", precision="year"),
     "2018-05-09", False),
    (_event("to-the-day", date_source="clause", date="2021-03-03"), "2024-03-16", False),
    (_event("undated-old", date="1991-01-01", precision="year"), "2018-05-09", False),
    (_event("no-pubdate", date_source="clause", date="1991-01-01", precision="year"), None,
     False),
]


@pytest.mark.parametrize(("event", "pubdate", "old"), HISTORY)
def test_genre_history_is_what_a_column_dates_by_year_long_before(event, pubdate, old):
    assert history(event, pubdate) is old
    kept = [e.event_id for e in by_genre([event], "opinion", pubdate)]
    assert kept == ([] if old or not reported(event) else [event.event_id])
    news = [e.event_id for e in by_genre([event], "news", pubdate)]
    assert news == ([] if long_before(event, pubdate) else [event.event_id])


# (event, publication date, background long before the report, in any kind of document)
BACKGROUND = [
    (_event("year-long-ago", date_source="clause", date="2014-01-01", precision="year"),
     "2017-10-17", True),
    (_event("last-year-in-autumn", date_source="clause", date="2017-01-01", precision="year"),
     "2018-08-14", True),
    (_event("last-year-in-winter", date_source="clause", date="2017-01-01", precision="year"),
     "2018-02-10", False),
    (_event("this-year", date_source="clause", date="2017-01-01", precision="year"),
     "2017-09-12", False),
    (_event("last-august", date_source="clause", date="2017-08-01", precision="month"),
     "2018-03-12", True),
    (_event("in-february", date_source="clause", date="2018-02-01", precision="month"),
     "2018-07-27", False),
    (_event("day-in-sentence", date_source="sentence", date="2013-08-21"), "2018-02-10", True),
    (_event("day-in-own-clause", date_source="clause", date="2013-08-21"), "2018-02-10", False),
    (_event("story-day", date_source="story", date="2017-11-25"), "2018-06-20", True),
    (_event("carried-year", date_source="carried", date="2015-01-01", precision="year"),
     "2019-03-23", False),
    (_event("decade", date_source="clause", date="1980-01-01", precision="decade"),
     "2018-05-09", True),
    (_event("no-pubdate", date_source="clause", date="1991-01-01", precision="year"), None,
     False),
]


@pytest.mark.parametrize(("event", "pubdate", "old"), BACKGROUND)
def test_genre_long_before_is_background_in_any_kind(event, pubdate, old):
    assert long_before(event, pubdate) is old
    assert by_genre([event], "news", pubdate) == ([] if old else [event])
    if old:
        assert by_genre([event], "opinion", pubdate) == []
    # a text of one sentence tells no story for its history to be background of
    assert by_genre([event], "news", pubdate, background=False) == [event]


def test_genre_background_is_read_in_a_story_not_in_a_lone_sentence(nlp):
    pipeline = Pipeline(real_threshold=0)  # the date alone decides, not the realness veto
    lone = "Sweden recognised the state of Palestine in 2014."
    story = ("The foreign minister arrived in Ramallah on Tuesday for talks. " + lone)
    kept = {e.trigger for e in pipeline.extract(Article(doc_id="lone", text=lone,
                                                        pubdate="2024-03-16"))}
    told = {e.trigger for e in pipeline.extract(Article(doc_id="story", text=story,
                                                        pubdate="2024-03-16"))}
    assert "recognised" in kept
    assert "recognised" not in told


def test_genre_pipeline_records_the_kind_and_keeps_a_columns_dated_events(pipeline):
    column = COLUMN + (" On 3 March 2021 government troops shelled the town of Karvan, "
                       "killing twelve civilians.")
    results = list(pipeline.process([Article(doc_id="c", text=column, pubdate="2024-03-16"),
                                     Article(doc_id="r", text=REPORT, pubdate="2024-03-16")]))
    by_doc = {r.article.doc_id: r for r in results}
    assert by_doc["c"].article.genre == "opinion"
    assert by_doc["r"].article.genre == "news"
    opinion = by_doc["c"].events
    assert opinion, "the dated shelling in the column is an event"
    assert all(reported(e) for e in opinion)
    assert any(e.event_type == "ASSAULT" and e.date == "2021-03-03" for e in opinion)
    # the promises and forgiveness the columnist talks of are no events (as news they come out)
    assert not any(e.trigger in ("promises", "forgive") for e in opinion)
    # (read without the realness veto, which is not what is tested here)
    as_news = Pipeline(real_threshold=0).extract(Article(doc_id="c", text=column,
                                                         pubdate="2024-03-16", genre="news"))
    assert {"promises", "forgive"} <= {e.trigger for e in as_news}
    assert by_doc["r"].events


def test_genre_store_keeps_the_kind(tmp_path, pipeline):
    from dateline.store import Store

    result = next(pipeline.process([Article(doc_id="l", text=LETTERS, pubdate="2024-03-16")]))
    with Store(tmp_path / "s.duckdb") as store:
        store.add([(result.article, result.events)])
        assert store.article("l")["genre"] == "letter"


@pytest.mark.parametrize(("row", "message"), [
    ("mood\tsolemn, grave\n", "kind must be one of"),
    ("letter\t , \n", "expected comma-separated words"),
])
def test_genre_cue_table_rejects_bad_rows(tmp_path, monkeypatch, row, message):
    from dateline.datafiles import OVERLAY_ENV

    (tmp_path / "genre").mkdir()
    (tmp_path / "genre" / "cues.tsv").write_text("kind\twords\n" + row, encoding="utf-8")
    monkeypatch.setenv(OVERLAY_ENV, str(tmp_path))
    with pytest.raises(DataFileError, match=message):
        genre_of(REPORT + " " + REPORT)
