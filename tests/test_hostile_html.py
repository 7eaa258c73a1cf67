"""Pages built to defeat an HTML parser, each generated here: :func:`flatten` and :func:`slim`
end in time and keep the page's text."""

from __future__ import annotations

import pytest

from dateline.hostile_html import MAX_DEPTH, flatten

TEXT = "<p>The guards of Velmora left the gate.</p>"


def _nested(levels: int, tail: str = "") -> str:
    return ("<html><body>" + "<div>" * levels + TEXT + "</div>" * levels + tail
            + "</body></html>")


# name -> (page, how many tags go, how many <div> tags stay)
FLATTEN: dict[str, tuple[str, int, int]] = {
    "an ordinary page": (_nested(3), 0, 3),
    "nested past the depth": (_nested(200), 2 * (200 - (MAX_DEPTH - 2)), MAX_DEPTH - 2),
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
