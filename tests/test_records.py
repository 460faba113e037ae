"""Records between the stages: codec, stage versions, presentation, read-only commands."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import builders
import pytest
from site_fixture import ROOT, fixture_display_dates, make_chronology, make_records

from timeline import versions
from timeline.present import chronology_record, show
from timeline.records import (
    SCHEMA_VERSION,
    Candidate,
    Chronology,
    Event,
    Extraction,
    ParsedToken,
    RecordVersionError,
    decode,
    dump,
    encode,
    load,
)
from timeline.temporal.model import Timex

EXTRACTION = Extraction(
    article="a",
    url=None,
    dct="2015-10-07",
    lang="fr",
    body_start=10,
    timexes=[Timex(12, 20, "mercredi", "DATE", "2015-10-07", span=("2015-10-07", "2015-10-07"))],
    sentences=[],
    candidates=[Candidate(0, "2015-10-07", "2015-10-07", "day", False, "explicit", None, 0)],
)


def test_a_record_round_trips_through_json():
    payload = json.loads(json.dumps(dump(EXTRACTION)))
    assert payload["schema"] == SCHEMA_VERSION and payload["record"] == "Extraction"
    assert load(Extraction, payload) == EXTRACTION
    assert isinstance(load(Extraction, payload).timexes[0].span, tuple)


def test_a_clause_is_stored_as_rows():
    """An event sentence's parse (``Sentence.clause``) round-trips; each token is a JSON
    list of its fields (an extraction holds hundreds)."""
    clause = [
        ParsedToken(0, "Moscou", " ", "nsubj", "PROPN", "Moscou", 1),
        ParsedToken(7, "frappe", "", "ROOT", "VERB", "frapper", 1),
    ]
    extraction = dataclasses.replace(
        EXTRACTION, sentences=[builders.sentence("Moscou frappe", clause=clause)]
    )
    payload = json.loads(json.dumps(dump(extraction)))
    row = [7, "frappe", "", "ROOT", "VERB", "frapper", 1]
    assert payload["data"]["sentences"][0]["clause"][1] == row
    assert load(Extraction, payload) == extraction
    with pytest.raises(TypeError, match="ParsedToken"):
        decode(ParsedToken, {"idx": 0})
    with pytest.raises(TypeError, match="ParsedToken"):  # a row longer than the record
        decode(ParsedToken, [*row, 0])
    assert decode(ParsedToken, row) == clause[1]


@pytest.mark.parametrize(
    "timex",
    [
        EXTRACTION.timexes[0],
        Timex(0, 4, "2014", "DATE", "2014", span=("2014-01-01", "2014-12-31"), precision="year"),
        Timex(3, 9, "un an", "DURATION", "P1Y", mod="MORE_THAN", extra={"partial": "P1Y"}),
        Timex(1, 2, "x", "SET", "XXXX", extra={"nested": {"list": [1, ["a"]], "n": None}}),
    ],
    ids=["day", "year", "duration", "nested-extra"],
)
def test_a_timex_as_data_is_what_asdict_gives(timex):
    """``Timex.to_dict`` (field by field, for speed) gives what ``dataclasses.asdict``
    gives, the span as a list, and shares no mutable value with the timex."""
    expected = dataclasses.asdict(timex)
    expected["span"] = list(timex.span) if timex.span else None
    data = timex.to_dict()
    assert data == expected and list(data) == list(expected)
    data["extra"].setdefault("nested", {})["changed"] = True
    assert "changed" not in (timex.extra.get("nested") or {})
    assert Timex.from_dict(json.loads(json.dumps(timex.to_dict()))) == timex


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"schema": SCHEMA_VERSION - 1, "record": "Extraction", "data": {}}, "record schema"),
        ({"schema": SCHEMA_VERSION, "record": "Chronology", "data": {}}, "expected Extraction"),
        ({"slug": "a", "timexes": []}, "record schema"),  # an extraction of the old dict form
        ([1, 2], "record schema"),
    ],
)
def test_a_stored_record_of_another_shape_is_refused(payload, message):
    with pytest.raises(RecordVersionError, match=message):
        load(Extraction, payload)


def test_the_chronology_codec_round_trips_nested_records():
    records = make_records(ROOT / "content")
    assert decode(Chronology, json.loads(json.dumps(encode(records)))) == records


def test_the_presentation_gives_the_french_dates_and_urls():
    shown = make_chronology(ROOT / "content")
    gold = fixture_display_dates()
    assert {e.id: e.display_date for e in shown.events if e.id in gold} == gold
    for event in shown.events:
        assert event.url == f"evenements/{event.id}/"
    for entity in shown.entities:
        assert entity.url == f"entites/{entity.id}/"


def test_records_carry_no_url_or_display_text():
    names = set(Event.__dataclass_fields__)
    assert not names & {"url", "display_date"}
    record = chronology_record(show(make_records(ROOT / "content")))
    assert all("url" in e and "display_date" in e for e in record["events"])


def test_urls_follow_the_layout_and_the_builder():
    from timeline.present import Layout

    shown = show(
        make_records(ROOT / "content"),
        Layout(events="ev"),
        url_of=lambda src: src.replace("/index.md", ".html"),
    )
    assert shown.events[0].url == f"ev/{shown.events[0].id}.html"


# -- stage versions ----------------------------------------------------------------------


def _package(tmp_path: Path) -> Path:
    package = tmp_path / "pkg"
    for name in (
        "temporal/rules.py",
        "events/extract.py",
        "events/titles.py",
        "events/headline.py",
        "chronology.py",
        "present/dates.py",
        "lang/fr/events.yml",
        "lang/fr/headline.yml",
        "lang/fr/merging.yml",
        "lang/fr/labels.yml",
        "cli/events.py",
        "word_patterns.py",
    ):
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(f"# {name}\n")
    return package


@pytest.mark.parametrize(
    ("edited", "extraction_changes", "assembly_changes"),
    [
        ("temporal/rules.py", True, False),
        ("events/extract.py", True, True),
        ("lang/fr/events.yml", True, True),
        # the tagger's triggers and the kinds' cues (extraction), the entities' names
        # (assembly) are patterns made there
        ("word_patterns.py", True, True),
        ("events/titles.py", False, True),
        # extraction stores the parse; assembly makes the headline from it (issue 11)
        ("events/headline.py", False, True),
        ("lang/fr/headline.yml", False, True),
        # the vocabulary of merging is read at assembly only
        ("lang/fr/merging.yml", False, True),
        ("chronology.py", False, True),
        ("present/dates.py", False, False),
        ("lang/fr/labels.yml", False, False),
        ("cli/events.py", False, False),
    ],
)
def test_each_stage_version_follows_its_own_sources(
    tmp_path, edited, extraction_changes, assembly_changes
):
    package = _package(tmp_path)

    def hashes() -> tuple[str, str]:
        return (
            versions.extraction_hash(package),
            versions.assembly_hash(package),
        )

    before = hashes()
    (package / edited).write_text("# changed\n")
    after = hashes()
    assert (after[0] != before[0], after[1] != before[1]) == (extraction_changes, assembly_changes)


def test_every_module_extraction_imports_is_an_extraction_source():
    """A module the extraction uses but ``EXTRACTION_SOURCES`` misses would let the cache
    serve extractions made by older code."""
    code = (
        "import sys, timeline.events.extract, timeline.temporal\n"
        "print('\\n'.join(sorted(m.__file__ for n, m in sys.modules.items()"
        " if n.startswith('timeline') and getattr(m, '__file__', None))))"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout
    package = ROOT / "timeline"
    covered = [package / name for name in versions.EXTRACTION_SOURCES]
    for line in out.split():
        path = Path(line).resolve()
        if path.name == "__init__.py" and path.parent == package:
            continue  # the package's own __init__ holds no code
        assert any(path == c or c in path.parents for c in covered), path


def test_extraction_imports_no_assembly_only_reader():
    """The readers of ``ASSEMBLY_DATA`` files (merging's vocabulary, headlines') are not
    imported by extraction, so those files may stay outside the extraction's key."""
    code = (
        "import sys, timeline.events.extract, timeline.temporal\n"
        "print(' '.join(n for n in sys.modules if n.startswith('timeline')))"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout.split()
    assert "timeline.events.extract" in out
    for reader in ("timeline.events.merge", "timeline.events.clause", "timeline.events.headline"):
        assert reader not in out


def test_extraction_reads_no_title_or_headline_vocabulary():
    """``lang/fr/headline.yml`` is outside the extraction's key: extraction must not read it
    (it keeps each event sentence's parse; assembly makes the headline)."""
    from timeline.articles import load_articles
    from timeline.events.extract import extract_article
    from timeline.events.lexicon import titling

    article = min(load_articles(ROOT / "content"), key=lambda a: len(a.text))
    titling.cache_clear()
    extraction = extract_article(article)
    assert titling.cache_info().misses == 0
    events = [s for s in extraction.sentences if s.role == "event"]
    assert events and all(s.clause for s in events)
    assert all(0 <= t.head < len(s.clause) for s in events for t in s.clause)


def test_an_assembly_change_reassembles_without_extracting(tmp_path, monkeypatch):
    from test_pipeline import fake_assemble, fake_extract, make_project

    from timeline.pipeline import BuildSettings, run_build

    root = make_project(tmp_path)
    calls: list[int] = []

    def counting_extract(articles):
        calls.append(len(articles))
        return fake_extract(articles)

    def build():
        return run_build(
            BuildSettings(root=root), extract_batch=counting_extract, assemble=fake_assemble,
            memo=True,
        )  # fmt: skip

    first = build()
    assert sum(calls) == 4 and not first.stats.memo_hit
    assert build().stats.memo_hit  # nothing changed: the memoised chronology
    monkeypatch.setattr(versions, "assembly_version", lambda: "titles-changed")
    again = build()
    assert sum(calls) == 4  # nothing extracted again
    assert not again.stats.memo_hit and again.stats.cached == 4
    assert again.digest != first.digest


# -- read-only commands --------------------------------------------------------------------


def _snapshot(root: Path) -> dict[str, tuple[int, bytes]]:
    return {
        str(p.relative_to(root)): (p.stat().st_mtime_ns, p.read_bytes())
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def project_missing_an_id(tmp_path_factory):
    """The seed project whose ids.yml lacks its last record (a build would append it)."""
    root = tmp_path_factory.mktemp("readonly")
    shutil.copytree(ROOT / "content", root / "content")
    shutil.copytree(ROOT / "docs", root / "docs")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    registry = root / "content" / "ids.yml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(text[: text.rindex("\n- id:") + 1], encoding="utf-8")
    return root


@pytest.mark.parametrize(
    "argv",
    [
        ["events"],
        ["events", "--json"],
        ["link", "vladimir-poutine"],
        ["check"],
        ["tag", "content/2015-10-07-la-marine-russe-passe-a-l-action.md"],
    ],
    ids=lambda argv: " ".join(argv[:2]),
)
def test_read_only_commands_write_nothing(project_missing_an_id, argv, monkeypatch, capsys):
    from timeline.cli import main

    root = project_missing_an_id
    monkeypatch.chdir(root)
    before = _snapshot(root)
    status = main(argv)
    assert status in (0, 1), capsys.readouterr().err  # check may find problems: exit 1
    assert _snapshot(root) == before
    assert not (root / ".timeline").exists() and not (root / "site").exists()
