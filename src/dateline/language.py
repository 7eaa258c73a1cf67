"""The language of a document, told offline by a small character n-gram model (py3langid).

Only English is coded: the lexicons, the actor dictionary and the parser are English, and other
languages would come out as junk events. A document is called non-English only when the model is
confident and the text long enough to judge; short or mixed texts are coded as English.
"""

from __future__ import annotations

import threading
from typing import Any

__all__ = ["detect", "coded", "CODED", "MIN_CHARS", "MIN_CONFIDENCE"]

#: Languages the coder handles (ISO 639-1).
CODED = frozenset({"en"})
#: Texts shorter than this are too short to judge (their language is unknown; they are coded).
MIN_CHARS = 40
#: Below this probability the detector's answer is not trusted (unknown; coded).
MIN_CONFIDENCE = 0.9
#: The detector reads at most this many characters (the opening of a story is enough).
_SAMPLE = 4000

_lock = threading.Lock()
_identifier: Any = None


def _model() -> Any:
    global _identifier
    with _lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return _identifier


def detect(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text``; ``None`` when too short or unsure."""
    sample = " ".join(text[:_SAMPLE].split())
    if len(sample) < MIN_CHARS:
        return None
    lang, prob = _model().classify(sample)
    if float(prob) < MIN_CONFIDENCE:
        return None
    return str(lang)


def coded(language: str | None) -> bool:
    """Whether a document in ``language`` is coded (English, or not known to be anything else)."""
    return language is None or language in CODED
