"""Polite HTTP fetching for web inputs: feeds, sitemaps and article pages.

A :class:`Fetcher` names dateline in its user agent, waits between requests to one host, obeys
robots.txt (and its crawl delay), gives up on slow or oversized answers, retries transient
failures (timeouts, refused connections, 429 and 5xx answers) with exponential backoff, and
follows redirects itself so that a loop or an over-long chain is reported, not followed forever.
Every failure is a :class:`FetchError` (a :class:`~dateline.errors.ReadError`) whose message
fits on one line, so a batch reports it and goes on.
"""

from __future__ import annotations

import email.utils
import http.client
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field

from .errors import ReadError

__all__ = ["Fetcher", "FetchSettings", "FetchError", "Page", "USER_AGENT", "is_url"]



def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dateline")
    except PackageNotFoundError:  # run from a source tree that is not installed
        return "dev"


USER_AGENT = f"dateline/{_version()} (political event data from news; polite crawler)"

#: Answers worth asking again: the server is busy or failing for a while.
_TRANSIENT = frozenset({408, 425, 429, 500, 502, 503, 504})
#: How long a host's robots.txt is trusted before it is read again.
_ROBOTS_TTL = 3600.0
#: A crawl delay asked for in robots.txt is obeyed up to this many seconds.
_MAX_CRAWL_DELAY = 60.0


def is_url(spec: str) -> bool:
    """Whether an input names a web resource rather than a file."""
    return spec.lower().startswith(("http://", "https://"))


class FetchError(ReadError):
    """A URL could not be fetched; ``status`` is the HTTP status when there was one."""

    def __init__(self, url: str, reason: str, status: int | None = None) -> None:
        super().__init__(url, reason)
        self.status = status


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """How politely and how patiently to fetch. Times are in seconds."""

    user_agent: str = USER_AGENT
    timeout: float = 20.0  # to connect, and between two reads of the answer
    total_timeout: float = 60.0  # for the whole answer, however it trickles in
    retries: int = 2  # further attempts after a transient failure
    backoff: float = 2.0  # first wait before a retry; doubled each time
    min_interval: float = 1.0  # between two requests to one host
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    obey_robots: bool = True


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched answer: ``url`` is where it was found after redirects."""

    url: str
    requested: str
    status: int
    content_type: str
    body: bytes
    charset: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects come back as answers; :meth:`Fetcher.get` follows them itself."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


class Fetcher:
    """Fetch URLs politely. Safe to share between threads.

    ``sleep`` and ``clock`` are injectable so that waiting can be observed without waiting.
    """

    def __init__(self, settings: FetchSettings | None = None, *,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings or FetchSettings()
        self._sleep = sleep
        self._clock = clock
        self._opener = urllib.request.build_opener(_NoRedirect())
        self._lock = threading.Lock()
        self._next_slot: dict[str, float] = {}
        self._robots: dict[str, tuple[float, urllib.robotparser.RobotFileParser | None]] = {}
        self._delays: dict[str, float] = {}  # crawl delays asked for in robots.txt, by origin

    # --- public --------------------------------------------------------------------------

    def get(self, url: str) -> Page:
        """The page at ``url``, following redirects; raises :class:`FetchError`."""
        url = _checked(url)
        seen = [url]
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            if not self.allowed(current):
                raise FetchError(url, f"robots.txt of {_host(current)} disallows {current}")
            page = self._with_retries(current)
            if page.status not in (301, 302, 303, 307, 308):
                return Page(url=page.url, requested=url, status=page.status,
                            content_type=page.content_type, body=page.body,
                            charset=page.charset, headers=page.headers)
            target = page.headers.get("location")
            if not target:
                raise FetchError(url, f"redirect ({page.status}) without a Location header",
                                 page.status)
            current = _checked(urllib.parse.urljoin(current, target.strip()), origin=url)
            if current in seen:
                raise FetchError(url, f"redirect loop ({' -> '.join([*seen, current])})",
                                 page.status)
            seen.append(current)
        raise FetchError(url, f"more than {self.settings.max_redirects} redirects")

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets dateline fetch ``url`` (always, when robots are ignored)."""
        if not self.settings.obey_robots:
            return True
        rules = self._rules_for(url)
        return rules is None or rules.can_fetch(self.settings.user_agent, url)

    # --- internals -----------------------------------------------------------------------

    def _rules_for(self, url: str) -> urllib.robotparser.RobotFileParser | None:
        parts = urllib.parse.urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            cached = self._robots.get(origin)
        if cached is not None and self._clock() - cached[0] < _ROBOTS_TTL:
            return cached[1]
        robots_url = f"{origin}/robots.txt"
        try:
            page = self._with_retries(robots_url)
        except FetchError as err:
            # unreachable robots.txt: assume nothing is allowed, and ask again next time
            raise FetchError(url, f"cannot read {robots_url} ({err.reason}); not fetching",
                             err.status) from None
        parsed = urllib.robotparser.RobotFileParser()
        rules: urllib.robotparser.RobotFileParser | None = parsed
        if page.status in (401, 403):
            parsed.parse(["User-agent: *", "Disallow: /"])  # forbidden to read: keep out
        elif page.status >= 400:
            rules = None  # no robots.txt: everything is allowed
        else:
            parsed.parse(page.body.decode("utf-8", errors="replace").splitlines())
            delay = parsed.crawl_delay(self.settings.user_agent)
            if delay:
                with self._lock:
                    self._delays[origin] = min(float(delay), _MAX_CRAWL_DELAY)
        with self._lock:
            self._robots[origin] = (self._clock(), rules)
        return rules

    def _wait_turn(self, url: str) -> None:
        parts = urllib.parse.urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            interval = max(self.settings.min_interval, self._delays.get(origin, 0.0))
            now = self._clock()
            start = max(now, self._next_slot.get(origin, now))
            self._next_slot[origin] = start + interval
        if start > now:
            self._sleep(start - now)

    def _with_retries(self, url: str) -> Page:
        attempt = 0
        while True:
            try:
                return self._once(url)
            except _Transient as err:
                if attempt >= self.settings.retries:
                    tries = f" after {attempt + 1} attempts" if attempt else ""
                    raise FetchError(url, f"{err.reason}{tries}", err.status) from None
                wait = self.settings.backoff * (2 ** attempt)
                if err.retry_after is not None:
                    wait = max(wait, min(err.retry_after, _MAX_CRAWL_DELAY))
                attempt += 1
                self._sleep(wait)

    def _once(self, url: str) -> Page:
        s = self.settings
        self._wait_turn(url)
        request = urllib.request.Request(url, headers={
            "User-Agent": s.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,"
                      "*/*;q=0.5",
            "Accept-Encoding": "identity",
        })
        try:
            response = self._opener.open(request, timeout=s.timeout)
        except urllib.error.HTTPError as err:
            with err:
                headers = {k.lower(): v for k, v in err.headers.items()} if err.headers else {}
                if err.code in _TRANSIENT:
                    raise _Transient(f"HTTP {err.code} {err.reason}", err.code,
                                     _retry_after(headers.get("retry-after"))) from None
                if 300 <= err.code < 400:
                    return Page(url=url, requested=url, status=err.code, content_type="",
                                body=b"", headers=headers)
                if url.endswith("/robots.txt"):
                    return Page(url=url, requested=url, status=err.code, content_type="",
                                body=b"", headers=headers)
                raise FetchError(url, f"HTTP {err.code} {err.reason}", err.code) from None
        except (urllib.error.URLError, http.client.HTTPException, OSError) as err:
            reason = getattr(err, "reason", err)
            if isinstance(reason, (socket.timeout, TimeoutError)):
                raise _Transient(f"timed out after {s.timeout:g} s") from None
            raise _Transient(f"cannot connect: {reason}") from None
        with response:
            headers = {k.lower(): v for k, v in response.headers.items()}
            declared = headers.get("content-length", "")
            if declared.isdigit() and int(declared) > s.max_bytes:
                raise FetchError(url, f"answer is {int(declared):,} bytes; pages over "
                                      f"{s.max_bytes:,} bytes are refused")
            body = self._read_bounded(response, url)
            return Page(url=response.geturl() or url, requested=url, status=response.status,
                        content_type=headers.get("content-type", "").split(";")[0].strip().lower(),
                        body=body, charset=response.headers.get_content_charset(),
                        headers=headers)

    def _read_bounded(self, response: http.client.HTTPResponse, url: str) -> bytes:
        s = self.settings
        deadline = self._clock() + s.total_timeout
        chunks: list[bytes] = []
        size = 0
        try:
            while True:
                chunk = response.read(65536)
                if not chunk:
                    return b"".join(chunks)
                size += len(chunk)
                if size > s.max_bytes:
                    raise FetchError(url, f"answer is over {s.max_bytes:,} bytes; refused")
                if self._clock() > deadline:
                    raise _Transient(f"answer took over {s.total_timeout:g} s")
                chunks.append(chunk)
        except TimeoutError:
            raise _Transient(f"timed out after {s.timeout:g} s while reading") from None
        except (http.client.HTTPException, OSError) as err:
            raise _Transient(f"connection broken while reading: {err}") from None


class _Transient(Exception):
    """A failure worth another attempt (internal: surfaces as :class:`FetchError`)."""

    def __init__(self, reason: str, status: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.retry_after = retry_after


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _host(url: str) -> str:
    return urllib.parse.urlsplit(url).netloc


def _checked(url: str, origin: str | None = None) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise FetchError(origin or url, f"not an http(s) URL: {url!r}")
    return urllib.parse.urlunsplit(parts._replace(fragment=""))
