"""Pages built to defeat an HTML parser, made readable before the page's text is extracted.

Two shapes lose a page's text without an error: markup nested deeper than the parser goes
(libxml2 stops at 256 levels and drops what is below), and a few huge attribute values, inline
scripts or styles that push the article past the size the page is read to. Neither ever holds
article text: huge values are emptied from a page too large to read whole, and a page whose text
could not be found is read again with its markup flattened below a depth; the text is kept as it
was. An ordinary page is never changed.
"""

from __future__ import annotations

import re

__all__ = ["MAX_DEPTH", "MAX_VALUE_CHARS", "flatten", "slim"]

#: Elements nested deeper than this lose their tags (their text stays in place).
MAX_DEPTH = 128
#: Attribute values and script or style bodies longer than this are emptied.
MAX_VALUE_CHARS = 10_000

# elements that hold nothing, and those whose end tag may be left out (which nest no deeper)
_FLAT = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr", "p", "li", "dt", "dd", "tr",
                   "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup",
                   "rt", "rp"})
# (the attribute class leaves out "<": a tag left open ends at the next one instead of the page's
# end, which made each unclosed opener scan the rest of the page)
_TAG = re.compile(r"<(/?)([A-Za-z!][\w:.-]*)(?:[^<>\"']|\"[^\"]*\"|'[^']*')*?(/?)>")
_N = MAX_VALUE_CHARS
_LONG_ATTR = re.compile(rf"""(=\s*)(?:"[^"]{{{_N},}}"|'[^']{{{_N},}}')""")
# a script or style's start and end tags, paired in one pass (what lies between is not markup)
_BODY_TAG = re.compile(r"<(/?)(script|style)\b[^<>]*>", re.IGNORECASE)


def slim(html: str) -> tuple[str, str | None]:
    """``html`` with attribute values and script or style bodies longer than
    :data:`MAX_VALUE_CHARS` emptied (linked data kept), and a note when any were."""
    slimmer = _empty_long_bodies(_LONG_ATTR.sub(r'\1""', html))
    if len(slimmer) == len(html):
        return html, None
    return slimmer, (f"HTML page: {len(html) - len(slimmer):,} characters of huge attribute "
                     f"values, scripts or styles dropped")


def flatten(html: str) -> tuple[str, str | None]:
    """``html`` without the tags of elements nested deeper than :data:`MAX_DEPTH` (their text
    stays), and a note when any went."""
    flat, dropped = _flatten(html)
    if not dropped:
        return html, None
    return flat, (f"HTML page nested deeper than {MAX_DEPTH} levels: {dropped:,} tags below "
                  f"that depth dropped, their text kept")


def _empty_long_bodies(html: str) -> str:
    """``html`` with script and style bodies longer than :data:`MAX_VALUE_CHARS` emptied, except
    linked data (which may hold the page's date); a start tag never closed is left alone."""
    out: list[str] = []
    last = 0
    start: re.Match[str] | None = None
    for m in _BODY_TAG.finditer(html):
        if start is None:
            start = None if m.group(1) else m
        elif m.group(1) and m.group(2).lower() == start.group(2).lower():
            if m.start() - start.end() >= _N and "ld+json" not in start.group(0).lower():
                out.append(html[last:start.end()])
                last = m.start()
            start = None
    if not out:
        return html
    out.append(html[last:])
    return "".join(out)


def _flatten(html: str) -> tuple[str, int]:
    """``html`` without the tags of elements deeper than :data:`MAX_DEPTH`, and how many tags
    went (the same string when none did)."""
    depth = 0
    out: list[str] = []
    last = dropped = 0
    for m in _TAG.finditer(html):
        closing, name, self_closing = m.group(1), m.group(2).lower(), m.group(3)
        if name.startswith("!") or name in _FLAT or self_closing:  # comments nest nothing
            continue
        if closing:
            deep = depth > MAX_DEPTH
            depth = max(0, depth - 1)
        else:
            depth += 1
            deep = depth > MAX_DEPTH
        if deep:
            out.append(html[last:m.start()])
            out.append(" ")
            last = m.end()
            dropped += 1
    if not dropped:
        return html, 0
    out.append(html[last:])
    return "".join(out), dropped
