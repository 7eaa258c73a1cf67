"""Bad option values on the command line: one line naming the option, and exit status 2 (a
usage error), like every other option's bad value; nothing is loaded or written first."""

from __future__ import annotations

import subprocess
import sys

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
}


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
