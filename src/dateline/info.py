"""What is installed: versions of dateline, its model and its data; the bundled examples."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from . import __version__
from .errors import DatelineError

__all__ = ["collect_info", "examples_dir"]


def collect_info(model: str) -> dict[str, Any]:
    import platform

    import duckdb
    import spacy

    from .annotate import load_model

    try:
        nlp = load_model(model)
        spacy_model = f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}"
        model_version = nlp.meta.get("version")
    except DatelineError:
        spacy_model, model_version = model, None
    info: dict[str, Any] = {
        "dateline": __version__,
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "spacy_model": spacy_model,
        "spacy_model_version": model_version,
        "duckdb": duckdb.__version__,
    }
    try:
        from .locate import gazetteer_size

        info["gazetteer_size"] = gazetteer_size()
    except ImportError:
        info["gazetteer_size"] = None
    return info


def examples_dir() -> Path:
    """The bundled illustrative articles (``dateline demo`` ingests them)."""
    return Path(str(resources.files("dateline") / "examples"))
