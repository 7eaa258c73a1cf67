"""DATELINE_DATA_PATH: folders whose data files extend or replace the packaged ones by name."""

from __future__ import annotations

import os

import pytest

from dateline.actors import load_dictionary
from dateline.datafiles import (OVERLAY_ENV, REPLACE_MARK, data_files, data_rows, overlay_held,
                                overlay_key, packaged_file)
from dateline.errors import ConfigError, DataFileError

SENTENCE = "The Kestrel Front waylaid an army convoy near Gao on Tuesday."
GROUP = "# an armed group made up for this test\nkestrel front\tKestrel Front\tMLI\tREB\n"
VERB = "# to ambush\nwaylay\tASSAULT\t\t18\n"


def _write(folder, rel, text):
    (folder / rel).parent.mkdir(parents=True, exist_ok=True)
    (folder / rel).write_text(text, encoding="utf-8")


def _coded(pipeline):
    return [(e.event_type, e.cameo_root, e.source and (e.source.name, e.source.country,
                                                       e.source.sector))
            for e in pipeline.extract(SENTENCE, pubdate="2024-05-09")]


def test_overlay_adds_an_actor_and_a_verb_that_the_pipeline_codes(pipeline, tmp_path,
                                                                  monkeypatch):
    monkeypatch.delenv(OVERLAY_ENV, raising=False)
    assert ("ASSAULT", "18", ("Kestrel Front", "MLI", "REB")) not in _coded(pipeline)
    _write(tmp_path, "actors/organizations.tsv", GROUP)
    _write(tmp_path, "lexicon/verbs.tsv", VERB)
    monkeypatch.setenv(OVERLAY_ENV, str(tmp_path))
    assert _coded(pipeline) == [("ASSAULT", "18", ("Kestrel Front", "MLI", "REB"))]
    monkeypatch.delenv(OVERLAY_ENV)
    assert ("ASSAULT", "18", ("Kestrel Front", "MLI", "REB")) not in _coded(pipeline)


@pytest.mark.parametrize("rel, text, message", [
    ("actors/organizations.tsv", GROUP + "kestrel youth\tKestrel Youth\tMLI\tYTH\n",
     "organizations.tsv line 3: unknown sector 'YTH'"),
    ("lexicon/verbs.tsv", VERB + "waylay\tAMBUSH\t\t18\n",
     "verbs.tsv line 3: unknown PLOVER type 'AMBUSH'"),
    ("actors/agents.tsv", "sniper\n", "agents.tsv line 1: expected 2 tab-separated columns"),
])
def test_overlay_malformed_row_is_rejected_with_file_and_line(pipeline, tmp_path, monkeypatch,
                                                              rel, text, message):
    _write(tmp_path, rel, text)
    monkeypatch.setenv(OVERLAY_ENV, str(tmp_path))
    with pytest.raises(DataFileError, match=f"{tmp_path}.*{message}") as caught:
        pipeline.extract(SENTENCE, pubdate="2024-05-09")
    assert not isinstance(caught.value.__context__, KeyError)  # no cache miss in the trace


def test_overlay_folders_take_precedence_in_order_and_a_file_may_replace(tmp_path, monkeypatch):
    first, second = tmp_path / "first", tmp_path / "second"
    _write(first, "actors/outlets.txt", "kestrel radio\n")
    _write(second, "actors/outlets.txt", f"{REPLACE_MARK}\nfalcon tv\n")
    monkeypatch.setenv(OVERLAY_ENV, os.pathsep.join([str(first), str(second)]))
    assert data_files("actors/outlets.txt") == (first / "actors/outlets.txt",
                                                second / "actors/outlets.txt")
    outlets = load_dictionary().outlets
    assert {"kestrel radio", "falcon tv"} <= outlets
    assert "reuters" not in outlets  # the packaged list was replaced
    monkeypatch.setenv(OVERLAY_ENV, str(first))
    assert data_files("actors/outlets.txt") == (first / "actors/outlets.txt",
                                                packaged_file("actors/outlets.txt"))
    assert "reuters" in load_dictionary().outlets


def test_overlay_folder_that_does_not_exist_is_a_config_error(tmp_path, monkeypatch):
    monkeypatch.setenv(OVERLAY_ENV, str(tmp_path / "missing"))
    with pytest.raises(ConfigError, match="is not a folder"):
        data_files("sectors.tsv")


def test_overlay_held_reads_the_variable_once_for_a_stretch_of_work(tmp_path, monkeypatch):
    folder = tmp_path / "extra"
    _write(folder, "actors/outlets.txt", "kestrel radio\n")
    monkeypatch.delenv(OVERLAY_ENV, raising=False)
    with overlay_held() as key:
        assert key == overlay_key() == ""
        monkeypatch.setenv(OVERLAY_ENV, str(folder))
        assert overlay_key() == ""  # changed within the stretch: counts from the next one
        assert "kestrel radio" not in load_dictionary().outlets
    assert overlay_key() == str(folder)
    assert "kestrel radio" in load_dictionary().outlets
    with overlay_held() as key:
        assert key == str(folder)


# (a data file's text, its rows with their line numbers): what every table reader starts from
DATA_ROWS = [
    ("# a comment\n\nkestrel front\tMLI\n", [(3, ["kestrel front", "MLI"])]),
    ("  gao \t MLI \n   \n", [(1, ["gao", "MLI"])]),  # cells stripped, a blank line skipped
    ("a\t\tREB\n#\tno row\n", [(1, ["a", "", "REB"])]),  # an empty cell kept
]


@pytest.mark.parametrize("text, rows", DATA_ROWS)
def test_overlay_data_rows_skip_comments_and_blank_lines(tmp_path, text, rows):
    path = tmp_path / "t.tsv"
    path.write_text(text, encoding="utf-8")
    assert list(data_rows(path)) == rows


@pytest.mark.parametrize(("code", "ok"), [
    ("SYR", True), ("GBR", True),
    ("syr", False), ("SY", False), ("SYRA", False), ("SY1", False), ("ÉGY", False), ("", False),
])
def test_overlay_iso3_codes_have_their_shape(code, ok):
    from dateline.datafiles import is_iso3

    assert is_iso3(code) is ok
