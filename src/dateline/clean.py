"""Stage ``clean``: main text and metadata from raw documents.

HTML pages go through trafilatura (text, title, outlet) and htmldate (publication date from markup;
dates guessed from the text are flagged as guesses). Text dumps of web pages lose their page chrome
(site titles, menu labels, share/subscribe lines), and their dateline ("BEIRUT, Reuters -") becomes
the article's place and outlet instead of text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from .errors import ReadError
from .hostile_html import flatten, slim
from .read import RawDocument
from .records import Article

__all__ = ["clean", "bound_text", "strip_chrome", "split_dateline", "normalise_date",
           "MAX_HTML_CHARS"]

#: HTML beyond this many characters is not read (a news page is rarely a tenth of it): the
#: extractors' time grows with the page, and a page of entities or markup can take minutes.
MAX_HTML_CHARS = 1_000_000

_CHROME_LINE = re.compile(
    r"""^\W*(?:
        select\ page|skip\ to\ (?:main\ )?content|menu|main\ menu|home|search|log\ ?in|sign\ ?in|
        sign\ up.*|subscribe.*|newsletter.*|follow\ us.*|share(?:\ (?:this|on)\b.*)?|tweet|print|
        e-?mail|whatsapp|facebook|twitter|linkedin|telegram|copy\ link|comments?(?:\ \(\d+\))?|
        advertisement|sponsored(?:\ content)?|related(?:\ (?:articles|stories|news))?|read\ more.*|
        most\ (?:read|popular|viewed)|trending|latest(?:\ news)?|top\ stories|more\ from.*|
        next\ article|previous\ article|back\ to\ top|cookies?.*|accept(?:\ all)?(?:\ cookies)?|
        privacy\ policy|terms\ of\ (?:use|service)|contact\ us|about\ us|all\ rights\ reserved.*|
        (?:©|\(c\)|copyright).*|world|politics|business|sport|sports|opinion|culture|news|video|
        middle\ east|africa|asia|europe|americas|arab\ world|editorials?|features?|archives?|
        english\ archive|tags?:.*|topics?:.*|posted\ (?:by|in|on).*|written\ by.*|by\ [A-Z].{0,40}|
        \d+\ min(?:ute)?s?\ read|updated:?.*|published:?.*
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
_SITE_TITLE = re.compile(r"^[^.!?]{2,80}\s[|–—•:»]\s[^.!?]{2,80}$")

# "BEIRUT, Reuters -", "Ramallah, Asharq Al-Awsat-", "GAZA CITY (AP) —", "KABUL, Afghanistan —"
_DATELINE = re.compile(
    r"""^\s*
    (?P<place>[A-Z][A-Za-z'’.\-]+(?:\s[A-Z][A-Za-z'’.\-]+){0,3})
    (?:\s*,\s*(?P<second>[A-Z][\w'’&.\-]*(?:\s[A-Z][\w'’&.\-]*){0,3}))?
    (?:\s*\((?P<paren>[A-Za-z][\w'’&.\s\-]{0,30})\))?
    \s*[-–—:]{1,2}\s+""",
    re.VERBOSE,
)
_OUTLET_HINTS = (
    "reuters", "afp", "ap", "xinhua", "anadolu", "bbc", "cnn", "aljazeera", "al jazeera",
    "asharq", "press", "news", "agency", "times", "post", "herald", "tribune", "gazette", "wire",
    "dpa", "efe", "ansa", "tass", "irna", "wafa", "sana", "ani", "pti", "ians", "upi", "guardian",
    "journal", "daily", "radio", "tv", "television", "al-awsat", "awsat",
)


def _looks_like_outlet(name: str) -> bool:
    low = name.lower()
    return any(re.search(rf"(?<![a-z]){re.escape(h)}(?![a-z])", low) for h in _OUTLET_HINTS)


def split_dateline(text: str) -> tuple[str | None, str | None, int]:
    """Find a dateline at the start of ``text``.

    Returns ``(place, outlet, length)``; ``length`` is how many characters the dateline takes
    (0 when there is none).
    """
    m = _DATELINE.match(text[:160])
    if not m:
        return None, None, 0
    place = m.group("place")
    second = m.group("second")
    paren = m.group("paren")
    # A sentence that starts "Earlier, the army -" is not a dateline: the place must be short and
    # either upper-case, followed by an outlet or country, or marked with a parenthesised outlet.
    if len(place.split()) > 3:
        return None, None, 0
    outlet = None
    if paren:
        outlet = paren.strip()
    if second:
        if _looks_like_outlet(second) or outlet:
            outlet = outlet or second.strip()
        elif not (place.isupper() or second[0].isupper()):
            return None, None, 0
    if not (place.isupper() or outlet or second):
        return None, None, 0
    return place.strip().title() if place.isupper() else place.strip(), outlet, m.end()


_DATE_LINE = re.compile(
    r"^\W*(?:published|posted|updated|date)(?:\s+on)?\s*:?\s*(?P<date>.{6,40}?)\s*$", re.IGNORECASE
)


def chrome_date(text: str) -> str | None:
    """The publication date printed in a text dump's chrome ("Published: 12 March 2024")."""
    for ln in text.splitlines()[:40]:
        m = _DATE_LINE.match(ln.strip())
        if m:
            found = normalise_date(m.group("date"))
            if found:
                return found
    return None


def _unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines: a line that stops mid-sentence continues on the next line when
    that one starts in lower case ("…a police spokesman" + "said. Yesterday…")."""
    out: list[str] = []
    for ln in lines:
        if (out and out[-1] and ln and (ln[0].islower() or ln[0] in ",;")
                and out[-1][-1] not in ".!?:\"'”’)"):
            out[-1] = f"{out[-1]} {ln}"
        else:
            out.append(ln)
    return out


def strip_chrome(text: str) -> tuple[str, str | None]:
    """Drop page-chrome lines from a text dump; returns ``(body, title)``.

    A title is the first short, non-chrome line that is not a sentence, when it is followed by
    body text.
    """
    lines = _unwrap([ln.strip() for ln in
                     text.replace("\r\n", "\n").replace("\r", "\n").split("\n")])
    kept: list[str] = []
    title: str | None = None
    seen_body = False
    for ln in lines:
        if not ln:
            if kept and kept[-1] != "":
                kept.append("")
            continue
        if _CHROME_LINE.match(ln):
            continue
        words = ln.split()
        is_sentence = ln[-1] in ".!?\"'”’)" and len(words) >= 4
        if not seen_body and _SITE_TITLE.match(ln) and not is_sentence:
            continue  # "Asharq Al-Awsat | English Archive"
        if not seen_body and not is_sentence and len(words) <= 20 and not split_dateline(ln)[2]:
            if title is None and len(words) >= 3:
                title = ln
                continue
            if len(words) < 3:
                continue
        seen_body = seen_body or is_sentence or len(words) > 20
        kept.append(ln)
    body = "\n".join(kept).strip()
    body = re.sub(r"\n{2,}", "\n\n", body)
    if not body and title:  # a one-line text is the text, not a headline
        return title, None
    return body, title


def normalise_date(value: str | None) -> str | None:
    """Return ``YYYY-MM-DD`` for a date string in common formats, else ``None``."""
    if not value:
        return None
    value = value.strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    try:
        import dateparser

        parsed = dateparser.parse(value, settings={"STRICT_PARSING": True})
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date().isoformat() if parsed else None


def _clean_html(raw: RawDocument) -> Article:
    from htmldate import find_date

    notes: tuple[str, ...] = ()
    if len(raw.body) > MAX_HTML_CHARS:
        body, note = slim(raw.body)
        raw, notes = replace(raw, body=body), (note,) if note else ()
    if len(raw.body) > MAX_HTML_CHARS:
        cut = raw.body.rfind("<", MAX_HTML_CHARS // 2, MAX_HTML_CHARS)
        cut = cut if cut > 0 else MAX_HTML_CHARS
        notes += (f"HTML page is {len(raw.body):,} characters; only the first {cut:,} were "
                  f"read",)
        raw = replace(raw, body=raw.body[:cut])

    doc = _extract(raw)
    if doc is None:  # markup nested past the parser's depth loses its text: flattened, again
        body, note = flatten(raw.body)
        if note is not None:
            doc, notes = _extract(replace(raw, body=body)), notes + (note,)
    if doc is None:
        raise ReadError(raw.source, "no article text found in the HTML page")
    text = doc.text
    title = raw.title or getattr(doc, "title", None)
    outlet = raw.outlet or getattr(doc, "sitename", None)
    pubdate = normalise_date(raw.date)
    guessed = False
    if pubdate is None:
        try:
            pubdate = find_date(raw.body, extensive_search=False, original_date=True)
            if pubdate is None:
                pubdate = find_date(raw.body, extensive_search=True, original_date=True)
                guessed = pubdate is not None
        except Exception:  # htmldate on broken markup: no date is better than no document
            pubdate = None
    return _finish(raw, text, title, outlet, pubdate, guessed).with_(notes=notes)


def _extract(raw: RawDocument) -> Any:
    """trafilatura's extraction of a page, or ``None`` when it holds no text."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            raw.body, url=raw.url, with_metadata=True, include_comments=False,
            include_tables=False, favor_precision=True,
        )
    except Exception as err:  # trafilatura raises many kinds on hostile markup
        raise ReadError(raw.source, f"could not parse HTML: {err}") from err
    if doc is None or not (getattr(doc, "text", None) or "").strip():
        return None
    return doc


def _finish(
    raw: RawDocument, text: str, title: str | None, outlet: str | None,
    pubdate: str | None, guessed: bool,
) -> Article:
    text = text.strip()
    if title:
        first, _, rest = text.partition("\n")
        if first.strip().lower() == title.strip().lower() and rest.strip():
            text = rest.strip()  # the headline repeated as the body's first line
    place, dl_outlet, length = split_dateline(text)
    if length:
        text = text[length:]
    text = text.strip()
    if not text:
        raise ReadError(raw.source, "no article text left after removing page chrome")
    return Article(
        doc_id=raw.doc_id,
        text=text,
        title=title,
        url=raw.url,
        outlet=outlet or dl_outlet,
        pubdate=pubdate,
        pubdate_guessed=guessed,
        dateline_place=place,
        path=raw.path,
        where=raw.where,
    )


def bound_text(article: Article) -> Article:
    """The article with its text cut to :data:`annotate.MAX_TEXT_CHARS` (at a sentence end or a
    space near the limit) and a note saying so; unchanged when it is shorter."""
    from .annotate import MAX_TEXT_CHARS as limit

    text = article.text
    if len(text) <= limit:
        return article
    near = limit - limit // 10
    cut = max(text.rfind(". ", near, limit) + 1, text.rfind("\n", near, limit))
    if cut <= 0:
        cut = text.rfind(" ", near, limit)
    if cut <= 0:
        cut = limit
    note = f"text is {len(text):,} characters; only the first {cut:,} were coded"
    return article.with_(text=text[:cut].rstrip(), notes=(*article.notes, note))


def clean(raw: RawDocument, *, pubdate: str | None = None) -> Article:
    """Turn a raw document into an :class:`Article`; ``pubdate`` overrides what the document says.
    Texts are cut to a bound (:func:`bound_text`).

    Raises :class:`ReadError` when no article text is left.
    """
    if raw.kind == "html":
        article = _clean_html(raw)
    else:
        body, title = strip_chrome(raw.body)
        printed = normalise_date(raw.date) or chrome_date(raw.body)
        article = _finish(raw, body, raw.title or title, raw.outlet, printed, False)
    if pubdate:
        article = article.with_(pubdate=pubdate, pubdate_guessed=False)
    elif raw.date and normalise_date(raw.date) is None:
        article = article.with_(notes=(*article.notes, f"its date {raw.date[:40]!r} is not a "
                                       f"date (YYYY-MM-DD); the publication date was looked "
                                       f"for in the document"))
    return bound_text(article)
