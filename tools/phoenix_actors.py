"""Convert the Phoenix/PETRARCH-2 actor dictionaries into dateline's actor data.

    python tools/phoenix_actors.py [--src ../shared/data/phoenix_dictionaries] [--out DIR]

Reads ``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt`` and
``Phoenix.MilNonState.actors.txt`` (TABARI actor format: a primary phrase, ``+`` synonyms, and
CAMEO codes in brackets with optional date restrictions ``<date``, ``>date``, ``date-date``) and
writes, under ``src/dateline/data/actors/`` by default:

- ``named.tsv``: one named actor a row: ``name``, ``aliases`` (``|``-separated, lower case, words
  separated by single spaces), ``roles`` (``;``-separated ``COUNTRY SECTOR FROM TO``, ``-`` for
  none; dates ``YYYY-MM-DD``). A role without dates is the actor's default, used when no dated
  role holds on the event's date. COUNTRY is ISO 3166 alpha-3, ``IGO`` for international
  organisations, ``-`` for none (NGOs, multinationals, regional groupings).
- ``country_terms.tsv``: ``alias``, ``ISO3``: the names, spellings, adjectives and places that the
  dictionaries give for each country ("afghan", "herat").

The Phoenix dictionaries are MIT-licensed; their copyright and permission notice is written at the
top of both files, as the licence requires.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
         "Phoenix.MilNonState.actors.txt")
#: CAMEO country codes that are not (or no longer) ISO 3166 alpha-3.
CAMEO_TO_ISO = {"KSV": "XKX", "TMP": "TLS", "ROM": "ROU", "ZAR": "COD", "SCG": "SRB",
                "FRY": "SRB", "YUG": "SRB", "SUN": "RUS", "USR": "RUS", "DDR": "DEU",
                "CSK": "CZE", "ANG": "AGO", "BAH": "BHS", "JAP": "JPN", "ITL": "ITA",
                "VTN": "VNM", "HKG": "CHN"}
#: CAMEO sector codes kept as they are, and those folded into one of them.
SECTORS = {"GOV", "MIL", "COP", "REB", "UAF", "CVL", "JUD", "LEG", "PTY", "OPP", "MED", "JRN",
           "EDU", "LAB", "NGO", "IGO", "BUS", "REL", "CRM", "SPY", "AGR", "ELI", "HLH", "HRI",
           "DEV", "ENV", "REF", "MOD", "RAD"}
FOLD = {"INS": "REB", "SEP": "REB", "MNC": "BUS", "IMG": "REB"}
#: Aliases too generic to name one actor: offices every state has ("senate", "secretary of
#: state"), kinds of actors, and given names listed alone.
GENERIC = frozenset({"senate", "secretary of state", "national security council", "ngo", "mnc",
                     "mncs", "defense department", "department of defense", "aid group",
                     "intelligence community", "non governmental organisation",
                     "non governmental organization", "the holy men", "youth", "zero", "olive",
                     "falcon", "tigers", "abdullah", "hassan", "hussein", "khalid", "albert",
                     "fahd", "faysal", "hamzah", "muhannad", "safwan", "shahin", "eyal", "amit",
                     "insula", "isar", "environmental protection agency",
                     "director of central intelligence", "joint chiefs of staff"})
_CODE = re.compile(r"\[([A-Z~]*)\s*([<>]?\d{6,8}(?:-\d{6,8})?)?\s*\]")
_PAREN = re.compile(r"\([^)]*(?:\)|$)")


@dataclass
class Entry:
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[tuple[str, str, str, str]] = field(default_factory=list)


def _date(s: str) -> str:
    """TABARI dates are YYMMDD (years up to 30 are 20xx) or YYYYMMDD."""
    if len(s) == 6:
        yy = int(s[:2])
        s = f"{2000 + yy if yy <= 30 else 1900 + yy}{s[2:]}"
    if len(s) != 8:
        return "-"
    month, day = min(max(int(s[4:6]), 1), 12), min(max(int(s[6:8]), 1), 28 if s[4:6] == "02"
                                                        else 30 if s[4:6] in ("04", "06", "09",
                                                                              "11") else 31)
    return f"{s[:4]}-{month:02d}-{day:02d}"


def _span(restriction: str | None) -> tuple[str, str]:
    if not restriction:
        return "-", "-"
    if restriction.startswith("<"):
        return "-", _date(restriction[1:])
    if restriction.startswith(">"):
        return _date(restriction[1:]), "-"
    start, _, end = restriction.partition("-")
    return _date(start), _date(end)


def split_code(code: str, iso: set[str]) -> tuple[str, str]:
    """(country, sector) of a CAMEO actor code: "SYRGOVBUS" -> ("SYR", "GOV")."""
    code = code.replace("~", "")
    head, rest = code[:3], code[3:]
    if head == "IGO":
        return "IGO", "IGO"
    if head in ("NGO", "MNC"):
        country = "-"
        sector = "NGO" if head == "NGO" else "BUS"
        return country, sector
    if head in SECTORS or head in FOLD:  # "[ELI]": a sector only; the country is the actor's
        return "?", FOLD.get(head, head)
    head = CAMEO_TO_ISO.get(head, head)
    country = head if head in iso else "-"
    if country == "-" and head not in ("INT",):
        rest = code[3:]  # a region or grouping: no country, the sector follows
    sector = FOLD.get(rest[:3], rest[:3]) if rest else "-"
    if sector not in SECTORS:
        sector = "-"
    return country, sector


def phrase(text: str) -> str:
    """A dictionary phrase as dateline matches it (``normal_words``), words joined by spaces."""
    from dateline.actor_names import normal_words

    return " ".join(normal_words(_PAREN.sub(" ", text).replace("_", " ")))


def parse(path: Path, iso: set[str]) -> list[Entry]:
    entries: list[Entry] = []
    cur: Entry | None = None
    # whether the line before was a name without codes in a block of a head of state's or
    # government's names (the block's first line is marked "# CountryInfo.txt")
    previous_bare = False
    for raw in path.open(encoding="utf-8", errors="replace"):
        line = raw.split("#", 1)[0].split(";", 1)[0].rstrip()
        if not line.strip():
            continue
        codes = [(m.group(1), m.group(2)) for m in _CODE.finditer(line)]
        words = _CODE.sub(" ", line)
        block = previous_bare
        # a name's synonyms ("+GORBACHEV") inside a block do not end it: the names after them
        # ("GENERAL_SECRETARY_GORBACHEV") are the same actor's
        previous_bare = not codes and (raw[:1] == "+" and block or raw[:1] not in (
            "\t", " ", "+") and (block or "CountryInfo" in raw))
        if raw[:1] in ("\t", " ") and not words.strip():
            pass  # a date restriction of the current entry
        elif line.startswith("+"):
            if cur is not None and phrase(words[1:]):
                cur.aliases.append(phrase(words[1:]))
        else:
            name = phrase(words)
            if not name:
                continue
            if cur is not None and not cur.roles and block:
                # a block of names on lines of their own, their codes indented after the
                # last ("BORIS_YELTSIN_", "YELTSIN", "PRESIDENT_YELTSIN", then the tenures):
                # one actor
                cur.aliases.append(name)
                continue
            cur = Entry(name=name, aliases=[name])
            entries.append(cur)
        if cur is None:
            continue
        for code, restriction in codes:
            if not code or code == "---":
                continue
            country, sector = split_code(code, iso)
            cur.roles.append((country, sector, *_span(restriction)))
    return entries


NOTICE = """\
# Derived from the Phoenix/PETRARCH-2 actor dictionaries by tools/phoenix_actors.py.
#
# The MIT License (MIT)
#
# Copyright (c) 2014 Open Event Data Alliance
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in
# all copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
# FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
# LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
# THE SOFTWARE.
#
"""


#: Words that make a name an organisation's or a group's, not a person's (no surname alias).
NOT_PERSON = frozenset({"forces", "force", "government", "regime", "party", "ministry", "army",
                        "group", "company", "inc", "inc.", "corp", "corporation", "ltd", "bank",
                        "council", "committee", "front", "movement", "union", "association",
                        "organization", "organisation", "agency", "office", "court", "fund",
                        "foundation", "institute", "brigade", "brigades", "militia", "police",
                        "commission", "university", "services", "service", "international",
                        "airlines", "news", "times", "post", "of", "the", "and", "for",
                        "revolutionaries", "combatants", "house", "palace", "mission"})
#: Parts of the world that end some groups' names ("... in Europe"): no one's surname.
REGIONS = frozenset({"europe", "africa", "asia", "america", "americas", "arabia", "caribbean",
                     "balkans", "caucasus", "maghreb", "sahel", "levant", "pacific", "atlantic"})
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"})


def _dated(e: Entry) -> bool:
    return any(r[2] != "-" or r[3] != "-" for r in e.roles)


def _body_name(words: list[str]) -> bool:
    """Whether a name is a body's or a group's by one of its words ("Syrian National
    Coalition"; "Pussy Riot" is not: see :func:`is_person`)."""
    from dateline.actor_names import body_word

    return any(w in NOT_PERSON or body_word(w) for w in words)


def given_names(named: dict[str, Entry], common: frozenset[str]) -> frozenset[str]:
    """Words that begin people's names: the project's given names and their forms, and the
    first words of office-holders' names (a role with a tenure) that are no common English
    word, no particle ("al", "de") and no title."""
    from dateline.datafiles import table_rows
    from dateline.wordclasses import word_class

    known = {row[0] for _, row in table_rows("actors/given_names.tsv", ("name", "gender"))}
    for _, (line,) in table_rows("actors/name_forms.tsv", ("forms",)):
        known.update(line.split())
    not_given = word_class("name_particles") | word_class("name_links") | \
        word_class("title_words") | common
    for e in named.values():
        words = e.name.split()
        if len(words) >= 2 and _dated(e) and not _body_name(words) and \
                words[0].isalpha() and words[0] not in not_given:
            known.add(words[0])
    return frozenset(known)


def is_person(e: Entry, given: frozenset[str]) -> bool:
    """Whether a named actor of a person's sector is plainly a person: a tenure in office, a
    given name first ("Louise Arbour"), an initial ("George W. Ball") or a title in an alias
    ("President Truman"). A group named like a person ("Pussy Riot", "Black Star") has none."""
    from dateline.wordclasses import word_class

    words = e.name.split()
    titles = word_class("title_words")
    if words[-1] in titles:
        return False  # an office's name ("UN Secretary General"), not a person's
    return _dated(e) or words[0] in given or any(len(w) == 2 and w[1] == "." for w in words) \
        or any(titles & set(a.split()[:-1]) for a in e.aliases)


def surnames(named: dict[str, Entry], taken: set[str],
             common: frozenset[str] = frozenset()) -> dict[str, str]:
    """A person's surname alone ("Assad") as an alias, when no other person has it.

    The last word of a name of a person's sector that is no body's name; where it is a common
    English word (``common``), only if the name is plainly a person's (:func:`is_person`):
    "Bush", "Rice", "Brown" are aliases; Pussy Riot, Black Star, Scotland Yard make no "riot",
    "star", "yard"."""
    from dateline.actor_names import PERSON_SECTORS

    given = given_names(named, common)
    owner: dict[str, str | None] = {}
    for key, e in named.items():
        words = e.name.split()
        if not 2 <= len(words) <= 4 or _body_name(words) or \
                not any(r[1] in PERSON_SECTORS for r in e.roles):
            continue
        last = words[-1]
        if len(last) < 4 or not last.isalpha() or last in MONTHS or last in REGIONS:
            continue
        # a group's last word still makes it no one person's surname ("jihad")
        mine = key if last not in common or is_person(e, given) else None
        owner[last] = None if last in owner and owner[last] != mine else mine
    return {w: k for w, k in owner.items() if k is not None and w not in taken}


#: Initialisms the dictionaries write in lower case like other words ("us secretary of defense").
INITIALISMS = frozenset({"us", "un", "eu", "uk", "usa", "nato", "pkk", "ira"})


#: Regnal numbers that end a name, in capitals ("Abdullah II").
_REGNAL = frozenset({"ii", "iii", "iv", "vi", "vii", "viii"})


def _title(name: str, english: frozenset[str] = frozenset()) -> str:
    """The name capitalised; an initialism in capitals where every other long word of the name
    is a common word or a country's (``english``; none given for a person's name): "US
    Secretary of Defense", "UN Envoy", but "Us Bharati", "Chi Un Hui"."""
    words = name.split()
    common = bool(english) and all(
        len(w) <= 3 or w in INITIALISMS or w in english or w.rstrip("s") in english
        for w in (w.lower().strip("'") for w in words))
    return " ".join(w.upper() if common and w in INITIALISMS or
                    0 < k == len(words) - 1 and w in _REGNAL else
                    w if len(w) <= 3 and w.isalpha() and w in ("al", "el", "bin", "de", "of",
                                                               "the", "and", "for", "ul")
                    else w[:1].upper() + w[1:] for k, w in enumerate(words))


def _common_words() -> frozenset[str]:
    """The English dictionary's words (an empty set without the language model)."""
    try:
        from dateline.annotate import dictionary_words
        return dictionary_words()
    except Exception:  # noqa: BLE001 - the tool still converts, with names capitalised only
        return frozenset()


#: Sectors of groups that act within one country: a group of these coded only by its region
#: ("[WAFREB]") is of the country its name names.
HOME_SECTORS = frozenset({"REB", "UAF", "PTY", "OPP", "RAD", "CRM", "MIL"})


#: Words before a country's word that make it name no one country ("Latin American", "anti
#: American", "Pan Turkish").
NOT_OF_COUNTRY = frozenset({"latin", "anti", "pan"})


def country_words(iso: set[str]) -> dict[str, str]:
    """Countries' names and demonyms (``demonyms.tsv`` and ISO 3166), lower case, → ISO3: the
    words by which a group's name says its country (not the places of ``country_terms``)."""
    import pycountry

    words: dict[str, str] = {}
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None)):
            if n:
                words[n.lower()] = c.alpha_3
    path = ROOT / "src" / "dateline" / "data" / "demonyms.tsv"
    for line in path.open(encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if not line.startswith("#") and len(cols) >= 2 and cols[1] in iso:
            words[cols[0].lower()] = cols[1]
    return words


def name_country(name: str, words_to_iso: dict[str, str]) -> str | None:
    """The one country that a group's name names ("kosovo liberation army": XKX; "sudan people
    liberation army": SDN); ``None`` when it names none or more than one, or the name is no
    group's (a person's: "Kulwinder Mali")."""
    words = name.lower().split()
    if not any(w in NOT_PERSON for w in words):
        return None
    found = {words_to_iso[" ".join(words[i:j])] for i in range(len(words))
             for j in range(i + 1, min(len(words), i + 3) + 1)
             if " ".join(words[i:j]) in words_to_iso and
             (i == 0 or words[i - 1] not in NOT_OF_COUNTRY)}
    return found.pop() if len(found) == 1 else None


def named_home(named: dict[str, Entry], words_to_iso: dict[str, str]) -> None:
    """Give the groups that the dictionaries code by region only the country of their name."""
    for e in named.values():
        if e.roles and all(r[0] == "-" and r[1] in HOME_SECTORS for r in e.roles):
            home = name_country(e.name, words_to_iso)
            if home is not None:
                e.roles = [(home, *r[1:]) for r in e.roles]


def convert(src: Path, out: Path) -> tuple[int, int]:
    import pycountry

    iso = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    named: dict[str, Entry] = {}
    terms: dict[str, str] = {}
    for fname in FILES:
        for e in parse(src / fname, iso):
            own = [r[0] for r in e.roles if r[0] not in ("?", "-")]
            home = max(set(own), key=own.count) if own else "-"
            roles = sorted({(home if r[0] == "?" else r[0], *r[1:]) for r in e.roles})
            countries = {r[0] for r in roles}
            if roles and all(r[1] == "-" and r[2] == r[3] == "-" for r in roles) and \
                    len(countries) == 1 and "-" not in countries and "IGO" not in countries:
                for alias in e.aliases:  # a country's names, adjectives and places
                    terms.setdefault(alias, roles[0][0])
                continue
            if not roles or all(r[0] == "-" and r[1] == "-" for r in roles):
                continue
            key = e.name
            if key in named:  # the same actor listed twice: merge
                named[key].aliases.extend(e.aliases)
                named[key].roles.extend(roles)
            else:
                named[key] = Entry(name=e.name, aliases=list(e.aliases), roles=list(roles))
    named_home(named, country_words(iso))
    agents = {ln.split("\t")[0] for ln in (out / "agents.tsv").open(encoding="utf-8")
              if not ln.startswith("#")}
    for e in named.values():  # kinds of actors ("president", "rebels") name no one actor
        e.aliases = [a for a in e.aliases if a not in agents and a.rstrip("s") not in agents]
    taken = set(terms) | GENERIC | agents | {a for e in named.values() for a in e.aliases}
    for word, key in surnames(named, taken, _common_words()).items():
        named[key].aliases.append(word)
    english = _common_words() | frozenset(terms)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "named.tsv").open("w", encoding="utf-8") as fh:
        fh.write(NOTICE)
        fh.write("# name\taliases (|-separated)\troles (;-separated COUNTRY SECTOR FROM TO)\n")
        for e in sorted(named.values(), key=lambda x: x.name):
            aliases = sorted({a for a in e.aliases if a and a not in GENERIC},
                             key=lambda a: (a != e.name, a))
            if not aliases:
                continue
            roles = ";".join(" ".join(r) for r in sorted(set(e.roles), key=lambda r: (r[2], r)))
            undated = all(r[2] == r[3] == "-" for r in e.roles)
            fh.write(f"{_title(e.name, english if undated else frozenset())}\t"
                     f"{'|'.join(aliases)}\t{roles}\n")
    with (out / "country_terms.tsv").open("w", encoding="utf-8") as fh:
        fh.write(NOTICE)
        fh.write("# alias\tISO3: names, spellings, adjectives and places of each country\n")
        for alias, code in sorted(terms.items()):
            fh.write(f"{alias}\t{code}\n")
    return len(named), len(terms)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", type=Path,
                    default=ROOT.parent / "shared" / "data" / "phoenix_dictionaries")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "dateline" / "data" / "actors")
    args = ap.parse_args()
    missing = [f for f in FILES if not (args.src / f).is_file()]
    if missing:
        sys.exit(f"{args.src}: missing {', '.join(missing)}")
    n_named, n_terms = convert(args.src, args.out)
    print(f"wrote {n_named} named actors and {n_terms} country terms to {args.out}")


if __name__ == "__main__":
    main()
