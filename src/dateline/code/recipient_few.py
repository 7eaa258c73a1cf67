"""A few people acted upon, described by their number, are the people the article named.

The recipient of an act done to persons (seized, arrested, detained, questioned, tried) is
those persons. When the words that stand as the recipient only describe them by their number
("the pair", "the two men", "these two", "the two remaining members"), they stand for the
people the article named as that many together, as a coordination of names ("Lena Vogt and
Mira Holt"):

- the coordination holding the one person the description was read to stand for (a plural
  never stands for one of two people named together), when it is the last mention of that
  person and in the sentence or the one before; the same for "they", "them", "their";
- else the last coordination of that many people that is a party of its clause (not examples
  in an "including" phrase), when all are named and it stands in the description's sentence
  or the one before, or is given with its count ("the two men from London, A and B"); when
  another of other names stands there or a sentence earlier, only one given with a count of
  the same head word;
- else, past others, the last one given with a count of the same head word ("the two men");
- in a report's opening sentence, the first one the next two sentences give with its count
  (there a bare count opening the report describes too: "Two men have been captured").

A description of things ("the two villages"), of others ("the other two") or of more
people besides ("the two men and a woman") stands for no one named. A coordination whose
last member is told by a noun only ("Tomas Brandt and his daughter") names no one; a new
group of that number counted between ("two soldiers") stops the search.
A plural pronoun subject of a subordinate clause stands for its main clause's subject ("these
two were identified after they were arrested"). The recipient keeps its words and is named as
the people (a surname told again by the full name the document gave); the kind its head word
gave ("men": civilians) and a country read from a sentence or place are dropped.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..coref import gender_of
from ..deps import SUBJECTS, subject
from ..sentences import chars_span, sentence_spans
from ..tokens import doc_memo
from .person_nouns import a_person_noun
from ..wordclasses import word_class
from .words import person_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..records import Actor
    from .mention import Mention

__all__ = ["counted_between", "few_named", "FEW_COUNTS", "other_kind", "people_coordinations"]

#: Words that count a few people, with how many: "the pair", "the two men", "both women".
FEW_COUNTS = {"pair": 2, "duo": 2, "couple": 2, "both": 2, "two": 2, "trio": 3, "three": 3}
#: The gender a description's noun asks of the persons it stands for ("the two women").
_KIND = {**dict.fromkeys(word_class("female_nouns") | {"women", "sisters"}, "f"),
         **dict.fromkeys(word_class("male_nouns") | {"men", "brothers"}, "m")}
#: Words a description of a few people opens with.
_DETERMINERS = frozenset({"the", "these", "those", "both"})
#: The most words a description of a few people runs to ("the two remaining cell members").
_MAX_WORDS = 6
#: Words of a description of others than the people named ("the other two").
_OTHERS = frozenset({"other", "another", "else"})
#: Links of a count that says how many a phrase names anew ("two soldiers were killed").
_COUNT_LINKS = frozenset({"nummod"})
#: How many words from the names their count may stand ("the two men from London, A and B").
_NEAR = 8
#: Sectors a description by number alone is given by its head word ("men", "members").
_KINDLESS = frozenset({"CVL", "UNK"})
#: Plural pronouns that may stand for the subject of the clause theirs is subordinate to.
_PLURAL = frozenset({"they", "them", "their"})
#: Prepositions that give examples of what they hang on, not its parties.
_EXAMPLES = frozenset({"including", "like", "such", "among", "as"})
#: Links of a clause's parties: its subject or object, or what "be" says one is.
_CORE = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "attr", "ROOT"})
#: How many sentences after a report's opening one may name the people it describes.
_LEAD_AFTER = 2
#: The memo of a document's coordinations of people.
_MEMO = "recipient_few.coordinations"
#: Where a country that is no one's own came from: a sentence's or a place's, which says
#: nothing of the people named (the report's own country, given to its people, stays).
_CONTEXT = frozenset({"sentence focus", "nearby actor", "event place", "place struck"})


def _count(words: Span, bare: bool = False) -> int | None:
    """How many people the recipient's words describe by number alone, or ``None`` when they
    are no such description (a name, a possessive, a clause, no count, a count of things,
    others than the people named or more people besides them). With ``bare``, a count
    without a determiner ("Two men have been captured") is one too."""
    toks = [t for t in words if not t.is_punct]
    if not toks or len(toks) > _MAX_WORDS or toks[0].lower_ not in _DETERMINERS and not (
            bare and toks[0].lower_ in FEW_COUNTS):
        return None
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or
           t.tag_ in ("PRP$", "POS", "WDT", "WP") or t.pos_ == "ADP" or
           t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" or  # "the two remaining members"
           t.lower_ in _OTHERS or t.dep_ in ("cc", "conj")  # "the other two", "... and a woman"
           for t in toks):
        return None
    counts = {FEW_COUNTS[t.lower_] for t in toks if t.lower_ in FEW_COUNTS}
    if len(counts) != 1:
        return None
    root = words.root
    if root.lower_ not in FEW_COUNTS and not (root.tag_ == "NNS" and _people(root)):
        return None  # "the two-day trial", "the two villages": a count of no people
    return counts.pop()


def _people(tok: Token) -> bool:
    """Whether a plural noun names people ("men": its lemma is the person word)."""
    return person_word(tok) or a_person_noun(tok.lemma_.lower())


def _coordinations(doc: Doc, before: int, core: bool = False, count: int | None = None,
                   since: int = 0) -> list[list[Span | None]]:
    """The coordinations of people ending before token ``before``, in text order, at least one
    of them named: each the people linked by "and" (one conjunct's root a ``conj`` of
    another's, or a name in apposition to a name that has conjuncts of its own: "Ana Ruiz,
    Lena Vogt and Mira Holt"), a person's name as its span, a person told by a noun ("his
    daughter") as ``None``. With ``core``, only those that are a party of their clause (its
    subject or object, or in apposition to one), not the examples of a phrase ("killings of
    aid workers, including Alan Reed and David Hale"). With ``count``, only those of that many
    people; with ``since``, only those whose first member starts there or after."""
    return [[None if m is None else doc[m[0]:m[1]] for m in members]
            for ready, members in _all_coordinations(doc, core) if ready <= before and (
                count is None or len(members) == count) and (
                members[0] is None or members[0][0] >= since)]


def people_coordinations(doc: Doc, before: int, count: int, since: int = 0
                         ) -> list[list[Span | None]]:
    """The coordinations of ``count`` people ending before token ``before`` and starting at
    token ``since`` or after, in text order, parties of their clause or not ("the fate of
    Hale and Ward"; see :func:`_coordinations`): the one finder of the people a description
    of a few stands for, here and in ``coref_joined``."""
    return _coordinations(doc, before, count=count, since=since)


def _all_coordinations(doc: Doc, core: bool) -> list[tuple[int, tuple[tuple[int, int] | None,
                                                                        ...]]]:
    """All the coordinations of :func:`_coordinations` in the document, worked out once: each
    with the token a text must reach to hold it (its last member, and the full name a surname
    told again needs) and its members' token bounds."""
    memo = doc_memo(doc, _MEMO)
    found = memo.get(core)
    if found is not None:
        return found  # type: ignore[no-any-return]
    persons = {e.root.i: e for e in doc.ents if e.label_ == "PERSON"}
    first_full = {last: told[0].end for last, told in _full_names(doc).items()}
    told_again = {t.i: doc[t.i:t.i + 1] for t in doc if t.pos_ == "PROPN" and
                  t.text in first_full and t.ent_type_ != "PERSON"}  # "Kotey", told again
    persons.update(told_again)
    groups: dict[int, tuple[int, list[Token]]] = {}
    for root in sorted(persons):
        top = doc[root]
        while top.head.i != top.i and (top.dep_ == "conj" and (
                top.head.i in persons or top.head.pos_ == "PROPN" and not top.head.ent_type_)
                or _listed(top, persons)):
            top = top.head  # (not past a place or a description the parse coordinates with
            # a name: "the two men from Dunmore, Tomas Brandt and ...")
        if top.i in groups or core and not _core(top):
            continue
        members, frontier = [top], [top]
        while frontier:
            for child in frontier.pop().children:
                if child.dep_ == "conj" or _listed(child, persons):
                    members.append(child)
                    frontier.append(child)
        if len(members) > 1 and all(t.i in persons or _unlabelled_name(t) or person_word(t)
                                    for t in members) and all(  # not "Hale or Ward"
                c.lower_ == "and" for t in members for c in t.children if c.dep_ == "cc"):
            ready = max([t.i + 1 for t in members] + [persons[t.i].end for t in members if
                                                      t.i in persons] +
                        [first_full[t.text] for t in members if t.i in told_again])
            groups[top.i] = (ready, sorted(members, key=lambda t: t.i))
    spans = [(ready, [persons.get(t.i) or _name_of(t) for t in members])
             for ready, members in groups.values()]
    found = memo[core] = [(ready, tuple(None if e is None else (e.start, e.end) for e in g))
                          for ready, g in sorted(spans, key=lambda r: _last(r[1], doc))]
    return found


def _full_names(doc: Doc) -> dict[str, list[Span]]:
    """The people's full names of the document (person entities of two words or more) by
    their last word, each in the order they end, worked out once: the surname told again
    ("Kotey") is read by them."""
    memo = doc_memo(doc, _MEMO)
    found: dict[str, list[Span]] | None = memo.get("full names")
    if found is None:
        found = memo["full names"] = {}
        for ent in sorted((e for e in doc.ents if e.label_ == "PERSON" and len(e) > 1),
                          key=lambda e: e.end):
            found.setdefault(ent[-1].text, []).append(ent)
    return found


def _listed(tok: Token, persons: dict[int, Span]) -> bool:
    """Whether a name stands in apposition to a name as the second of a list of them ("Ana
    Ruiz, Lena Vogt and Mira Holt": the parse hangs "Lena Vogt" on "Ana Ruiz" and "Mira Holt"
    on "Lena Vogt")."""
    return tok.dep_ == "appos" and tok.i in persons and tok.head.i in persons and any(
        c.dep_ == "conj" for c in tok.children)


def _core(top: Token) -> bool:
    """Whether the first of coordinated people is a party of its clause: its subject or
    object or that of a phrase of its verb, or in apposition to one ("her son and co-accused,
    Tom Hale"), or what the parse coordinated with one ("the two men from Leeds, Tom Hale and
    ..."); not examples given of a noun ("killings of aid workers including ...")."""
    while top.dep_ in ("appos", "conj", "compound") and top.head.i != top.i:
        top = top.head
    if top.dep_ == "pobj":  # "sent to Tom Hale and ...", not "killings including Tom Hale"
        return top.head.lower_ not in _EXAMPLES and top.head.head.pos_ in ("VERB", "AUX")
    return top.dep_ in _CORE


def _unlabelled_name(tok: Token) -> bool:
    """Whether a conjunct is a proper name the entity tagger left unlabelled ("Lena Vogt and
    Mira Holt", "Ana Ruiz, Lena Vogt and ...": a name coordinated with a person's is a
    person's)."""
    return tok.pos_ == "PROPN" and not tok.ent_type_ and (tok.dep_ == "conj" or any(
        c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in tok.children))


def _name_of(tok: Token) -> Span | None:
    """The words of an unlabelled name ending at ``tok`` (its compounds before it), or of the
    person's name set beside a noun ("his brother Karim": Karim)."""
    if not _unlabelled_name(tok):
        beside = next((c for c in tok.children if c.dep_ in ("appos", "npadvmod") and
                       c.ent_type_ == "PERSON"), None) if tok.pos_ == "NOUN" else None
        return None if beside is None else next(
            (e for e in tok.doc.ents if e.label_ == "PERSON" and e.root.i == beside.i), None)
    start = tok.i
    while start > 0 and tok.doc[start - 1].dep_ == "compound" and \
            tok.doc[start - 1].head.i == tok.i:
        start -= 1
    return tok.doc[start:tok.i + 1]


def _last(group: list[Span | None], doc: Doc) -> int:
    return max((e.end for e in group if e is not None), default=0)


def counted_between(doc: Doc, start: int, end: int, count: int) -> bool:
    """Whether a phrase between tokens ``start`` and ``end`` counts a new group of ``count``
    ("two soldiers", "three journalists"), not a description of one named ("the two men")."""
    for tok in doc[start:end]:
        if tok.dep_ in _COUNT_LINKS and FEW_COUNTS.get(tok.lower_) == count and \
                tok.head.tag_ == "NNS" and not any(
                    c.dep_ == "det" and c.lower_ in _DETERMINERS for c in tok.head.children):
            return True
    return False


def _introduced(doc: Doc, names: list[Span], count: int, head: str | None = None) -> bool:
    """Whether the coordinated ``names`` are given as that many in their own sentence: a
    description with their count within a few words of them ("the two men from London, Tom
    Hale and Sam Ward", "Hale and Ward, the two suspects"), of the head word ``head`` when
    one is asked for; "both" before the names is the coordination's own word, no
    description."""
    start, end = names[0].start, names[-1].end
    lo, hi = max(names[0].sent.start, start - _NEAR), min(names[-1].sent.end, end + _NEAR)
    return any(FEW_COUNTS.get(t.lower_) == count and t.lower_ != "both" and (
        head is None or head in (t.lemma_.lower(), t.head.lemma_.lower()))
        for t in (*doc[lo:start], *doc[end:hi]))


def _named_few(doc: Doc, described: Span, count: int) -> list[Span] | None:
    """The names the description ``described`` of ``count`` people stands for: the last
    coordination of that many people that is a party of its clause before it, when all are
    named and it is in the description's sentence or the one before or given as that many;
    else, past others, the last coordination of names given as that many by a description of
    the same head word ("the two men from London, Tom Hale and Sam Ward ... the two men").
    Where a coordination of other names stands in those sentences or the one before them too,
    only the last given as that many by the same head word. ``None`` otherwise: the last told by a
    noun ("Sergei Skripal and his daughter") names no one for it."""
    groups = _coordinations(doc, described.start, core=True, count=count)
    if not groups:
        return None
    last = groups[-1]
    sent_start = described.sent.start
    window = doc[sent_start - 1].sent.start if sent_start else sent_start
    head = described.root.lemma_.lower()
    before = doc[window - 1].sent.start if window else window
    near = [g for g in groups if None not in g and g[0].start >= before and  # type: ignore
            _surnames(g) != _surnames(last)  # type: ignore[arg-type]
            ] if None not in last and last[0].start >= window else []  # type: ignore
    if near:  # "Hale and Ward were arrested. Police questioned Vogt and Holt. The two men ..."
        return next((g for g in reversed([*near, last]) if _introduced(
            doc, g, count, head)), None)  # type: ignore[arg-type,return-value]
    if None not in last and (last[0].start >= window or  # type: ignore[union-attr]
                             _introduced(doc, last, count)):  # type: ignore[arg-type]
        return last  # type: ignore[return-value]
    return next((g for g in reversed(groups) if None not in g and _introduced(
        doc, g, count, head)), None)  # type: ignore[arg-type,return-value]


def _surnames(names: list[Span]) -> frozenset[str]:
    return frozenset(e[-1].text for e in names)


def _named_after_lead(doc: Doc, words: Span, count: int) -> list[Span] | None:
    """The names a description of ``count`` people in a report's opening sentence stands for,
    where the report names them only after it: the first coordination of that many names the
    next sentences give as that many ("Two men have been captured. The two men from London,
    Tom Hale and Sam Ward, ...")."""
    sents = sentence_spans(doc)
    if not sents or words.start >= sents[0].end:
        return None
    end = sents[min(len(sents), _LEAD_AFTER + 1) - 1].end
    if _coordinations(doc, words.start):
        return None
    after = [g for g in _coordinations(doc, end) if len(g) == count and None not in g and
             g[0].start >= words.end and _introduced(doc, g, count)]  # type: ignore[arg-type]
    return after[0] if after else None


def _main_subject(pronoun: Token) -> Span | None:
    """The subject of the clause a plural pronoun's own clause is subordinate to, which the
    pronoun as that clause's subject stands for ("These two were identified after they were
    arrested": these two), or ``None``."""
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECTS or verb.dep_ != "advcl" or verb.i < verb.head.i:
        return None
    subj = subject(verb.head)
    return None if subj is None else subj.doc[subj.left_edge.i:subj.right_edge.i + 1]


def _same_person(said: str, name: str) -> bool:
    """Whether the words ``said`` name the person ``name``: the whole name, or its last word
    (a surname told again: "Elsheikh" of "El Shafee Elsheikh")."""
    return said == name or said.split()[-1:] == name.split()[-1:] and len(said.split()) == 1


def _coordinated_with(doc: Doc, at: int, target: Actor) -> list[Span] | None:
    """The names of the last coordination of people before token ``at`` that holds the one
    person a plural pronoun there was read to stand for (``target``'s name): a plural stands
    for them all. Only when that coordination is the last mention of the person, in the
    pronoun's sentence or the one before ("Vogt and Holt founded the paper. Vogt said police
    beat her brothers and ... them": not the two women)."""
    one = target.name or target.antecedent
    if not one or " and " in one:
        return None
    sent_start = doc[at].sent.start
    window = doc[sent_start - 1].sent.start if sent_start else sent_start
    for group in reversed(_coordinations(doc, at, since=window)):
        if None not in group and any(_same_person(e.text, one) for e in group):  # type: ignore
            end = group[-1].end  # type: ignore[union-attr]
            if group[0].start < window or any(  # type: ignore[union-attr]
                    _same_person(t.text, one) for t in doc[end:at] if t.pos_ == "PROPN"):
                return None
            return group  # type: ignore[return-value]
    return None


def few_named(doc: Doc, m: Mention, target: Actor | None) -> Actor | None:
    """The recipient ``target`` of ``m`` named as the people the article named together, when
    its words describe a few people by their number alone (see the module); ``target``
    otherwise."""
    if target is None or not target.text or target.char_start is None or \
            target.char_end is None:
        return target
    words = chars_span(doc, target.char_start, target.char_end)
    if words is not None and len(words) == 1 and words[0].lower_ in _PLURAL:
        together = _coordinated_with(doc, words.start, target)
        if together is not None:  # "Hale and Ward ... their arrest": not Hale alone
            return _named(doc, target, together)
        words = _main_subject(words[0])
    count = None if words is None else _count(words)
    if words is not None and count is None and words.start == 0:
        count = _count(words, bare=True)  # "Two men have been captured. The two men ..."
        names = None if count is None else _named_after_lead(doc, words, count)
        return target if names is None else _named(doc, target, names)
    if words is None or count is None:
        return target
    together = _coordinated_with(doc, words.start, target)
    if together is not None and len(together) == count and not _doers(m, together) and \
            not other_kind(words.root.lower_, together):
        return _named(doc, target, together)  # "Hale and Ward ... the pair", read as Hale alone
    names = _named_few(doc, words, count) or _named_after_lead(doc, words, count)
    if names is None or counted_between(doc, names[-1].end, words.start, count) or \
            _doers(m, names) or other_kind(words.root.lower_, names):
        return target  # (not the act's own doers: "Hale and Ward attacked the two men")
    return _named(doc, target, names)


def other_kind(noun: str, names: list[Span]) -> bool:
    """Whether the persons ``names`` are of the other gender than the description's ``noun``
    asks ("the two women": not "Omar Haddad and Karim Nasser", by their given names)."""
    kind = _KIND.get(noun.lower())
    return kind is not None and any(gender_of(e.root) not in (None, kind) for e in names)


def _doers(m: Mention, names: list[Span]) -> bool:
    """Whether any of ``names`` is among the act's own doers, never its recipients too."""
    return any(m.by_doer((e.start, e.end)) for e in names)


def _named(doc: Doc, target: Actor, names: list[Span]) -> Actor:
    """The recipient ``target`` named as the people ``names``, a surname told again by the
    full name the document gave it ("Haddad": "Marco Haddad")."""
    full = {last: {e.text for e in told} for last, told in _full_names(doc).items()}
    named = " and ".join(next(iter(full[e.text])) if len(e) == 1 and len(
        full.get(e.text, ())) == 1 else e.text for e in names)
    return replace(target, name=named, antecedent=named,
                   sector=None if target.sector in _KINDLESS else target.sector,
                   country=None if target.country_from in _CONTEXT else target.country,
                   country_from=None if target.country_from in _CONTEXT else
                   target.country_from)
