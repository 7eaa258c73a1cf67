"""The report's table of named parties (``actor_party_table.named_parties``): each armed group
a text names, under its kind, with the words that name it as the parse joins them (a clitic
written apart is joined: "the Islamic State’s") and their first token."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, rows", [
    ("Islamic State fighters attacked the town, and the Peshmerga pushed them back.", {
        "kurdish": [("Peshmerga", "IRQ", "MIL", None, "Peshmerga", 9)],
        "jihadist": [("Islamic State", "IRQ", "REB", None, "Islamic State", 0),
                     ("Islamic State", "IRQ", "REB", None, "Islamic State", 0)]}),
    ("Isis claimed the bombing. The Kurdistan Workers' Party denied any part in it.", {
        "kurdish": [("Kurdistan Workers' Party", "TUR", "REB", None,
                     "The Kurdistan Workers' Party", 5),
                    ("Kurdistan Workers' Party", "TUR", "REB", None,
                     "Kurdistan Workers' Party", 6)],
        "jihadist": [("Islamic State", "IRQ", "REB", None, "Isis", 0)]}),
    ("Rebels of the Free Syrian Army shelled the base.", {
        "rebel": [("Free Syrian Army", "SYR", "REB", None, "the Free Syrian Army", 2),
                  ("Free Syrian Army", "SYR", "REB", None, "Free Syrian Army", 3)]}),
    ("The Kestrel Front \u2019 s fighters shelled the town , and the Islamic State \u2019 s "
     "base fell .", {
        "jihadist": [("Islamic State", "IRQ", "REB", None, "the Islamic State\u2019s", 11),
                     ("Islamic State", "IRQ", "REB", None, "Islamic State", 12)]}),
    ("The council met on Tuesday to discuss the budget.", {}),
])
def test_actor_party_table_names_each_party_with_its_words(text, rows):
    from dateline.actor_party_table import named_parties
    from dateline.annotate import parse
    from dateline.tokens import forget

    doc = next(parse([text]))
    table = named_parties(doc)
    forget(doc)
    assert table == rows
    assert sum(map(len, table.values())) == sum(map(len, rows.values()))
