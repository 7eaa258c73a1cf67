"""Status frames as data, and modality: what the text reports, plans, demands, wishes or guesses
at. One illustrative sentence per construction, written for these tests."""

from __future__ import annotations

import pytest

from dateline import Article
from dateline.code.frames import STATUSES, load_frames, read_frames
from dateline.errors import DataFileError


def test_modality_bundled_frames_load():
    frames = load_frames()
    assert frames.verbs["fail"] == ("failed", "control")
    assert frames.verbs["deny"] == ("denied", "any")
    assert frames.verbs["threaten"] == ("threatened", "clause")
    assert frames.nouns["bid"] == "attempted"
    assert "allegation" in frames.claims
    assert frames.auxes["might"] == "possible" and frames.auxes["must"] == "demanded"
    assert frames.marks["if"] == "conditional"
    assert "wish" in frames.unreal
    assert all(s in STATUSES for s, _ in frames.verbs.values())


BAD_FRAMES = [
    ("verb\tfail\tflunked\n", "unknown status 'flunked'"),
    ("verb\tfail\tfailed\tsomewhere\n", "reach must be one of"),
    ("noun\tbid\tattempted\tany\n", "only verb rows take a reach"),
    ("aux\tmight\tmaybe\n", "an auxiliary's mood is one of"),
    ("mark\tif\tconditional\nmark\tif\tconditional\n", "listed twice"),
    ("claim\trumour\tdenied\n", "a claim noun's status is 'alleged'"),
    ("gloss\tword\tactual\n", "unknown kind 'gloss'"),
    ("verb\tfail\n", "expected 'kind<TAB>word<TAB>status"),
]


@pytest.mark.parametrize("text, message", BAD_FRAMES)
def test_modality_frames_file_is_validated(tmp_path, text, message):
    path = tmp_path / "status_frames.tsv"
    path.write_text("# a comment\n" + text, encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        read_frames(path)
