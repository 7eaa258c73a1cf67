"""The verb lexicon derived from the CAMEO dictionary: its notice, its conversion, its place
behind the project's own lexicon, and the conditions it relies on (table-driven)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from dateline import Article
from dateline.code.lexicon import NOT_AN_EVENT, _read_senses, load_lexicon
from dateline.datafiles import packaged_file
from dateline.code.senses import verb_sense
from dateline.errors import DataFileError

ROOT = Path(__file__).resolve().parent.parent
DERIVED = packaged_file("lexicon/cameo_verbs.tsv")


def _tool():
    spec = importlib.util.spec_from_file_location("cameo_verbs", ROOT / "tools/cameo_verbs.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["cameo_verbs"] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def _own_verbs() -> set[str]:
    lines = packaged_file("lexicon/verbs.tsv").read_text(encoding="utf-8").splitlines()
    return {ln.split("\t")[0] for ln in lines if ln.strip() and not ln.startswith("#")}


def test_cameo_lexicon_carries_the_mit_notice():
    head = "".join(DERIVED.read_text(encoding="utf-8").splitlines(keepends=True)[:40])
    for words in ("The MIT License (MIT)", "Copyright (c) 2015 Open Event Data Alliance",
                  "The above copyright notice and this permission notice shall be included",
                  'THE SOFTWARE IS PROVIDED "AS IS"', "tools/cameo_verbs.py"):
        assert words in head, words


# Verbs the project's own lexicon does not list, coded from the derived file alone:
# (sentence, trigger, PLOVER type, mode, CAMEO root, full CAMEO code of the reading)
CAMEO_ONLY = [
    ("Government forces besieged the rebel stronghold near the river.", "besieged", "COERCE",
     "restrict", "19", "191"),
    ("The air force airlifted food to the flooded villages.", "airlifted", "AID", None, "07",
     "073"),
    ("The rebels initiated attacks on the army convoy.", "initiated", "ASSAULT", None, "19",
     "190"),
    ("The court nullified the rights of the detained journalists.", "nullified", "COERCE",
     "restrict", "17", "1721"),
    ("The two leaders relaunched peace talks in Geneva.", "relaunched", "CONSULT", None, "04",
     "045"),
]


@pytest.mark.parametrize("text, trigger, etype, mode, root, code", CAMEO_ONLY)
def test_cameo_lexicon_codes_verbs_known_only_from_it(pipeline, nlp, text, trigger, etype, mode,
                                                      root, code):
    tok = next(t for t in nlp(text) if t.text == trigger)
    assert tok.lemma_.lower() not in _own_verbs(), "must come from the derived file alone"
    events = pipeline.extract(Article(doc_id="t", text=text, pubdate="2024-01-01"))
    found = [e for e in events if e.trigger == trigger]
    assert found, [(e.event_type, e.trigger) for e in events]
    assert (found[0].event_type, found[0].mode, found[0].cameo_root) == (etype, mode, root)
    sense = verb_sense(load_lexicon(), tok)
    assert sense is not None and sense.cameo_code == code


def test_cameo_lexicon_own_rows_take_precedence():
    lex = load_lexicon()
    own = _own_verbs()
    assert own
    for lemma in ("arrest", "attack", "meet", "call"):  # the project's own verbs
        assert lemma in lex.verbs
        assert all(s.cameo_code is None for s in lex.verbs[lemma]), lemma
    for lemma in ("launch", "stage", "halt"):  # light verbs and verbs ending an event
        assert lemma in lex.light_verbs or lemma in lex.ending_verbs
        assert all(s.cameo_code is None for s in lex.verbs.get(lemma, ())), lemma
    derived = [s for senses in lex.verbs.values() for s in senses if s.cameo_code]
    assert len(derived) > 10_000
    assert not {s.lemma for s in derived} & own


# (pattern of the dictionary, condition written for it)
PATTERNS = [
    ("* (TO BORDER)", "pp=to:border"),
    ("* OFF &WEAPON", "prt=off;obj=&weapon"),
    ("&MILITARY *", "subj=&military"),
    ("* {MOCK ATTACK}", "obj=mock attack"),
    ("* SANCTIONS", "obj=sanctions|sanction"),
    ("* POLICE (TO BORDER)", "obj=police;pp=to:border"),
    ("* (AGAINST)", "prep=against"),
]


@pytest.mark.parametrize("pattern, condition", PATTERNS)
def test_cameo_lexicon_patterns_become_conditions(pattern, condition):
    tool = _tool()
    synsets = {"&WEAPON": ["gun", "rifle"], "&MILITARY": ["army", "troops"]}
    assert tool.translate(pattern, synsets) == condition


# (CAMEO code, PLOVER type and mode by the CAMEO→PLOVER table)
CODES = [("0841", ("RETREAT", "release")), ("173", ("COERCE", "arrest")),
         ("1831", ("ASSAULT", "suicide-attack")), ("0233", ("REQUEST", "assist")),
         ("195", ("ASSAULT", "heavy-weapons")), ("163", ("COERCE", "restrict"))]


@pytest.mark.parametrize("code, plover", CODES)
def test_cameo_lexicon_codes_map_to_plover(shared_data, code, plover):
    tool = _tool()
    table = tool.read_plover(shared_data / "plover" / "CAMEO2PLOVER-2021.txt")
    assert tool.plover_of(code, table) == plover


# A reading the dictionary codes as no event (a null code or a statement) stops the verb's
# other readings: (sentence, verb, the sense's type or None for no event)
STOPS = [
    ("The pilots airlifted the flag to the capital.", "airlifted", None),
    ("The pilots airlifted medicine to the capital.", "airlifted", "AGREE"),
]


@pytest.mark.parametrize("text, trigger, etype", STOPS)
def test_cameo_lexicon_non_event_readings_stop_the_others(nlp, text, trigger, etype):
    lex = load_lexicon()
    assert any(s.event_type == NOT_AN_EVENT for s in lex.verbs["airlift"])
    tok = next(t for t in nlp(text) if t.text == trigger)
    sense = verb_sense(lex, tok)
    assert (sense.event_type if sense else None) == etype


# (bad row, what the error names)
BAD_ROWS = [
    ("seize\tCOERCE\tseize\t17\t\t\tcolour=red\n", "unknown condition kind"),
    ("seize\tCOERCE\tseize\t17\t\t\tobj=&loot\n", "undefined word set"),
    ("seize\tCOERCE\tseize\t17\t\t\tpp=town\n", "'pp' needs a preposition"),
    ("seize\tCOERCE\tseize\t17\t\t\tpass=yes\n", "takes none"),
    ("seize\tCOERCE\tseize\t17\t\t\tobj=\n", "needs options"),
    ("seize\tCOERCE\tseize\t17\t\t\t\t0841\n", "must extend the root"),
    ("&loot\n", "expected '&name"),
]


@pytest.mark.parametrize("row, message", BAD_ROWS)
def test_cameo_lexicon_bad_rows_are_refused_at_load(tmp_path, row, message):
    path = tmp_path / "verbs.tsv"
    path.write_text(row, encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        _read_senses(path, {})


def test_cameo_lexicon_word_sets_are_spelled_out(tmp_path):
    path = tmp_path / "verbs.tsv"
    path.write_text("&arms\tgun|rifle\nhand\tAID\t\t07\t\t\tobj=&arms;pp=to:rebel\t072\n",
                    encoding="utf-8")
    table: dict = {}
    _read_senses(path, table)
    (sense,) = table["hand"]
    assert sense.condition == "obj=gun|rifle;pp=to:rebel"
    assert sense.cameo_code == "072"


# readings of one verb, each needing a different kind of word, and the last without condition
_SEND = [("subj=army|troops", "S0"), ("obj=peace envoy", "S1"), ("obj=troops;pp=to:border", "S2"),
         ("pp=to:jail|prison", "S3"), ("prep=against", "S4"), ("prt=off", "S5"),
         ("obj=away", "S6"), ("obj=_person", "S7"), (None, "S8")]
SEND_SENTENCES = [
    ("The government sent a peace envoy to Geneva.", "S1"),
    ("The government sent troops to the border.", "S2"),
    ("The court sent the men to jail.", "S3"),
    ("The council sent a letter.", "S8"),
    ("The army sent a letter.", "S0"),
    ("The council sent off the documents.", "S5"),
    ("The council sent them away.", "S6"),  # a particle for the object
    ("The council sent them.", "S7"),
    ("The council sent a warning against the ruling.", None),
]


@pytest.mark.parametrize("text, code", SEND_SENTENCES)
def test_cameo_lexicon_indexed_readings_choose_as_every_reading_tried(nlp, text, code):
    """The readings indexed by the word each needs give the reading that testing each in turn
    gives."""
    from dateline.code.lexicon import Lexicon, Sense
    from dateline.code.senses import _holds

    senses = tuple(Sense("send", "AID", None, "07", None, None, cond, c) for cond, c in _SEND)
    lex = Lexicon(verbs={"send": senses}, nouns={}, light_verbs=frozenset())
    verb = next(t for t in nlp(text) if t.lemma_ == "send")
    tried = next((s for s in senses if s.condition and _holds(s.condition, verb)), senses[-1])
    found = verb_sense(lex, verb)
    assert found is tried
    if code is not None:
        assert found.cameo_code == code


# Readings taken from the CAMEO codebook: breaking a rule or an accord (128), a ceasefire
# accord (196), destroying property (1712), blocking passage (144), suspending ties (16):
# (sentence, trigger, PLOVER type, CAMEO root)
CODEBOOK_ROOTS = [
    ("The weekly paper violated a ban on reporting the trial.", "violated", "REJECT", "12"),
    ("Both militias breached the ceasefire agreement on Sunday.", "breached", "ASSAULT", "19"),
    ("The mob looted the shops along the main road.", "looted", "ASSAULT", "17"),
    ("Farmers blocked transport into the port city.", "blocked", "PROTEST", "14"),
    ("The cabinet announced a suspension of flights to the island.", "suspension", "SANCTION",
     "16"),
]


@pytest.mark.parametrize("text, trigger, etype, root", CODEBOOK_ROOTS)
def test_lexicon_roots_follow_the_codebook(pipeline, text, trigger, etype, root):
    events = pipeline.extract(Article(doc_id="t", text=text, pubdate="2024-01-01"))
    found = [(e.event_type, e.cameo_root) for e in events if e.trigger == trigger]
    assert (etype, root) in found, [(e.event_type, e.cameo_root, e.trigger) for e in events]
