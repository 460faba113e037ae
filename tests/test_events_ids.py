"""The ID registry: stable, readable IDs; append-only; renames redirect."""

from __future__ import annotations

import os
import stat

import pytest
import yaml

from timeline.content import ids as registry_file
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


def key(sentence: str, suffix: str = "") -> str:
    return ids.source_key("art", sentence) + suffix


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            ["Un.", "Deux.", "Un.", "Un."],
            [key("Un."), key("Deux."), key("Un.", "~2"), key("Un.", "~3")],
        ),
        # a repetition is what source_key does not tell apart (case, spacing)
        (["Un.", "un.", "Un\u00a0 ."], [key("Un."), key("Un.", "~2"), key("Un .")]),
        (["Deux."], [key("Deux.")]),
    ],
)
def test_repeated_sentence_gets_an_occurrence_suffix(sentences, expected):
    assert ids.source_keys("art", sentences) == expected


def test_key_listed_by_two_records_is_assigned_deterministically():
    """A report that moved from one event to another stays listed by both records; each
    event keeps its own record, rebuild after rebuild, and nothing new is appended."""
    records = [ids.Record("2015-10-07-a", ["a#1", "b#1"]), ids.Record("2015-10-07-b", ["b#1"])]
    events = [("2015-10-07-x", ["a#1"]), ("2015-10-07-y", ["b#1"])]
    for _ in range(2):
        assert build(records, events) == ["2015-10-07-a", "2015-10-07-b"]
    assert [r.to_dict() for r in records] == [
        {"id": "2015-10-07-a", "keys": ["a#1", "b#1"]},
        {"id": "2015-10-07-b", "keys": ["b#1"]},
    ]
    assert build(records, list(reversed(events))) == ["2015-10-07-b", "2015-10-07-a"]


def test_split_event_gets_one_new_record_then_keeps_it():
    records: list[ids.Record] = []
    [old] = build(records, [("2015-10-07-a", ["a#1", "b#1"])])
    split = [("2015-10-07-a", ["a#1"]), ("2015-10-07-b", ["b#1"])]
    first = build(records, split)
    assert first[0] == old and first[1] != old
    size = ids.size(records)
    assert build(records, split) == first and ids.size(records) == size


def test_proposal_is_computed_only_for_new_events():
    records: list[ids.Record] = []
    build(records, [("2015-10-07-a", ["a#1"])])
    called: list[str] = []

    def propose(name: str):
        return lambda: called.append(name) or name

    got = build(records, [(propose("2015-10-07-x"), ["a#1"]), (propose("2015-10-08-b"), ["b#1"])])
    assert got == ["2015-10-07-a", "2015-10-08-b"] and called == ["2015-10-08-b"]


REPEATED = "La Russie a tiré mercredi 26 missiles de croisière depuis la mer Caspienne."


def test_article_with_a_repeated_sentence_has_unique_stable_keys(tmp_path):
    from timeline.pipeline import BuildSettings, build_chronology

    content = tmp_path / "content"
    content.mkdir()
    (content / "2015-10-07-repetition.md").write_text(
        '---\ntitle: "Répétition"\ndate: 2015-10-07\nsource: test\nlang: fr\n---\n\n'
        f"{REPEATED}\n\nLa Turquie a convoqué mardi l'ambassadeur de Russie.\n\n{REPEATED}\n",
        encoding="utf-8",
    )
    settings = BuildSettings(root=tmp_path, use_cache=False, progress=False)
    first = build_chronology(settings)
    registry = (content / "ids.yml").read_text(encoding="utf-8")
    records = ids.load(content / "ids.yml")
    listed = [k for r in records for k in r.keys]
    base = ids.source_key("2015-10-07-repetition", REPEATED)
    assert base in listed and base + "~2" in listed  # both occurrences, told apart
    assert len(listed) == len(set(listed))  # no key under two records
    again = build_chronology(settings)
    assert [e.id for e in again.events] == [e.id for e in first.events]
    assert (content / "ids.yml").read_text(encoding="utf-8") == registry


SAMPLE_RECORDS = [
    ids.Record("2015-10-07-tirs-missiles", ["art#0123456789ab", "b#1~2"], ["ancien-nom"]),
    ids.Record("nom-choisi", ["c#2"]),
    ids.Record("evenement", []),
]


@pytest.mark.parametrize(
    "text",
    [
        ids.dump(SAMPLE_RECORDS),
        ids.dump([]),
        "events:\n- id: a\n  keys:\n- id: b\n  keys:\n  - x#1\n",  # keys: null
        "# edited\nevents:\n- id: a\n  keys:\n  - x#1\n  # a comment\n  - y#2\n",
        "events:\n- id: a\n  keys: [x#1, 'y#2']\n",
        "events:\n  - id: a\n    keys:\n      - x#1\n",
        "events:\n- id: 2015-10-07\n  keys: []\n",
        "events:\n- id: 'yes'\n  keys:\n  - 'no'\n- id: on\n",
        "events:\n- id: a\n  keys:\n  - x #1\n",
        "events:\n- id: a\n  keys:\n  - x#1\n  keys:\n  - y#1\n",
        "events:\n- id: a\r\n  keys:\r\n  - x#1\r\n",
    ],
)
def test_fast_registry_reader_reads_as_yaml_does(text):
    fast = registry_file._fast_load(text)
    if fast is not None:  # else YAML reads it
        assert {"events": [record for record, _ in fast]} == (yaml.safe_load(text) or {})


def test_fast_registry_reader_takes_what_dump_writes():
    text = ids.dump(SAMPLE_RECORDS)
    assert registry_file._fast_load(text) is not None
    assert [r.to_dict() for r in ids.load_text(text)] == [r.to_dict() for r in SAMPLE_RECORDS]


@pytest.mark.parametrize(
    "scalar",
    [
        "2015-10-07",
        "2015-10-07-a",
        "yes",
        "Off",
        "null",
        "0x1f",
        "1_000",
        "1:30",
        ".inf",
        "1e3",
        "12",
        "abc",
        "2015-10-07-frappes-russes",
        "évènement",
    ],
)
def test_plain_scalar_check_agrees_with_yaml(scalar):
    assert registry_file._plain_string(scalar) is isinstance(yaml.safe_load(scalar), str)
