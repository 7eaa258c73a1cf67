"""The FastAPI application: events with filters, evidence, articles, aggregates, the dashboard.

Every error answers with one JSON shape, ``{"error": {"code": <status>, "message": <text>}}``;
parameters are validated (4xx for bad values) and always bound as SQL parameters.
"""

from __future__ import annotations

import datetime as dt
import errno
import socket
import threading
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.convertors import Convertor, register_url_convertor
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import ConfigError, DatelineError
from ..store import EventFilter, Store
from .docs import add_docs
from .network import ACTOR_COLUMNS
from .network import actor_pairs as pair_counts

__all__ = ["check_address", "create_app", "run", "MAX_LIMIT", "MAX_NUMBER", "LOCAL_HOSTS"]

MAX_LIMIT = 1000
#: Largest offset and count a request may ask for (the store's integers are 32-bit); larger
#: numbers are answered with 400, never passed on to the database.
MAX_NUMBER = 2**31 - 1
#: Host names the API answers by default: DNS rebinding (a hostile page whose name resolves to
#: 127.0.0.1) sends another Host header and is refused.
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
_INTERVALS = {"day": "%Y-%m-%d", "week": "%G-W%V", "month": "%Y-%m", "year": "%Y"}
Text = Annotated[str | None, Query(max_length=200)]
Limit = Annotated[int, Query(ge=1, le=1000)]
Offset = Annotated[int, Query(ge=0, le=MAX_NUMBER)]
MinCount = Annotated[int | None, Query(ge=0, le=MAX_NUMBER)]
Interval = Annotated[str, Query(pattern="^(day|week|month|year)$")]
EventId = Annotated[str, PathParam(max_length=64)]
_STATIC = Path(str(resources.files("dateline") / "serve" / "static"))


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": status, "message": message}}, status_code=status)


def _date(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(400, f"{name} must be a date YYYY-MM-DD (got {value!r})") from None


def _with_text_dates(row: dict[str, Any]) -> dict[str, Any]:
    """A stored row with its dates written as ISO text, for JSON."""
    return {k: (str(v) if isinstance(v, dt.date) else v) for k, v in row.items()}


def _host_name(header: str) -> str:
    """The name in a Host header, without its port ("[::1]:8000" -> "::1")."""
    if header.startswith("["):
        return header[1:].partition("]")[0].lower()
    return header.rpartition(":")[0].lower() if header.count(":") == 1 else header.lower()


def _known_parameters(request: Request) -> None:
    """Refuse a query parameter the API route does not take: a misspelt filter
    (``evnt_type=``) would otherwise be ignored and answer with every event."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None or not request.url.path.startswith("/api/"):
        return
    known = {p.alias for p in dependant.query_params}
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        names = ", ".join(sorted(known)) or "none"
        raise HTTPException(400, f"unknown parameter {unknown[0]!r} for {request.url.path} "
                                 f"(it takes: {names})")


def create_app(db: str | Path | Store, *,
               allowed_hosts: Iterable[str] = LOCAL_HOSTS) -> FastAPI:
    """The application serving ``db`` (opened read-only, once; a cursor per request). Given an
    open :class:`Store`, it serves that one (so that a writer in the same process, such as a
    watcher, shares its connection and each request sees what is committed).

    Requests whose Host header names none of ``allowed_hosts`` are refused with 400 (``"*"``
    allows any)."""
    root = db if isinstance(db, Store) else Store(db, read_only=True)
    lock = threading.Lock()
    hosts = frozenset(h.lower().strip("[]") for h in allowed_hosts)
    app = FastAPI(title="dateline", version=__version__, docs_url=None, redoc_url=None,
                  dependencies=[Depends(_known_parameters)],
                  description="Political event data with its evidence: who did what to whom, "
                  "where, when, and according to whom.")

    @app.middleware("http")
    async def _check_host(request: Request, call_next: Any) -> Any:
        if "*" not in hosts and _host_name(request.headers.get("host", "")) not in hosts:
            return _error(400, "this server answers only for the host names it was started "
                          "with (dateline serve --allow-host NAME to add one)")
        return await call_next(request)

    def store() -> Store:
        with lock:
            return root.cursor()

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        parts = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path"))
            parts.append(f"{where}: {err.get('msg', 'invalid value')}")
        return _error(400, "; ".join(parts) or "invalid request")

    @app.exception_handler(DatelineError)
    async def _dateline_error(request: Request, exc: DatelineError) -> JSONResponse:
        return _error(400, str(exc))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        return _error(500, f"internal error: {exc.__class__.__name__}")

    def event_filter(event_type: str | None, mode: str | None, country: str | None,
                     actor: str | None, location: str | None, date_from: str | None,
                     date_to: str | None, min_fatalities: int | None, q: str | None,
                     status: str | None = None, limit: int | None = None,
                     offset: int = 0) -> EventFilter:
        return EventFilter(
            event_type=event_type, mode=mode, status=status, country=country, actor=actor,
            location=location, date_from=_date(date_from, "date_from"),
            date_to=_date(date_to, "date_to"), min_fatalities=min_fatalities, q=q,
            limit=limit, offset=offset).check()

    @app.get("/api/events", summary="Events (one per happening), filtered and paginated")
    def list_events(
        event_type: Text = None, mode: Text = None, country: Text = None, actor: Text = None,
        location: Text = None, date_from: Text = None, date_to: Text = None,
        min_fatalities: MinCount = None, q: Text = None,
        status: Text = None,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        flt = event_filter(event_type, mode, country, actor, location, date_from, date_to,
                           min_fatalities, q, status, limit, offset)
        st = store()
        events = st.events(flt)
        return {"total": st.count_events(flt), "limit": limit, "offset": offset,
                "events": [e.to_dict() for e in events]}

    @app.get("/api/events/{event_id}", summary="One event with its evidence")
    def get_event(event_id: EventId) -> dict[str, Any]:
        st = store()
        event = st.event(event_id)
        if event is None:
            raise HTTPException(404, f"no event with id {event_id!r}")
        article = st.article(event.doc_id) or {}
        base = event.sent_start

        def rel(start: int | None, end: int | None) -> list[int] | None:
            if start is None or end is None or start < base or end - base > len(event.sentence):
                return None  # outside the stored part of a long sentence
            return [start - base, end - base]

        spans = {
            "event": rel(event.char_start, event.char_end),
            "source": rel(event.source.char_start, event.source.char_end) if event.source
            else None,
            "target": rel(event.target.char_start, event.target.char_end) if event.target
            else None,
        }
        return {
            "event": event.to_dict(),
            "evidence": {
                "sentence": event.sentence, "spans": spans,
                "article": {k: article.get(k) for k in ("doc_id", "title", "url", "outlet")}
                | {"pubdate": str(article["pubdate"]) if article.get("pubdate") else None},
                "mentions": [
                    _with_text_dates(m) for m in st.mentions(event.event_id)
                ],
            },
        }

    @app.get("/api/articles/{doc_id:anything}", summary="One article with its events")
    def get_article(doc_id: str) -> dict[str, Any]:
        st = store()
        art = st.article(doc_id)
        if art is None:
            raise HTTPException(404, f"no article with id {doc_id!r}")
        art = _with_text_dates(art)
        ids = st.query("SELECT event_id FROM events WHERE doc_id = ? ORDER BY char_start",
                       [doc_id])
        return {"article": art, "event_ids": [r["event_id"] for r in ids]}

    def _filtered(where_args: EventFilter) -> tuple[str, list[Any]]:
        where, params = where_args.where()
        return (f"{where}{' AND' if where else ' WHERE'} e.event_id = e.cluster_id", params)

    @app.get("/api/stats/timeline", summary="Event counts by period and type")
    def timeline(
        interval: Interval = "month",
        event_type: Text = None, country: Text = None, actor: Text = None, q: Text = None,
        date_from: Text = None, date_to: Text = None,
    ) -> dict[str, Any]:
        flt = event_filter(event_type, None, country, actor, None, date_from, date_to, None, q)
        where, params = _filtered(flt)
        rows = store().query(
            f"SELECT strftime(e.date, ?) AS period, e.event_type, count(*) AS n FROM events e "
            f"{where} AND e.date IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2",
            [_INTERVALS[interval], *params])
        return {"interval": interval, "counts": rows}

    @app.get("/api/stats/countries", summary="Event counts by country")
    def countries(event_type: Text = None, actor: Text = None, q: Text = None,
                  date_from: Text = None, date_to: Text = None) -> dict[str, Any]:
        flt = event_filter(event_type, None, None, actor, None, date_from, date_to, None, q)
        where, params = _filtered(flt)
        rows = store().query(
            f"SELECT coalesce(e.loc_country, e.source_country) AS country, count(*) AS n "
            f"FROM events e {where} GROUP BY 1 ORDER BY n DESC, 1", params)
        return {"counts": rows}

    @app.get("/api/stats/actor_pairs", summary="Who acts on whom: event counts by pair of parties")
    def actor_pairs(
        event_type: Text = None, country: Text = None, actor: Text = None, q: Text = None,
        date_from: Text = None, date_to: Text = None,
        limit: Limit = 100,
    ) -> dict[str, Any]:
        flt = event_filter(event_type, None, country, actor, None, date_from, date_to, None, q)
        where, params = _filtered(flt)
        cols = ", ".join(f"e.{side}_{c}" for side in ("source", "target") for c in ACTOR_COLUMNS)
        rows = store().query(f"SELECT e.event_type, {cols} FROM events e {where}", params)
        return {"pairs": pair_counts(rows, limit)}

    @app.get("/api/meta", summary="What the database holds")
    def meta() -> dict[str, Any]:
        st = store()
        types = st.query("SELECT event_type, count(*) AS n FROM events "
                         "WHERE event_id = cluster_id GROUP BY 1 ORDER BY 1")
        span = st.query("SELECT min(date) AS first, max(date) AS last FROM events")[0]
        return {"version": __version__, "articles": st.count("articles"),
                "events": st.count_events(), "event_types": types,
                "first_date": str(span["first"]) if span["first"] else None,
                "last_date": str(span["last"]) if span["last"] else None}

    app.mount("/static", StaticFiles(directory=str(_STATIC)), name="static")
    add_docs(app)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(_STATIC / "index.html")

    app.state.store = root
    return app


def run(db: str | Path, *, host: str = "127.0.0.1", port: int = 8000,
        allowed_hosts: Iterable[str] = LOCAL_HOSTS,
        ready: Callable[[str], None] | None = None) -> None:
    """Serve ``db`` with uvicorn until interrupted. The store is opened first (a missing, locked
    or foreign file raises :class:`~dateline.errors.StoreError`); then ``ready`` is called with
    the address, before serving."""
    import uvicorn

    app = create_app(db, allowed_hosts=allowed_hosts)
    check_address(host, port)
    if ready is not None:
        ready(f"http://{f'[{host}]' if ':' in host else host}:{port}/")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def check_address(host: str, port: int) -> None:
    """Raise :class:`~dateline.errors.ConfigError` when ``host:port`` cannot be listened on (a
    name that does not resolve, an address of another machine, a port in use), so that the
    command says so in one line instead of the web server logging it as it stops."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port,
                                                             type=socket.SOCK_STREAM)[0]
    except (socket.gaierror, UnicodeError) as err:
        raise ConfigError(f"--host {host!r} is not an address or a name of this machine "
                          f"({getattr(err, 'strerror', None) or err})") from None
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the web server does
        try:
            sock.bind(address)
        except OSError as err:
            hint = _BIND_HINTS.get(err.errno or 0, "")
            raise ConfigError(f"cannot listen on {host}:{port}: {err.strerror or err}"
                              f"{f' ({hint})' if hint else ''}") from None


_BIND_HINTS = {errno.EADDRINUSE: "another server uses that port: choose one with --port",
               errno.EADDRNOTAVAIL: "not an address of this machine: see --host",
               errno.EACCES: "ports below 1024 need privileges: choose one with --port"}


class _AnyPath(Convertor[str]):
    """A path parameter that may hold anything, slashes and line breaks included."""

    regex = "[\\s\\S]*"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("anything", _AnyPath())
