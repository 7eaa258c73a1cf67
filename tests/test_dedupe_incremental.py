"""Incremental dedupe: clustering a new batch against its neighbourhood in the store gives what
clustering the whole store anew gives."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline import dedupe
from dateline.records import Actor, Article, Event, Place
from dateline.store import Store

_PLACES = [
    Place(name="Rafah", country="PSE", lat=31.297, lon=34.244, precision=1),
    Place(name="Khan Yunis", country="PSE", lat=31.340, lon=34.306, precision=1),
    Place(name="Jenin", country="PSE", lat=32.459, lon=35.301, precision=1),
    Place(name="Gaza Strip", country="PSE", lat=31.4, lon=34.4, precision=3),
    None,
]
_ACTORS = [None, Actor(text="Israeli army", name="Israeli army", country="ISR", sector="MIL"),
           Actor(text="gunmen", sector="UAF"), Actor(text="he"),
           Actor(text="Hamas", name="Hamas", country="PSE", sector="REB")]
_SENTENCES = ["Troops raided the camp.", "Gunmen attacked a checkpoint.", "Police arrested two."]

_event = st.fixed_dictionaries({
    "etype": st.sampled_from(["ASSAULT", "COERCE", "PROTEST"]),
    "place": st.sampled_from(range(len(_PLACES))),
    "day": st.integers(0, 9),
    "precision": st.sampled_from(["day", "day", "week", "month"]),
    "source": st.sampled_from(range(len(_ACTORS))),
    "target": st.sampled_from(range(len(_ACTORS))),
    "sentence": st.sampled_from(range(len(_SENTENCES))),
    "fatalities": st.sampled_from([None, 2, 3]),
    "status": st.sampled_from(["actual", "actual", "negated"]),
})
_doc = st.tuples(st.integers(0, 9), st.lists(_event, min_size=0, max_size=3))
_batches = st.lists(st.lists(_doc, min_size=1, max_size=3), min_size=2, max_size=3)


def _build(batches: list[list[tuple[int, list[dict]]]]) -> list[list[tuple[Article, list[Event]]]]:
    out = []
    n = 0
    for batch in batches:
        docs = []
        for pub, evs in batch:
            n += 1
            doc = f"d{n:02d}"
            base = dt.date(2024, 3, 1)
            events = [Event(
                event_id=f"{doc}e{i}", doc_id=doc, event_type=e["etype"], mode=None,
                status=e["status"], cameo_root=None, acled_event_type=None,
                acled_sub_event_type=None, source=_ACTORS[e["source"]],
                target=_ACTORS[e["target"]], location=_PLACES[e["place"]],
                date=(base + dt.timedelta(days=e["day"])).isoformat(),
                date_precision=e["precision"], fatalities=e["fatalities"], injuries=None,
                attribution=None, sentence=_SENTENCES[e["sentence"]], char_start=i * 3,
                char_end=i * 3 + 2, trigger="raided") for i, e in enumerate(evs)]
            pubdate = (dt.date(2024, 3, 1) + dt.timedelta(days=pub)).isoformat()
            docs.append((Article(doc_id=doc, text=f"text of {doc}", pubdate=pubdate), events))
        out.append(docs)
    return out


def _clusters(store: Store) -> dict[str, str]:
    return dict(store.con.execute("SELECT event_id, cluster_id FROM events").fetchall())


_STORES = (Store(":memory:"), Store(":memory:"))  # emptied for each example (opening is slow)


@settings(max_examples=20, deadline=None)
@given(batches=_batches)
def test_dedupe_incremental_equals_full_run(batches):
    built = _build(batches)
    inc, full = _STORES
    for store in _STORES:
        store.con.execute("DELETE FROM events")
        store.con.execute("DELETE FROM articles")
    for batch in built:
        stats = inc.add(batch)
        dedupe.run_incremental(inc, stats.added_ids)
        full.add(batch)
        dedupe.run(full)
        assert _clusters(inc) == _clusters(full)


def test_dedupe_incremental_loads_only_the_neighbourhood(tmp_path):
    far = Place(name="Jenin", country="PSE", lat=32.459, lon=35.301, precision=1)
    near = Place(name="Rafah", country="PSE", lat=31.297, lon=34.244, precision=1)

    def ev(doc: str, i: int, place: Place, day: int) -> Event:
        return Event(event_id=f"{doc}-{i}", doc_id=doc, event_type="ASSAULT", mode=None,
                     status="actual", cameo_root=None, acled_event_type=None,
                     acled_sub_event_type=None, source=Actor(text="Israeli army",
                                                             name="Israeli army", sector="MIL"),
                     target=None, location=place, date=f"2024-03-{day:02d}",
                     date_precision="day", fatalities=None, injuries=None, attribution=None,
                     sentence=f"Sentence {doc} {i}.", char_start=0, char_end=5)

    with Store(tmp_path / "s.duckdb") as store:
        # 40 stored events far away or weeks earlier, 1 in the window at the same place
        old = [(Article(doc_id=f"old{i}", text=f"old {i}", pubdate="2024-03-01"),
                [ev(f"old{i}", 0, far if i % 2 else near, 1 if i % 2 == 0 else 20)])
               for i in range(40)]
        old.append((Article(doc_id="same", text="same", pubdate="2024-03-19"),
                    [ev("same", 0, near, 20)]))
        store.add(old)
        dedupe.run(store)
        stats = store.add([(Article(doc_id="new", text="new", pubdate="2024-03-20"),
                            [ev("new", 0, near, 20)])])
        result = dedupe.run_incremental(store, stats.added_ids)
        assert result.events == 2  # the new event and its one neighbour, not the whole store
        assert result.merged == 1
        assert _clusters(store)["new-0"] == "same-0"
