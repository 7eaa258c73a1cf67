"""Stage ``dedupe``: one event per happening across reports."""

from __future__ import annotations

import json

import pytest

from dateline import dedupe
from dateline.errors import ConfigError
from dateline.records import Actor, Article, Event, Place
from dateline.store import Store

RAFAH = Place(name="Rafah", country="PSE", lat=31.297, lon=34.244, precision=1)
KHAN_YUNIS = Place(name="Khan Yunis", country="PSE", lat=31.340, lon=34.306, precision=1)
JENIN = Place(name="Jenin", country="PSE", lat=32.459, lon=35.301, precision=1)


def _event(eid, doc, *, place=RAFAH, date="2024-03-17", etype="ASSAULT", source="Israeli army",
           src_sector="MIL", sentence=None, start=0, status="actual", precision="day"):
    return Event(
        event_id=eid, doc_id=doc, event_type=etype, mode=None, status=status, cameo_root=None,
        acled_event_type=None, acled_sub_event_type=None,
        source=Actor(text=source, name=source, sector=src_sector), target=None, location=place,
        date=date, date_precision=precision, fatalities=None, injuries=None, attribution=None,
        sentence=sentence or f"sentence of {eid}", char_start=start, char_end=start + 5,
    )


def _store(tmp_path, docs):
    store = Store(tmp_path / "d.duckdb")
    store.add([(Article(doc_id=d, text=f"text {d}", pubdate="2024-03-18"), evs)
               for d, evs in docs.items()])
    return store


def _clusters(store):
    return dict(store.con.execute("SELECT event_id, cluster_id FROM events").fetchall())


@pytest.mark.parametrize("other", [
    # other wording of the actor, the very same town and day
    _event("b1", "b", source="Israeli forces"),
    # the same actor, a town 8 km off, a day later (another report's date for it)
    _event("b1", "b", place=KHAN_YUNIS, date="2024-03-18"),
])
def test_dedupe_same_happening_in_two_reports_merges(tmp_path, other):
    with _store(tmp_path, {"a": [_event("a1", "a")], "b": [other]}) as store:
        stats = dedupe.run(store)
        assert stats.clusters == 1
        [merged] = store.events()
        assert merged.sources == ("a", "b") and merged.n_sources == 2


@pytest.mark.parametrize("other", [
    _event("b1", "b", source="he", src_sector=None, place=KHAN_YUNIS),  # "he" is nobody in
    #                                                        particular: the towns must agree
    _event("b1", "b", place=Place(name="Palestine", country="PSE", lat=31.9, lon=35.2,
                                  precision=3)),             # a country is too vague a place
])
def test_dedupe_vague_events_do_not_merge(tmp_path, other):
    with _store(tmp_path, {"a": [_event("a1", "a", source="he", src_sector=None)],
                           "b": [other]}) as store:
        assert dedupe.run(store).clusters == 2


# the publication date standing in for a time the text does not give (no precision) is as vague
# as a date can be: two such reports of one actor in one town are not thereby one happening
@pytest.mark.parametrize(("first", "second", "clusters"), [
    (None, None, 2),
    ("day", None, 2),
    ("decade", "decade", 2),
    ("day", "day", 1),
])
def test_dedupe_date_precision_weakest_when_unknown(tmp_path, first, second, clusters):
    with _store(tmp_path, {"a": [_event("a1", "a", precision=first)],
                           "b": [_event("b1", "b", precision=second)]}) as store:
        assert dedupe.run(store).clusters == clusters


@pytest.mark.parametrize("other", [
    _event("b1", "b", place=JENIN),                          # 180 km away
    _event("b1", "b", date="2024-03-01"),                    # two weeks apart
    _event("b1", "b", etype="PROTEST"),                      # another type
    _event("b1", "b", source="Hamas", src_sector="REB"),     # state vs non-state actor
    _event("b1", "b", status="negated"),                     # denied vs reported
])
def test_dedupe_different_happenings_stay_apart(tmp_path, other):
    with _store(tmp_path, {"a": [_event("a1", "a")], "b": [other]}) as store:
        assert dedupe.run(store).clusters == 2


def test_dedupe_actor_known_only_by_kind_agrees_within_a_day_only(tmp_path):
    # "police fired tear gas" in one town on Monday and on Wednesday: two happenings
    police = {"source": "Palestine police", "src_sector": "COP", "place": KHAN_YUNIS}
    with _store(tmp_path, {"a": [_event("a1", "a", **police)],
                           "b": [_event("b1", "b", date="2024-03-19", **police)]}) as store:
        assert dedupe.run(store).clusters == 2
    (tmp_path / "x").mkdir()
    with _store(tmp_path / "x", {"a": [_event("a1", "a", **police)],
                                 "b": [_event("b1", "b", date="2024-03-18", **police)]}) as store:
        assert dedupe.run(store).clusters == 1


def test_dedupe_never_merges_events_of_one_report(tmp_path):
    with _store(tmp_path, {"a": [_event("a1", "a"), _event("a2", "a", start=50)]}) as store:
        assert dedupe.run(store).clusters == 2


def test_dedupe_copies_merge_event_by_event_and_rerun_is_stable(tmp_path):
    text = "Troops raided Rafah. Later they raided Rafah again."
    a = [_event("a1", "a", sentence=text, start=7), _event("a2", "a", sentence=text, start=30)]
    b = [_event("b1", "b", sentence=text, start=7), _event("b2", "b", sentence=text, start=30)]
    with _store(tmp_path, {"a": a, "b": b}) as store:
        dedupe.run(store)
        first = _clusters(store)
        assert first["a1"] == first["b1"] and first["a2"] == first["b2"]
        assert first["a1"] != first["a2"]
        again = dedupe.run(store)
        assert again.changed == 0 and _clusters(store) == first


def test_dedupe_thresholds_are_configurable(tmp_path):
    with _store(tmp_path, {"a": [_event("a1", "a")],
                           "b": [_event("b1", "b", place=KHAN_YUNIS)]}) as store:
        assert dedupe.run(store, radius_km=2).clusters == 2
        assert dedupe.run(store, radius_km=25, window_days=0).clusters == 1
        assert dedupe.run(store, radius_km=25).clusters == 1
        with pytest.raises(ConfigError):
            dedupe.run(store, window_days=-1)


def test_dedupe_two_copies_of_a_report_after_ingest(tmp_path):
    from dateline.ingest import ingest_paths

    text = ("Israeli aircraft struck a house in Rafah yesterday, killing three people. "
            "Police arrested four protesters in Hebron on Friday.")
    one = tmp_path / "one.jsonl"
    two = tmp_path / "two.jsonl"
    one.write_text(json.dumps({"id": "r1", "text": text, "date": "2024-03-18"}) + "\n")
    two.write_text(json.dumps({"id": "r1-copy", "text": text, "date": "2024-03-18"}) + "\n")
    ingest_paths([str(one)], db=tmp_path / "one.duckdb")
    ingest_paths([str(one), str(two)], db=tmp_path / "two.duckdb")
    with Store(tmp_path / "one.duckdb", read_only=True) as s1, \
            Store(tmp_path / "two.duckdb", read_only=True) as s2:
        single, double = s1.events(), s2.events()
    assert single and len(double) == len(single)
    assert all(e.sources == ("r1", "r1-copy") and e.n_sources == 2 for e in double)


def test_dedupe_command_line(tmp_path):
    from typer.testing import CliRunner

    from dateline.cli import app

    with _store(tmp_path, {"a": [_event("a1", "a")], "b": [_event("b1", "b")]}):
        pass
    runner = CliRunner()
    result = runner.invoke(app, ["dedupe", "--db", str(tmp_path / "d.duckdb"), "--radius-km",
                                 "10", "--window-days", "1"])
    assert result.exit_code == 0, result.output
    assert "2 event(s) in 1 happening(s)" in result.output
    missing = runner.invoke(app, ["dedupe", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1
