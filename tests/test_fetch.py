"""Polite fetching and web sources, against a local web site (see ``web_site`` in conftest)."""

from __future__ import annotations

import pytest

from dateline.errors import ReadError
from dateline.feeds import expand, parse_feed, read_url
from dateline.fetch import USER_AGENT, Fetcher, FetchError, FetchSettings
from dateline.read import RawDocument


def test_fetch_user_agent_names_dateline():
    assert USER_AGENT.startswith("dateline/")


def test_fetch_page_and_robots_are_fetched_once(web_site, fetcher):
    page = fetcher.get(web_site.url("/news/kisumu-protest.html"))
    assert page.status == 200 and b"Kisumu" in page.body
    fetcher.get(web_site.url("/news/goma-shelling.html"))
    assert web_site.hits["/robots.txt"] == 1


@pytest.mark.parametrize("path, message, hits", [
    ("/error.html", "HTTP 500", 2),  # retried once, then reported
    ("/loop-a", "redirect loop", 1),
    ("/huge.html", "over 1,000,000 bytes", 1),
    ("/slow.html", "timed out", 2),
    ("/private/kisumu-protest.html", "robots.txt", 0),
    ("/nowhere.html", "HTTP 404", 1),
])
def test_fetch_failures_are_one_line_errors(web_site, fetcher, path, message, hits):
    with pytest.raises(FetchError) as info:
        fetcher.get(web_site.url(path))
    text = str(info.value)
    assert message in text and "\n" not in text
    assert text.startswith(web_site.url(path))
    assert web_site.hits[path] == hits


def test_fetch_unreachable_host_is_an_error(fetcher):
    with pytest.raises(FetchError, match="cannot connect"):
        fetcher.get("http://127.0.0.1:9/feed.xml")  # the discard port: nothing listens


class _FakeTime:
    """A clock that sleeping moves forward, and notes each wait."""

    def __init__(self) -> None:
        self.now = 100.0
        self.waits: list[float] = []

    def clock(self) -> float:
        self.now += 0.01  # every look at the clock takes a little time
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


def test_fetch_waits_between_requests_to_one_host(web_site):
    fake = _FakeTime()
    polite = Fetcher(FetchSettings(min_interval=2.0, retries=0), sleep=fake.sleep,
                     clock=fake.clock)
    polite.get(web_site.url("/news/kisumu-protest.html"))  # robots.txt, then the page
    polite.get(web_site.url("/news/goma-shelling.html"))
    assert len(fake.waits) == 2 and all(1.9 < w <= 2.0 for w in fake.waits)


def test_fetch_backs_off_exponentially(web_site):
    fake = _FakeTime()
    patient = Fetcher(FetchSettings(min_interval=0.0, retries=3, backoff=0.5),
                      sleep=fake.sleep, clock=fake.clock)
    with pytest.raises(FetchError, match="after 4 attempts"):
        patient.get(web_site.url("/error.html"))
    assert fake.waits == [0.5, 1.0, 2.0]


def test_fetch_refuses_other_schemes(fetcher):
    with pytest.raises(FetchError, match="not an http"):
        fetcher.get("file:///etc/passwd")


@pytest.mark.parametrize("xml, urls, dates", [
    (b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>A</title>'
     b"<link>/a.html</link><pubDate>Tue, 04 Mar 2025 07:00:00 GMT</pubDate></item>"
     b'<item><guid isPermaLink="true">http://x.test/b.html</guid></item></channel></rss>',
     ["http://x.test/a.html", "http://x.test/b.html"], ["2025-03-04", None]),
    (b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title>'
     b'<link rel="alternate" href="http://x.test/a"/><updated>2025-03-05T10:00:00Z</updated>'
     b"</entry></feed>", ["http://x.test/a"], ["2025-03-05"]),
    (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://x.test/a'
     b"</loc><lastmod>2025-03-06</lastmod></url></urlset>", ["http://x.test/a"], ["2025-03-06"]),
])
def test_feeds_parse_rss_atom_and_sitemaps(xml, urls, dates):
    entries = parse_feed(xml, "http://x.test/feed.xml")
    assert entries is not None
    assert [e.url for e in entries] == urls
    assert [e.date for e in entries] == dates


def test_feeds_html_is_no_feed_and_bad_xml_is_an_error():
    assert parse_feed(b"<!DOCTYPE html><html><body>hi</body></html>", "http://x.test/") is None
    with pytest.raises(ReadError, match="malformed feed"):
        parse_feed(b"<?xml version='1.0'?><rss><channel><item>", "http://x.test/feed.xml")


def test_feeds_entities_are_not_expanded():
    bomb = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            b"<rss><channel><item><link>http://x.test/&b;</link></item></channel></rss>")
    entries = parse_feed(bomb, "http://x.test/feed.xml") or []
    assert all("aaaaaaaaaa" not in e.url for e in entries)


@pytest.mark.parametrize("path, pages", [
    ("/feed.xml", ["kisumu-protest", "goma-shelling", "bujumbura-talks"]),
    ("/sitemap.xml", ["kisumu-protest", "goma-shelling"]),
    ("/sitemap-index.xml", ["kisumu-protest", "goma-shelling"]),
    ("/news/kampala-arrests.html", ["kampala-arrests"]),
])
def test_feeds_expand_lists_the_pages_of_a_source(web_site, fetcher, path, pages):
    entries, errors, _page = expand(web_site.url(path), fetcher)
    assert errors == []
    assert [e.url for e in entries] == [web_site.url(f"/news/{p}.html") for p in pages]


def test_feeds_read_url_goes_on_past_a_failed_page(web_site, fetcher):
    web_site.feed = ["kisumu-protest", "missing-page", "goma-shelling"]
    found = list(read_url(web_site.url("/feed.xml"), fetcher))
    assert [type(f) for f in found] == [RawDocument, FetchError, RawDocument]
    docs = [f for f in found if isinstance(f, RawDocument)]
    assert docs[0].doc_id == web_site.url("/news/kisumu-protest.html")
    assert docs[0].kind == "html" and docs[0].date == "2025-03-04"
    assert "missing-page" in str(found[1]) and "404" in str(found[1])
