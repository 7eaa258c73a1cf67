"""Commands for places and happenings: ``dateline gazetteer import|build``, ``dateline dedupe``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import DatelineError
from .options import DbOpt, fail, say

__all__ = ["gazetteer_app", "dedupe"]

gazetteer_app = typer.Typer(name="gazetteer", help="The offline gazetteer of places.",
                            no_args_is_help=True)


@gazetteer_app.command("import")
def gazetteer_import(
    file: Annotated[Path, typer.Argument(help="GeoNames dump: allCountries, cities1000, a "
                                               "country file, admin1CodesASCII, admin2Codes "
                                               "or alternateNamesV2 (.txt or .zip).")],
) -> None:
    """Add a GeoNames dump's places, region names or alternate names to the gazetteer."""
    from .. import gazetteer

    try:
        stored, n = gazetteer.import_dump(file)
        gaz = gazetteer.load(rebuild=True)
    except DatelineError as err:
        raise fail(str(err)) from None
    say(f"{n} place(s) imported into {stored}; the gazetteer now holds {len(gaz)} places under "
        f"{gaz.n_names} names")


@gazetteer_app.command("build")
def gazetteer_build() -> None:
    """Rebuild the gazetteer index (after editing your overlay file)."""
    import time

    from .. import gazetteer

    t0 = time.perf_counter()
    try:
        gaz = gazetteer.load(rebuild=True)
    except DatelineError as err:
        raise fail(str(err)) from None
    say(f"gazetteer built in {time.perf_counter() - t0:.1f} s: {len(gaz)} places, "
        f"{gaz.n_names} names, in {gazetteer.cache_dir()}; user overlay: "
        f"{gazetteer.user_overlay_path()}")


def dedupe(
    db: DbOpt = Path("dateline.duckdb"),
    radius_km: Annotated[float, typer.Option("--radius-km", min=0,
                                             help="Places further apart are different "
                                                  "happenings.")] = 25.0,
    window_days: Annotated[int, typer.Option("--window-days", min=0,
                                             help="Dates further apart are different "
                                                  "happenings.")] = 2,
) -> None:
    """Merge the events of several reports that are one happening (re-running is stable)."""
    from .. import dedupe as dd
    from ..store import Store

    if not db.exists():
        raise fail(f"{db}: no such database file (run `dateline ingest` first)")
    try:
        with Store(db) as store:
            stats = dd.run(store, radius_km=radius_km, window_days=window_days)
    except DatelineError as err:
        raise fail(str(err)) from None
    say(f"{stats.events} event(s) in {stats.clusters} happening(s); {stats.merged} merged, "
        f"{stats.changed} cluster id(s) changed")
