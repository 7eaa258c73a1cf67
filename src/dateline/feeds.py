"""Web sources: RSS/Atom feeds, sitemaps and article pages, as raw documents.

A source URL is fetched once; if it answers with a feed or a sitemap its entries are the documents
to read (a sitemap index leads to its sitemaps, a few levels deep), otherwise the page itself is
the document. A document read from the web is identified by its URL.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO

from .errors import ReadError
from .fetch import Fetcher, FetchError, Page, is_url
from .read import RawDocument, decode_bytes, read_paths

if TYPE_CHECKING:
    from .tabular import Columns

__all__ = ["Entry", "parse_feed", "expand", "fetch_document", "read_url", "read_inputs",
           "MAX_ENTRIES"]

#: Entries taken from one feed or sitemap (news sitemaps hold at most 1,000; big archives more).
MAX_ENTRIES = 5000
#: How deep a sitemap index may lead to further sitemaps.
_MAX_DEPTH = 2

_ATOM = "{http://www.w3.org/2005/Atom}"


@dataclass(frozen=True, slots=True)
class Entry:
    """One item of a feed or sitemap: the page to fetch and what the listing says of it."""

    url: str
    title: str | None = None
    date: str | None = None
    sitemap: bool = False  # the entry is itself a sitemap (from a sitemap index)


def _local(tag: object) -> str:
    name = str(tag)
    return name.rsplit("}", 1)[-1].lower()


def _text(node: object) -> str | None:
    value = getattr(node, "text", None)
    return value.strip() or None if isinstance(value, str) else None


def _iso_date(value: str | None) -> str | None:
    """An ISO day from RSS (RFC 822), Atom or sitemap (W3C) dates; ``None`` when unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    import email.utils

    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def parse_feed(data: bytes, base_url: str) -> list[Entry] | None:
    """Entries of an RSS, Atom or sitemap document, or ``None`` when ``data`` is none of them.

    Raises :class:`ReadError` for a document that claims to be one but is malformed.
    """
    head = data[:2048].lstrip().lower()
    if not head.startswith((b"<?xml", b"<rss", b"<feed", b"<urlset", b"<sitemapindex", b"<rdf")):
        return None
    from urllib.parse import urljoin

    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                             recover=False, remove_comments=True)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as err:
        raise ReadError(base_url, f"malformed feed or sitemap XML: {err}") from None
    kind = _local(root.tag)
    entries: list[Entry] = []
    if kind in ("rss", "rdf"):
        for item in root.iter("item", "{*}item"):
            link = next((_text(c) for c in item if _local(c.tag) == "link"), None)
            if link is None:  # a permalink guid stands for the link
                link = next((_text(c) for c in item if _local(c.tag) == "guid"
                             and c.get("isPermaLink", "true") != "false"), None)
            title = next((_text(c) for c in item if _local(c.tag) == "title"), None)
            date = next((_text(c) for c in item if _local(c.tag) in ("pubdate", "date")), None)
            if link:
                entries.append(Entry(urljoin(base_url, link), title, _iso_date(date)))
    elif kind == "feed":
        for item in root.iter(f"{_ATOM}entry"):
            links = [(c.get("rel", "alternate"), c.get("href")) for c in item
                     if _local(c.tag) == "link" and c.get("href")]
            link = next((h for rel, h in links if rel == "alternate"), None)
            title = next((_text(c) for c in item if _local(c.tag) == "title"), None)
            date = next((_text(c) for c in item if _local(c.tag) in ("published", "updated")),
                        None)
            if link:
                entries.append(Entry(urljoin(base_url, link), title, _iso_date(date)))
    elif kind in ("urlset", "sitemapindex"):
        for item in root:
            loc = next((_text(c) for c in item if _local(c.tag) == "loc"), None)
            date = next((_text(c) for c in item if _local(c.tag) == "lastmod"), None)
            if date is None:  # Google news sitemaps put the date in <news:publication_date>
                date = next((_text(n) for n in item.iter("{*}publication_date")), None)
            title = next((_text(n) for n in item.iter("{*}title")), None)
            if loc:
                entries.append(Entry(urljoin(base_url, loc), title, _iso_date(date),
                                     sitemap=kind == "sitemapindex"))
    else:
        return None
    return entries[:MAX_ENTRIES]


def expand(url: str, fetcher: Fetcher) -> tuple[list[Entry], list[ReadError], Page | None]:
    """What a source URL lists: its feed or sitemap entries, or itself when it is a page.

    Returns ``(entries, errors, page)``; ``page`` is the fetched answer when the source is a page
    (so that it need not be fetched twice).
    """
    errors: list[ReadError] = []
    try:
        page = fetcher.get(url)
    except FetchError as err:
        return [], [err], None
    try:
        listed = parse_feed(page.body, page.url)
    except ReadError as err:
        return [], [err], None
    if listed is None:
        return [Entry(url)], [], page
    entries: list[Entry] = []
    seen: set[str] = set()
    todo = [(e, 1) for e in listed]
    while todo:
        entry, depth = todo.pop(0)
        if entry.url in seen:
            continue
        seen.add(entry.url)
        if not entry.sitemap:
            entries.append(entry)
            continue
        if depth > _MAX_DEPTH:
            errors.append(ReadError(entry.url, "sitemap index nested too deep; not followed"))
            continue
        try:
            nested = parse_feed(fetcher.get(entry.url).body, entry.url)
        except ReadError as err:
            errors.append(err)
            continue
        if nested is None:
            errors.append(ReadError(entry.url, "listed as a sitemap but is no sitemap XML"))
            continue
        todo.extend((e, depth + 1) for e in nested)
    if not entries and not errors:
        errors.append(ReadError(url, "feed or sitemap lists no pages"))
    return entries[:MAX_ENTRIES], errors, None


def fetch_document(entry: Entry, fetcher: Fetcher, page: Page | None = None) -> RawDocument:
    """The document at ``entry.url`` (fetched unless ``page`` is given); raises ReadError."""
    page = page or fetcher.get(entry.url)
    if page.content_type and not (page.content_type.startswith("text/")
                                  or "html" in page.content_type
                                  or "xml" in page.content_type):
        raise ReadError(entry.url, f"not a text or HTML page ({page.content_type})")
    if not page.body.strip():
        raise ReadError(entry.url, "empty page")
    text = _decode(page)
    kind = "text" if page.content_type == "text/plain" else "html"
    return RawDocument(doc_id=entry.url, body=text, kind=kind, title=entry.title, url=entry.url,
                       date=entry.date, path=entry.url)


def _decode(page: Page) -> str:
    if page.charset:
        try:
            return page.body.decode(page.charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(page.body, page.url)


def read_url(url: str, fetcher: Fetcher) -> Iterator[RawDocument | ReadError]:
    """Every document a URL stands for (the page, or each entry of a feed or sitemap)."""
    entries, errors, page = expand(url, fetcher)
    yield from errors
    for entry in entries:
        try:
            yield fetch_document(entry, fetcher, page)
        except ReadError as err:
            yield err


def read_inputs(paths: Iterable[str | os.PathLike[str]], *, stdin: BinaryIO | None = None,
                fetcher: Fetcher | None = None, columns: Columns | None = None,
                ) -> Iterator[RawDocument | ReadError]:
    """Every document of ``paths``, in order: http(s) URLs of pages, feeds and sitemaps (fetched
    by ``fetcher``, a polite default one when not given) and whatever
    :func:`dateline.read.read_paths` reads (files, directories, ``-``, with CSV ``columns``)."""
    for raw in paths:
        spec = str(raw)
        if is_url(spec):
            fetcher = fetcher or Fetcher()
            yield from read_url(spec, fetcher)
        else:
            yield from read_paths([spec], stdin=stdin, columns=columns)
