"""Bad parameters for ``dateline serve`` and its API: each gets one clear line (a 4xx JSON error
for a request, an ``error:`` line and exit 1 for the command), never a traceback."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from dateline.errors import ConfigError
from dateline.store import Store


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("serve") / "e.duckdb"
    with Store(db):
        pass
    return db


def _get(db: Path, url: str) -> httpx.Response:
    from dateline.serve import create_app

    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=create_app(db), raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as client:
            return await client.get(url)

    return asyncio.run(go())


@pytest.mark.parametrize("url, words", [
    ("/api/events?limit=abc", "limit"),
    ("/api/events?date_from=2024-02-30", "date_from must be a date"),
    ("/api/events?date_to=%FF", "date_to must be a date"),
    ("/api/events?country=%00%01", "country must be an ISO 3166"),
    ("/api/events?event_type=%3Cscript%3E", "event_type must be one of"),
    ("/api/events?actor=" + "a" * 500, "at most 200 characters"),
    ("/api/stats/timeline?interval=century", "interval"),
    ("/api/stats/actor_pairs?limit=0", "limit"),
    ("/api/events/" + "x" * 100, "at most 64 characters"),
])
def test_bad_serve_api_parameter_is_a_400_with_one_line(empty_db, url, words):
    r = _get(empty_db, url)
    assert r.status_code == 400
    message = r.json()["error"]["message"]
    assert words in message and "\n" not in message


def _busy_port() -> socket.socket:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)
    return sock


@pytest.mark.parametrize("host, busy, words", [
    ("999.1.1.1", False, "is not an address or a name of this machine"),
    ("192.0.2.1", False, "not an address of this machine"),  # TEST-NET: never this machine's
    ("127.0.0.1", True, "another server uses that port"),
])
def test_bad_serve_address_that_cannot_be_listened_on(host, busy, words):
    from dateline.serve.app import check_address

    with _busy_port() as sock:
        port = sock.getsockname()[1] if busy else 0
        with pytest.raises(ConfigError, match=words):
            check_address(host, port)
    check_address("127.0.0.1", 0)  # a free address passes


def test_bad_serve_cli_port_in_use_is_one_line(empty_db):
    with _busy_port() as sock:
        port = str(sock.getsockname()[1])
        r = subprocess.run([sys.executable, "-m", "dateline", "serve", "--db", str(empty_db),
                            "--port", port], capture_output=True, timeout=120)
    lines = r.stderr.decode().strip().splitlines()
    assert r.returncode == 1 and len(lines) == 1, lines
    assert lines[0].startswith("error: cannot listen on 127.0.0.1:") and "--port" in lines[0]
