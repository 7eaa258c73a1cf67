"""International organisations named by their short or common names are international
organisations, not the state their act concerns (table-driven, sentences written for the
project)."""

from __future__ import annotations

import pytest


def _party(pipeline, sentence, words):
    return [a for e in pipeline.extract(sentence, pubdate="1995-05-05")
            for a in (e.source, e.target) if a is not None and words in a.text]


@pytest.mark.parametrize("sentence, words", [
    # a movement of states whose name holds a word of stance ("aligned")
    ("The Non-Aligned Movement condemned Kenya.", "Non-Aligned Movement"),
    # the common names of a trade bloc, then and now
    ("Denmark rejected a Common Market proposal on fishing quotas.", "Common Market"),
    ("Mercosur imposed new tariffs on Chile.", "Mercosur"),
    ("Comecon criticised Romania over its debts.", "Comecon"),
    # a peace mission and the regional force that led one
    ("UNPROFOR accused Bosnian Serb forces of shelling the town.", "UNPROFOR"),
    ("ECOMOG troops attacked rebel positions near Monrovia.", "ECOMOG"),
    ("KFOR soldiers arrested two men in Mitrovica.", "KFOR"),
    # a tribunal named by the war it judges, its country word no actor's country
    ("The Yugoslav war crimes tribunal indicted three Serb officers.", "war crimes tribunal"),
    # bodies of the world economy and of states' groupings
    ("The WTO criticised Brazil over its farm subsidies.", "WTO"),
    ("The Paris Club agreed to reschedule Peru's debt.", "Paris Club"),
    ("The OECD urged Japan to cut interest rates.", "OECD"),
    ("The Group of 77 criticised the rich nations.", "Group of 77"),
    ("The U.N. General Assembly condemned Israel.", "General Assembly"),
    # missions, agencies and lenders known by their initials
    ("UNAMA accused the Taliban of killing civilians.", "UNAMA"),
    ("EULEX arrested a former commander in Pristina.", "EULEX"),
    ("The FATF criticised Pakistan over terrorist financing.", "FATF"),
    ("The AfDB suspended loans to Mali.", "AfDB"),
])
def test_wire_igos_named_body_is_international(pipeline, sentence, words):
    parties = _party(pipeline, sentence, words)
    assert parties and all(a.country == "IGO" for a in parties)


@pytest.mark.parametrize("sentence, words", [
    # a country word before a word of stance says whom the party follows, not its country
    ("Iran-aligned militias attacked the base.", "militias"),
    ("US-backed rebels attacked the town.", "rebels"),
])
def test_wire_igos_stance_word_still_no_country(pipeline, sentence, words):
    parties = _party(pipeline, sentence, words)
    assert parties and all(a.country not in ("IRN", "USA") for a in parties)


@pytest.mark.parametrize("sentence, words", [
    # a short form that is also a common word of another sense names no organisation
    ("Cis women and trans women marched together in London.", "Cis women"),
])
def test_wire_igos_common_word_is_no_body(pipeline, sentence, words):
    parties = _party(pipeline, sentence, words)
    assert parties and all(a.country != "IGO" for a in parties)
