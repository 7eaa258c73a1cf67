"""States' own bodies and movements that reports name by their proper names alone (a
legislature, a security service, a police force, an armed movement) are of their state
(table-driven, sentences written for the project)."""

from __future__ import annotations

import pytest


def _party(pipeline, sentence, words):
    return [a for e in pipeline.extract(sentence, pubdate="1995-05-05")
            for a in (e.source, e.target) if a is not None and words in a.text]


@pytest.mark.parametrize("sentence, words, country", [
    # legislatures
    ("The Sejm rejected the government's budget.", "Sejm", "POL"),
    ("The Storting criticised the government over the oil deal.", "Storting", "NOR"),
    ("The Verkhovna Rada condemned Russia.", "Verkhovna Rada", "UKR"),
    # security and intelligence services, armies, police forces
    ("The KGB arrested two dissidents in Moscow.", "KGB", "RUS"),
    ("The ISI denied helping the militants.", "ISI", "PAK"),
    ("The Securitate detained hundreds of protesters.", "Securitate", "ROU"),
    ("The Carabinieri arrested a Mafia boss in Palermo.", "Carabinieri", "ITA"),
    ("The RUC arrested three men after the bombing.", "RUC", "GBR"),
    # the Holy See and its head
    ("The Pope condemned the massacre.", "Pope", "VAT"),
    # armed movements of the Cold War and after, by their short names
    ("RENAMO attacked a train north of Maputo.", "RENAMO", "MOZ"),
    ("The Viet Cong attacked an American base.", "Viet Cong", "VNM"),
    ("Contra rebels ambushed a government convoy.", "Contra rebels", "NIC"),
    ("The RPF rejected the ceasefire.", "RPF", "RWA"),
])
def test_wire_bodies_named_body_is_its_state(pipeline, sentence, words, country):
    parties = _party(pipeline, sentence, words)
    assert parties and all(a.country == country for a in parties)


@pytest.mark.parametrize("sentence, words, country", [
    # the adjective of a former state, read as the state's own name is
    ("Czechoslovak troops attacked the town.", "Czechoslovak troops", "CZE"),
    ("Czechoslovakian troops sealed the border.", "Czechoslovakian troops", "CZE"),
])
def test_wire_bodies_former_state_adjective(pipeline, sentence, words, country):
    parties = _party(pipeline, sentence, words)
    assert parties and all(a.country == country for a in parties)
