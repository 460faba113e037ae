"""The ID registry: stable, readable IDs; append-only; renames redirect."""

from __future__ import annotations

import os
import stat

import pytest

from timeline.errors import TimelineError
from timeline.events import ids


def build(records, events):
    """Assign and return the ids (the registry ``records`` is updated in place)."""
    return [a.id for a in ids.assign(records, events)]


@pytest.mark.parametrize(
    ("start", "title", "expected"),
    [
        (
            "2015-10-07",
            "Quatre navires ont tiré 26 missiles de croisière depuis la mer Caspienne",
            "2015-10-07-quatre-navires-tire-missiles-croisiere",
        ),
        (
            "2015-10-03",
            "La Turquie a dénoncé deux violations de son espace aérien",
            "2015-10-03-turquie-denonce-deux-violations-espace",
        ),
        ("2015-10-07", "« ... »", "2015-10-07-evenement"),
    ],
)
def test_proposed_ids_are_readable(start, title, expected):
    assert ids.propose_id(start, title) == expected


def test_source_key_ignores_spacing_but_not_words():
    a = ids.source_key("art", "Le 7\u00a0octobre,  quatre navires")
    assert a == ids.source_key("art", "Le 7 octobre, quatre navires")
    assert a != ids.source_key("art", "Le 8 octobre, quatre navires")
    assert a != ids.source_key("other", "Le 7 octobre, quatre navires")


def test_same_events_same_ids_on_rebuild():
    records: list[ids.Record] = []
    events = [("2015-10-07-a", ["x#1"]), ("2015-10-06-b", ["y#1", "y#2"])]
    first = build(records, events)
    snapshot = ids.dump(records)
    assert build(records, events) == first
    assert ids.dump(records) == snapshot


def test_id_survives_new_source_reworded_title_and_new_events():
    records: list[ids.Record] = []
    [old] = build(records, [("2015-10-07-tirs-missiles", ["a#1"])])
    again = build(
        records, [("2015-10-05-other", ["z#9"]), ("2015-10-07-titre-reformule", ["b#2", "a#1"])]
    )
    assert again[1] == old
    assert records[0].keys == ["a#1", "b#2"]  # the merged source is remembered
    # matched later through the new key alone
    assert build(records, [("2015-10-07-x", ["b#2"]), ("2015-10-05-other", ["z#9"])])[0] == old


def test_colliding_proposals_get_suffixes_and_ids_stay_unique():
    records: list[ids.Record] = []
    got = build(records, [("2015-10-07-frappes", ["a#1"]), ("2015-10-07-frappes", ["b#1"])])
    assert got == ["2015-10-07-frappes", "2015-10-07-frappes-2"]


def test_two_old_events_merged_keep_the_older_id_and_alias_the_other():
    records: list[ids.Record] = []
    first, second = build(records, [("2015-10-07-a", ["a#1"]), ("2015-10-07-b", ["b#1"])])
    [assignment] = ids.assign(records, [("2015-10-07-c", ["b#1", "a#1"])])
    assert assignment.id == first and assignment.aliases == [second]


def test_editor_rename_keeps_the_old_id_as_alias(tmp_path):
    path = tmp_path / "ids.yml"
    records: list[ids.Record] = []
    [old] = build(records, [("2015-10-07-a", ["a#1"])])
    ids.save(path, records)
    path.write_text(
        path.read_text().replace(f"- id: {old}", f"- id: nom-choisi\n  aliases:\n  - {old}")
    )
    [assignment] = ids.assign(ids.load(path), [("2015-10-07-a", ["a#1"])])
    assert assignment.id == "nom-choisi" and assignment.aliases == [old]


def test_registry_written_atomically_only_when_changed_and_readable(tmp_path):
    path = tmp_path / "ids.yml"
    records: list[ids.Record] = []
    build(records, [("2015-10-07-a", ["a#1"])])
    assert ids.save(path, records) is True
    assert ids.save(path, records) is False
    assert not [p for p in tmp_path.iterdir() if p.name != "ids.yml"]  # no temp file left
    assert stat.S_IMODE(os.stat(path).st_mode) & 0o044  # group/others may read it
    assert [r.to_dict() for r in ids.load(path)] == [r.to_dict() for r in records]
    text = path.read_text()
    build(records, [("2015-10-08-b", ["b#1"]), ("2015-10-07-a", ["a#1"])])
    ids.save(path, records)
    assert path.read_text().startswith(text)  # appended, nothing rewritten


@pytest.mark.parametrize(
    "text",
    [
        "events: {a: 1}\n",
        "events:\n- keys: [a]\n",
        "events:\n- id: Bad Id\n  keys: []\n",
        "events:\n- id: a\n  keys: []\n- id: a\n  keys: []\n",
        "events: [\n",
    ],
)
def test_malformed_registry_is_a_clear_error(tmp_path, text):
    path = tmp_path / "ids.yml"
    path.write_text(text)
    with pytest.raises(TimelineError) as info:
        ids.load(path)
    assert "ids.yml" in str(info.value)
