"""Shared fixtures: one spaCy pipeline per test session, paths to bundled and shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def nlp():
    from dateline.annotate import DEFAULT_MODEL, load_model

    return load_model(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def pipeline(nlp):
    from dateline import Pipeline

    return Pipeline()


def _extractor(pipeline, some: bool = False):
    from dateline import Article

    def extract(text: str, pubdate: str = "2021-06-01"):
        events = pipeline.extract(Article(doc_id="t", text=text, pubdate=pubdate))
        assert events or not some, f"no event in {text!r}"
        return events

    return extract


@pytest.fixture(scope="session")
def events_in(pipeline):
    """The events of a text written for a test, published on the given day (2021-06-01 when
    none is given)."""
    return _extractor(pipeline)


@pytest.fixture(scope="session")
def some_events_in(pipeline):
    """As ``events_in``, failing when the text has no event at all."""
    return _extractor(pipeline, some=True)


@pytest.fixture(scope="session")
def events_in_unfiltered(unfiltered):
    """As ``events_in``, with the realness veto off."""
    return _extractor(unfiltered)


def _finder(pipeline):
    extract = _extractor(pipeline)

    def find(text: str, trigger: str, pubdate: str = "2021-06-01"):
        events = extract(text, pubdate)
        found = [e for e in events if e.trigger == trigger]
        assert found, f"no event on {trigger!r} in {[(e.event_type, e.trigger) for e in events]}"
        return found[0]

    return find


@pytest.fixture(scope="session")
def event_on(pipeline):
    """The first event of a sentence whose trigger is the given word (failing when none is),
    published on the given day as in ``events_in``."""
    return _finder(pipeline)


def _shown(events) -> list[tuple[str, str, str]]:
    """What a failed check shows of a text's events: type, trigger and status of each."""
    return [(e.event_type, e.trigger, e.status) for e in events]


class _Types(list):
    """Event types on one trigger, shown with all the text's events when a check fails."""

    def __init__(self, types, events) -> None:
        super().__init__(types)
        self.events = _shown(events)

    def __repr__(self) -> str:
        return f"{list(self)!r} among {self.events!r}"


def _no_event_checker(pipeline):
    extract = _extractor(pipeline)

    def check(text: str, trigger: str, pubdate: str = "2021-06-01") -> None:
        events = extract(text, pubdate)
        assert not [e for e in events if e.trigger.lower() == trigger], _shown(events)

    return check


@pytest.fixture(scope="session")
def no_event_on(pipeline):
    """Fails when a text, published on the given day as in ``events_in``, has an event whose
    trigger (lower-cased) is the given word."""
    return _no_event_checker(pipeline)


@pytest.fixture(scope="session")
def no_event_on_unfiltered(unfiltered):
    """As ``no_event_on``, with the realness veto off."""
    return _no_event_checker(unfiltered)


@pytest.fixture(scope="session")
def types_on(pipeline):
    """The event types, in order, of a text's events whose trigger (lower-cased) is the given
    word, published on the given day as in ``events_in``."""
    extract = _extractor(pipeline)

    def types(text: str, trigger: str, pubdate: str = "2021-06-01") -> list[str]:
        events = extract(text, pubdate)
        return _Types([e.event_type for e in events if e.trigger.lower() == trigger], events)

    return types


@pytest.fixture(scope="session")
def unfiltered(nlp):
    """A pipeline with the realness veto off: for what a stage (roles, actors, places) does with
    an event whether or not the veto keeps it in a text of a few sentences."""
    from dateline import Pipeline

    return Pipeline(real_threshold=0)


@pytest.fixture(scope="session")
def event_on_unfiltered(unfiltered):
    """As ``event_on``, with the realness veto off (a tally's place)."""
    return _finder(unfiltered)


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    from dateline.info import examples_dir as _examples

    return _examples()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory, pipeline, examples_dir) -> Path:
    """A DuckDB file holding the bundled illustrative articles (ingested once per session)."""
    from dateline.ingest import ingest_paths

    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    ingest_paths([str(examples_dir)], db=db)
    return db


# --- a local web site: feed, sitemap, illustrative article pages and misbehaving pages --------

WEB_PAGES = Path(__file__).resolve().parent / "web"


class WebSite:
    """What the local site serves; tests change ``feed`` and read ``hits`` (requests per path)."""

    def __init__(self) -> None:
        import collections
        import threading

        self.feed: list[str] = ["kisumu-protest", "goma-shelling", "bujumbura-talks"]
        self.sitemap: list[str] = ["kisumu-protest", "goma-shelling"]
        self.hits: collections.Counter[str] = collections.Counter()
        self.slow_seconds = 3.0
        self.gate = threading.Event()  # /gate.html answers once this is set
        self.gate.set()
        self.base = ""

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def rss(self) -> bytes:
        items = "".join(
            f"<item><title>{slug}</title><link>/news/{slug}.html</link>"
            f"<pubDate>Tue, 04 Mar 2025 07:00:00 GMT</pubDate></item>" for slug in self.feed)
        return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                f"<title>Lakeside Courier</title><link>{self.base}/</link>{items}"
                f"</channel></rss>").encode()

    def urlset(self) -> bytes:
        urls = "".join(f"<url><loc>{self.base}/news/{slug}.html</loc>"
                       f"<lastmod>2025-03-05</lastmod></url>" for slug in self.sitemap)
        return (f'<?xml version="1.0" encoding="UTF-8"?><urlset '
                f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>').encode()


def _handler(site: WebSite):
    import time
    from http.server import BaseHTTPRequestHandler

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # keep test output quiet
            pass

        def _send(self, status, body=b"", ctype="text/html; charset=utf-8", headers=()):
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in headers:
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            path = self.path.split("?")[0]
            site.hits[path] += 1
            if path == "/robots.txt":
                self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
            elif path == "/feed.xml":
                self._send(200, site.rss(), "application/rss+xml")
            elif path == "/sitemap.xml":
                self._send(200, site.urlset(), "application/xml")
            elif path == "/sitemap-index.xml":
                body = (f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/'
                        f'schemas/sitemap/0.9"><sitemap><loc>{site.base}/sitemap.xml</loc>'
                        f"</sitemap></sitemapindex>").encode()
                self._send(200, body, "application/xml")
            elif path.startswith(("/news/", "/private/")) and path.endswith(".html"):
                page = WEB_PAGES / path.rsplit("/", 1)[1]
                if page.is_file():
                    self._send(200, page.read_bytes())
                else:
                    self._send(404, b"not found")
            elif path == "/slow.html":
                time.sleep(site.slow_seconds)
                self._send(200, (WEB_PAGES / "kisumu-protest.html").read_bytes())
            elif path == "/gate.html":
                site.gate.wait(30)
                self._send(200, (WEB_PAGES / "kampala-arrests.html").read_bytes())
            elif path == "/error.html":
                self._send(500, b"internal server error")
            elif path in ("/loop-a", "/loop-b"):
                other = "/loop-b" if path == "/loop-a" else "/loop-a"
                self._send(302, b"", headers=[("Location", other)])
            elif path == "/huge.html":  # no Content-Length: only reading tells it is too big
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(40):
                    self.wfile.write(b"<p>" + b"filler " * 8000 + b"</p>\n")
            else:
                self._send(404, b"not found")

    return Handler


@pytest.fixture
def web_site():
    """A web site on 127.0.0.1 (a free port), served from a thread for one test."""
    import threading
    from http.server import ThreadingHTTPServer

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        block_on_close = False

        def handle_error(self, request, client_address):
            pass  # clients that give up (timeouts, size limits) break pipes on purpose

    site = WebSite()
    server = Server(("127.0.0.1", 0), _handler(site))
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.gate.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def fetcher():
    """A fetcher as polite as the default one, but quick to give up (for tests)."""
    from dateline.fetch import Fetcher, FetchSettings

    return Fetcher(FetchSettings(timeout=1.0, total_timeout=5.0, retries=1, backoff=0.05,
                                 min_interval=0.0, max_bytes=1_000_000))


@pytest.fixture(scope="session")
def stock_nlp():
    """spaCy's own components, with the lemma fixes and sentence caps dateline adds."""
    import spacy

    from dateline import annotate

    nlp = spacy.load(annotate.DEFAULT_MODEL)
    annotate._fix_lemmas(nlp)
    annotate._cap_sentences(nlp)
    return nlp
