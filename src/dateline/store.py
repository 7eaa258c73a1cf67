"""Stage ``store``: articles, events and their evidence in a DuckDB file.

Ingest is idempotent (a document whose id and content hash are stored is skipped), re-codes a
document whose content changed (its old rows are replaced), and is atomic per document: a
document's article row and event rows are written, or replaced, in one transaction, so an
interrupted run leaves either the whole document or none of it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import StoreError, printable
from .language import coded
from .records import Article, Event
from .schema import from_store, store_columns, store_values

if TYPE_CHECKING:
    from .frames import EventList

__all__ = ["Store", "EventFilter", "IngestStats", "SCHEMA_VERSION", "insert_rows"]

SCHEMA_VERSION = 1

#: The events table: the event's own columns (declared on the record, see ``schema``) and the
#: cluster it was merged into by dedupe (itself until then). Files written before a nullable
#: column was added gain it when opened for writing.
_EVENT_COLUMNS = (*store_columns(Event), ("cluster_id", "VARCHAR"))
_EVENT_COLS = tuple(name for name, _ in _EVENT_COLUMNS)

_DDL = f"""
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    doc_id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    title VARCHAR, url VARCHAR, outlet VARCHAR,
    pubdate DATE, pubdate_guessed BOOLEAN,
    dateline_place VARCHAR, path VARCHAR,
    text VARCHAR NOT NULL,
    n_events INTEGER NOT NULL,
    ingested_at TIMESTAMP NOT NULL,
    language VARCHAR,
    genre VARCHAR
);
CREATE TABLE IF NOT EXISTS events (
    {", ".join(f"{name} {sql}" for name, sql in _EVENT_COLUMNS)}
);
{"".join(f"ALTER TABLE events ADD COLUMN IF NOT EXISTS {name} {sql};" + chr(10)
         for name, sql in _EVENT_COLUMNS if "NOT NULL" not in sql and "KEY" not in sql)}\
CREATE INDEX IF NOT EXISTS events_doc ON events (doc_id);
CREATE INDEX IF NOT EXISTS events_cluster ON events (cluster_id);
CREATE INDEX IF NOT EXISTS articles_hash ON articles (content_hash);
ALTER TABLE articles ADD COLUMN IF NOT EXISTS language VARCHAR;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS genre VARCHAR;
"""
_ARTICLE_COLS = ("doc_id", "content_hash", "title", "url", "outlet", "pubdate", "pubdate_guessed",
                 "dateline_place", "path", "text", "n_events", "ingested_at", "language",
                 "genre")


class _BatchFailed(Exception):
    """A document of a batch written in one transaction failed: the batch was undone."""


@dataclass
class IngestStats:
    added: int = 0
    replaced: int = 0  # stored before with other content: re-coded
    skipped: int = 0
    failed: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)
    #: documents without a publication date whose relative dates were left empty:
    #: (doc_id, the first such expression)
    undated: list[tuple[str, str]] = field(default_factory=list)
    other_language: int = 0  # stored, not coded: not in a language the coder reads
    languages: dict[str, int] = field(default_factory=dict)  # of those, how many per language
    added_ids: list[str] = field(default_factory=list)  # documents stored by this call

    def merge(self, other: IngestStats) -> None:
        """Add another batch's counts to these."""
        self.added += other.added
        self.replaced += other.replaced
        self.skipped += other.skipped
        self.failed += other.failed
        self.events += other.events
        self.errors += other.errors
        self.other_language += other.other_language
        for lang, n in other.languages.items():
            self.languages[lang] = self.languages.get(lang, 0) + n
        self.added_ids += other.added_ids
        self.undated += other.undated


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters shared by the CLI, the API and exports. All values are bound as SQL parameters."""

    def check(self, names: dict[str, str] | None = None) -> EventFilter:
        """This filter, or :class:`StoreError` for an event type or country that no stored
        event can have (a misspelling would otherwise answer with nothing); ``names`` gives
        the fields' names as the caller's user knows them (``{"event_type": "--event-type"}``).
        An empty value means no filter, as in :meth:`where`."""
        from .code.lexicon import PLOVER_TYPES

        names = names or {}
        if self.event_type and self.event_type.upper() not in PLOVER_TYPES:
            raise StoreError(f"{names.get('event_type', 'event_type')} must be one of "
                             f"{', '.join(sorted(PLOVER_TYPES))}")
        if self.country and not (len(self.country) == 3 and self.country.isalpha()):
            raise StoreError(f"{names.get('country', 'country')} must be an ISO 3166 alpha-3 "
                             f"code such as SDN")
        return self

    event_type: str | None = None
    mode: str | None = None
    status: str | None = None
    country: str | None = None
    actor: str | None = None
    location: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    min_fatalities: int | None = None
    q: str | None = None
    doc_id: str | None = None
    limit: int | None = None
    offset: int = 0

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.event_type:
            clauses.append("upper(e.event_type) = upper(?)")
            params.append(self.event_type)
        if self.mode:
            clauses.append("lower(e.mode) = lower(?)")
            params.append(self.mode)
        if self.status:
            clauses.append("lower(e.status) = lower(?)")
            params.append(self.status)
        if self.country:
            clauses.append(
                "(upper(e.loc_country) = upper(?) OR upper(e.source_country) = upper(?) "
                "OR upper(e.target_country) = upper(?))"
            )
            params += [self.country] * 3
        if self.actor:
            clause, values = _actor_clause(self.actor)
            clauses.append(clause)
            params += values
        if self.location:
            clauses.append(f"(e.loc_name {_ILIKE} OR e.loc_admin1 {_ILIKE})")
            params += [_contains(self.location)] * 2
        if self.date_from:
            clauses.append("e.date >= CAST(? AS DATE)")
            params.append(self.date_from)
        if self.date_to:
            clauses.append("e.date <= CAST(? AS DATE)")
            params.append(self.date_to)
        if self.min_fatalities is not None:
            clauses.append("coalesce(e.fatalities, 0) >= ?")
            params.append(self.min_fatalities)
        if self.q:
            clauses.append(f"e.sentence {_ILIKE}")
            params.append(_contains(self.q))
        if self.doc_id:
            clauses.append("e.doc_id = ?")
            params.append(self.doc_id)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


_ILIKE = "ILIKE ? ESCAPE '\\'"


def _actor_clause(query: str) -> tuple[str, list[Any]]:
    """Events whose actor or recipient is ``query``: its words in the name or the text, or, for
    a party named with its country as the dashboard's network names it ("Mali military",
    "Bangladesh protesters"), that country's code and the rest of the words."""
    sides = [f"e.{side}_name {_ILIKE} OR e.{side}_text {_ILIKE}" for side in ("source", "target")]
    clause = " OR ".join(sides)
    values: list[Any] = [_contains(query)] * 4
    split = _country_prefix(query)
    if split is not None:
        code, rest = split
        for side in ("source", "target"):
            clause += (f" OR (e.{side}_country = ? AND (e.{side}_name {_ILIKE} "
                       f"OR e.{side}_text {_ILIKE}))")
            values += [code, _contains(rest), _contains(rest)]
    return f"({clause})", values


def _country_prefix(query: str) -> tuple[str, str] | None:
    """(ISO3 code, the words after it) when ``query`` opens with a country's name."""
    from .actors import load_dictionary

    low = query.strip().lower()
    for code, name in load_dictionary().country_names.items():
        n = name.lower()
        if low.startswith(n + " ") and low[len(n):].strip():
            return code, query.strip()[len(n):].strip()
    return None


def _contains(text: str) -> str:
    """An ILIKE pattern matching ``text`` anywhere, its own ``%``, ``_`` and ``\\`` literal."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def insert_rows(con: Any, table: str, columns: Sequence[tuple[str, str]],
                rows: Sequence[Sequence[Any]], *, or_ignore: bool = False) -> None:
    """Insert ``rows`` (values in the order of ``columns``, each a (name, SQL type) pair) in one
    statement: each column's values travel as one typed list and are unnested side by side,
    which costs one statement however many rows, where ``executemany`` runs one per row."""
    if not rows:
        return
    names = ", ".join(name for name, _ in columns)
    lists = ", ".join(f"unnest(?::{sql.split()[0]}[])" for _, sql in columns)
    values = [list(col) for col in zip(*rows, strict=True)]
    con.execute(f"INSERT {'OR IGNORE ' if or_ignore else ''}INTO {table} ({names}) "
                f"SELECT {lists}", values)


def event_row(e: Event) -> list[Any]:
    """The values of ``_EVENT_COLS`` for a new event (its own cluster)."""
    return [*store_values(e), e.event_id]


def event_from_row(row: dict[str, Any]) -> Event:
    return from_store(Event, row)  # type: ignore[no-any-return]


def _open_failure(path: Path, message: str) -> str:
    """One line on why a DuckDB file did not open; a lock held by another process says so,
    and what to do, rather than suggesting the file is not a database."""
    first = message.splitlines()[0] if message else "unknown error"
    if "Could not set lock" in first:
        holder = re.search(r"\(PID (\d+)\)", first)
        who = f" (process {holder.group(1)})" if holder else ""
        return (f"{path}: in use by another program{who}; a DuckDB file has one writer at a "
                f"time: wait for it to finish, or stop it, and run this again")
    cause = re.search(r'Cannot open file "[^"]*": (.+)$', first)
    if cause:  # the file system refused: the folder is missing, read-only, or not a file
        return (f"{path}: cannot open or create the file: {cause.group(1)} (check that its "
                f"folder exists and can be written, or name another --db)")
    return f"{path}: cannot open as a DuckDB database: {first}"


class Store:
    """A dateline DuckDB file. Use as a context manager."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        import duckdb

        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such database file (run `dateline ingest` first)")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as err:
            raise StoreError(_open_failure(self.path, str(err))) from err
        if not read_only:
            # the tables come whole or not at all: a run stopped here leaves an empty file
            self.con.execute("BEGIN TRANSACTION")
            self.con.execute(_DDL)
            self._add_new_columns()
            self.con.execute(
                "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )
            self.con.execute("COMMIT")
        else:
            self._check_schema()

    def _add_new_columns(self) -> None:
        """Columns of fields added since the file was made (plain, nullable) are added to it."""
        have = {r[0] for r in self.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'"
        ).fetchall()}
        for name, sql in _EVENT_COLUMNS:
            if name not in have and " " not in sql:
                self.con.execute(f"ALTER TABLE events ADD COLUMN {name} {sql}")

    def _check_schema(self) -> None:
        tables = {r[0] for r in self.con.execute("SELECT table_name FROM information_schema.tables")
                  .fetchall()}
        if not tables:
            raise StoreError(f"{self.path}: the database is empty (an ingest stopped before it "
                             "stored anything; run `dateline ingest` again)")
        if not {"articles", "events"} <= tables:
            raise StoreError(f"{self.path}: not a dateline database (no articles/events tables)")

    def cursor(self) -> Store:
        """A store on a new cursor of this connection, for one thread or one request."""
        other = object.__new__(Store)
        other.path = self.path
        other.con = self.con.cursor()
        return other

    def count_events(self, flt: EventFilter | None = None) -> int:
        """How many (deduplicated) events match ``flt``, ignoring its limit and offset."""
        where, params = (flt or EventFilter()).where()
        sql = (f"SELECT count(*) FROM events e {where}{' AND' if where else ' WHERE'} "
               "e.event_id = e.cluster_id")
        row = self.con.execute(sql, params).fetchone()
        return int(row[0]) if row else 0

    def article(self, doc_id: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT * FROM articles WHERE doc_id = ?", [doc_id])
        if not rows:
            return None
        keys = ("doc_id", "title", "url", "outlet", "pubdate", "pubdate_guessed",
                "dateline_place", "path", "text", "n_events", "language", "genre")
        return {k: rows[0].get(k) for k in keys}  # stores made before languages or kinds have none

    def mentions(self, event_id: str) -> list[dict[str, Any]]:
        """Every stored mention merged into the event's cluster (the event's evidence)."""
        return self._rows(
            "SELECT m.event_id, m.doc_id, m.outlet, m.sentence, m.char_start, m.sent_start, "
            "a.title, a.url FROM events m JOIN articles a USING (doc_id) WHERE m.cluster_id = "
            "(SELECT cluster_id FROM events WHERE event_id = ?) ORDER BY m.doc_id", [event_id])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of a read-only aggregate query (parameters always bound, never formatted)."""
        return self._rows(sql, params)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # --- writing ---------------------------------------------------------------------------

    def known(self, doc_ids: Sequence[str]) -> dict[str, str]:
        """Stored content hashes of those ``doc_ids`` that are present."""
        if not doc_ids:
            return {}
        rows = self.con.execute(
            "SELECT doc_id, content_hash FROM articles WHERE doc_id IN (SELECT unnest(?))",
            [list(doc_ids)],
        ).fetchall()
        return dict(rows)

    def known_urls(self, urls: Sequence[str]) -> set[str]:
        """Those ``urls`` already stored, as a document's id or its URL."""
        if not urls:
            return set()
        rows = self.con.execute(
            "SELECT doc_id FROM articles WHERE doc_id IN (SELECT unnest($1)) "
            "UNION SELECT url FROM articles WHERE url IN (SELECT unnest($1))", [list(urls)],
        ).fetchall()
        return {r[0] for r in rows}

    def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        """Those content hashes already stored (the same text under another id or URL)."""
        if not hashes:
            return set()
        rows = self.con.execute(
            "SELECT DISTINCT content_hash FROM articles WHERE content_hash IN (SELECT unnest(?))",
            [list(hashes)],
        ).fetchall()
        return {r[0] for r in rows}

    def add(self, items: Iterable[tuple[Article, Sequence[Event]]]) -> IngestStats:
        """Store articles with their events: a document stored with the same content is
        skipped, one stored with other content is replaced (its old article and events go in
        the same transaction as the new ones).

        The batch is written in one transaction; should any document fail, it is undone and
        the documents are written again one transaction each, so that only the failing one is
        left out and reported. Either way each document is stored whole or not at all."""
        batch = list(items)
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        try:
            return self._add(batch, now, whole=True)
        except _BatchFailed:
            return self._add(batch, now, whole=False)

    def _add(self, batch: list[tuple[Article, Sequence[Event]]], now: dt.datetime, *,
             whole: bool) -> IngestStats:
        """Write ``batch`` in one transaction (``whole``: any failure undoes it all and raises
        :class:`_BatchFailed`) or in one transaction per document."""
        stats = IngestStats()
        known = self.known([a.doc_id for a, _ in batch])
        if whole:
            self.con.execute("BEGIN TRANSACTION")
        for article, events in batch:
            digest = article.content_hash
            stored = known.get(article.doc_id)
            if stored == digest:
                stats.skipped += 1
                continue
            try:
                if not whole:
                    self.con.execute("BEGIN TRANSACTION")
                self._write(article, events, replacing=stored is not None, now=now)
                if not whole:
                    self.con.execute("COMMIT")
            except Exception as err:  # any failure: undo this document only, report, go on
                self.con.execute("ROLLBACK")
                if whole:
                    raise _BatchFailed from err
                stats.failed += 1
                stats.errors.append(printable(f"{article.doc_id}: could not store: {err}"))
                continue
            known[article.doc_id] = digest
            stats.added_ids.append(article.doc_id)
            if not coded(article.language):
                stats.other_language += 1
                lang = article.language or "?"
                stats.languages[lang] = stats.languages.get(lang, 0) + 1
            elif stored is None:
                stats.added += 1
            else:
                stats.replaced += 1
            if coded(article.language):
                stats.events += len(events)
        if whole:
            try:
                self.con.execute("COMMIT")
            except Exception as err:
                self.con.execute("ROLLBACK")
                raise _BatchFailed from err
        return stats

    def _write(self, article: Article, events: Sequence[Event], *, replacing: bool,
               now: dt.datetime) -> None:
        """A document's rows (inside the caller's transaction), its old ones removed first."""
        if replacing:
            self._remove(article.doc_id)
        self.con.execute(
            f"INSERT INTO articles ({', '.join(_ARTICLE_COLS)}) "
            f"VALUES ({', '.join('?' * len(_ARTICLE_COLS))})",
            [article.doc_id, article.content_hash, article.title, article.url, article.outlet,
             article.pubdate, article.pubdate_guessed, article.dateline_place,
             article.path, article.text, len(events), now, article.language, article.genre],
        )
        if events:
            insert_rows(self.con, "events", _EVENT_COLUMNS, [event_row(e) for e in events],
                        or_ignore=True)

    def _remove(self, doc_id: str) -> None:
        """Delete a document and its events (inside the caller's transaction); events of other
        documents merged with them stand alone until dedupe runs again."""
        self.con.execute("UPDATE events SET cluster_id = event_id WHERE doc_id <> ? AND "
                         "cluster_id IN (SELECT event_id FROM events WHERE doc_id = ?)",
                         [doc_id, doc_id])
        self.con.execute("DELETE FROM events WHERE doc_id = ?", [doc_id])
        self.con.execute("DELETE FROM articles WHERE doc_id = ?", [doc_id])

    # --- reading ---------------------------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, list(params))
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]

    def events(self, flt: EventFilter | None = None) -> EventList:
        """Events matching ``flt`` (one per cluster after dedupe), sorted by date then id."""
        from .frames import EventList

        return EventList(self.iter_events(flt))

    def event(self, event_id: str) -> Event | None:
        """The event (the head of its cluster, with its sources) that ``event_id`` was merged
        into, by index lookups: milliseconds however large the store."""
        found = self.con.execute("SELECT cluster_id FROM events WHERE event_id = ?",
                                 [event_id]).fetchone()
        rows = self._rows("SELECT * FROM events WHERE event_id = ?", [found[0]]) if found else []
        if not rows:
            return None
        row = rows[0]
        members = self.con.execute(
            "SELECT list(DISTINCT doc_id ORDER BY doc_id), list(DISTINCT outlet ORDER BY outlet) "
            "FILTER (WHERE outlet IS NOT NULL) FROM events WHERE cluster_id = ?",
            [row["cluster_id"]]).fetchone()
        row["sources"], row["outlets"] = members if members else (None, None)
        return event_from_row(row)

    def iter_events(self, flt: EventFilter | None = None) -> Iterator[Event]:
        for row in self.iter_rows(flt):
            yield event_from_row(row)

    def iter_rows(self, flt: EventFilter | None = None, *,
                  chunk: int = 1000) -> Iterator[dict[str, Any]]:
        """Stored rows of the events matching ``flt`` (one per cluster), sorted by date then id,
        fetched ``chunk`` at a time: with their cluster's ``sources`` and ``outlets``, the
        ``urls`` of its articles and ``stored_at``, when its last article was ingested."""
        flt = flt or EventFilter()
        where, params = flt.where()
        sql = f"""
            WITH members AS (
                SELECT m.cluster_id, list(DISTINCT m.doc_id ORDER BY m.doc_id) AS sources,
                       list(DISTINCT coalesce(m.outlet, a.outlet) ORDER BY coalesce(m.outlet,
                           a.outlet)) FILTER (WHERE coalesce(m.outlet, a.outlet) IS NOT NULL)
                           AS outlets,
                       list(DISTINCT a.url ORDER BY a.url) FILTER (WHERE a.url IS NOT NULL)
                           AS urls,
                       max(a.ingested_at) AS stored_at
                FROM events m LEFT JOIN articles a USING (doc_id) GROUP BY m.cluster_id
            )
            SELECT e.*, m.sources, m.outlets, m.urls, m.stored_at
            FROM events e JOIN members m USING (cluster_id)
            {where}{" AND" if where else " WHERE"} e.event_id = e.cluster_id
            ORDER BY e.date NULLS LAST, e.doc_id, e.char_start, e.event_id
        """
        if flt.limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, flt.limit, flt.offset]
        cur = self.con.cursor()
        try:
            cur.execute(sql, params)
            cols = [d[0] for d in cur.description]
            while batch := cur.fetchmany(chunk):
                for r in batch:
                    yield dict(zip(cols, r, strict=True))
        finally:
            cur.close()

    def count(self, table: str = "events") -> int:
        if table not in ("events", "articles"):
            raise StoreError(f"unknown table {table!r}")
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def summary(self) -> dict[str, Any]:
        """Counts by type, country and month of the (deduplicated) events, as the API and the
        dashboard count them; ``events`` is the number of mentions before merging."""
        def pairs(sql: str) -> list[tuple[Any, int]]:
            return [(k, int(n)) for k, n in self.con.execute(sql).fetchall()]

        merged = "FROM events WHERE event_id = cluster_id"
        return {
            "articles": self.count("articles"),
            "events": self.count("events"),
            "merged_events": self.count_events(),
            "by_type": pairs(f"SELECT event_type, count(*) n {merged} "
                             "GROUP BY 1 ORDER BY n DESC, 1"),
            "by_country": pairs("SELECT coalesce(loc_country, source_country, '---') c, count(*) n "
                                f"{merged} GROUP BY 1 ORDER BY n DESC, 1"),
            "by_month": pairs("SELECT coalesce(strftime(date, '%Y-%m'), 'undated') m, count(*) n "
                              f"{merged} GROUP BY 1 ORDER BY 1"),
        }
