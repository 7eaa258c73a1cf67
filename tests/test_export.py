"""Exports true to their standards: ACLED's CSV layout and names, PLOVER's JSON fields, typed
Parquet, streamed with the filters of `events`. Stores are built from illustrative events."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess
import sys

import pytest

from dateline import acled_csv
from dateline.export import DEFAULT_NAMES, export
from dateline.records import Actor, Article, Event, Place
from dateline.store import EventFilter, Store

GOMA = Place(name="Goma", country="COD", admin1="North Kivu", lat=-1.679, lon=29.222,
             precision=1)
RAFAH = Place(name="Rafah", country="PSE", lat=31.297, lon=34.244, precision=1)
PORT = Place(name="Port-au-Prince", country="HTI", admin1="Ouest", lat=18.54, lon=-72.34,
             precision=1)
NAIROBI = Place(name="Nairobi", country="KEN", admin1="Nairobi", lat=-1.286, lon=36.817,
                precision=1)


def _event(eid, doc, *, place, etype="ASSAULT", acled=("Battles", "Armed clash"), source=None,
           target=None, date="2024-03-17", start=0, cameo="19", fatalities=None, mode=None):
    return Event(
        event_id=eid, doc_id=doc, event_type=etype, mode=mode, status="actual", cameo_root=cameo,
        acled_event_type=acled[0] if acled else None,
        acled_sub_event_type=acled[1] if acled else None, source=source, target=target,
        location=place, date=date, date_precision="day", fatalities=fatalities, injuries=None,
        attribution=None, sentence=f"Illustrative sentence {eid}.", char_start=start,
        char_end=start + 5, trigger="clashed",
    )


def _actor(text, sector, country=None):
    return Actor(text=text, name=text, sector=sector, country=country)


EVENTS = {
    "goma": [_event("a1c2e3f4a5b6c7d8", "goma", place=GOMA, fatalities=6,
                    source=_actor("FARDC soldiers", "MIL", "COD"),
                    target=_actor("M23 rebels", "REB"))],
    "rafah": [_event("b1c2e3f4a5b6c7d8", "rafah", place=RAFAH,
                     acled=("Violence against civilians", "Attack"),
                     source=_actor("gunmen", "UAF"), target=_actor("the imam", "REL")),
              _event("c1c2e3f4a5b6c7d8", "rafah", place=RAFAH, etype="ACCUSE", acled=None,
                     cameo="11", start=40, source=_actor("the ministry", "GOV", "PSE"))],
    "haiti": [_event("d1c2e3f4a5b6c7d8", "haiti", place=PORT, date="2024-04-02",
                     acled=("Protests", "Protest with intervention"), etype="COERCE",
                     mode="crowd-control", cameo="17",
                     source=_actor("police", "COP", "HTI"),
                     target=_actor("opposition party supporters", "PTY"))],
    "nairobi": [_event("e1c2e3f4a5b6c7d8", "nairobi", place=NAIROBI, date="2024-04-05",
                       acled=("Protests", "Peaceful protest"), etype="PROTEST", cameo="14",
                       source=None)],
}


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.add([(Article(doc_id=d, text=f"text {d}", pubdate="2024-03-18",
                            url=f"https://news.example.org/{d}", outlet="Example Wire"), evs)
                   for d, evs in EVENTS.items()])
    return path


def _acled(db, tmp_path, **flt):
    import pandas as pd

    out = tmp_path / "a.csv"
    n = export(db, "acled", out, EventFilter(**flt) if flt else None)
    frame = pd.read_csv(out, keep_default_na=False)
    assert len(frame) == n
    return frame


def test_export_acled_country_names_regions_and_join(db, tmp_path):
    import pandas as pd

    frame = _acled(db, tmp_path)
    by_country = dict(zip(frame.country, frame.region, strict=True))
    assert by_country == {"Democratic Republic of Congo": "Middle Africa",
                          "Palestine": "Middle East", "Haiti": "Caribbean",
                          "Kenya": "Eastern Africa"}
    acled_style = pd.DataFrame({"country": ["Democratic Republic of Congo", "Palestine"],
                                "population": [1, 2]})
    assert len(frame.merge(acled_style, on="country")) == 2


def test_export_acled_leaves_out_what_acled_does_not_record(db, tmp_path):
    frame = _acled(db, tmp_path)
    assert len(frame) == 4  # the accusation is not an ACLED event
    assert (frame.event_type != "").all() and (frame.disorder_type != "").all()
    assert set(frame.disorder_type) == {"Political violence", "Demonstrations"}


@pytest.mark.parametrize("country, actor1, inter1, actor2, inter2, interaction", [
    ("Democratic Republic of Congo", "FARDC soldiers", "State forces", "M23 rebels",
     "Rebel group", "State forces-Rebel group"),
    # a religious leader attacked is a civilian, not an identity militia
    ("Palestine", "gunmen", "Political militia", "the imam", "Civilians",
     "Political militia-Civilians"),
    # party supporters dispersed by police: the protesters are actor1, the police actor2
    ("Haiti", "opposition party supporters", "Protesters", "police", "State forces",
     "State forces-Protesters"),
    # an unnamed crowd, named as ACLED names one
    ("Kenya", "Protesters (Kenya)", "Protesters", "", "", "Protesters only"),
])
def test_export_acled_actor_types_and_interactions_as_text(db, tmp_path, country, actor1,
                                                           inter1, actor2, inter2,
                                                           interaction):
    row = _acled(db, tmp_path).set_index("country").loc[country]
    assert (row.actor1, row.inter1, row.actor2, row.inter2, row.interaction) == (
        actor1, inter1, actor2, inter2, interaction)


def test_export_acled_ids_timestamps_and_urls_are_stable(db, tmp_path):
    first = _acled(db, tmp_path)
    second = _acled(db, tmp_path)
    assert first.equals(second)
    assert all(re.fullmatch(r"[A-Z]{3}\d+", eid) for eid in first.event_id_cnty)
    assert set(first.event_id_cnty.str[:3]) == {"COD", "PSE", "HTI", "KEN"}
    assert dict(zip(first.country, first.iso, strict=True))["Haiti"] == 332
    with Store(db, read_only=True) as store:
        stored = store.con.execute("SELECT max(ingested_at) FROM articles").fetchone()[0]
    assert {int(t) for t in first.timestamp} == {
        int(stored.replace(tzinfo=dt.UTC).timestamp())}
    assert set(first.source_url) == {f"https://news.example.org/{d}" for d in EVENTS}
    assert (first.source == "Example Wire").all()


def test_export_filters_as_events_do(db, tmp_path):
    frame = _acled(db, tmp_path, country="HTI")
    assert list(frame.country) == ["Haiti"]
    assert len(_acled(db, tmp_path, date_from="2024-04-01")) == 2


def test_export_country_table_is_complete_and_valid():
    import pycountry

    codes = {c.alpha_3 for c in pycountry.countries}
    for code in codes | {"XKX"}:
        info = acled_csv.country_info(code)
        assert info is not None, code
        assert info.region in acled_csv.REGIONS
    caribbean = {c for c in codes if acled_csv.country_info(c).region == "Caribbean"}
    assert {"HTI", "CUB", "JAM", "DOM", "PRI", "TTO"} <= caribbean
    assert acled_csv.country_info("MEX").region == "Central America"


def test_export_parquet_has_dates_and_integers(db, tmp_path):
    import duckdb

    out = tmp_path / "e.parquet"
    assert export(db, "parquet", out) == 5
    types = {r[0]: r[1] for r in duckdb.sql(f"DESCRIBE SELECT * FROM '{out}'").fetchall()}
    assert types["date"] == "DATE"
    assert types["fatalities"] == "INTEGER" and types["char_start"] == "INTEGER"
    assert types["lat"] == "DOUBLE"
    assert duckdb.sql(f"SELECT max(fatalities) FROM '{out}'").fetchall() == [(6,)]


def test_export_streams_to_an_open_stream(db):
    buf = io.StringIO()
    assert export(db, "plover", buf, EventFilter(country="PSE")) == 2
    lines = buf.getvalue().splitlines()
    assert len(lines) == 2 and all(json.loads(ln)["event_loc"]["country_code"] == "PSE"
                                   for ln in lines)


def test_export_cli_writes_to_stdout_and_default_names(db, tmp_path):
    run = [sys.executable, "-m", "dateline", "export", "--db", str(db)]
    r = subprocess.run([*run, "-f", "acled", "-o", "-", "--country", "COD"],
                       capture_output=True, cwd=tmp_path, check=False)
    assert r.returncode == 0, r.stderr.decode()
    lines = r.stdout.decode().splitlines()
    assert lines[0].startswith("event_id_cnty,") and len(lines) == 2
    r = subprocess.run([*run, "-f", "parquet"], capture_output=True, cwd=tmp_path, check=False)
    assert r.returncode == 0 and (tmp_path / DEFAULT_NAMES["parquet"]).is_file()
    r = subprocess.run([*run, "-f", "acled", "--date-from", "2024-02-30"], capture_output=True,
                       cwd=tmp_path, check=False)
    assert r.returncode == 2 and b"--date-from" in r.stderr and b"Traceback" not in r.stderr


# --- PLOVER: the spec's JSON tables, read from the manual -----------------------------------

def _spec_tables(tex: str) -> dict[str, set[str]]:
    """Field names of each JSON table in the PLOVER manual, by caption."""
    tables = {}
    for caption, body in re.findall(r"\\caption\{([^}]*)\}((?:(?!\\caption).)*?)\\end\{tabular\}",
                                  tex, re.S):
        names = set()
        for line in body.splitlines():
            cell = line.split("&")[0].strip()
            if "&" in line and cell and cell not in ("Name",) and not cell.startswith("\\"):
                names.add(cell.replace("\\_", "_"))
        tables[caption.strip()] = names
    return tables


def test_export_plover_validates_against_the_spec_fields(db, shared_data):
    tex = (shared_data / "plover" / "PLOVER_MANUAL.tex").read_text(encoding="utf-8")
    tables = _spec_tables(tex)
    top = tables["PLOVER JSON"]
    entity = tables["Information object for entities"]
    cite = tables["Information object for citations"]
    loc = next(v for k, v in tables.items() if k.startswith("Location object"))
    assert {"id", "date", "actor", "event", "event_loc", "quad_code", "cite_info"} <= top
    buf = io.StringIO()
    assert export(db, "plover", buf) == 5
    records = [json.loads(ln) for ln in buf.getvalue().splitlines()]
    assert records
    lists = {"actor", "recipient", "event", "mode", "context", "event_text"}
    for rec in records:
        assert {"id", "date", "actor", "event"} <= set(rec)  # the required fields
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["date"])
        for name in lists & set(rec):
            assert isinstance(rec[name], list), name
        assert rec["quad_code"] in (1, 2, 3, 4)
        for ent in rec["actor"] + rec["recipient"]:
            assert set(ent) - {"parent"} <= entity and "entity_text" in ent
        assert set(rec["event_loc"]) <= loc and rec["event_loc"]["resolution"] in range(1, 6)
        assert set(rec["cite_info"]) <= cite and rec["cite_info"]["url"].startswith("https://")
    by_id = {r["id"]: r for r in records}
    assert by_id["c1c2e3f4a5b6c7d8"]["quad_code"] == 3  # an accusation: verbal conflict
    assert by_id["a1c2e3f4a5b6c7d8"]["event"] == ["ASSAULT"]
    assert by_id["a1c2e3f4a5b6c7d8"]["event_loc"]["resolution"] == 4
