"""Sectors: one table (data/sectors.tsv) that actors, deduplication and ACLED read."""

from __future__ import annotations

import pytest

from dateline import acled_csv, dedupe
from dateline.actor_names import load_named
from dateline.actors import load_dictionary
from dateline.datafiles import OVERLAY_ENV
from dateline.errors import DataFileError
from dateline.records import Actor
from dateline.sectors import load_sectors


def test_sectors_cover_every_code_the_actor_data_uses():
    known = load_sectors()
    d = load_dictionary()
    used = set(d.agents.values()) | {o.sector for o in d.organisations.values() if o.sector}
    named = load_named()
    used |= {r.sector for k in range(len(named)) for r in named.actor(k).roles
             if r.sector}
    assert len(used) > 20
    assert used <= set(known)


@pytest.mark.parametrize("sector, inter", [
    ("ELI", "State forces"), ("PRE", "State forces"), ("MIL", "State forces"),
    ("IMG", "Rebel group"), ("SEP", "Rebel group"), ("UAF", "Political militia"),
    ("REF", "Civilians"), ("JRN", "Civilians"), ("MED", "Civilians"), ("HLH", "Civilians"),
    ("SOC", "Civilians"), ("RAD", "Civilians"),
])
def test_sectors_every_sector_has_an_acled_actor_type(sector, inter):
    actor = Actor(text="Someone", name="Someone", sector=sector)
    assert acled_csv.actor_type(actor, None) == inter


@pytest.mark.parametrize("a, b, compatible", [
    ("JRN", "MED", True), ("REB", "UAF", True), ("GOV", "ELI", True), ("CRM", "UAF", True),
    ("MIL", "REB", False), ("UAF", "CVL", False), ("IGO", "GOV", False), ("UNK", "MIL", True),
])
def test_sectors_families_decide_dedupe_compatibility(a, b, compatible):
    assert dedupe._actors_fit((None, None, a), (None, None, b))[0] is compatible


@pytest.mark.parametrize("rel, text, message", [
    ("actors/agents.tsv", "sniper squad\tXYZ\n", "agents.tsv line 1: unknown sector 'XYZ'"),
    ("actors/organizations.tsv", "# mine\nnew front\tNew Front\tMLI\tREBS\n",
     "organizations.tsv line 2: unknown sector 'REBS'"),
    ("sectors.tsv", "code\tlabel\tfamily\tparty\ttraits\tmeaning\nNAV\tnavy\tnaval\tforces\t-\tx\n",
     "sectors.tsv line 2: unknown family 'naval'"),
])
def test_sectors_unknown_codes_fail_at_load_with_file_and_line(tmp_path, monkeypatch, rel, text,
                                                               message):
    (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / rel).write_text(text, encoding="utf-8")
    monkeypatch.setenv(OVERLAY_ENV, str(tmp_path))
    with pytest.raises(DataFileError, match=f"{tmp_path}.*{message}"):
        load_sectors()
        load_dictionary()
