"""The ID registry looked up by key (``timeline.ids_index``): the same IDs and the same file
as the registry read whole, reading only the records a build's events need."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from timeline.chronology import identify
from timeline.errors import TimelineError
from timeline.events import ids
from timeline.ids_index import RegistryIndex

Build = list[tuple[str, list[str]]]


def whole(path: Path, events: Build) -> list[ids.Assignment]:
    """What the build did before the index: the registry read whole, saved if changed."""
    records = ids.load(path)
    before = ids.size(records)
    got = ids.assign(records, list(events))
    if ids.size(records) != before:
        ids.save(path, records)
    return got


def indexed(path: Path, events: Build) -> tuple[list[ids.Assignment] | None, RegistryIndex]:
    index = RegistryIndex(path.parent / "index" / "ids.sqlite")
    try:
        return index.assign(path, list(events)), index
    finally:
        index.close()


def registry(tmp_path: Path, name: str, records: list[ids.Record]) -> Path:
    path = tmp_path / name / "ids.yml"
    path.parent.mkdir()
    ids.save(path, records)
    return path


START = [
    ids.Record("2015-10-01-a", ["art1#a1", "art1#a2"]),
    ids.Record("2015-10-02-b", ["art1#b1"], ["2015-10-02-ancien-b"]),
    ids.Record("2015-10-03-c", ["art2#c1", "art1#b1"]),  # a key also listed by b
    ids.Record("2015-10-04-frappes", ["art3#f1"]),
    ids.Record("2015-10-05-d", ["art4#d1"]),
]

# each row: the builds, one after the other, on the registry START
CASES: dict[str, list[Build]] = {
    "rebuilt unchanged": [[("x", ["art1#a1", "art1#a2"]), ("y", ["art4#d1"])]] * 2,
    "a report joins a record in the middle": [[("x", ["art1#b1", "art9#new"])]],
    "a report joins the last record": [[("x", ["art4#d1", "art9#new"])]],
    "new events appended": [[("2015-11-01-e", ["art9#e1"]), ("2015-11-02-f", ["art9#f1"])]],
    "a new id taken by an unmatched record": [[("2015-10-04-frappes", ["art9#f2"])]],
    "a new id taken by an unmatched alias": [[("2015-10-02-ancien-b", ["art9#g1"])]],
    "two colliding proposals": [[("2015-10-04-frappes", ["n#1"]), ("2015-10-04-frappes", ["n#2"])]],
    "two old events merged": [[("x", ["art1#a1", "art4#d1", "art9#m"])]],
    "a key listed by two records": [[("x", ["art1#b1"]), ("y", ["art2#c1"])]],
    "an event split, then built again": [
        [("x", ["art1#a1"]), ("2015-10-01-part", ["art1#a2"])],
        [("x", ["art1#a1"]), ("2015-10-01-part", ["art1#a2"])],
    ],
    "builds in a row": [
        [("2015-12-01-g", ["art9#g1"])],
        [("2015-12-01-g", ["art9#g1", "art9#g2"]), ("2015-12-01-g", ["art9#h1"])],
        [("z", ["art9#h1", "art1#a1"])],
    ],
}


@pytest.mark.parametrize("builds", CASES.values(), ids=CASES.keys())
def test_the_index_gives_the_ids_and_the_file_of_the_whole_reading(tmp_path, builds):
    plain = registry(tmp_path, "plain", START)
    looked_up = registry(tmp_path, "indexed", START)
    for events in builds:
        expected = whole(plain, events)
        got, _ = indexed(looked_up, events)
        assert got == expected
        assert looked_up.read_bytes() == plain.read_bytes()
    assert yaml.safe_load(looked_up.read_text(encoding="utf-8"))  # still YAML


def test_a_build_reads_only_the_records_its_events_list(tmp_path):
    many = [ids.Record(f"2016-01-01-evenement-{i}", [f"archive{i}#{i:012x}"]) for i in range(1000)]
    path = registry(tmp_path, "archive", many)
    events: Build = [("a", ["archive7#000000000007", "new#1"]), ("b", ["archive900#000000000384"])]
    events.append(("2016-01-01-evenement-5", ["new#2"]))  # a new id taken by record 5
    first, index = indexed(path, events)
    assert index.rebuilt and index.records_read == 2
    assert first is not None and [a.id for a in first][2] == "2016-01-01-evenement-5-2"
    again, index = indexed(path, events)  # the index follows the build's own writes
    assert not index.rebuilt and index.records_read == 3
    assert again == first


def test_an_editors_change_makes_the_index_again(tmp_path):
    plain = registry(tmp_path, "plain", START)
    looked_up = registry(tmp_path, "indexed", START)
    indexed(looked_up, [("x", ["art1#a1"])])
    for path in (plain, looked_up):  # the editor renames an event
        text = path.read_text(encoding="utf-8")
        text = text.replace("- id: 2015-10-05-d\n", "- id: 2015-10-05-renomme\n")
        renamed = text.replace("  - art4#d1\n", "  - art4#d1\n  aliases:\n  - 2015-10-05-d\n")
        path.write_text(renamed, encoding="utf-8")
    events: Build = [("x", ["art4#d1", "art9#z"]), ("2015-10-05-d", ["art9#y"])]
    expected = whole(plain, events)
    got, index = indexed(looked_up, events)
    assert index.rebuilt and got == expected and expected[0].id == "2015-10-05-renomme"
    assert expected[1].id == "2015-10-05-d-2"  # the alias is taken
    assert looked_up.read_bytes() == plain.read_bytes()


@pytest.mark.parametrize(
    "text",
    [
        "# an editor's note\n" + ids.dump(START),  # another header
        ids.dump(START).replace("- id: 2015-10-01-a", "- id: '2015-10-01-a'"),  # quoted
        ids.dump(START) + "# the end\n",
        ids.dump([]),  # no record
        ids.dump(START).replace("events:", "events: # the list"),
    ],
)
def test_a_registry_in_another_layout_is_read_whole(tmp_path, text):
    path = tmp_path / "ids.yml"
    path.write_text(text, encoding="utf-8")
    got, index = indexed(path, [("2016-01-01-x", ["n#1"])])
    assert got is None and path.read_text(encoding="utf-8") == text  # nothing written
    got, index = indexed(path, [("2016-01-01-x", ["n#1"])])
    assert got is None and not index.rebuilt  # known: not checked again


def test_no_registry_yet_is_read_whole(tmp_path):
    got, _ = indexed(tmp_path / "ids.yml", [("2016-01-01-x", ["n#1"])])
    assert got is None and not (tmp_path / "ids.yml").exists()


def test_a_lost_index_changes_nothing_but_time(tmp_path):
    plain = registry(tmp_path, "plain", START)
    looked_up = registry(tmp_path, "indexed", START)
    indexed(looked_up, [("2015-12-01-g", ["art9#g1"])])
    whole(plain, [("2015-12-01-g", ["art9#g1"])])
    shutil.rmtree(looked_up.parent / "index")
    events: Build = [("y", ["art9#g1", "art9#g2"])]
    expected = whole(plain, events)
    got, index = indexed(looked_up, events)
    assert index.rebuilt and got == expected
    assert looked_up.read_bytes() == plain.read_bytes()


@pytest.mark.parametrize(
    ("record", "bare"),
    [
        (ids.Record("2015-10-07-a", ["art#0b8833005cb1"]), True),
        (ids.Record("2015-10-07-a", []), True),
        (ids.Record("a", ["x#1", "x#1~2", "x.y#2", "_u#3"], ["b", "c-2"]), True),
        (ids.Record("2015-10-07", ["x#1"]), False),  # YAML reads a date
        (ids.Record("yes", ["x#1"]), False),
        (ids.Record("a", ["12"]), False),
        (ids.Record("a", ["1.5"]), False),
        (ids.Record("a", ["0x1f"], ["1_000"]), False),
        (ids.Record("a", ["1e3", "a~"]), True),  # strings to PyYAML
        (ids.Record("évènement", ["x#1"]), False),  # YAML writes it bare; left to dump
    ],
)
def test_a_record_is_rendered_as_dump_writes_it_or_left_to_dump(record, bare):
    lines = ids.render(record)
    assert (lines is not None) is bare
    if lines is not None:
        assert ids.PREAMBLE + lines == ids.dump([record])


def test_a_registry_the_whole_reading_refuses_is_left_to_it(tmp_path):
    target = registry(tmp_path, "elsewhere", START)
    (tmp_path / "content").mkdir()
    link = tmp_path / "content" / "ids.yml"
    link.symlink_to(target)
    got, _ = indexed(link, [("2016-01-01-x", ["n#1"])])
    assert got is None and target.read_bytes() == ids.dump(START).encode("utf-8")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("events:\n- id: a\n  keys:\n  - x#1\n- id: a\n  keys: []\n", 5),  # an id twice
        ("events:\n- id: a\n  keys:\n  - x#1\n  - x#1\n", 2),  # a key twice
        ("events:\n- id: A B\n", 2),
    ],
)
def test_a_bad_registry_line_stops_the_build_naming_file_and_line(tmp_path, text, line):
    path = registry(tmp_path, "content", START)
    index = tmp_path / "index" / "ids.sqlite"
    identify([], path, index=index)  # the index holds the good file
    path.write_text(text, encoding="utf-8")  # an editor's bad change
    with pytest.raises(TimelineError) as caught:
        identify([], path, index=index)
    assert str(caught.value).startswith(f"{path}:{line}:")
