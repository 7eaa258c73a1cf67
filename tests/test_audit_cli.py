"""Bad option values on the command line: one line naming the option, and exit status 2 (a
usage error), like every other option's bad value; nothing is loaded or written first."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

# arguments -> the option the one error line names
BAD_NUMBERS = {
    ("extract", "x.txt", "--workers", "0"): "--workers",
    ("extract", "x.txt", "-w", "-2"): "-w",
    ("extract", "x.txt", "--batch-size", "0"): "--batch-size",
    ("ingest", "x.txt", "--db", "s.duckdb", "--workers", "0"): "--workers",
    ("ingest", "x.txt", "--db", "s.duckdb", "--batch-size", "-1"): "--batch-size",
    ("demo", "--db", "d.duckdb", "--workers", "0"): "--workers",
    ("demo", "--db", "d.duckdb", "--serve", "--port", "0"): "--port",
    ("demo", "--db", "d.duckdb", "--serve", "--port", "70000"): "--port",
    ("events", "--db", "s.duckdb", "--event-type", "ASSUALT"): "--event-type",
    ("export", "--db", "s.duckdb", "-o", "x.csv", "--type", "riot"): "--event-type",
    ("events", "--db", "s.duckdb", "--country", "12"): "--country",
}


# a file whose name begins with a dash, named as the command's only path
DASHED = {"-report.txt": "./-report.txt", "--x.txt": "./--x.txt"}


@pytest.mark.parametrize("name", sorted(DASHED))
def test_audit_cli_file_named_like_an_option_gets_a_hint(tmp_path, name):
    (tmp_path / name).write_text("Police arrested two men in Goma on Monday.\n")
    r = subprocess.run([sys.executable, "-m", "dateline", "extract", name], capture_output=True,
                       text=True, cwd=tmp_path, timeout=120)
    lines = r.stderr.strip().splitlines()
    assert r.returncode == 2 and len(lines) == 1 and DASHED[name] in lines[0], r.stderr


@pytest.mark.parametrize("args", sorted(BAD_NUMBERS))
def test_audit_cli_bad_number_is_a_usage_error(tmp_path, args):
    (tmp_path / "x.txt").write_text("Police arrested two men in Goma on Monday.\n")
    r = subprocess.run([sys.executable, "-m", "dateline", *args], capture_output=True,
                       text=True, cwd=tmp_path, timeout=120)
    lines = r.stderr.strip().splitlines()
    assert r.returncode == 2, r.stderr
    assert len(lines) == 1 and lines[0].startswith("error:") and BAD_NUMBERS[args] in lines[0]
    assert "Traceback" not in r.stderr and r.stdout == ""
    assert not (tmp_path / "s.duckdb").exists() and not (tmp_path / "d.duckdb").exists()


@pytest.mark.parametrize("flag", ["--event-type", "--country"])
def test_audit_cli_empty_filter_means_no_filter(tmp_path, flag):
    from test_audit_inputs import one_event_store

    db = one_event_store(tmp_path / "e.duckdb")
    r = subprocess.run([sys.executable, "-m", "dateline", "events", "--db", str(db), flag, ""],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "COERCE" in r.stdout


def _write_lines(path, lines, stop=None):
    from dateline.cli.options import output

    with output(path) as out:
        for i, line in enumerate(lines):
            if i == stop:
                raise KeyboardInterrupt
            out.write(line + "\n")


# what happens while writing -> what the file holds after (its earlier content is "old")
WRITES = {
    "finished": (None, "a\nb\n"),
    "interrupted half-way": (1, "old\n"),
}


@pytest.mark.parametrize("name", sorted(WRITES))
def test_audit_cli_output_file_is_whole_or_as_it_was(tmp_path, name):
    stop, expected = WRITES[name]
    target = tmp_path / "events.jsonl"
    target.write_text("old\n")
    if stop is None:
        _write_lines(target, ["a", "b"])
    else:
        with pytest.raises(KeyboardInterrupt):
            _write_lines(target, ["a", "b"], stop)
    assert target.read_text() == expected
    assert [p.name for p in tmp_path.iterdir()] == ["events.jsonl"]


def test_audit_cli_output_through_a_symlink_keeps_the_link(tmp_path):
    (tmp_path / "target.jsonl").write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to("target.jsonl")
    _write_lines(link, ["a"])
    assert link.is_symlink() and (tmp_path / "target.jsonl").read_text() == "a\n"
    with pytest.raises(KeyboardInterrupt):
        _write_lines(link, ["b", "c"], 1)
    assert link.is_symlink() and (tmp_path / "target.jsonl").read_text() == "a\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.jsonl", "target.jsonl"]


class _Broken(Exception):
    pass


# what goes wrong half-way through an export -> the exception the caller sees
EXPORT_FAILURES = {"Ctrl-C": KeyboardInterrupt, "an error from the store": _Broken}


@pytest.mark.parametrize("name", sorted(EXPORT_FAILURES))
def test_audit_cli_export_failing_half_way_leaves_the_file_as_it_was(tmp_path, monkeypatch,
                                                                     name):
    import dateline.export
    from dateline.export import export
    from test_audit_inputs import one_event_store

    db = one_event_store(tmp_path / "x.duckdb")
    target = tmp_path / "out.csv"
    target.write_text("old\n")

    def failing(fmt, items, fh):
        fh.write("half")
        raise EXPORT_FAILURES[name]

    monkeypatch.setattr(dateline.export, "_write", failing)
    with pytest.raises(EXPORT_FAILURES[name]):
        export(db, "acled", target)
    assert target.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv", "x.duckdb"]


def test_audit_cli_export_to_stdout_and_through_a_symlink(tmp_path, capsys):
    from dateline.export import export
    from test_audit_inputs import one_event_store

    db = one_event_store(tmp_path / "x.duckdb")
    assert export(db, "cameo", "-") == 1
    assert "\t" in capsys.readouterr().out
    (tmp_path / "real.tsv").write_text("old\n")
    (tmp_path / "link.tsv").symlink_to("real.tsv")
    export(db, "cameo", tmp_path / "link.tsv")
    assert (tmp_path / "link.tsv").is_symlink()
    assert (tmp_path / "real.tsv").read_text() != "old\n"


def test_audit_cli_output_to_a_device_or_stdout(tmp_path, capsys):
    _write_lines(Path("/dev/null"), ["a"])
    _write_lines(Path("-"), ["to stdout"])
    assert capsys.readouterr().out == "to stdout\n"
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("where", ["missing/events.jsonl", "."])
def test_audit_cli_output_that_cannot_be_written_is_one_line(tmp_path, where, capsys):
    import typer

    with pytest.raises(typer.Exit):
        _write_lines(tmp_path / where, ["a"])
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: cannot write")


# command -> whether its Ctrl-C line says that running it again goes on
INTERRUPTED = {"ingest": True, "extract": False}


@pytest.mark.parametrize("command", sorted(INTERRUPTED))
def test_audit_cli_interrupt_says_so_and_exits_130(tmp_path, monkeypatch, capsys, command):
    import dateline.ingest
    import dateline.pipeline
    from dateline.cli import main

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(dateline.ingest, "ingest_paths", interrupted)
    monkeypatch.setattr(dateline.pipeline, "articles_from_paths", interrupted)
    (tmp_path / "x.txt").write_text("Police arrested two men in Goma on Monday.\n")
    args = [command, str(tmp_path / "x.txt")] + (
        ["--db", str(tmp_path / "s.duckdb")] if command == "ingest" else [])
    monkeypatch.setattr(sys, "argv", ["dateline", *args])
    with pytest.raises(SystemExit) as stopped:
        main()
    assert stopped.value.code == 130
    err = capsys.readouterr().err
    assert "interrupted" in err and len(err.strip().splitlines()) == 1
    assert ("run again" in err) is INTERRUPTED[command], err


def test_audit_cli_events_table_goes_to_the_output_file(tmp_path):
    from test_audit_inputs import one_event_store

    db = one_event_store(tmp_path / "t.duckdb")
    out = tmp_path / "table.txt"
    r = subprocess.run([sys.executable, "-m", "dateline", "events", "--db", str(db), "--format",
                        "table", "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "" and "COERCE" in out.read_text()
