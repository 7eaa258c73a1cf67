"""A user's mistakes, each answered by one line that says which file or record was wrong and
what to do; the API refuses what it does not understand instead of silently ignoring it."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from dateline.clean import clean
from dateline.errors import ReadError
from dateline.read import RawDocument, read_paths
from dateline.store import Store
from test_api import get

GOOD = "Police arrested three protesters in Goma on Monday, officials said."


def _errors(paths: list[Path]) -> list[str]:
    return [str(r) for r in read_paths([str(p) for p in paths]) if isinstance(r, ReadError)]


# name -> (bytes of a .jsonl file, words its single error line holds)
BINARY_JSONL = {
    "random bytes with NULs": (bytes(range(256)) * 40, "binary"),
    "NULs between broken lines": (b"\x00\x01{\n\x00\n" * 50, "binary"),
}


@pytest.mark.parametrize("name", sorted(BINARY_JSONL))
def test_audit_binary_jsonl_is_one_error(tmp_path, name):
    data, words = BINARY_JSONL[name]
    path = tmp_path / "junk.jsonl"
    path.write_bytes(data)
    errors = _errors([path])
    assert len(errors) == 1, errors
    assert words in errors[0] and "junk.jsonl" in errors[0]


def test_audit_jsonl_with_a_nul_tail_keeps_its_records(tmp_path):
    lines = [json.dumps({"id": f"r{i}", "text": GOOD}) for i in (1, 2)]
    path = tmp_path / "cut.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode() + b"\x00" * 4096)
    results = list(read_paths([str(path)]))
    assert [r.doc_id for r in results if isinstance(r, RawDocument)] == ["r1", "r2"]
    errors = [str(r) for r in results if isinstance(r, ReadError)]
    assert len(errors) == 1 and "cut.jsonl:3" in errors[0] and "binary" not in errors[0], errors


@pytest.mark.parametrize("prefix", [b"\xff\xfe", b"\xfe\xff"])
def test_audit_utf16_jsonl_is_still_read(tmp_path, prefix):
    encoding = "utf-16-le" if prefix == b"\xff\xfe" else "utf-16-be"
    path = tmp_path / "wide.jsonl"
    path.write_bytes(prefix + (json.dumps({"id": "w", "text": GOOD}) + "\n").encode(encoding))
    docs = [r for r in read_paths([str(path)]) if isinstance(r, RawDocument)]
    assert [d.doc_id for d in docs] == ["w"]


# record -> words its error line holds besides the file's name
RECORDS = {
    "no text left": ({"id": "only-chrome", "text": "x" * 5000}, ":2"),
    "html without text": ({"id": "bare-page", "text": "<html><body><script>1</script></body>"
                                                      "</html>"}, ":2"),
    "no id": ({"text": "Select Page"}, ":2"),
}


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_audit_record_that_cannot_be_cleaned_is_named(tmp_path, name):
    record, words = RECORDS[name]
    path = tmp_path / "many.jsonl"
    path.write_text(json.dumps({"id": "fine", "text": GOOD}) + "\n" + json.dumps(record) + "\n",
                    encoding="utf-8")
    messages = []
    for raw in read_paths([str(path)]):
        assert isinstance(raw, RawDocument)
        try:
            clean(raw)
        except ReadError as err:
            messages.append(str(err))
    assert len(messages) == 1 and "many.jsonl" in messages[0] and words in messages[0], messages


def test_audit_record_failing_after_cleaning_is_named(tmp_path):
    from dateline.results import failed

    path = tmp_path / "batch.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": GOOD}) + "\n" for i in ("p", "q")),
                    encoding="utf-8")
    articles = [clean(r) for r in read_paths([str(path)]) if isinstance(r, RawDocument)]
    errors = [str(r.error) for r in failed(articles, "the parser stopped")]
    assert [e.split(": ")[0] for e in errors] == [f"{path}:1", f"{path}:2"], errors


def one_event_store(db: Path, source: object = None) -> Path:
    """A store holding one article and its one event (done by ``source``)."""
    from dateline.records import Article, Event

    with Store(db) as store:
        store.add([(Article(doc_id="d", text=GOOD), [Event(
            event_id="e1", doc_id="d", event_type="COERCE", mode="arrest", status="actual",
            cameo_root="17", acled_event_type=None, acled_sub_event_type=None,
            source=source, target=None, location=None, date="2024-01-01", date_precision="day",
            fatalities=None, injuries=None, attribution=None, sentence=GOOD, char_start=0,
            char_end=6)])])
    return db


@pytest.fixture(scope="module")
def small_db(tmp_path_factory) -> Path:
    return one_event_store(tmp_path_factory.mktemp("audit") / "a.duckdb")


def _get(db: Path, url: str) -> httpx.Response:
    from dateline.serve.app import create_app

    return get(create_app(db), url)


# url -> status, words of the error message (None when it must answer)
QUERIES = {
    "/api/events?evnt_type=ASSAULT": (400, "evnt_type"),
    "/api/events?limit=5&sort=date": (400, "sort"),
    "/api/stats/countries?limit=-1": (400, "limit"),
    "/api/stats/timeline?bucket=day": (400, "bucket"),
    "/api/meta?x=1": (400, "x"),
    "/api/events?event_type=COERCE&limit=5": (200, None),
    "/api/stats/timeline?interval=month&country=COD&q=arrested": (200, None),
    "/api/stats/actor_pairs?limit=60&event_type=COERCE": (200, None),
}


@pytest.mark.parametrize("url", sorted(QUERIES))
def test_audit_api_unknown_parameter_is_a_400(small_db, url):
    status, words = QUERIES[url]
    res = _get(small_db, url)
    assert res.status_code == status, res.text
    if words:
        message = res.json()["error"]["message"]
        assert words in message and "\n" not in message


@pytest.mark.parametrize("country", ["COD", "cod", "Cod"])
def test_audit_api_country_in_any_case(tmp_path, country):
    from dateline.records import Actor

    police = Actor(text="Police", name="police", country="COD", sector="COP")
    db = one_event_store(tmp_path / "c.duckdb", police)
    assert _get(db, f"/api/events?country={country}").json()["total"] == 1


def test_audit_store_held_by_another_process_says_so(tmp_path):
    import subprocess
    import sys

    from dateline.errors import StoreError

    db = tmp_path / "held.duckdb"
    Store(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
         "print('held', flush=True); time.sleep(60)", str(db)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        for read_only in (False, True):
            with pytest.raises(StoreError) as caught:
                Store(db, read_only=read_only)
            message = str(caught.value)
            assert "in use by another program" in message and str(holder.pid) in message
            assert "\n" not in message and "not a valid" not in message
    finally:
        holder.kill()
        holder.wait()


# --db that the file system refuses -> words of the one error line
BAD_DB = {
    "missing/s.duckdb": "No such file or directory",
    "a-folder": "cannot open",
}


@pytest.mark.parametrize("where", sorted(BAD_DB))
def test_audit_store_path_refused_says_why(tmp_path, where):
    from dateline.errors import StoreError

    (tmp_path / "a-folder").mkdir()
    with pytest.raises(StoreError) as caught:
        Store(tmp_path / where)
    message = str(caught.value)
    assert BAD_DB[where] in message and "\n" not in message
    if where.startswith("missing"):
        assert "folder exists" in message and "not a valid" not in message
