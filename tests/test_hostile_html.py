"""Pages built to defeat an HTML parser, each generated here: :func:`flatten` and :func:`slim`
end in time and keep the page's text."""

from __future__ import annotations

import pytest

from dateline.hostile_html import MAX_DEPTH, MAX_VALUE_CHARS, flatten, slim

TEXT = "<p>The guards of Velmora left the gate.</p>"


def _nested(levels: int, tail: str = "") -> str:
    return ("<html><body>" + "<div>" * levels + TEXT + "</div>" * levels + tail
            + "</body></html>")


# name -> (page, how many tags go, how many <div> tags stay)
FLATTEN: dict[str, tuple[str, int, int]] = {
    "an ordinary page": (_nested(3), 0, 3),
    "nested past the depth": (_nested(200), 2 * (200 - (MAX_DEPTH - 2)), MAX_DEPTH - 2),
    "comments before a shallow page": ("<!-- a note -->" * 200 + _nested(3), 0, 3),
    "unclosed openers after an open comment": (
        _nested(200, "<!--" + "<a" * 20_000), 2 * (200 - (MAX_DEPTH - 2)), MAX_DEPTH - 2),
}


@pytest.mark.parametrize("name", list(FLATTEN))
def test_flatten_drops_only_the_tags_below_the_depth(name):
    page, dropped, divs = FLATTEN[name]
    out, note = flatten(page)
    assert TEXT in out and out.count("<div>") == divs
    assert out.endswith(page[page.rindex("</div>"):])  # what follows the markup is kept
    if dropped:
        assert note is not None and f"{dropped:,} tags" in note
    else:
        assert out is page and note is None


LONG = "x" * (MAX_VALUE_CHARS + 10)

# name -> (page, the page slimmed; None when it stays as it is)
SLIM: dict[str, tuple[str, str | None]] = {
    "a long script": (f"<script>{LONG}</script>{TEXT}", f"<script></script>{TEXT}"),
    "a long style, tags in capitals": (f"<STYLE media=all>{LONG}</Style >{TEXT}",
                                       f"<STYLE media=all></Style >{TEXT}"),
    "start tags inside a script are its text": (
        f"<script>{'<script>' * 50}{LONG}</script>{TEXT}", f"<script></script>{TEXT}"),
    "linked data is kept": (f'<script type="application/ld+json">{LONG}</script>{TEXT}', None),
    "a short script": (f"<script>var a = 1;</script>{TEXT}", None),
    "scripts never closed": (f"<html><body>{'<script>' * 20_000}{LONG}{TEXT}", None),
}


@pytest.mark.parametrize("name", list(SLIM))
def test_slim_empties_only_long_closed_bodies(name):
    page, slimmed = SLIM[name]
    out, note = slim(page)
    if slimmed is None:
        assert out is page and note is None
    else:
        assert out == slimmed and note is not None
