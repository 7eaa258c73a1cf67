"""Convert the CAMEO verb pattern dictionary into dateline's verb lexicon.

    python tools/cameo_verbs.py [--src ../shared/data/phoenix_dictionaries/CAMEO.2.0.txt]
                                [--plover ../shared/data/plover/CAMEO2PLOVER-2021.txt]
                                [--out src/dateline/data/lexicon/cameo_verbs.tsv] [--no-patterns]

The dictionary (PETRARCH format, see ``dictionaries-format.rst`` beside it) lists synonym sets
(``&NAME`` followed by ``+word`` lines) and verb blocks: a ``--- NAME [code] ---`` header, the
block's verbs (``WORD {irregular forms} [own code]``, multi-word verbs as ``+CORDON_OFF``), and
patterns ``- PRE-VERB NOUNS * OBJECT (PREP NOUN) [code]`` whose nouns may be braced phrases
(``{FINANCIAL AID}``, the head last) or synonym sets.

Every CAMEO code is mapped to a PLOVER type and mode through the CAMEO→PLOVER table (the
longest listed prefix of the code; CAMEO 02 appeals read as the matching 10 demands, PLOVER
REQUEST). Each verb gives one row per reading, in the columns of ``verbs.tsv`` plus the full CAMEO
code: the bare verb's code as the fallback row, and one conditional row per pattern, with the
conditions ``lexicon.py`` documents:

- the object noun → ``obj=``; a particle before it (``* OFF &WEAPON``) → ``prt=``;
- ``(PREP NOUN)`` → ``pp=prep:noun``, ``(PREP)`` → ``prep=``; nouns before ``*`` → ``subj=``;
- a braced phrase is kept whole (``obj=mock attack``: the head with that modifier);
- several conditions of one pattern are joined with ``;`` (all must hold).

A verb's bare reading (the block's code with no pattern matched) is left out by default
(``--fallback none``): measured on the CAMEO sentences of ../shared/data, the bare readings of
verbs such as "consider", "face" or "go" add more false events than true ones. Multi-word verbs
(``+CORDON_OFF``) keep theirs, under their particle.

CAMEO 01 statements (PLOVER has no type for them) and null codes (``[---]``) give no event: a
pattern with one becomes a reading of type ``-`` that keeps the verb's other readings off
("expressed concern" is no complaint). Left out, and counted: verbs written with a part before
the verb (``WIRE_+TAP``) and patterns whose parts cannot be read. The dictionary is MIT-licensed;
its copyright and permission notice heads the
derived file, as the licence requires.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
#: Words the dictionary writes as the first "noun" of a pattern that are the verb's particle.
PARTICLES = frozenset({"up", "off", "out", "down", "away", "back", "over", "forward", "aside",
                       "in", "on", "through", "around", "together", "apart"})
#: Particles a multi-word verb ends with (``+CORDON_OFF``): spaCy's ``prt``; the rest are
#: prepositions (``+ASK_FOR``).
PRT = frozenset({"up", "off", "out", "down", "away", "back", "over", "forward", "aside",
                 "together", "apart", "around"})
MAX_OPTIONS = 60
_CODE = re.compile(r"\[([^\]]*)\]")
_TOKEN = re.compile(r"\{[^}]*\}|\([^)]*\)|[^\s{}()]+")


@dataclass
class Block:
    code: str | None
    verbs: list[tuple[str, str | None]] = field(default_factory=list)  # (lemma, own code)
    multi: list[tuple[str, str, str | None]] = field(default_factory=list)  # lemma, particle
    patterns: list[tuple[str, str]] = field(default_factory=list)  # (pattern text, code)


def read_plover(path: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code → (PLOVER type, mode) from the ``code: TYPE, mode, context # …`` lines."""
    table: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        body = line.split("#", 1)[0].strip()
        code, sep, rest = body.partition(":")
        if not sep or not code.strip().isdigit():
            continue
        parts = [p.strip() for p in rest.split(",")]
        if not parts[0]:
            continue
        mode = parts[1] if len(parts) > 1 else ""
        if "_" in mode or " " in mode:  # a context written in the mode column
            mode = ""
        table.setdefault(code.strip(), (parts[0], mode))
    return table


def plover_of(code: str, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """PLOVER (type, mode) of a CAMEO code by its longest listed prefix; 02 appeals as 10."""
    look = "10" + code[2:] if code.startswith("02") else code
    for n in range(len(look), 1, -1):
        if look[:n] in table:
            etype, mode = table[look[:n]]
            return ("REQUEST", mode) if code.startswith("02") else (etype, mode)
    return None


def first_code(text: str) -> str | None:
    """``[042:043]`` → 042, ``[:173]`` → 173, ``[---]`` → None."""
    for part in text.split(":"):
        part = part.strip()
        if part.isdigit():
            return part
    return None


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def parse(path: Path) -> tuple[dict[str, list[str]], list[Block]]:
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    current_set: str | None = None
    block: Block | None = None
    for raw in path.open(encoding="utf-8", errors="replace"):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.startswith("~"):
            continue
        if line.startswith("&"):
            current_set = line.strip().rstrip("_")
            synsets[current_set] = []
            continue
        if line.startswith("+") and block is None and current_set is not None:
            synsets[current_set].append(line[1:].strip().rstrip("_").replace("_", " ").lower())
            continue
        if line.startswith("---"):
            m = _CODE.search(line)
            block = Block(first_code(m.group(1)) if m else None)
            blocks.append(block)
            current_set = None
            continue
        if block is None:
            continue
        if line.startswith("-"):
            m = _CODE.search(line)
            if m:
                block.patterns.append((line[1:m.start()].strip(), m.group(1)))
            continue
        m = _CODE.search(line)
        own = first_code(m.group(1)) if m else None
        word = re.sub(r"\{[^}]*\}", " ", _CODE.sub(" ", line)).split()
        if not word:
            continue
        head = word[0]
        if head.startswith("+") and "_" in head:  # +CORDON_OFF: verb then particle
            parts = head[1:].lower().split("_")
            block.multi.append((parts[0], " ".join(parts[1:]), own))
        elif "+" in head or "_" in head:
            block.multi.append(("", head, own))  # a part before the verb: not expressible
        else:
            block.verbs.append((head.lower(), own))
    return synsets, blocks


class Unreadable(ValueError):
    pass


def noun_options(tok: str, synsets: dict[str, list[str]], whole: bool = True) -> list[str]:
    """A pattern noun as lexicon options: a word, a synonym set (by its name, ``&weapon``,
    when it stands alone) or a braced phrase (its sets spelled out)."""
    if tok.startswith("{"):
        words = tok[1:-1].split()
        if not words:
            raise Unreadable(tok)
        choices = [noun_options(w, synsets, whole=False) for w in words]
        out = [" ".join(c) for c in itertools.product(*choices)]
        if len(out) > MAX_OPTIONS:
            raise Unreadable(tok)
        return out
    if tok.startswith("&"):
        name = tok.rstrip("_")
        if name not in synsets or not synsets[name]:
            raise Unreadable(tok)
        return [name.lower()] if whole else list(dict.fromkeys(synsets[name]))
    word = tok.lower().replace("_", " ").strip()
    if not re.fullmatch(r"[a-z][a-z' -]*", word):
        raise Unreadable(tok)
    return [word]


def _opts(words: list[str]) -> str:
    out: list[str] = []
    for w in words:
        if w.startswith("&"):
            out.append(w)
            continue
        *mods, head = w.split(" ")
        for form in (w, " ".join([*mods, singular(head)])):
            if form not in out:
                out.append(form)
    return "|".join(out)


def translate(pattern: str, synsets: dict[str, list[str]]) -> str:
    """One pattern as a condition (clauses joined by ``;``); raises Unreadable."""
    tokens = [t for t in _TOKEN.findall(pattern) if t not in ("$", "^", "%", "+")]
    if tokens.count("*") != 1:
        raise Unreadable(pattern)
    star = tokens.index("*")
    pre, post = tokens[:star], tokens[star + 1:]
    clauses: list[str] = []
    if pre:
        if len(pre) > 1 or pre[0].startswith("("):
            raise Unreadable(pattern)
        clauses.append("subj=" + _opts(noun_options(pre[0], synsets)))
    nouns = [t for t in post if not t.startswith("(")]
    pps = [t for t in post if t.startswith("(")]
    if len(nouns) == 2 and nouns[0].lower() in PARTICLES and not nouns[0].startswith(("{", "&")):
        clauses.append("prt=" + nouns[0].lower())
        nouns = nouns[1:]
    if len(nouns) > 1:
        raise Unreadable(pattern)
    if nouns:
        clauses.append("obj=" + _opts(noun_options(nouns[0], synsets)))
    for pp in pps:
        inner = pp[1:-1].split(None, 1)
        if not inner or not re.fullmatch(r"[A-Za-z]+", inner[0]):
            raise Unreadable(pattern)
        prep = inner[0].lower()
        if len(inner) == 1:
            clauses.append(f"prep={prep}")
            continue
        rest = _TOKEN.findall(inner[1])
        rest = [t for t in rest if t not in ("$", "^", "%")]
        if len(rest) != 1:
            raise Unreadable(pattern)
        clauses.append(f"pp={prep}:" + _opts(noun_options(rest[0], synsets)))
    if not clauses:
        raise Unreadable(pattern)
    return ";".join(clauses)


# Modes the CAMEO→PLOVER table gets wrong by PLOVER's own mode list: CAMEO 183 is any
# non-military bombing (suicide 1831, car 1832, roadside 1833), which the table maps to
# suicide-attack, but a bombing a pattern does not call a suicide one ("placed explosives") is
# done with explosives, and a weapon of any kind ("&weapon") leaves the mode to the weapon's own
# words; CAMEO 195 employs aerial weapons (1952 remotely piloted ones), PLOVER's aerial (drone)
# mode, not heavy-weapons.
_MODES = {"183": "explosives", "195": "aerial", "1951": "aerial", "1952": "drone"}


def row(lemma: str, code: str, table: dict[str, tuple[str, str]], cond: str = "") -> list[str]:
    etype, mode = plover_of(code, table) or ("", "")
    if code in _MODES and "suicide" not in cond:
        mode = "" if code == "183" and "&weapon" in cond else _MODES[code]
    return [lemma, etype, mode, code[:2], "", "", cond, code]


def convert(src: Path, plover: Path, patterns: bool = True, fallback: str = "none"
            ) -> tuple[list[list[str]], dict[str, list[str]], Counter]:
    table = read_plover(plover)
    synsets, blocks = parse(src)
    rows: list[list[str]] = []
    count: Counter = Counter()
    seen: set[tuple[str, str]] = set()

    def add(lemma: str, code: str | None, cond: str = "") -> None:
        if code is None or code.startswith(("01", "00")):
            # no event: a null code or a statement; as a pattern it keeps the verb's other
            # readings from firing ("expressed concern" is no complaint)
            count["null code" if code is None else "statement (CAMEO 01)"] += 1
            if cond and (lemma, cond) not in seen:
                seen.add((lemma, cond))
                rows.append([lemma, "-", "", "", "", "", cond, ""])
            return
        if plover_of(code, table) is None:
            count["no PLOVER type"] += 1
            return
        if (lemma, cond) in seen:
            count["duplicate"] += 1
            return
        seen.add((lemma, cond))
        rows.append(row(lemma, code, table, cond))
        count["conditional rows" if cond else "verb rows"] += 1

    for block in blocks:
        for lemma, particle, own in block.multi:
            if not lemma or " " in particle or not particle.isalpha():
                count["verb with a part before it or several after"] += 1
                continue
            kind = "prt" if particle in PRT else "prep"
            add(lemma, own or block.code, f"{kind}={particle}")
        if patterns:
            readings: list[tuple[str, str]] = []
            for text, codes in block.patterns:
                code = first_code(codes)
                try:
                    cond = translate(text, synsets)
                except Unreadable:
                    count["unreadable pattern"] += 1
                    continue
                readings.append((cond, code))
            # the fullest pattern first, as the dictionary's matcher prefers the longest; a
            # named noun before a bare preposition or particle
            readings.sort(key=lambda r: (-r[0].count(";"), r[0].startswith(("prep=", "prt="))))
            for lemma, _ in block.verbs:
                for cond, code in readings:
                    add(lemma, code, cond)
        for lemma, own in block.verbs:
            if fallback == "all" or (fallback == "own" and own):
                add(lemma, own or block.code)
            elif own or block.code:
                count["bare verb left out"] += 1
    # a verb whose rows are all non-events needs none of them
    evented = {r[0] for r in rows if r[1] != "-"}
    count["non-event rows"] = sum(r[1] == "-" and r[0] in evented for r in rows)
    first = {r[0]: i for i, r in reversed(list(enumerate(rows)))}
    # each verb's rows together, its bare reading last
    rows = sorted((r for r in rows if r[0] in evented),
                  key=lambda r: (first[r[0]], not r[6]))
    used = {m.lower() for r in rows for m in re.findall(r"&\w+", r[6])}
    sets = {name.lower(): _opts(words).split("|") for name, words in synsets.items()
            if name.lower() in used}
    return rows, sets, count


def notice(src: Path) -> str:
    """The dictionary's own header from its MIT licence line to the end of the notice."""
    lines = src.read_text(encoding="utf-8", errors="replace").splitlines()
    start = next(i for i, ln in enumerate(lines) if "The MIT License" in ln)
    end = next(i for i in range(start, len(lines)) if "THE SOFTWARE." in lines[i])
    return "\n".join(ln.rstrip() for ln in lines[start:end + 1]) + "\n"


HEADER = """\
# Verb triggers derived from the CAMEO verb pattern dictionary (CAMEO.2.0.txt, Open Event Data
# Alliance) by tools/cameo_verbs.py, mapped to PLOVER with the CAMEO2PLOVER-2021 table.
# Generated: do not edit by hand; correct verbs.tsv, which is read first and wins for any verb
# it lists.
# Columns: lemma	event_type	mode	cameo_root	acled_event_type	acled_sub_event_type
# condition	cameo_code
#
"""


def write(rows: list[list[str]], sets: dict[str, list[str]], src: Path, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        fh.write(HEADER)
        fh.write(notice(src))
        fh.write("#\n# Word sets the conditions name (&name): the set's words, |-separated.\n")
        for name, words in sorted(sets.items()):
            fh.write(f"{name}\t{'|'.join(words)}\n")
        fh.write("#\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", type=Path, default=DATA / "phoenix_dictionaries" / "CAMEO.2.0.txt")
    ap.add_argument("--plover", type=Path, default=DATA / "plover" / "CAMEO2PLOVER-2021.txt")
    ap.add_argument("--out", type=Path,
                    default=ROOT / "src" / "dateline" / "data" / "lexicon" / "cameo_verbs.tsv")
    ap.add_argument("--no-patterns", action="store_true", help="the verbs' own codes only")
    ap.add_argument("--fallback", choices=("all", "own", "none"), default="none",
                    help="the bare verb's reading: every verb's (its own or its block's code), "
                         "only codes written on the verb's own line, or none")
    args = ap.parse_args()
    for f in (args.src, args.plover):
        if not f.is_file():
            sys.exit(f"{f}: not found")
    rows, sets, count = convert(args.src, args.plover, patterns=not args.no_patterns,
                                 fallback=args.fallback)
    write(rows, sets, args.src, args.out)
    print(f"wrote {len(rows)} rows ({len({r[0] for r in rows})} verbs) to {args.out}")
    for what, n in count.most_common():
        print(f"  {what}: {n}")


if __name__ == "__main__":
    main()
