"""Stage ``dedupe``: events of several reports that are one happening share a ``cluster_id``.

Two events from *different* documents are the same happening when

* they have the same PLOVER type, and neither is negated while the other is not;
* their actors are compatible: for source and for target, one is unknown, or both name the same
  actor, or they differ only in wording — never two different countries, nor a state force and
  a non-state group (sector families, see ``_FAMILY``);
* their places are known to the town (precision 1 or 2) and within ``radius_km`` of each other;
* their dates are known to the day or week and within ``window_days`` (plus a week for a
  week-precise date);
* and something agrees beyond compatibility: the source or the target by name (a name that only
  says what kind of actor it is, "India police", counts within a day only), the same death toll,
  or the very same town (precision 1, within a fifth of the radius) on the very same day.
  Among candidates, agreeing names and tolls weigh most, then nearness in time and space, then
  the same mode (air strike, shelling …).

Events placed only in a region or country, dated only to a month or year, or without place or
date, are too vague to be told apart: they merge only as copies (below).

The very same sentence with the same trigger (two copies of one report, a syndicated story) is
always one happening. A cluster never holds two events of one document, so the distinct events of
a report stay distinct however alike they are. Clusters are grown greedily from the earliest report
(publication date, then document id) and each event joins the most similar compatible cluster;
``cluster_id`` is the ``event_id`` of the cluster's first event. The whole store is clustered anew
on each run, so a re-run on the same data changes nothing. The events themselves (the mentions)
stay as they are; :meth:`dateline.store.Store.iter_events` shows one row per cluster with its
``sources``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from .actor_country_names import SECTOR_LABELS
from .errors import ConfigError, StoreError
from .store import insert_rows
from .sectors import load_sectors
from .toponyms import distance_km

__all__ = ["run", "run_incremental", "DedupeStats", "Settings", "DEFAULT_RADIUS_KM",
           "DEFAULT_WINDOW_DAYS", "cluster"]

#: Places further apart than this are different happenings.
DEFAULT_RADIUS_KM = 25.0
#: Dates further apart than this (in days) are different happenings.
DEFAULT_WINDOW_DAYS = 2

_PRECISION_SLACK = {"day": 0, "week": 7, "month": 31, "year": 366, "decade": 3653}
#: A date of no precision is the publication date standing in for one the text does not give:
#: it compares as the weakest precision, never as a day.
_NO_PRECISION_SLACK = max(_PRECISION_SLACK.values())


@dataclass(frozen=True, slots=True)
class Settings:
    radius_km: float = DEFAULT_RADIUS_KM
    window_days: int = DEFAULT_WINDOW_DAYS


@dataclass(frozen=True, slots=True)
class DedupeStats:
    events: int
    clusters: int
    merged: int  # events that joined another event's cluster
    changed: int  # rows whose cluster_id this run changed

    @classmethod
    def of(cls, n_events: int, assigned: dict[str, str], changed: int) -> DedupeStats:
        """The figures of ``n_events`` events clustered as ``assigned`` (event → cluster)."""
        clusters = len(set(assigned.values()))
        return cls(events=n_events, clusters=clusters, merged=n_events - clusters,
                   changed=changed)


@dataclass(frozen=True, slots=True)
class _Ev:
    event_id: str
    doc_id: str
    event_type: str
    negated: bool
    source: tuple[str | None, str | None, str | None]  # (name key, country, sector)
    target: tuple[str | None, str | None, str | None]
    lat: float | None
    lon: float | None
    region: bool
    exact: bool  # the town itself (precision 1), named in the event's own sentence
    country: str | None
    day: int | None
    slack: int
    sentence_key: tuple[str, int, str]
    fatalities: int | None = None
    mode: str | None = None


#: Words that name no one in particular: they never make two events the same happening.
_NOBODY = frozenset({"he", "she", "it", "they", "we", "i", "you", "who", "that", "which", "this",
                     "those", "these", "them", "him", "her", "us", "one", "some", "others",
                     "people", "officials", "sources", "witnesses", "residents"})


def _actor(name: Any, text: Any, country: Any, sector: Any) -> tuple[str | None, str | None,
                                                                      str | None]:
    """(identity key, country, sector) of an actor; the key is ``None`` for pronouns, generic
    words and bare sector codes, which say what kind of actor it is but not which one."""
    key = name if name and not (str(name).isupper() and str(name) == sector) else text
    norm = " ".join(str(key).lower().split()) if key else None
    if norm in _NOBODY or (norm and norm.upper() == sector):
        norm = None
    return (norm, country or None, sector or None)


#: Sector families (data/sectors.tsv): two reports may name one actor differently ("gunmen",
#: "militants"), but not a state force and a non-state one, nor armed men and civilians.
_FAMILY = {code: s.family for code, s in load_sectors().items()}


def _actors_fit(a: tuple[str | None, str | None, str | None],
                b: tuple[str | None, str | None, str | None]) -> tuple[bool, bool]:
    """(compatible, same actor by name)."""
    if a[0] is not None and a[0] == b[0]:
        return True, True
    if a[1] and b[1] and a[1] != b[1]:
        return False, False
    fa, fb = _FAMILY.get(a[2] or "", a[2]), _FAMILY.get(b[2] or "", b[2])
    if fa and fb and fa != fb:
        return False, False
    return True, False


#: Last words of the names given to actors known only by kind ("India police", "Syria military").
_KINDS = frozenset(label.split()[-1].lower() for label in SECTOR_LABELS.values())


def _generic(actor: tuple[str | None, str | None, str | None]) -> bool:
    return actor[0] is None or actor[0].split()[-1] in _KINDS


def _similarity(a: _Ev, b: _Ev, s: Settings) -> float | None:
    """How alike two events are, or ``None`` when they cannot be the same happening."""
    if a.doc_id == b.doc_id or a.event_type != b.event_type:
        return None
    if a.sentence_key == b.sentence_key:
        return 100.0
    if a.negated != b.negated:
        return None
    # only events placed in time and space precisely enough can be told to be one happening
    if not (_timed(a) and _timed(b)):
        return None
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None or a.region or b.region:
        return None
    src_ok, src_same = _actors_fit(a.source, b.source)
    tgt_ok, tgt_same = _actors_fit(a.target, b.target)
    if not (src_ok and tgt_ok):
        return None
    gap = abs(a.day - b.day)
    if gap > s.window_days + max(a.slack, b.slack):
        return None
    d = distance_km(a.lat, a.lon, b.lat, b.lon)
    if d > s.radius_km:
        return None
    if gap > 1:  # days apart, "Indian police" in both says little: a name must be specific
        src_same = src_same and not _generic(a.source)
        tgt_same = tgt_same and not _generic(a.target)
    same_spot = gap == 0 and d <= s.radius_km / 5 and a.exact and b.exact
    same_toll = bool(a.fatalities) and a.fatalities == b.fatalities
    if not (src_same or tgt_same or same_spot or same_toll):
        return None  # compatible is not enough: some actor, the very place and day, or the
        # death toll must agree
    score = 1.0 - gap / (s.window_days + max(a.slack, b.slack) + 1)
    score += 1.0 - d / (s.radius_km + 1)
    score += 0.5 * (a.mode is not None and a.mode == b.mode)
    return score + 1.5 * src_same + 1.5 * tgt_same + 1.5 * same_toll


def _timed(e: _Ev) -> bool:
    """``e`` is dated precisely enough (to the day or week) to be told apart by its time."""
    return e.day is not None and e.slack <= _PRECISION_SLACK["week"]


def cluster(events: list[_Ev], settings: Settings) -> dict[str, str]:
    """event_id → cluster_id. ``events`` must be in report order (earliest report first)."""
    out: dict[str, str] = {}
    by_type: dict[str, list[_Ev]] = defaultdict(list)
    for e in events:
        by_type[e.event_type].append(e)
    for group in by_type.values():
        clusters: list[list[_Ev]] = []
        by_day: dict[int, list[int]] = defaultdict(list)
        by_sentence: dict[tuple[str, int, str], list[int]] = defaultdict(list)
        for e in group:
            seen: set[int] = set()
            cands = list(by_sentence.get(e.sentence_key, ()))
            if _timed(e):
                # clusters are filed under every day their first event may stand for
                wide = settings.window_days + e.slack
                for d in range(e.day - wide, e.day + wide + 1):
                    cands.extend(by_day.get(d, ()))
            best: tuple[float, int] | None = None
            for ci in cands:
                if ci in seen:
                    continue
                seen.add(ci)
                members = clusters[ci]
                if any(m.doc_id == e.doc_id for m in members):
                    continue
                # the copy of any member is the same happening; otherwise judge by the first
                # (earliest) report, so a cluster does not drift from one event to the next
                if any(m.sentence_key == e.sentence_key for m in members):
                    sim: float | None = 100.0
                else:
                    sim = _similarity(members[0], e, settings)
                if sim is None:
                    continue
                if best is None or sim > best[0] or (sim == best[0] and ci < best[1]):
                    best = (sim, ci)
            if best is None:
                ci = len(clusters)
                clusters.append([e])
                if _timed(e):  # what is vaguer merges only as a copy
                    for d in range(e.day - e.slack, e.day + e.slack + 1):
                        by_day[d].append(ci)
                by_sentence[e.sentence_key].append(ci)
            else:
                ci = best[1]
                clusters[ci].append(e)
                by_sentence[e.sentence_key].append(ci)  # so that copies of this member find it
            out[e.event_id] = clusters[ci][0].event_id
    return out


_COLUMNS = """
    SELECT e.event_id, e.doc_id, e.event_type, e.status,
           e.source_name, e.source_text, e.source_country, e.source_sector,
           e.target_name, e.target_text, e.target_country, e.target_sector,
           e.lat, e.lon, e.geo_precision, e.loc_country, e.date, e.date_precision,
           e.sentence, e.char_start - e.sent_start AS offset, e.trigger, e.cluster_id,
           a.pubdate, e.fatalities, e.mode
"""
_ORDER = " ORDER BY a.pubdate NULLS LAST, e.doc_id, e.char_start, e.event_id"
_QUERY = _COLUMNS + " FROM events e LEFT JOIN articles a USING (doc_id)" + _ORDER
# the events of some clusters and the seed events, then their articles' dates
_LOCAL = (_COLUMNS + " FROM (SELECT * FROM events WHERE cluster_id IN (SELECT unnest(?)) "
          "OR event_id IN (SELECT event_id FROM dedupe_seeds)) e "
          "LEFT JOIN (SELECT doc_id, pubdate FROM articles) a USING (doc_id)" + _ORDER)


def _load(con: Any, sql: str = _QUERY) -> tuple[list[_Ev], dict[str, str | None]]:
    return _load_params(con, sql, [])


def _load_params(con: Any, sql: str, params: list[Any]) -> tuple[list[_Ev], dict[str, str | None]]:
    rows = con.execute(sql, params).fetchall()
    events: list[_Ev] = []
    current: dict[str, str | None] = {}
    for (eid, doc, etype, status, sn, st, sc, ss, tn, tt, tc, ts, lat, lon, prec, lcountry,
         date, dprec, sentence, offset, trigger, cid, _pub, fatalities, mode) in rows:
        if isinstance(date, str):
            date = dt.date.fromisoformat(date)
        events.append(_Ev(
            event_id=eid, doc_id=doc, event_type=etype, negated=status == "negated",
            source=_actor(sn, st, sc, ss), target=_actor(tn, tt, tc, ts),
            lat=lat, lon=lon, region=(prec or 1) >= 3, exact=prec == 1, country=lcountry,
            day=date.toordinal() if date else None,
            slack=_PRECISION_SLACK.get(dprec, _NO_PRECISION_SLACK),
            sentence_key=(" ".join((sentence or "").split()), int(offset or 0), trigger or ""),
            fatalities=fatalities, mode=mode,
        ))
        current[eid] = cid
    return events, current


def run(store_or_con: Any, *, radius_km: float = DEFAULT_RADIUS_KM,
        window_days: int = DEFAULT_WINDOW_DAYS) -> DedupeStats:
    """Cluster every event of a store (a :class:`~dateline.store.Store` or DuckDB connection)."""
    if radius_km < 0:
        raise ConfigError(f"--radius-km must not be negative (got {radius_km})")
    if window_days < 0:
        raise ConfigError(f"--window-days must not be negative (got {window_days})")
    con = getattr(store_or_con, "con", store_or_con)
    import duckdb

    settings = Settings(radius_km=radius_km, window_days=window_days)
    try:
        events, current = _load(con)
        assigned = cluster(events, settings)
        changed = _write(con, assigned, current)
    except duckdb.Error as err:
        raise StoreError(f"dedupe failed: {str(err).splitlines()[0]}") from err
    return DedupeStats.of(len(events), assigned, len(changed))


_ASSIGN_COLUMNS = (("event_id", "VARCHAR"), ("cluster_id", "VARCHAR"))


def _write(con: Any, assigned: dict[str, str], current: dict[str, str | None]) -> list[str]:
    """Store the cluster ids that changed, in one transaction; the ids of the events changed."""
    import duckdb

    changed = [(cid, eid) for eid, cid in assigned.items() if current.get(eid) != cid]
    if changed:
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("CREATE TEMP TABLE IF NOT EXISTS dedupe_assign "
                        "(event_id VARCHAR, cluster_id VARCHAR)")
            con.execute("DELETE FROM dedupe_assign")
            insert_rows(con, "dedupe_assign", _ASSIGN_COLUMNS,
                        [(eid, cid) for cid, eid in changed])
            con.execute("UPDATE events SET cluster_id = d.cluster_id FROM dedupe_assign d "
                        "WHERE events.event_id = d.event_id")
            con.execute("COMMIT")
        except duckdb.Error:
            con.execute("ROLLBACK")
            raise
    return [eid for _cid, eid in changed]


#: Rounds of widening the neighbourhood of a batch before falling back to a full run.
_MAX_ROUNDS = 4

# Events that may share a cluster with a seed event, found in SQL among those of the same type:
# copies (the same trigger at the same offset; the sentences are compared in Python, as
# ``cluster`` compares them), and events dated within the window (plus the week a week-precise
# date may stand for, for both events) and placed within a box around the radius (the exact
# distance is judged in Python). Then every event of their clusters.
_SEEDS = "WITH seeds AS (SELECT e.* FROM events e JOIN dedupe_seeds s USING (event_id)) "
_COPIES = _SEEDS + """
    SELECT o.cluster_id, o.sentence, n.sentence FROM events o JOIN seeds n
      ON o.event_type = n.event_type AND coalesce(o.trigger, '') = coalesce(n.trigger, '')
         AND o.char_start - o.sent_start = n.char_start - n.sent_start
"""
_NEAR = _SEEDS + """
    SELECT DISTINCT o.cluster_id FROM events o JOIN seeds n
      ON o.event_type = n.event_type AND o.date >= n.date - CAST(? AS INTEGER)
         AND o.date <= n.date + CAST(? AS INTEGER) AND o.lat >= n.lat - ? AND o.lat <= n.lat + ?
    WHERE abs(o.lon - n.lon) * cos(radians(least(abs(n.lat) + ?, 89.9))) <= ?
"""


def _neighbourhood(con: Any, days: int, deg: float) -> list[str]:
    """Cluster ids of the events that may be the same happening as a seed event."""
    def norm(text: str | None) -> str:
        return " ".join((text or "").split())

    ids = {cid for cid, a, b in con.execute(_COPIES).fetchall() if norm(a) == norm(b)}
    ids.update(cid for (cid,) in con.execute(_NEAR, [days, days, deg, deg, deg, deg]).fetchall())
    return sorted(ids)


def run_incremental(store_or_con: Any, doc_ids: list[str], *,
                    radius_km: float = DEFAULT_RADIUS_KM,
                    window_days: int = DEFAULT_WINDOW_DAYS) -> DedupeStats:
    """Cluster the events of newly stored documents ``doc_ids`` into the store's clusters.

    Only the neighbourhood of the new events is loaded and clustered anew: events found in SQL
    that could be the same happening, and every event of their clusters. When that moves an
    older event to another cluster, its own neighbourhood is taken in too, until nothing more
    moves (a few rounds, else the whole store is clustered). The outcome is the one :func:`run`
    gives; the cost follows the size of the batch and its neighbourhood, not of the store.
    ``events``/``clusters`` in the stats count the neighbourhood.
    """
    if radius_km < 0 or window_days < 0:
        return run(store_or_con, radius_km=radius_km, window_days=window_days)  # its error
    con = getattr(store_or_con, "con", store_or_con)
    import duckdb

    settings = Settings(radius_km=radius_km, window_days=window_days)
    deg = radius_km / 111.0 * 1.1 + 0.01  # degrees of latitude covering the radius, with margin
    days = window_days + 2 * _PRECISION_SLACK["week"]
    try:
        con.execute("CREATE TEMP TABLE IF NOT EXISTS dedupe_seeds (event_id VARCHAR)")
        con.execute("DELETE FROM dedupe_seeds")
        con.execute("INSERT INTO dedupe_seeds SELECT event_id FROM events "
                    "WHERE doc_id IN (SELECT unnest(?))", [list(doc_ids)])
        total_changed = 0
        events: list[_Ev] = []
        assigned: dict[str, str] = {}
        for _round in range(_MAX_ROUNDS):
            events, current = _load_params(con, _LOCAL, [_neighbourhood(con, days, deg)])
            assigned = cluster(events, settings)
            seeds = {eid for (eid,) in con.execute("SELECT event_id FROM dedupe_seeds").fetchall()}
            changed = _write(con, assigned, current)
            total_changed += len(changed)
            moved = [eid for eid in changed if eid not in seeds]
            if not moved:
                break
            insert_rows(con, "dedupe_seeds", [("event_id", "VARCHAR")],
                        [(eid,) for eid in moved])
        else:
            return run(con, radius_km=radius_km, window_days=window_days)
    except duckdb.Error as err:
        raise StoreError(f"dedupe failed: {str(err).splitlines()[0]}") from err
    return DedupeStats.of(len(events), assigned, total_changed)
