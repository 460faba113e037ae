"""Adding an article (tests/data/second_article/, Monday 2015-10-12) to the seed:
existing IDs kept, repeated happenings merged into existing events, new ones dated from
the new article's own publication date. Also ``timeline events`` on that project."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.events import ids
from timeline.pipeline import BuildSettings, build_chronology

ROOT = Path(__file__).resolve().parent.parent
SECOND = sorted((ROOT / "tests/data/second_article").glob("*.md"))
NEW_SLUG = SECOND[0].stem


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(ROOT / "content", root / "content")
    (root / "content" / "ids.yml").unlink(missing_ok=True)
    before = build_chronology(BuildSettings(root=root))
    registry_before = (root / "content" / "ids.yml").read_text(encoding="utf-8")
    for path in SECOND:
        shutil.copy(path, root / "content")
    after = build_chronology(BuildSettings(root=root))
    return root, before, registry_before, after


def event_with(chronology, words):
    found = [e for e in chronology.events if any(words in s.sentence for s in e.sources)]
    assert len(found) == 1, (words, [e.id for e in found])
    return found[0]


def test_every_existing_id_is_kept(builds):
    _, before, _, after = builds
    assert {e.id for e in before.events} <= {e.id for e in after.events}


def test_registry_only_grows(builds):
    root, _, registry_before, _ = builds
    text = (root / "content" / "ids.yml").read_text(encoding="utf-8")
    old = {r.id: r.keys for r in ids.load_text(registry_before)}
    new = {r.id: r.keys for r in ids.load(root / "content" / "ids.yml")}
    assert text != registry_before
    for record_id, keys in old.items():
        assert new[record_id][: len(keys)] == keys


@pytest.mark.parametrize(
    ("old_words", "new_words"),
    [
        ("ont tiré mercredi 26 missiles", "quatre navires de la flottille russe"),
        ("effectuent, depuis le 30 septembre", "Depuis le 30 septembre dernier"),
    ],
)
def test_repeated_happenings_merge_into_existing_events(builds, old_words, new_words):
    _, before, _, after = builds
    old = event_with(before, old_words)
    merged = event_with(after, new_words)
    assert merged.id == old.id
    assert NEW_SLUG in {s.article for s in merged.sources if s.role == "report"}
    assert len(merged.sources) > len(old.sources)


@pytest.mark.parametrize(
    ("words", "start"),
    [
        ("ont mené samedi une soixantaine de sorties", "2015-10-10"),
        ("Dimanche, l'armée syrienne a repris", "2015-10-11"),
        ("a averti samedi que la Turquie", "2015-10-10"),
    ],
)
def test_new_happenings_dated_from_their_own_publication(builds, words, start):
    _, before, _, after = builds
    event = event_with(after, words)
    assert event.start == start and event.dated_by == "explicit"
    assert event.id not in {e.id for e in before.events}
    assert event.audit["article"] == NEW_SLUG


def test_unknown_names_are_kept(builds):
    _, _, _, after = builds
    names = {e.name for e in after.entities}
    assert "Recep Tayyip Erdogan" in names


def test_cli_events_table_and_json(builds, capsys, monkeypatch):
    root, _, _, after = builds
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    assert main(["events", "--root", str(root), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"generated", "events", "context", "entities", "articles"}
    assert [e["id"] for e in data["events"]] == [e.id for e in after.events]
    assert data["generated"] == "1970-01-01T00:00:00+00:00"
    assert main(["events", "--root", str(root)]) == 0
    table = capsys.readouterr().out
    assert "week-end des 3 et 4 octobre 2015" in table
    assert f"{len(after.events)} événements" in table


def test_cli_help_has_an_example(capsys):
    with pytest.raises(SystemExit):
        main(["events", "--help"])
    assert "timeline events --json" in capsys.readouterr().out
