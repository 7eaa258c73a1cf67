"""Stage ``read``: turn paths, directories and stdin into raw documents.

Every reader yields either a :class:`RawDocument` or a :class:`~dateline.errors.ReadError`; a bad
file or record is reported, never raised, so a batch goes on past it.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .errors import ReadError

__all__ = ["RawDocument", "read_paths", "decode_bytes", "MAX_DOCUMENT_BYTES", "SUFFIXES"]

#: Documents larger than this are refused with a clear error (a news article is rarely > 1 MB).
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
#: A WARC record's payload is read up to this many bytes (guards against gzip bombs).
MAX_WARC_RECORD_BYTES = 10 * 1024 * 1024

SUFFIXES = (".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson", ".warc", ".warc.gz")


@dataclass(frozen=True, slots=True)
class RawDocument:
    """A document as read, before cleaning. ``kind`` is ``"text"`` or ``"html"``."""

    doc_id: str
    body: str
    kind: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    date: str | None = None
    path: str | None = None


ReadResult = RawDocument | ReadError


def decode_bytes(data: bytes, source: str) -> str:
    """Decode bytes to text: UTF-8 (with or without BOM) first, then charset detection.

    Raises :class:`ReadError` for binary data.
    """
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError(source, "looks like a binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:2_000_000]).best()
    if best is None or best.encoding is None:
        raise ReadError(source, "could not detect the text encoding (binary or corrupt file?)")
    text = data.decode(best.encoding, errors="replace")
    if _control_ratio(text) > 0.05:
        raise ReadError(source, "looks like a binary file, not text")
    return text


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return bad / len(sample)


def _kind_of(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".warc.gz") or name.endswith(".warc"):
        return "warc"
    suffix = path.suffix.lower()
    if suffix in (".txt", ".text"):
        return "text"
    if suffix in (".html", ".htm"):
        return "html"
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    return None


def read_paths(
    paths: Iterable[str | os.PathLike[str]], *, stdin: BinaryIO | None = None
) -> Iterator[ReadResult]:
    """Read every path (files, directories recursively, ``-`` for stdin), in order."""
    for raw in paths:
        spec = str(raw)
        if spec == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stdin(stream)
            continue
        path = Path(spec)
        if not path.exists():
            yield ReadError(spec, "no such file or directory")
        elif path.is_dir():
            found = False
            for child in sorted(path.rglob("*")):
                if child.is_file() and _kind_of(child) is not None:
                    found = True
                    yield from _read_file(child)
            if not found:
                yield ReadError(spec, f"directory holds no readable files ({', '.join(SUFFIXES)})")
        else:
            yield from _read_file(path)


def _read_stdin(stream: BinaryIO) -> Iterator[ReadResult]:
    data = stream.read(MAX_DOCUMENT_BYTES * 50 + 1)
    if not data.strip():
        yield ReadError("<stdin>", "empty input")
        return
    head = data.lstrip()[:1]
    if head == b"{":
        yield from _read_jsonl_lines(io.BytesIO(data), "<stdin>")
    else:
        try:
            text = decode_bytes(data, "<stdin>")
        except ReadError as err:
            yield err
            return
        kind = "html" if text.lstrip()[:200].lower().startswith(("<!doctype", "<html")) else "text"
        yield RawDocument(doc_id="stdin", body=text, kind=kind, path="-")


def _read_file(path: Path) -> Iterator[ReadResult]:
    spec = str(path)
    kind = _kind_of(path)
    try:
        size = path.stat().st_size
    except OSError as err:
        yield ReadError(spec, f"cannot read: {err.strerror or err}")
        return
    if size == 0:
        yield ReadError(spec, "empty file")
        return
    try:
        if kind == "jsonl":
            with path.open("rb") as fh:
                yield from _read_jsonl_lines(fh, spec)
            return
        if kind == "warc":
            yield from _read_warc(path)
            return
        if size > MAX_DOCUMENT_BYTES:
            yield ReadError(
                spec, f"file is {size // 1_048_576} MB; documents over "
                f"{MAX_DOCUMENT_BYTES // 1_048_576} MB are refused (split it or use JSONL)"
            )
            return
        data = path.read_bytes()
    except OSError as err:
        yield ReadError(spec, f"cannot read: {err.strerror or err}")
        return
    try:
        text = decode_bytes(data, spec)
    except ReadError as err:
        yield err
        return
    if not text.strip():
        yield ReadError(spec, "file holds only whitespace")
        return
    if kind is None:  # named explicitly with an unknown suffix: sniff it
        kind = "html" if "<html" in text[:2000].lower() else "text"
    yield RawDocument(doc_id=_doc_id_for(path), body=text, kind=kind, path=spec)


def _doc_id_for(path: Path) -> str:
    return path.name


def _read_jsonl_lines(fh: BinaryIO, spec: str) -> Iterator[ReadResult]:
    seen_any = False
    for lineno, line in enumerate(fh, start=1):
        where = f"{spec}:{lineno}"
        if not line.strip():
            continue
        seen_any = True
        if len(line) > MAX_DOCUMENT_BYTES:
            yield ReadError(where, "line longer than the document size limit; skipped")
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            yield ReadError(where, f"malformed JSON ({err.__class__.__name__}); line skipped")
            continue
        result = _record_to_document(record, where, spec, lineno)
        yield result
    if not seen_any:
        yield ReadError(spec, "no JSON lines found")


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _record_to_document(record: object, where: str, spec: str, lineno: int) -> ReadResult:
    if not isinstance(record, dict):
        return ReadError(where, "a JSONL line must be an object with at least a 'text' field")
    text = record.get("text")
    if not isinstance(text, str):
        return ReadError(where, "field 'text' is missing or not a string; line skipped")
    if not text.strip():
        return ReadError(where, "field 'text' is empty; line skipped")
    doc_id = _as_text(record.get("id"))
    if doc_id is None and record.get("id") is not None:
        return ReadError(where, "field 'id' must be a string or a number; line skipped")
    doc_id = doc_id or f"{Path(spec).name}:{lineno}"
    kind = "html" if text.lstrip()[:200].lower().startswith(("<!doctype", "<html")) else "text"
    return RawDocument(
        doc_id=doc_id,
        body=text,
        kind=kind,
        title=_as_text(record.get("title")),
        url=_as_text(record.get("url")),
        outlet=_as_text(record.get("source")),
        date=_as_text(record.get("date")),
        path=spec,
    )


def _read_warc(path: Path) -> Iterator[ReadResult]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    spec = str(path)
    count = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh, check_digests="raise"):
                if record.rec_type != "response":
                    continue
                http = record.http_headers
                ctype = (http.get_header("Content-Type") if http else "") or ""
                if "html" not in ctype.lower() and "text" not in ctype.lower():
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or f"record-{count}"
                payload = record.content_stream().read(MAX_WARC_RECORD_BYTES + 1)
                count += 1
                if len(payload) > MAX_WARC_RECORD_BYTES:
                    yield ReadError(f"{spec}#{uri}", "record payload too large; skipped")
                    continue
                if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than declared
                    yield ReadError(spec, f"truncated WARC: record {count} ({uri}) is cut short")
                    return
                try:
                    text = decode_bytes(payload, f"{spec}#{uri}")
                except ReadError as err:
                    yield err
                    continue
                kind = "html" if "html" in ctype.lower() else "text"
                yield RawDocument(doc_id=uri, body=text, kind=kind, url=uri, path=spec)
    except (ArchiveLoadFailed, EOFError, OSError, gzip.BadGzipFile, ValueError) as err:
        yield ReadError(spec, f"truncated or corrupt WARC after {count} record(s): {err}".strip())
        return
    if count == 0:
        yield ReadError(spec, "WARC holds no HTML or text response records")
