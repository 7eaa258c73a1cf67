"""Named actors: people, international and non-state organisations, with their roles over time.

The data (``dateline/data/actors/named.tsv``, converted from the Phoenix dictionaries by
``tools/phoenix_actors.py``, and ``named_recent.tsv``, curated office-holders of recent years
read first) gives each actor its aliases and its roles, each a country, a
sector and an optional tenure. An actor is resolved for the event's date: a president is the
government during the tenure and an elite (``ELI``) afterwards. ``country_terms.tsv`` gives the
names, adjectives and places of each country.

Names are looked up by their normalised words (lower case, hyphens as spaces), longest first;
a surname alone ("Assad", "President Assad") names a person when no other person of the
dictionary has it and it is written as a name, or when of the people who share it only one is in
office on the event's date ("Chavez" in 2006).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .actor_spellings import add_spellings
from .datafiles import data_files, describe, is_iso3, per_overlay, table_rows
from .demonyms import load_demonyms
from .errors import DataFileError
from .name_skeletons import doubled_key, skeleton
from .sectors import check_sector, sectors_with
from .wordclasses import word_class

__all__ = ["Role", "NamedActor", "NamedActors", "load_named", "normal_words", "PERSON_SECTORS",
           "NAME_LINKS", "load_country_eras", "country_then", "body_word"]

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: Sectors of people (a surname alone may name them).
PERSON_SECTORS = sectors_with("person")
#: Sectors of offices of states and international organisations.
_OFFICES = frozenset({"GOV", "ELI", "IGO", "MIL", "JUD", "LEG", "COP", "SPY"})


@dataclass(frozen=True, slots=True)
class Role:
    country: str | None
    sector: str | None
    start: str | None  # ISO date, inclusive; None: open
    end: str | None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def holds(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass(frozen=True, slots=True)
class NamedActor:
    name: str
    roles: tuple[Role, ...]

    def on(self, date: str | None) -> Role:
        """The role on ``date``: a dated role that holds then (the latest begun), else the
        undated default (a former office-holder's elite role first); with no date, the latest."""
        dated = [r for r in self.roles if r.dated]
        if date is None:
            if dated:
                return max(dated, key=lambda r: (r.end is None, r.start or "", r.end or ""))
            return self.roles[0]
        now = [r for r in dated if r.holds(date)]
        if now:
            return max(now, key=lambda r: r.start or "")
        defaults = [r for r in self.roles if not r.dated]
        if defaults:
            if dated:
                elite = [r for r in defaults if r.sector == "ELI"]
                if elite:
                    return elite[0]
            return defaults[0]
        return min(dated, key=lambda r: abs(_days(r.start or r.end or date) - _days(date)))


def _days(iso: str) -> int:
    y, m, d = (int(x) for x in iso.split("-"))
    return y * 372 + m * 31 + d


class NamedActors:
    """The loaded dictionary; an actor's roles are parsed (and checked) when first matched."""

    def __init__(self, names: list[str], roles: list[str], aliases: dict[str, int],
                 country_terms: dict[str, str]) -> None:
        self._names = names
        self._roles = roles
        self._parsed: dict[int, NamedActor] = {}
        self.aliases = aliases  # normalised alias -> row
        self.country_terms = country_terms  # normalised name, adjective or place -> ISO3
        self.max_words = min(8, max((a.count(" ") + 1 for a in aliases), default=1))
        self._shared: dict[str, tuple[int, ...]] | None = None  # surname -> its people
        self._squeezed: dict[str, int] | None = None  # see :meth:`_misspelt`
        self._acronyms: dict[str, int] | None = None  # see :meth:`_initials`

    def __len__(self) -> int:
        return len(self._names)

    def actor(self, k: int) -> NamedActor:
        hit = self._parsed.get(k)
        if hit is None:
            hit = NamedActor(name=self._names[k], roles=_roles(self._roles[k], self._names[k]))
            self._parsed[k] = hit
        return hit

    def official(self, name: str) -> bool:
        """Whether ``name`` is the dictionary's name of a person of several words whose roles
        are all offices of a state or an international organisation ("Staffan de Mistura"),
        not of an armed group, a party or a company named like a person."""
        k = self.aliases.get(" ".join(normal_words(name)))
        if k is None or self._names[k] != name or len(name.split()) < 2 or \
                not _is_person(name, self._roles[k]):
            return False
        return {p.split()[1] for p in self._roles[k].split(";") if len(p.split()) > 1} <= \
            _OFFICES

    def lookup(self, words: list[str], cased: list[bool],
               upper: list[bool] | None = None) -> tuple[NamedActor, int, int] | None:
        """The longest named actor in ``words`` (normalised), as (actor, start, end).

        A one-word name ("Assad", "Hamas") counts only where it is written as a name; a word
        written in capitals (``upper``) may be the initials of a group's name ("LTTE")."""
        n_words = len(words)
        for n in range(min(self.max_words, n_words), 0, -1):
            for i in range(n_words - n + 1):
                if n == 1 and not _alone(words, cased, i):
                    hit = self._first_and_last(words, cased, i)
                    if hit is not None:
                        return hit
                    continue
                k = self.aliases.get(" ".join(words[i:i + n]) if n > 1 else words[i])
                if k is None and n == 1 and upper is not None and upper[i]:
                    k = self._initials().get(words[i])
                if k is None and n > 1 and all(cased[i:i + n]):
                    k = self._misspelt(words[i:i + n])
                if k is not None:
                    return self.actor(k), i, i + n
        return None

    def _initials(self) -> dict[str, int]:
        """The initials of the names of armed groups, parties and international bodies of four
        to six words ("liberation tigers of tamil eelam": "ltte"), where no other name of the
        dictionary has the same initials and they are no one's alias or a country's word; four
        letters or more, as three ("SAY", "USG") are more often something else."""
        if self._acronyms is None:
            owners: dict[str, list[int]] = {}
            for k, name in enumerate(self._names):
                words = [w for w in normal_words(name) if w not in _LINK_WORDS]
                if 4 <= len(words) <= 6 and all(w.isalpha() for w in words):
                    owners.setdefault("".join(w[0] for w in words), []).append(k)
            self._acronyms = {
                initials: ks[0] for initials, ks in owners.items()
                if len(ks) == 1 and initials not in self.aliases and
                initials not in self.country_terms and _group_or_body(self._roles[ks[0]]) and
                len(initials) > 3}
        return self._acronyms

    def _misspelt(self, words: list[str]) -> int | None:
        """The actor a name of several words written as names stands for when it is spelt
        with a letter doubled or single where the dictionary's alias is not ("Francois
        Mitterand" for Mitterrand), or otherwise in its vowels or a few letter pairs, as names
        from other scripts are ("Saeb Erakat" for Erekat; :func:`skeleton`), if only one
        actor's alias is so spelt."""
        if self._squeezed is None:
            squeezed: dict[str, int] = {}
            for alias, k in self.aliases.items():
                if " " in alias:
                    bare = skeleton(alias)  # (marked: never a spelling itself)
                    for key in (doubled_key(alias), *((f"~{bare}",) if bare else ())):
                        was = squeezed.get(key, k)
                        squeezed[key] = k if was >= 0 and self._names[was] == self._names[k] \
                            else -1
            self._squeezed = squeezed
        name = " ".join(words)
        k = self._squeezed.get(doubled_key(name), -1)
        if k < 0 and (bare := skeleton(name)) is not None:
            k = self._squeezed.get(f"~{bare}", -1)
        return k if k >= 0 else None

    def in_office(self, words: list[str], cased: list[bool],
                  date: str | None) -> tuple[NamedActor, int, int] | None:
        """A surname alone that several people of the dictionary share ("Chavez"), as
        (actor, start, end): the one of them whose dated role holds on ``date`` (in office
        then), when exactly one's does; else, when all of them serve one country (a family of
        one country's politics: "Papandreou"), that country's person of no known office."""
        shared = self._surnames()
        for i, w in enumerate(words):
            people = shared.get(w)
            if people is None or not _alone(words, cased, i):
                continue
            now = [k for k in people
                   if date and any(r.dated and r.holds(date[:10]) and r.sector != "ELI"
                                   for r in self.actor(k).roles)]
            if len(now) == 1:
                return self.actor(now[0]), i, i + 1
            family = self._family(people)
            if family is not None:
                return family, i, i + 1
        return None

    def _family(self, people: tuple[int, ...]) -> NamedActor | None:
        """The bearers of one surname as one actor of their country, when all the offices
        they held in states were one country's (a post in an international body aside) and
        most of them held one."""
        held = [{r.country for r in self.actor(k).roles if r.country not in (None, "IGO")}
                for k in people]
        countries = set().union(*held)
        citizens = sum(1 for h in held if h)  # not the bodies of a union named alike
        if len(countries) != 1 or citizens < 2 or 2 * citizens <= len(people) or not all(
                _is_person(self._names[k], self._roles[k]) for k in people):
            return None
        name = normal_words(self._names[people[0]])[-1].title()
        return NamedActor(name=name, roles=(Role(next(iter(countries)), None, None, None),))

    def _surnames(self) -> dict[str, tuple[int, ...]]:
        """The surnames that two people of the dictionary or more share (the last word of a
        person's name of two to four words, none a word of a body's name), none a country's
        word, a people's ("Kurd") or anyone's given name."""
        if self._shared is None:
            owners: dict[str, list[int]] = {}
            given: set[str] = set()  # given names ("Hussein" of King Hussein): no surnames
            for k, name in enumerate(self._names):
                words = normal_words(name)
                if not 2 <= len(words) <= 4 or any(map(body_word, words)) or not any(
                        len(p.split()) > 1 and p.split()[1] in PERSON_SECTORS
                        for p in self._roles[k].split(";")):
                    continue  # "Department of State", "Kurdish Democratic Union Party"
                given.add(words[0])
                if len(words[-1]) >= 4 and words[-1].isalpha():
                    owners.setdefault(words[-1], []).append(k)
            peoples = {name.lower() for use in ("actors", "places")
                       for name, _ in load_demonyms(use)} | _PEOPLES
            self._shared = {w: tuple(ks) for w, ks in owners.items()
                            if len(ks) > 1 and w not in self.aliases and w not in given and
                            w not in self.country_terms and w not in peoples}
        return self._shared

    def _first_and_last(self, words: list[str], cased: list[bool],
                        i: int) -> tuple[NamedActor, int, int] | None:
        """"Carlos Menem" for Carlos Saul Menem: a person's first name and surname, the middle
        names left out, where the surname alone is an alias of theirs."""
        k = self.aliases.get(words[i])
        if k is None or i == 0 or not cased[i - 1] or (i + 1 < len(words) and cased[i + 1]):
            return None
        first = normal_words(self._names[k])[:1]
        if first != [words[i - 1]] or (i > 1 and cased[i - 2] and
                                       words[i - 2] not in TITLE_WORDS):
            return None
        return self.actor(k), i - 1, i + 1


#: Words of a body's name, not a person's ("Kurdish Democratic Union Party", "Department of
#: State").
_NOT_A_PERSONS = word_class("body_heads") | word_class("unit_nouns_heads") | \
    frozenset({"of", "the", "and", "for", "state", "department", "brigade", "battalion", "martyr"})
#: Words that may stand before a one-word name ("President Assad", "Mr Karzai").
TITLE_WORDS = word_class("title_words")
#: Words that join a given name to a father's or family name ("Hamad bin Khalifa"): the word
#: before them is a given name, never a surname alone.
NAME_LINKS = word_class("name_links")
#: Particles written in lower case before a family name ("al-Faour", "de Mistura").
NAME_PARTICLES = word_class("name_particles")
#: Peoples of no state ("Kurd", "Baloch"), never a surname alone.
_PEOPLES = word_class("peoples_of_no_state")


#: Words a name's initials leave out ("Liberation Tigers of Tamil Eelam": LTTE).
_LINK_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "to", "de", "la", "del", "des",
                         "du", "al", "el", "y", "da", "do", "le", "les"})
#: Sectors of the groups and bodies known by their initials: armed groups, parties and
#: oppositions, international organisations (of a known country, or IGO).
_INITIALLED = frozenset({"REB", "INS", "SEP", "PTY", "OPP", "IGO"})


def _group_or_body(roles: str) -> bool:
    parts = [p.split() for p in roles.split(";")]
    return any(len(p) > 1 and p[1] in _INITIALLED for p in parts) and \
        all(len(p) > 1 and p[0] != "-" for p in parts)


def body_word(word: str) -> bool:
    """Whether a word (normalised) makes a name a body's, not a person's ("coalition",
    "brigades")."""
    return word in _NOT_A_PERSONS or word.rstrip("s") in _NOT_A_PERSONS


def _alone(words: list[str], cased: list[bool], i: int) -> bool:
    """A one-word name is one only where it is written as a name and is not part of a longer
    one ("Younis" in "Khan Younis", "Faour" in "Nadia al-Faour"), a title before it aside."""
    if not cased[i] or i + 1 < len(words) and words[i + 1] in NAME_LINKS:
        return False
    before = i - 1
    if before > 0 and not cased[before] and words[before] in NAME_PARTICLES:
        before -= 1  # "Nadia al-Faour": a given name before the family name's particle
    if before >= 0 and cased[before] and words[before] not in TITLE_WORDS:
        return False
    return i + 1 == len(words) or not cased[i + 1]


#: Apostrophes and hyphens other than the plain ones, as the plain ones.
MARKS = str.maketrans({c: "'" for c in "\u2019\u2018\u02bc\u02bb\u2032`\u00b4"} | {
    c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212\u00ad\ufe63\uff0d"})


def normal_words(text: str) -> list[str]:
    """Words as the dictionaries spell them: lower case, hyphens as spaces, no possessive, no
    accents ("Idriss Déby" is the dictionary's "Idriss Deby"); any kind of hyphen or dash as
    a hyphen, any kind of apostrophe as one (:data:`MARKS`)."""
    text = text.lower().translate(MARKS).replace("'s ", " ").replace("-", " ")
    if not text.isascii():
        text = unaccented(text)
    if text.endswith("'s"):
        text = text[:-2]
    return text.split()


def unaccented(text: str) -> str:
    """``text`` without its letters' accents ("keïta": "keita"; "ø", "ł" stay)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


def _roles(field: str, where: str) -> tuple[Role, ...]:
    out = []
    for part in field.split(";"):
        bits = part.split()
        if len(bits) != 4 or any(b != "-" and not _DATE.match(b) for b in bits[2:]):
            raise DataFileError(f"named actors, {where}: a role is 'COUNTRY SECTOR FROM TO' "
                                f"with dates as YYYY-MM-DD or '-', found {part!r}")
        c, s, a, b = (None if x == "-" else x for x in bits)
        out.append(Role(country=c, sector=s, start=a, end=b))
    return tuple(out)


def _read_named(path: Path, names: list[str], roles: list[str],
                aliases: dict[str, int]) -> None:
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if line[0] == "#" or line == "\n":
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 3 or not cols[2]:
                raise DataFileError(f"{describe(path)} line {lineno}: expected 3 tab-separated "
                                    f"columns (name, aliases, roles), found {len(cols)}")
            for part in cols[2].split(";"):
                bits = part.split()
                if len(bits) > 1 and bits[1] != "-":
                    check_sector(bits[1], f"{describe(path)} line {lineno}")
            k = len(names)
            names.append(cols[0])
            roles.append(cols[2])
            for alias in cols[1].split("|"):
                aliases.setdefault(alias if alias.isascii() else unaccented(alias), k)


@per_overlay
def load_named() -> NamedActors:
    names: list[str] = []
    roles: list[str] = []
    aliases: dict[str, int] = {}
    # the curated recent actors first: their aliases and tenures win over the converted ones
    for rel in ("actors/named_recent.tsv", "actors/named.tsv"):
        for path in data_files(rel):
            _read_named(path, names, roles, aliases)
    aliases.pop("", None)
    _add_name_forms(names, roles, aliases)
    add_spellings(names, roles, aliases, _is_person)  # "Organisation", "Dawda Jawara"
    terms: dict[str, str] = {}
    for path in data_files("actors/country_terms.tsv"):
        with path.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, start=1):
                if line.startswith("#") or not line.strip():
                    continue
                alias, _, iso = line.rstrip("\n").partition("\t")
                if not is_iso3(iso):
                    raise DataFileError(f"{describe(path)} line {lineno}: expected "
                                        "'alias<TAB>ISO3'")
                terms.setdefault(alias, iso)
    _drop_country_words(names, roles, aliases, terms)
    return NamedActors(names, roles, aliases, terms)


@per_overlay
def load_country_eras() -> dict[str, tuple[tuple[str, str | None, str | None], ...]]:
    """Names whose country depends on the date (``actors/country_eras.tsv``): term -> the
    (ISO3, from, to) eras, the first file's rows for a term first."""
    eras: dict[str, list[tuple[str, str | None, str | None]]] = {}
    for path in data_files("actors/country_eras.tsv"):
        with path.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, start=1):
                if line.startswith(("#", "term\t")) or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                if len(cols) != 4 or len(cols[1]) != 3 or not cols[1].isupper() or \
                        any(c != "-" and not _DATE.match(c) for c in cols[2:]):
                    raise DataFileError(f"{describe(path)} line {lineno}: expected "
                                        "'term<TAB>ISO3<TAB>FROM<TAB>TO' with dates as "
                                        "YYYY-MM-DD or '-'")
                eras.setdefault(cols[0].lower(), []).append(
                    (cols[1], None if cols[2] == "-" else cols[2],
                     None if cols[3] == "-" else cols[3]))
    return {term: tuple(rows) for term, rows in eras.items()}


def country_then(term: str, iso: str | None, date: str | None) -> str | None:
    """The country ``term`` named on ``date``: its era's, else ``iso`` (the usual one)."""
    eras = load_country_eras().get(term)
    if not eras or not date:
        return iso
    day = date[:10]
    return next((c for c, a, b in eras if (a is None or a <= day) and (b is None or day <= b)),
                iso)


def _add_name_forms(names: list[str], roles: list[str], aliases: dict[str, int]) -> None:
    """A person's alias of two to four words that begins with a given name is also written
    with the name's other forms (``actors/name_forms.tsv``: "Nicholas Clegg" as "Nick Clegg",
    "Mike Pompeo" as "Michael Pompeo"), where no actor has that alias already."""
    forms: dict[str, set[str]] = {}
    for _, (line,) in table_rows("actors/name_forms.tsv", ("forms",)):
        group = line.split()
        for form in group:
            forms.setdefault(form, set()).update(f for f in group if f != form)
    for alias, k in list(aliases.items()):
        words = alias.split()
        others = forms.get(words[0]) if 2 <= len(words) <= 4 else None
        if others and _is_person(names[k], roles[k]):
            for other in others:
                aliases.setdefault(" ".join([other, *words[1:]]), k)


def _is_person(name: str, roles: str) -> bool:
    """Whether a row of the named actors is a person's: a role of a person's sector, and no
    word of a body's name."""
    return not any(w in _NOT_A_PERSONS for w in normal_words(name)) and any(
        len(p.split()) > 1 and p.split()[1] in PERSON_SECTORS for p in roles.split(";"))


def _drop_country_words(names: list[str], roles: list[str], aliases: dict[str, int],
                        terms: dict[str, str]) -> None:
    """A one-word alias that is a country's name or adjective, cut from the longer name of a
    person or group ("Nepali" of a minister surnamed so, "Greeks" of a group called Free
    Greeks), names the country: it is left out. A country's own rows (no sector: "Bosnia" for
    Bosnia and Herzegovina, with the state it belonged to before) keep theirs."""
    countryish = set(terms) | {name.lower() for name, _ in load_demonyms("actors")}
    for alias in [a for a in aliases if " " not in a and (
            a in countryish or a.endswith("s") and a[:-1] in countryish)]:
        k = aliases[alias]
        words = normal_words(names[k])
        sectors = {part.split()[1] for part in roles[k].split(";") if len(part.split()) > 1}
        if len(words) > 1 and alias in words and sectors != {"-"}:
            del aliases[alias]
