"""Stage ``read``: turn paths, directories and stdin into raw documents.

Every reader yields either a :class:`RawDocument` or a :class:`~dateline.errors.ReadError`; a bad
file or record is reported, never raised, so a batch goes on past it.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from .errors import ReadError, printable
from .records import content_hash, record_source

if TYPE_CHECKING:
    from .tabular import Columns

__all__ = ["RawDocument", "read_paths", "decode_bytes", "MAX_DOCUMENT_BYTES", "SUFFIXES"]

#: Documents larger than this are refused with a clear error (a news article is rarely > 1 MB).
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
#: A WARC record's payload is read up to this many bytes (guards against gzip bombs).
MAX_WARC_RECORD_BYTES = 10 * 1024 * 1024

SUFFIXES = (".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz",
            ".csv", ".warc", ".warc.gz")
#: A CSV file is read whole, so it may be larger than one document; beyond this, use JSONL.
MAX_CSV_BYTES = 50 * MAX_DOCUMENT_BYTES


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
    #: the record's place in a file of many documents ("export.jsonl:12"), for error lines
    where: str | None = None

    source = property(record_source)


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
    lenient = data.decode("utf-8-sig", errors="replace")
    invalid = lenient.count("\ufffd") - data.count("\ufffd".encode())
    valid_multibyte = sum(1 for ch in lenient if ord(ch) > 127) - lenient.count("\ufffd")
    few = invalid * 100 <= len(lenient)
    if few and valid_multibyte >= invalid:
        return lenient  # a UTF-8 document with a few stray bytes (Latin-1, cut characters)
    from charset_normalizer import from_bytes

    best = from_bytes(data[:2_000_000]).best()
    if best is None or best.encoding is None:
        if few:
            return lenient
        raise ReadError(source, "could not detect the text encoding (binary or corrupt file?)")
    text = data.decode(best.encoding, errors="replace")
    if _control_ratio(text) > 0.05:
        if few and _control_ratio(lenient) <= 0.05:
            return lenient
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
    if name.endswith((".jsonl.gz", ".ndjson.gz")):
        return "jsonl.gz"
    suffix = path.suffix.lower()
    if suffix in (".txt", ".text"):
        return "text"
    if suffix in (".html", ".htm"):
        return "html"
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    return None


def read_paths(
    paths: Iterable[str | os.PathLike[str]], *, stdin: BinaryIO | None = None,
    columns: Columns | None = None,
) -> Iterator[ReadResult]:
    """Read every path (files, directories recursively, ``-`` for stdin), in order.
    ``columns`` names the text, date and id columns of CSV files. (URLs are read by
    :func:`dateline.feeds.read_inputs`, which takes paths and URLs alike.)"""
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
            for child in _walk(path):
                if isinstance(child, ReadError):
                    yield child
                    continue
                found = True
                yield from _guarded(child, columns)
            if not found:
                yield ReadError(spec, f"directory holds no readable files ({', '.join(SUFFIXES)})")
        else:
            yield from _guarded(path, columns)


def _guarded(path: Path, columns: Columns | None = None) -> Iterator[ReadResult]:
    """A file's documents; whatever goes wrong while reading it stops that file only."""
    try:
        yield from _read_file(path, columns)
    except Exception as err:  # a reader's bug or limit on one file: report it, go on
        yield ReadError(str(path), f"could not be read ({err.__class__.__name__}: {err})")


def _walk(root: Path) -> Iterator[Path | ReadError]:
    """Readable files under ``root`` in path order; directories that cannot be listed come out
    as errors (they would otherwise be skipped without a word). Symbolic links to directories
    are not followed."""
    problems: list[OSError] = []
    files = [Path(dirpath) / name
             for dirpath, _dirs, names in os.walk(root, onerror=problems.append)
             for name in names]
    for err in problems:
        yield ReadError(str(err.filename or root),
                        f"cannot read directory: {err.strerror or err}; its files are skipped")
    for child in sorted(files):
        if _kind_of(child) is not None and child.is_file():
            yield child


def _read_stdin(stream: BinaryIO) -> Iterator[ReadResult]:
    """Standard input: JSONL when it starts with ``{`` (read line by line), else one document
    with the same size limit as a file."""
    head = b""
    while not head.strip():
        chunk = stream.read(65536)
        if not chunk:
            break
        head += chunk
        if len(head) > MAX_DOCUMENT_BYTES:
            break
    if not head.strip():
        yield ReadError("<stdin>", "empty input")
        return
    wide = next((enc for bom, enc in _WIDE_BOMS if head.startswith(bom)), None)
    if wide is not None:  # UTF-16 or UTF-32 (a Windows shell's pipe): read as UTF-8
        yield from _read_stdin(cast(BinaryIO, _Reencoded(_Joined(head, stream), wide)))
        return
    if head.lstrip().removeprefix(codecs.BOM_UTF8).lstrip()[:1] == b"{":
        yield from _read_jsonl_lines(_Joined(head, stream), "<stdin>")
        return
    data = head + stream.read(max(0, MAX_DOCUMENT_BYTES + 1 - len(head)))
    if len(data) > MAX_DOCUMENT_BYTES:
        yield ReadError("<stdin>", _too_large(None))
        return
    try:
        text = decode_bytes(data, "<stdin>")
    except ReadError as err:
        yield err
        return
    kind = "html" if text.lstrip()[:200].lower().startswith(("<!doctype", "<html")) else "text"
    # stdin has no name: its content identifies it
    yield RawDocument(doc_id=f"stdin:{content_hash(text)[:12]}", body=text, kind=kind, path="-")


class _Joined:
    """Bytes already read from a stream followed by the rest of the stream, line by line."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self.head = io.BytesIO(head)
        self.rest = rest

    def readline(self, size: int = -1) -> bytes:
        line = self.head.readline(size)
        if not line.endswith(b"\n") and (size < 0 or len(line) < size):
            line += self.rest.readline(size - len(line) if size >= 0 else -1)
        return line

    def read(self, size: int = -1) -> bytes:
        data = self.head.read(size)
        if size < 0 or len(data) < size:
            data += self.rest.read(size - len(data) if size >= 0 else -1)
        return data


class _Reencoded:
    """A UTF-16 or UTF-32 byte stream (standard input or a file) read as UTF-8 bytes, by
    ``read`` and ``readline`` (``size`` counts characters)."""

    def __init__(self, raw: Any, encoding: str) -> None:
        self.raw = raw
        self.decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        self.pending = ""  # decoded, read from ``at`` on
        self.at = 0

    def _fill(self, size: int, stop: str | None = None) -> None:
        """Decode on until ``size`` characters are pending (all of them when negative), or a
        ``stop``, or the end of the stream; each chunk is looked at once."""
        found = stop is not None and self.pending.find(stop, self.at) >= 0
        have = len(self.pending) - self.at
        if found or 0 <= size <= have:
            return
        parts = [self.pending[self.at:]]
        while not found and (size < 0 or have < size):
            chunk = self.raw.read(65536)
            text = self.decoder.decode(chunk, final=not chunk)
            parts.append(text)
            have += len(text)
            found = stop is not None and stop in text
            if not chunk:
                break
        self.pending, self.at = "".join(parts), 0

    def _take(self, end: int) -> bytes:
        out = self.pending[self.at:end]
        self.at = end
        return out.encode("utf-8", "replace")

    def read(self, size: int = -1) -> bytes:
        self._fill(size)
        return self._take(len(self.pending) if size < 0 else min(len(self.pending),
                                                                  self.at + size))

    def readline(self, size: int = -1) -> bytes:
        self._fill(size, "\n")
        end = self.pending.find("\n", self.at) + 1 or len(self.pending)
        return self._take(end if size < 0 else min(end, self.at + size))


def _too_large(size: int | None) -> str:
    what = f"is {size // 1_048_576} MB" if size is not None else "is larger than that"
    return (f"documents over {MAX_DOCUMENT_BYTES // 1_048_576} MB are refused and this one "
            f"{what} (split it or use JSONL)")


def _read_file(path: Path, columns: Columns | None = None) -> Iterator[ReadResult]:
    spec = printable(str(path))
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
                if _binary_head(fh):
                    yield ReadError(spec, "looks like a binary file (NUL bytes), not JSON lines")
                    return
                yield from _read_jsonl_lines(_utf8_lines(fh), spec, source_id(path))
            return
        if kind == "jsonl.gz":
            yield from _read_jsonl_gz(path, spec)
            return
        if kind == "warc":
            yield from _read_warc(path)
            return
        if kind == "csv" and size > MAX_CSV_BYTES:
            yield ReadError(spec, f"CSV files over {MAX_CSV_BYTES // 1_048_576} MB are refused "
                                  f"(split it or use JSONL)")
            return
        if size > MAX_DOCUMENT_BYTES and kind != "csv":
            yield ReadError(spec, _too_large(size))
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
    if kind == "csv":
        yield from _read_csv(text, spec, source_id(path), columns)
        return
    if kind is None:  # named explicitly with an unknown suffix: sniff it
        kind = "html" if "<html" in text[:2000].lower() else "text"
    yield RawDocument(doc_id=source_id(path), body=text, kind=kind, path=spec)


def source_id(path: Path) -> str:
    """A file's document id: its path, relative to the working directory when it lies below it,
    else absolute; with ``/`` separators and made printable. Two ``report.txt`` in different
    folders are two documents, and a file keeps its id however it was named on the command
    line."""
    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute)
    except ValueError:  # another drive (Windows)
        relative = absolute
    chosen = absolute if relative.split(os.sep, 1)[0] == os.pardir else relative
    return printable(Path(chosen).as_posix())


_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _utf8_lines(fh: Any) -> Any:
    """A binary stream of lines as UTF-8: ``fh`` itself, or, when it starts with a UTF-16 or
    UTF-32 byte-order mark (a JSONL export saved by a Windows tool), its lines re-encoded."""
    head = fh.peek(4)[:4] if hasattr(fh, "peek") else b""
    for bom, encoding in _WIDE_BOMS:
        if head.startswith(bom):
            return _Reencoded(fh, encoding)
    return fh


def _binary_head(fh: Any) -> bool:
    """True when a stream's first block holds NUL bytes and no UTF-16/32 byte-order mark, and
    either a NUL comes before the first newline or no line of the block is a JSON record: junk,
    reported once for the file rather than once per "line" of it. Good records followed by NULs
    (the tail a crash leaves) are read, the bad lines named one by one."""
    head = fh.peek(8192)[:8192]
    if b"\x00" not in head or head.startswith(tuple(bom for bom, _ in _WIDE_BOMS)):
        return False
    lines = head.split(b"\n")
    if b"\x00" in lines[0]:
        return True
    return not any(_json_record(line) for line in lines[:-1])


def _json_record(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


class _Lines:
    """Numbered lines of a binary stream, each read up to ``limit`` bytes: a longer line comes
    out as ``None`` and the rest of it is skipped without being held in memory."""

    def __init__(self, fh: Any, limit: int) -> None:
        self.fh = fh
        self.limit = limit

    def __iter__(self) -> Iterator[tuple[int, bytes | None]]:
        lineno = 0
        while True:
            line = self.fh.readline(self.limit + 1)
            if not line:
                return
            lineno += 1
            if len(line) > self.limit and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):
                    line = self.fh.readline(1 << 20)
                yield lineno, None
            else:
                yield lineno, line


def _read_jsonl_lines(fh: Any, spec: str, base_id: str | None = None) -> Iterator[ReadResult]:
    """One document per JSON line; lines without an id are named ``<file id>:<line number>``."""
    seen_any = False
    for lineno, line in _Lines(fh, MAX_DOCUMENT_BYTES):
        where = f"{spec}:{lineno}"
        if line is None:
            seen_any = True
            yield ReadError(where, "line longer than the document size limit; skipped")
            continue
        if not line.strip():
            continue
        seen_any = True
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as err:  # bad JSON, bad UTF-8, nesting too deep
            yield ReadError(where, f"malformed JSON ({err.__class__.__name__}); line skipped")
            continue
        yield _record_to_document(record, where, spec, f"{base_id or spec}:{lineno}")
    if not seen_any:
        yield ReadError(spec, "no JSON lines found")


def _utf8(value: str) -> str:
    """JSON may hold lone surrogates (``"\\ud800"``), which no UTF-8 store accepts."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "replace").decode("utf-8")
    return value


def _read_jsonl_gz(path: Path, spec: str) -> Iterator[ReadResult]:
    try:
        with gzip.open(path, "rb") as fh:
            yield from _read_jsonl_lines(fh, spec, source_id(path))
    except (gzip.BadGzipFile, EOFError, OSError, zlib.error) as err:
        yield ReadError(spec, f"corrupt or truncated gzip: {err}")


def _read_csv(text: str, spec: str, base_id: str,
              columns: Columns | None) -> Iterator[ReadResult]:
    from .tabular import read_csv

    for row in read_csv(text, spec, columns, max_cell=MAX_DOCUMENT_BYTES):
        if isinstance(row, ReadError):
            yield row
            continue
        kind = "html" if row.text.lstrip()[:200].lower().startswith(("<!doctype", "<html")) \
            else "text"
        yield RawDocument(doc_id=row.doc_id or f"{base_id}:{row.number}", body=row.text,
                          kind=kind, title=row.title, url=row.url, outlet=row.outlet,
                          date=row.date, path=spec, where=row.where)


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return _utf8(value).strip() or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _record_to_document(record: object, where: str, spec: str, default_id: str) -> ReadResult:
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
    doc_id = doc_id or default_id
    kind = "html" if text.lstrip()[:200].lower().startswith(("<!doctype", "<html")) else "text"
    return RawDocument(
        doc_id=doc_id,
        body=_utf8(text),
        kind=kind,
        title=_as_text(record.get("title")),
        url=_as_text(record.get("url")),
        outlet=_as_text(record.get("source")),
        date=_as_text(record.get("date")),
        path=spec,
        where=where,
    )


def _read_warc(path: Path) -> Iterator[ReadResult]:
    from warcio.archiveiterator import ArchiveIterator

    class QuietIterator(ArchiveIterator):  # type: ignore[misc]
        INC_RECORD = ""  # warcio writes this warning to stderr; we count and report instead

    spec = printable(str(path))
    count = records = end = 0
    try:
        with path.open("rb") as fh:
            it = QuietIterator(fh, check_digests="raise")
            for record in it:
                result = _warc_document(record, spec, count)
                records += 1
                if result is not None:
                    count += 1
                    yield result
                end = it.get_record_offset() + it.get_record_length()
            fh.seek(end)
            rest = fh.read(4096)
    except Exception as err:  # warcio fails in many ways on cut or corrupt input
        # its own errors say what was wrong; others (a header that is not one) say nothing
        why = (f"{err}" if isinstance(err, (OSError, EOFError, ValueError, zlib.error))
               or "ArchiveLoadFailed" in err.__class__.__name__ else "malformed record headers")
        yield ReadError(spec, f"truncated or corrupt WARC: record {records + 1} and any after it "
                        f"could not be read ({why})")
        return
    if records == 0:
        yield ReadError(spec, "no WARC record could be read: not a WARC file, or a truncated or "
                        "corrupt one")
    elif rest.strip():
        yield ReadError(spec, f"truncated or corrupt WARC: the data after record {records} "
                        f"(byte {end} on) is not a whole record; it is lost")
    elif count == 0:
        yield ReadError(spec, "WARC holds no HTML or text response records (is it a WARC file?)")


def _warc_document(record: Any, spec: str, count: int) -> ReadResult | None:
    """The document of one WARC record, an error, or ``None`` for records that hold none."""
    if not record.rec_type:  # what warcio makes of a header cut short
        return ReadError(spec, "truncated or corrupt WARC: a record has no WARC header; "
                         "it and any after it are lost")
    if record.rec_type != "response":
        return None
    http = record.http_headers
    ctype = ((http.get_header("Content-Type") if http else "") or "").lower()
    if "html" not in ctype and "text" not in ctype:
        return None
    uri = printable(record.rec_headers.get_header("WARC-Target-URI") or f"record-{count}")
    payload = record.content_stream().read(MAX_WARC_RECORD_BYTES + 1)
    if len(payload) > MAX_WARC_RECORD_BYTES:
        return ReadError(f"{spec}#{uri}", "record payload too large; skipped")
    if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than declared
        return ReadError(spec, f"truncated WARC: record {count + 1} ({uri}) is cut short")
    try:
        text = decode_bytes(payload, f"{spec}#{uri}")
    except ReadError as err:
        return err
    return RawDocument(doc_id=uri, body=text, kind="html" if "html" in ctype else "text",
                       url=uri, path=spec)
