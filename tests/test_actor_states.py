"""An actor of a state younger than the report is of the state it was part of then
(``actors/state_eras.tsv``); bad rows of this table and of ``actors/group_branches.tsv`` are
clear errors."""

from __future__ import annotations

import pytest

from dateline.actor_branches import branch_countries
from dateline.actor_states import state_eras, state_then
from dateline.errors import DataFileError
from dateline.records import Actor

# (country, name, date, the country and name it gets)
STATES = [
    # before South Sudan's independence: Sudan's
    ("SSD", "South Sudan civilians", "2005-03-01", "SDN", "Sudan civilians"),
    # on its first day and after: its own
    ("SSD", "South Sudan civilians", "2011-07-09", "SSD", "South Sudan civilians"),
    ("SSD", "South Sudan civilians", "2019-03-01", "SSD", "South Sudan civilians"),
    # a name of its own is kept
    ("SSD", "Salva Kiir", "2005-03-01", "SDN", "Salva Kiir"),
    # no date: unchanged
    ("SSD", None, None, "SSD", None),
    # a state of no era
    ("SDN", "Sudan rebels", "1990-01-01", "SDN", "Sudan rebels"),
]


@pytest.mark.parametrize("country, name, date, then, then_name", STATES)
def test_actor_states_country_on_the_date(country, name, date, then, then_name):
    actor = state_then(Actor(text="x", name=name, country=country), date)
    assert (actor.country, actor.name) == (then, then_name)


def test_actor_states_shelled_town_before_independence(event_on):
    event = event_on("Rebels shelled the southern town of Juba on Sunday, killing about 20 "
                     "people.", "shelled", "2005-03-01")
    assert event.target is not None and event.target.country == "SDN", event



# (file under actors/, its text, the loader, what the error says): a bad row is a clear error
BAD_ROWS = [
    ("state_eras.tsv", "country\tsince\tpart_of\nSSD\t2011\tSDN\n", state_eras, "YYYY-MM-DD"),
    ("group_branches.tsv", "name\tcountry\nSome Front\tSyria\n", branch_countries, "ISO3"),
]


@pytest.mark.parametrize("name, text, load, says", BAD_ROWS)
def test_actor_states_bad_row_is_a_clear_error(tmp_path, monkeypatch, name, text, load, says):
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / name).write_text(text, encoding="utf-8")
    monkeypatch.setenv("DATELINE_DATA_PATH", str(tmp_path))
    with pytest.raises(DataFileError, match=says):
        load()
