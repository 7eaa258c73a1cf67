"""Word classes the rules use, kept as data (``data/lexicon/word_classes.tsv``).

A rule asks for a class by name (:func:`word_class`) and gets a frozen set of words; the
classes are read once, when the modules that use them are imported, so a user's
``lexicon/word_classes.tsv`` in ``DATELINE_DATA_PATH`` (rows that add words to a class, or new
classes) is seen by a process started with it set.
"""

from __future__ import annotations

import re

from .datafiles import data_files, describe, per_overlay
from .errors import DataFileError

__all__ = ["word_class", "load_word_classes"]

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


@per_overlay
def load_word_classes() -> dict[str, frozenset[str]]:
    """Class name → its words, with ``@other`` classes included."""
    words: dict[str, list[str]] = {}
    refs: dict[str, list[tuple[str, str]]] = {}  # class → (included class, where)
    for path in reversed(data_files("lexicon/word_classes.tsv")):
        header = False
        first: dict[str, int] = {}  # class → the line of its first row in this file
        last = ""
        with path.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, start=1):
                if not line.strip() or line.startswith("#"):
                    continue
                where = f"{describe(path)} line {lineno}"
                name, _, rest = line.rstrip("\n").partition("\t")
                if not header:
                    if (name, rest) != ("class", "words"):
                        raise DataFileError(f"{where}: expected the header 'class<TAB>words'")
                    header = True
                    continue
                if not _NAME.match(name) or not rest.strip():
                    raise DataFileError(f"{where}: expected a class name (lower case) and its "
                                        "words, separated by a tab")
                if name in first and name != last:
                    raise DataFileError(f"{where}: class '{name}' is defined again (first at line "
                                        f"{first[name]}): keep a class's rows together, or name "
                                        "the new class differently")
                first.setdefault(name, lineno)
                last = name
                bag = words.setdefault(name, [])
                for word in rest.split():
                    if word.startswith("@"):
                        refs.setdefault(name, []).append((word[1:], where))
                    else:
                        bag.append(word)
    out: dict[str, frozenset[str]] = {}

    def resolve(name: str, trail: tuple[str, ...]) -> frozenset[str]:
        if name in out:
            return out[name]
        found = set(words[name])
        for other, where in refs.get(name, ()):
            if other not in words:
                raise DataFileError(f"{where}: unknown class '@{other}'")
            if other in trail:
                raise DataFileError(f"{where}: '@{other}' includes itself")
            found |= resolve(other, (*trail, other))
        out[name] = frozenset(found)
        return out[name]

    for name in words:
        resolve(name, (name,))
    return out


def word_class(name: str) -> frozenset[str]:
    """The words of class ``name``; a class the table lacks is a :class:`DataFileError`."""
    classes = load_word_classes()
    if name not in classes:
        raise DataFileError(f"lexicon/word_classes.tsv: no class {name!r}, which the rules use")
    return classes[name]
