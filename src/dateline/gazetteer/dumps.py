"""Importing full GeoNames dumps: the rows kept, stored as TSV beside the packaged sources."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

from ..errors import DataFileError
from .files import data_dir
from .index import LATIN


#: GeoNames feature codes kept from full dumps, with the kind they get.
_FEATURE_KINDS = {
    "P": "city", "A.ADM1": "admin1", "A.ADM2": "admin2", "L.AREA": "area", "L.RGN": "region",
    "S.CMPRF": "camp", "S.CMP": "camp", "S.PSTB": "crossing", "S.BDGQ": "crossing",
    "S.MILB": "base", "S.INSM": "base", "S.AIRB": "base", "S.AIRP": "landmark",
    "P.PPLQ": "settlement", "P.PPLH": "settlement", "P.PPLX": "neighbourhood",
}
_IMPORT_HEADER = ("geonameid", "name", "kind", "country", "admin1_code", "admin1_name", "lat",
                  "lon",
                  "population", "alternate_names")


#: Pseudo-languages of GeoNames alternate names that are codes or links, not names.
_ALT_SKIP_LANGS = frozenset({"link", "post", "iata", "icao", "faac", "abbr", "wkdt", "unlc", "tcid",
                             "fr_1793"})
_CODE = re.compile(r"^(?P<cc>[A-Z]{2})\.(?P<a1>[^.]+)(?:\.(?P<a2>[^.]+))?$")


def _dump_row(src: Path, cells: list[str]) -> tuple[str, ...] | None:
    """One stored row from a line of a GeoNames dump or of admin1/admin2 code lists."""
    m = _CODE.match(cells[0]) if len(cells) == 4 else None
    if m is not None and cells[3].isdigit():
        # admin1CodesASCII.txt / admin2Codes.txt: code, name, ascii name, geonameid
        kind = "admin2" if m.group("a2") else "admin1"
        alts = [cells[2]] if cells[2] and cells[2] != cells[1] else []
        return (cells[3], cells[1], kind, m.group("cc"), m.group("a1"),
                cells[1] if kind == "admin1" else "", "", "", "0", "|".join(alts))
    if 4 <= len(cells) < 15 and cells[0].isdigit() and cells[1].isdigit():
        # alternateNamesV2.txt: id, geonameid, language, name, preferred, short, colloquial,
        # historic, from, to — only names a news text may use
        lang, name = cells[2], cells[3]
        if lang in _ALT_SKIP_LANGS or not name or not LATIN.match(name):
            return None
        historic = len(cells) > 7 and cells[7] == "1"
        if historic:
            return None
        return (cells[1], name, "alias", "", "", "", "", "", "0", "")
    if len(cells) < 15 or not cells[0].isdigit():
        raise DataFileError(f"{src}: not a GeoNames dump (expected the 19 tab-separated columns "
                            "of allCountries/cities1000, or admin1CodesASCII/admin2Codes)")
    fclass, fcode = cells[6], cells[7]
    kind = _FEATURE_KINDS.get(f"{fclass}.{fcode}") or _FEATURE_KINDS.get(fclass)
    if kind is None:
        return None
    alts = [a for a in cells[3].split(",") if a and LATIN.match(a)]
    return (cells[0], cells[1], kind, cells[8], cells[10], cells[1] if kind == "admin1" else "",
            cells[4], cells[5], cells[14] or "0", "|".join(alts))


def _dump_lines(src: Path) -> Iterator[list[str]]:
    import io
    import zipfile

    if src.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(src) as zf:
                inner = [i for i in zf.namelist() if i.endswith(".txt") and "readme" not in i]
                if not inner:
                    raise DataFileError(f"{src}: the archive holds no .txt dump")
                with zf.open(inner[0]) as raw:
                    for line in io.TextIOWrapper(raw, encoding="utf-8"):
                        yield line.rstrip("\n").split("\t")
        except zipfile.BadZipFile as err:
            raise DataFileError(f"{src}: not a zip archive: {err}") from err
        return
    with src.open(encoding="utf-8") as fh:
        for line in fh:
            yield line.rstrip("\n").split("\t")


def import_dump(path: str | Path) -> tuple[Path, int]:
    """Bring a GeoNames dump (``allCountries``/``cities1000``/``XX``, ``admin1CodesASCII``,
    ``admin2Codes`` or ``alternateNamesV2``; ``.txt`` or ``.zip``) into the gazetteer. What it
    keeps is stored in ``data_dir()/gazetteer`` and the index is rebuilt on next use.

    Returns the stored file and how many places it holds.
    """
    src = Path(path)
    if not src.is_file():
        raise DataFileError(f"{src}: no such file (give a GeoNames dump such as cities1000.zip "
                            f"or allCountries.txt)")
    out_dir = data_dir() / "gazetteer"
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise DataFileError(f"cannot create {out_dir}: {err.strerror}; set DATELINE_DATA to a "
                            "writable folder") from err
    out = out_dir / (src.name.split(".")[0] + ".tsv")
    tmp = out.with_suffix(".part")
    n = 0

    def clean(cell: str) -> str:
        return cell.replace("\t", " ").replace("\r", " ").replace("\n", " ")

    with tmp.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(_IMPORT_HEADER) + "\n")
        for cells in _dump_lines(src):
            row = _dump_row(src, cells)
            if row is not None:
                fh.write("\t".join(clean(c) for c in row) + "\n")
                n += 1
    os.replace(tmp, out)
    return out, n
