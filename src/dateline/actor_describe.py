"""What a span of words says of an actor: its name, country, sector and parent, from the actor
dictionary, the named people and organisations, titles ("President …", "Gen. …") and the heads of
organisations' names ("… Party", "… Brigades"). Used by :mod:`dateline.actors`, which adds what the
span's surroundings say (possessors, appositions, places, the document's focus)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_bombers import bomber_sector
from .actor_country_names import SECTOR_LABELS, named_for_country
from .actor_dictionary import ActorDictionary, not_initials
from .actor_known_as import known_as
from .code.phrases import thing
from .code.ranks import rank_sector
from .code.words import person_word
from .actor_names import MARKS, NAME_LINKS, NamedActor, Role, country_then, load_named, normal_words
from .actor_whereabouts import located_words
from .actor_peers import PEER_COUNTRY, peer_title
from .actor_peoples import people_of_country
from .actor_loyalists import loyal_sector
from .actor_members import member_head
from .actor_person_members import member_sector
from .actor_state_names import ends_in_state_name
from .actor_places import (capital_namesake, gazetteer_country, names_no_country, ngrams,
                           party_of_relation, persons_word, word_not_name, written_as_name)
from .actor_former import FORMER, NO_LONGER, held_no_more
from .full_names import entity_of, full_name_in
from .person_title_heads import heading_title
from .sectors import STATE_FAMILY
from .tokens import fine_tags, memo_named, puncts, subtree, tags, words as doc_words
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Container, Sequence

    from spacy.tokens import Doc, Span, Token


__all__ = ["describe", "agent_sector", "named_beside", "someone_else", "name_end", "name_bounds",
           "SECTOR_LABELS", "named_for_country", "FORMER"]

_TITLES = {"president": "GOV", "minister": "GOV", "premier": "GOV", "governor": "GOV",
           "mayor": "GOV", "secretary": "GOV", "ambassador": "GOV", "general": "MIL",
           "gen.": "MIL", "colonel": "MIL", "col.": "MIL", "commander": "MIL", "judge": "JUD",
           "king": "GOV", "queen": "GOV", "prince": "GOV", "senator": "LEG", "sen.": "LEG",
           "rep.": "LEG", "chief": "GOV", "inspector": "COP", "officer": "COP"}
_ORG_HEADS = {"party": "PTY", "brigades": "REB", "brigade": "MIL", "front": "REB",
              "movement": "REB", "army": "MIL", "ministry": "GOV", "court": "JUD",
              "police": "COP", "council": "GOV", "commission": "GOV", "union": "LAB",
              "association": "CVL", "university": "EDU", "bank": "BUS", "company": "BUS",
              "corporation": "BUS", "agency": "GOV", "forces": "MIL", "guard": "MIL",
              "militia": "REB", "committee": "CVL", "federation": "CVL", "church": "REL"}
_WEAPON_HEADS = word_class("weapon_heads")
#: Sectors of bodies that are no state's and have officials of their own ("rebel officials").
_NON_STATE_BODIES = frozenset({"REB", "INS", "SEP", "OPP", "PTY"})
_STANCE = word_class("stance_prefixes")
#: The sectors of a named person whose partisans are of the person's country ("pro-Assad").
_LEADERS = frozenset({"GOV", "ELI", "MIL", "OPP", "LEG"})
#: A party's friends ("Assad's backers", "Iran's allies"): other parties than the one named.
_ALLIES = word_class("ally_nouns") | word_class("relation_nouns")
#: Those who oppose a party ("a Kremlin critic"): of its country's opposition, not the party.
_CRITICS = word_class("critic_nouns")
#: Words for a convoy, a body's own ("a UN aid convoy"): of the body's kind.
_CONVOYS = frozenset({"convoy", "convoys"})
_UNIT_HEADS = word_class("unit_nouns_heads")
_SECESSION = word_class("secession_nouns")
#: Those who speak or act for a body: of the body's sector when it is no state's ("an SDF
#: spokesman", "a NATO official").
_SPEAKS_FOR = word_class("speaks_for_nouns")
_BODIES_OF_NO_STATE = _NON_STATE_BODIES | {"IGO", "NGO", "UAF"}
#: Words that put a name as what the party opposes ("the coalition against Isis").
_OPPOSING = word_class("opposing_words")
#: A country's leader is its government, its general its army ("the Turkish leader").
_COUNTRY_TITLES = {w: "GOV" for w in word_class("state_leader_nouns")} | {
    w: "MIL" for w in word_class("army_leader_nouns")}
#: People who serve their country where they are sent ("the ambassador to the UN").
_ENVOYS = word_class("envoys") | word_class("posted_titles")
#: "the ambassador to the UN", "the envoy for Syria": where or to whom an envoy is sent.
_POSTS = frozenset({"to", "at", "for"})


def _fought(words: list[str], i: int) -> bool:
    """Whether the name at ``words[i]`` is what the party opposes ("the coalition against
    Isis", "the forces fighting the Islamic State"), not the party."""
    k = i - 1 if i > 0 and words[i - 1] == "the" else i
    return k > 0 and words[k - 1] in _OPPOSING


def agent_sector(d: ActorDictionary, words: list[str],
                  lemmas: list[str]) -> tuple[str | None, int]:
    """Sector from the phrase's last words (its head), and the index where that agent starts: a
    unit of a body ("members of the police") takes the body's sector, an agent of a country
    ("the foreign minister of France", "officials from Russia") its own head's."""
    k = next((i for i, w in enumerate(words) if w in ("of", "from")), 0)
    rest = [w for w in words[k + 1:] if w != "the"]
    if 0 < k < len(words) - 1 and words[k] == "of" and words[k - 1] in _UNIT_HEADS:
        if (inner := agent_sector(d, rest, [w for w in lemmas[k + 1:] if w != "the"]))[0]:
            return inner[0], 0
    owner = " ".join(rest)
    if 0 < k < len(words) - 1 and (owner in d.countries or owner in load_named().country_terms):
        if (inner := agent_sector(d, words[:k], lemmas[:k]))[0] is not None:
            return inner
    for n in (4, 3, 2, 1):
        if len(words) < n:
            continue
        # the head's singular with its modifiers as written: "weapons inspectors"
        for seq in (words[-n:], lemmas[-n:], words[-n:-1] + lemmas[-1:]):
            key = " ".join(seq).replace(" - ", "-")  # "para-military forces", parsed in three
            if key in d.agents:
                return d.agents[key], len(words) - n
        if n == 1 and words[-1].endswith("s") and words[-1][:-1] in d.agents:
            return d.agents[words[-1][:-1]], len(words) - 1  # plurals the lemmatizer missed
    return None, len(words)


def _modifier_agent(d: ActorDictionary, words: list[str], lemmas: list[str]) -> str | None:
    """The sector of the nearest agent or organisation before the head ("police officials")."""
    for k in range(len(words) - 2, -1, -1):
        if "-" in (words[k - 1] if k else "", words[k + 1]):
            continue  # not a word of a hyphenated one ("non-state groups"); "Islamic State bases"
        inner = next((o.sector for i in range(k) if (o := d.organisations.get(" ".join(
            words[i:k + 1])))), None) or d.agents.get(words[k]) or d.agents.get(lemmas[k])
        if inner:
            return inner
    return None


def _in_context(toks: Sequence[Token], sector: str | None, start: int) -> str | None:
    """The sector :func:`agent_sector` found at ``start`` of ``toks``, unless it is that of a
    rank alone that its context gives to a body other than the police ("the inspectors" of a
    weapons inspection)."""
    if start != len(toks) - 1:
        return sector
    return bomber_sector(toks[start], rank_sector(toks[start], sector))  # "a bomber": a person


#: Words that join the parts of a long name ("National Union for the Total Independence of
#: Angola", "the Kurdish People's Protection Units"), where a parse may cut it.
_NAME_JOINS = frozenset({"for", "of", "the", "and", "de", "du", "des", "la", "le", "al", "'s",
                         "’s"})


def name_end(d: ActorDictionary, doc: Doc, start: int, end: int) -> int:
    """The end of a name the dictionaries know that begins in tokens ``start``..``end`` and
    runs on past them, where the parse cut it ("the National Union | for the Total Independence
    of Angola"); ``end`` when none does."""
    texts, lowers = doc_words(doc)[:2]  # the words read from the arrays: no Token made
    if end >= len(doc) or end <= start or lowers[end] not in _NAME_JOINS or \
            texts[end - 1].islower():
        return end
    named, punct = load_named(), puncts(doc)
    limit = min(len(doc), end + named.max_words)
    for i in range(start, end):
        if texts[i].islower():
            continue  # a name begins with a capital
        for j in range(limit, end, -1):
            if texts[j - 1].islower() or punct[j - 1]:
                continue  # and ends with one
            gram = " ".join(w for t in texts[i:j] for w in normal_words(t))
            if gram in named.aliases or gram in d.organisations:
                return j
    return end


#: Lower-case words a name's part may begin with ("al-Sham", "bin Laden").
_PARTICLES = frozenset({"al", "el", "ad", "ash", "as", "an", "bin", "ibn", "abu", "de", "van"})


def name_bounds(d: ActorDictionary, doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The tokens of an actor's phrase ``start``..``end`` with a known name that runs past it
    taken in whole (:func:`name_end`; :func:`cut_name`)."""
    cut = cut_name(d, doc, start, end, load_named().aliases)
    return cut if cut is not None else (start, name_end(d, doc, start, end))


def cut_name(d: ActorDictionary, doc: Doc, start: int, end: int,
             aliases: Container[str]) -> tuple[int, int] | None:
    """The tokens of a known name that takes in ``start`` and begins up to three capitalised
    words before it, where the parse cut it ("Hay\u2019at Tahrir al-Sham attacked": "Hay\u2019at"
    taken for a verb), and may run on past ``end`` over words of a name; the words matched
    with an apostrophe inside a word left out (the dictionary's "Hayat"); ``None`` when no
    known name begins before ``start``."""
    texts, lowers = doc_words(doc)[:2]  # the words read from the arrays: no Token made
    if start == 0 or end <= start or not texts[start][:1].isupper() and \
            lowers[start] not in _PARTICLES:  # "(Tahrir) al-Sham"
        return None
    first = start
    while first > 0 and start - first < 3 and _name_word(texts[first - 1]):
        first -= 1
    last = end
    while last < len(doc) and last - end < 3 and (
            _name_word(texts[last]) or lowers[last] in _PARTICLES or
            texts[last].translate(MARKS) == "-"):
        last += 1
    for i in range(first, start):
        for j in range(last, start, -1):
            gram = " ".join(w for t in texts[i:j] for w in normal_words(t)).replace("'", "")
            written = " ".join(t.translate(MARKS) for t in lowers[i:j]).replace(
                " - ", "-").replace("'", "")  # as the organisations are keyed
            if gram in aliases or gram in d.organisations or written in d.organisations:
                return i, max(j, end)
    return None


def _name_word(text: str) -> bool:
    """A capitalised word, which may hold an apostrophe ("Hay\u2019at", "Jama'at")."""
    return text[:1].isupper() and text.replace("\u2019", "").replace("'", "").isalpha()


def _titled_person(d: ActorDictionary, words: list[str], shortest: int = 1) -> str | None:
    """"police commissioner Rakesh Maria": the title before a name gives the sector (a title
    of ``shortest`` words or more)."""
    for n in range(3, shortest - 1, -1):
        for i in range(len(words) - n + 1):
            sector = d.agents.get(" ".join(words[i:i + n]))
            if sector is not None and sector not in ("CVL",):
                return sector
    return None


def _named(toks: Sequence[Token], date: str | None) -> tuple[NamedActor, Role, list[str]] | None:
    """The named actor in ``toks`` (its role on ``date``) and the words after its name."""
    words: list[str] = []
    cased: list[bool] = []
    upper: list[bool] = []
    for t in toks:
        if t.text in ("-", "'s", "’s", "'", "."):
            continue
        for w in normal_words(t.text):
            words.append(w)
            cased.append(written_as_name(t))
            upper.append(t.is_upper and len(t.text) >= 3 and t.is_alpha)
    after = toks[-1].nbor() if toks and toks[-1].i + 1 < len(toks[-1].doc) else None
    if after is not None and after.lower_ in NAME_LINKS:
        words.append(after.lower_)  # "Sheikh Hamad bin ...": Hamad is a given name
        cased.append(False)
        upper.append(False)
    named = load_named()
    hit = named.lookup(words, cased, upper) or named.in_office(words, cased, date)
    if hit is None:
        return None
    actor, start, end = hit
    if start > 0 and words[start - 1] in _STANCE or _fought(words, start):
        return None  # "pro-Assad forces", "anti-Trump protesters": a stance, not the actor;
        # "the coalition against Isis": whom it fights
    if end - start == 1 and _place_word(toks, words[start]):
        return None  # "The Hague", "Lincoln": a place's name, not a namesake's surname
    if end - start == 1 and date and actor.roles and \
            all(r.start is not None and date[:10] < r.start for r in actor.roles):
        return None  # a surname alone, before its bearer's first office: someone else
    return actor, actor.on(date), words[end:]


def _supporters_country(d: ActorDictionary, toks: Sequence[Token], date: str | None
                        ) -> str | None:
    """The country of the state's leader whose supporters the words name ("pro-Assad
    militiamen", "pro-Maduro protesters": a leader's partisans are of the leader's country);
    a stance towards a state itself ("pro-Russian rebels") names no country of theirs, nor do
    a leader's partisans who would take a land out of another state ("pro-Putin separatists")."""
    if any(t.lemma_.lower() in _SECESSION or t.lower_ in _SECESSION for t in toks):
        return None
    for i in range(len(toks) - 2):
        if toks[i].lower_ != "pro" or toks[i + 1].text != "-":
            continue
        end = i + 2
        while end < len(toks) and toks[end].text[:1].isupper():  # "Assad" tagged an adjective
            end += 1
        named = _named(toks[i + 2:end], date) if end > i + 2 else None
        if named is not None and not named[2] and named[1].country not in (None, "IGO") and \
                named[1].sector in _LEADERS and named[0].name not in d.country_names.values():
            return named[1].country
    return None


def _in_persons_name(tok: Token) -> bool:
    """Whether ``tok`` is one word of a person's name of several ("Fatah" of "Abdel Fatah
    al-Sisi"), which no one-word name of a body stands for."""
    if tok.ent_type_ != "PERSON":
        return False
    return sum(1 for t in entity_of(tok) if t.is_alpha and t.is_title) > 1


def _place_word(toks: Sequence[Token], word: str) -> bool:
    """Whether the one word ``word`` of ``toks`` is tagged a place the gazetteer knows."""
    return any(t.lower_ == word and t.ent_type_ in ("GPE", "LOC") and
               gazetteer_country(t.text) is not None for t in toks)


def describe(d: ActorDictionary, span: Span, date: str | None = None
              ) -> tuple[str | None, str | None, str | None, str | None]:
    """(name, country, sector, parent) for a span of tokens; worked out once per span, date and
    dictionary of a document (one ask in five is of a span described before)."""
    memo = _descriptions(span.doc)
    if memo.get("dictionary") is not d:  # kept for one dictionary (no key made per span)
        memo.clear()
        memo["dictionary"] = d
    key = (span.start, span.end, date)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _describe(d, span, date)
    return found  # type: ignore[no-any-return]


_descriptions = memo_named("descriptions")


def _describe(d: ActorDictionary, span: Span, date: str | None
              ) -> tuple[str | None, str | None, str | None, str | None]:
    # "the UK ambassador to the UN", "the British (Russia's) UN ambassador": the post not theirs
    doc, (texts, lowers, _), root = span.doc, doc_words(span.doc), span.root  # (root: once)
    envoys = [doc[i] for i in range(span.start, span.end) if lowers[i] in _ENVOYS]
    hosts = {t for e in envoys for p in e.children
             if p.dep_ == "prep" and p.lower_ in _POSTS or p.dep_ == "compound" and
             p.ent_type_ == "ORG" and any(a.dep_ in ("amod", "poss") and a.ent_type_ in (
                 "NORP", "GPE") for a in e.lefts) for t in subtree(doc, p.i)}
    # "those who are fighting against the YPG": whom a relative clause names is not its head
    hosts |= {t for c in root.children if c.dep_ == "relcl" for t in subtree(doc, c.i)}
    hosts |= located_words(root)  # "Yulia Skripal in Salisbury": where, not whose
    # the possessive ending is no word of the name: "Turkey's" is Turkey
    punct, tag, lemma_of = puncts(doc), fine_tags(doc), tags(doc).lemmas  # read as arrays
    kept = [i for i in range(span.start, span.end) if tag[i] != "POS" and i not in hosts and
            not (punct[i] and texts[i].translate(MARKS) not in ("-", "'", "."))]
    toks = [doc[i] for i in kept]
    words = [lowers[i].translate(MARKS) for i in kept]  # any dash as a hyphen, apostrophe "'"
    lemmas = [lemma_of[i] for i in kept]
    # "a Briton", "an Iraqi": one person of the country, not the state
    rest = " ".join(words[1:])  # "a Sri Lankan"
    one_of_a_people = len(words) >= 2 and words[0] in ("a", "an") and \
        toks[-1].ent_type_ != "GPE" and (rest in d.countries or
                                          rest in load_named().country_terms) and \
        not word_not_name(toks[-1])  # "a male": no Maldivian
    if words and words[0] in ("the", "a", "an"):
        toks, words, lemmas = toks[1:], words[1:], lemmas[1:]
    if not words:
        return None, None, None, None
    text = " ".join(words)
    org = None
    org_start = org_end = 0
    for i, j, gram in ngrams(words, d.max_org_words + 2):
        gram = gram.replace(" - ", "-")  # "Jaish al-Islam", which the parse splits in four
        if "'" in gram and gram not in d.organisations:
            gram = gram.replace("'", "")  # "Hay'at Tahrir al-Sham": the dictionary's "Hayat"
        if gram in d.organisations and not (j - i == 1 and (not_initials(gram, toks[i].text) or
                word_not_name(toks[i]) or _in_persons_name(toks[i]))) and \
                not names_no_country(words, i) and not _fought(words, i):
            # not "male", "Abdel Fatah al-Sisi" (no Fatah), "the counter-Isis coalition", "the
            # coalition against Isis"
            org, org_start, org_end = d.organisations[gram], i, j
            break
    country = None
    country_start = country_end = 0
    country_is_whole = country_is_head = False
    terms = load_named().country_terms
    for i, j, gram in ngrams(words, d.max_country_words):
        iso = d.countries.get(gram)
        term = iso is None and j - i == 1 and toks[i].text[:1].isupper() or j - i > 1
        if iso is None and term and not (toks[i].ent_type_ == "PERSON" and
                                         toks[j - 1].ent_type_ == "PERSON"):
            iso = terms.get(gram)  # "Herat police"; no person's name ("Alexandria Ocasio-Cortez")
        if iso:
            iso = country_then(gram, iso, date)  # "Congo" in 1990: Brazzaville's
        if iso and gram in d.capitals and (town := capital_namesake(
                span.doc[toks[i].i:toks[j - 1].i + 1], iso)):
            iso, gram = town, ""  # "Tripoli" in a report on Lebanon: a town there, no state
        if iso and not (j - i == 1 and (toks[i].pos_ == "PRON" or word_not_name(toks[i]) or (
                gram in d.capitals and persons_word(toks[i])))) and \
                not names_no_country(words, i) and \
                not party_of_relation(toks[j - 1], span.start, span.end):
            # "arrest us": not the USA; "male": no Malé; "Israel's militia ally": not Israel's own
            country, country_start, country_end = iso, i, j
            one_of_a_people = one_of_a_people or gram in d.peoples  # "Sri Lankans"
            # "Israel", "the Kremlin", "North Korea (DPRK)": the state itself
            country_is_whole = (i == 0 and gram in d.countries and all(
                (d.countries.get(w) or terms.get(w)) == iso for w in words[j:]))
            # "NATO-member Norway": the country is what the phrase is about
            country_is_head = (j == len(words) and toks[-1] == root and
                               gram in d.countries and gram not in d.peoples)
            break
    sector = None
    if "and" in words[1:]:  # "the government and police": the first conjunct leads
        k = words.index("and", 1)
        sector = _in_context(toks[:k], *agent_sector(d, words[:k], lemmas[:k]))
    if sector is None:  # "the Soviet Union": a state's, not "union"'s labour; "the West Bank"
        agent = agent_sector(d, words, lemmas)  # names no agent and stays a place
        sector = "GOV" if agent[0] is not None and ends_in_state_name(d, words) else \
            _in_context(toks, *agent)
    # "pro-regime fighters", "pro-Assad militiamen": on the state's side
    sector = loyal_sector(d, toks, sector, _supporters_country(d, toks, date) is not None)
    if person_word(root):  # "a former British soldier": of the army no more
        sector = held_no_more(sector, root, toks[:-1])
    if sector is None and country is not None and root.lemma_.lower() in _CRITICS:
        sector = "OPP"  # "Kremlin critics", "Russia's critics": of its opposition
    head = words[-1]
    if sector in (None, "UNK") and head in _WEAPON_HEADS:
        # "police bullets", "army jeeps", "police officials", "jihadist groups": the modifier
        # is the agent
        sector = _modifier_agent(d, words, lemmas) or sector
    lead = words[:words.index("and", 1)] if "and" in words[1:] else words
    if sector in ("GOV", "MIL") and len(lead) > 1 and \
            agent_sector(d, lead[-1:], lemmas[len(lead) - 1:len(lead)])[0] == sector:
        # "rebel officials", "an opposition spokesman", "militant commanders": an office of a
        # body that is no state's
        inner = _modifier_agent(d, lead, lemmas[:len(lead)])
        sector = inner if inner in _NON_STATE_BODIES else sector
    if org is None:
        named = _named(toks, date)
        if named is not None and named[0].name in d.country_names.values():
            # a country's row of the named actors ("Iraqi" is Iraq until 2003): the country
            # it names then, and the phrase's own head its sector ("Iraqi forces")
            country, named = country or named[1].country, None
        if named is not None and (any(w in _ALLIES for w in named[2]) or
                                  root.lemma_.lower() in _ALLIES):
            named = None  # "Assad's main backers", "Putin's allies": others, the ones he has
        elif named is not None and root.lemma_.lower() in _CRITICS:
            # "Assad opponents": of the opposition of his country, not Assad
            country, named, sector = country or named[1].country, None, sector or "OPP"
        if named is not None:
            actor, role, rest = named
            own = agent_sector(d, rest, rest)[0] if rest else None
            if role.country != "IGO" and country is not None:
                role_country = country  # "Pakistan's Senate": the text's country first
            else:
                role_country = role.country
            if own is not None:  # "Assad's spokesman": someone acting for the named actor
                return f"{actor.name} {' '.join(rest)}", role_country, own, actor.name
            return actor.name, role_country, role.sector or sector, None
    if country is None and org is None and sector is not None:
        country = _supporters_country(d, toks, date)
    if org is not None and country_is_head and org_end < len(words) and sector is None:
        org = None  # an organisation in a modifier of a country: "NATO-member Norway"
        country_is_whole = True
    if org is not None:
        if org_end < len(words) and sector is not None and words[-1] not in _CONVOYS:
            # "Hamas security agencies": a unit of the organisation; "a British Isis member":
            # a person of it whose own country the words before its name say ("a UN aid
            # convoy" is the body's own, of its kind)
            own = country if country_end <= org_start and person_word(root) else None
            if words[-1] in _SPEAKS_FOR and org.sector in _BODIES_OF_NO_STATE:
                sector = org.sector  # "an SDF spokesman", "Isis commanders": the group's
            sector = member_sector(org.sector, root, toks[-1], sector, org.name)  # "an Isis member"
            return (f"{org.name} {' '.join(words[org_end:])}", own or org.country or country,
                    sector, org.name)
        member = member_head(toks, country_end, org_start) if country else None
        if member is not None:  # "a British volunteer with the YPG": British, of the YPG
            return f"{org.name} {member.lower_}", country, org.sector or sector, org.name
        return org.name, org.country or country, org.sector or sector, org.parent
    if sector is None and (one_of_a_people or any(w in d.peoples for w in words)):
        sector = "CVL"  # "Palestinians", "thousands of Afghans": the people, not the state
    elif country_is_whole:  # "Israel", "Washington", "the Kremlin": the state itself
        return d.country_names.get(country or "", text.title()), country, "GOV", None
    if sector is None:
        ent = root.ent_type_
        first = words[0]
        if first in _TITLES:
            sector = rank_sector(toks[0], _TITLES[first])  # "Inspector Sharma"
        elif head in _ORG_HEADS and ent in ("ORG", "NORP", "FAC", ""):
            sector = _ORG_HEADS[head]
        elif ent == "PERSON":
            # an office of several words before a rank's word in it ("Attorney General
            # Barbara Underwood" is no general)
            sector = _titled_person(d, words[:-1], shortest=2) or next(
                (rank_sector(t, _TITLES[w]) for t, w in zip(toks, words, strict=True)
                 if w in _TITLES), None) or _titled_person(d, words[:-1])
    if sector is None and country is not None and person_word(root) and \
            root.ent_type_ != "PERSON" and not any(t.tag_ == "POS" for t in span):
        # "the Turkish leader", "the Russian general": a country's leader is its state's, its
        # general its army's; "a London schoolgirl": a person of the country, not its state
        # (but "Iran's leaders" are its state's); "the Turkish student leader": a leader of
        # what another noun names, a person of the country ("army general" still the army's;
        # an adjective such as "new" leaves the leader the state's)
        named_by = {t.i for t in toks[country_start:country_end]}
        bare = all(c.i in named_by or d.agents.get(c.lemma_.lower()) in STATE_FAMILY
                   for c in root.children if c.dep_ == "compound"
                   or c.dep_ == "amod" and c.pos_ in ("NOUN", "PROPN"))
        sector = _COUNTRY_TITLES.get(root.lemma_.lower(), "CVL") if bare else "CVL"
    peer = peer_title(toks) if country is None else None
    if peer is not None:  # "Lord Carlile": a member of the House of Lords
        country, sector = PEER_COUNTRY, sector or peer
    if sector is None and country is None:
        return None, None, None, None
    if sector is None and root.ent_type_ in ("GPE", "LOC", "FAC") and \
            root.pos_ == "PROPN" and not country_is_whole:
        return None, country, None, None  # a town or region: a place, not a party
    base = d.country_names.get(country or "", "") if country else ""
    label = SECTOR_LABELS.get(sector or "", "")
    if (root.ent_type_ == "PERSON" or peer is not None) and sector is not None:
        return span.text, country, sector, None  # a named official
    # "Syrian Kurds", "Iraqi Kurdish forces": a people's, not the state's
    name = people_of_country(words, base, label) or " ".join(p for p in (base, label) if p) or None
    return name, country, sector, None


def named_beside(d: ActorDictionary, core: Span, date: str | None = None
                 ) -> tuple[str, str | None, str | None, str | None] | None:
    """(name, country, sector, parent) of the person or organisation a title or description
    in ``core`` stands beside ("the US president, Donald Trump"; "Rex Tillerson, the US
    secretary of state"): the dictionary's actor, else the name as written (its country and
    sector then the description's); ``None`` when ``core`` names no one so."""
    root = core.root
    if root.dep_ == "appos" and root.head.ent_type_ in ("PERSON", "ORG") and \
            not root.ent_type_:
        if thing(root):  # "would attend Harwick, a decision hailed by …": a thing is no one's
            return None  # description, and the name it follows is no party to its act
        named = entity_of(root.head)  # the description is in apposition to a name
    elif root.ent_type_ == "PERSON":
        named = entity_of(root)  # the name heads a phrase with its description
        if named.start == core.start and named.end == core.end:
            # the name alone: what the dictionary says of it stands, else the title it is in
            # apposition to ("Britain's envoy for Syria, Gareth Bayley")
            return _titled_by_head(d, named, date)
    else:  # "a militia known as the Syrian Democratic Forces": the name it goes by
        named = next((entity_of(c) for c in root.children if c.dep_ == "appos"
                      and c.ent_type_ == "PERSON"), None) or known_as(root)
    if named is None or named.label_ not in ("PERSON", "ORG"):
        return None
    name, country, sector, parent = describe(d, named, date)
    if name is not None and name == d.country_names.get(country or ""):
        return None  # "Ankara" misread as a person: a place, not the one described
    if name is None or (named.label_ == "PERSON" and someone_else(d, named, name, date)):
        if named.label_ != "PERSON" or root.pos_ == "PRON":
            return None
        return named.text, None, None, None
    if named.label_ == "PERSON" and sector in STATE_FAMILY and any(
            t.lower_ in NO_LONGER for t in core if not named.start <= t.i < named.end):
        sector = "ELI"  # "the former president, Hamid Karzai": no longer the government
    if named.label_ == "PERSON":
        titled = _title_country(d, core, named, date)
        if titled is not None and titled != country:
            # "U.N. mediator Diego Cordovez", "Iran's ambassador, X": the person acts for the
            # country or organisation the title names, whatever their own nationality
            return name, titled, "IGO" if titled == "IGO" else sector, parent
    return name, country, sector, parent


def _titled_by_head(d: ActorDictionary, named: Span, date: str | None
                    ) -> tuple[str, str | None, str | None, str | None] | None:
    """(name, country, sector, parent) of a person the dictionary does not know, named in
    apposition after a title that names a country ("Britain's special envoy for Syria, Gareth
    Bayley"); ``None`` when the dictionary knows the name or the title names no country."""
    title = heading_title(named)  # (person_title_heads: the one reader of a title before a name)
    if title is None or any(t.lower_ in FORMER for t in title) or \
            describe(d, named, date)[1] is not None:
        return None
    _, country, sector, _ = describe(d, title, date)
    return (named.text, country, sector, None) if country is not None else None


def _title_country(d: ActorDictionary, core: Span, named: Span,
                   date: str | None) -> str | None:
    """The country (or ``IGO``) that the title beside a person's name names: the words of
    ``core`` before the name ("Turkish President"), or the whole description in apposition
    ("the UN relief coordinator"); ``None`` for a former office ("former UN chief") or a title
    that names none."""
    words = core[:named.start - core.start] if named.start > core.start else \
        core if not (named.start <= core.root.i < named.end) else None
    if words is None or not len(words) or any(t.lower_ in FORMER for t in words):
        return None
    return describe(d, words, date)[1]


#: Entity labels the model gives a surname alone besides ``PERSON`` (or none).
_SHORT_NAME_LABELS = frozenset({"ORG", "GPE", "NORP", ""})


def someone_else(d: ActorDictionary, core: Span, name: str | None,
                 date: str | None = None) -> bool:
    """Whether a short name the dictionary knows (``name``: "Holmes" is Cecil Holmes) stands
    for someone else, whom the document names in full ("Jac Holmes"). The model labels many a
    surname alone a place or an organisation ("Yakovenko"); a name of no dictionary actor
    (``name`` ``None``) that a place's country was read from is someone else as well when the
    document names a person in full by it."""
    root = core.root
    if root.ent_type_ != "PERSON" and not (root.pos_ == "PROPN" and
                                          root.ent_type_ in _SHORT_NAME_LABELS):
        return False
    full = full_name_in(core.doc, core, d.countries)
    return full is not None and (name is None or describe(d, full, date)[0] != name)

