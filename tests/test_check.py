"""``timeline check``: every problem of content/ and docs/ as file:line: message."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from timeline.check import check_project, find_references
from timeline.cli import main

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ROOT / "tests" / "data" / "inputs"
TODAY = dt.date(2026, 1, 1)

REGISTRY = """\
events:
- id: 2015-10-07-tirs-missiles
  keys: ['a#1', 'a#2']
- id: 2015-10-03-violations
  keys: ['b#1']
  aliases: [2015-10-03-ancien-nom]
"""
ENTITIES = """\
- id: vladimir-poutine
  name: Vladimir Poutine
  kind: person
  aliases: [Poutine]
  wikidata: Q7747
- id: hama
  name: Hama
  kind: place
  aliases: []
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(ROOT / "content", root / "content", ignore=shutil.ignore_patterns("*.yml"))
    (root / "content" / "ids.yml").write_text(REGISTRY, encoding="utf-8")
    (root / "content" / "entities.yml").write_text(ENTITIES, encoding="utf-8")
    (root / "docs").mkdir()
    (root / "docs" / "index.md").write_text(
        "# Rapport\n\nVoir [[event:2015-10-07-tirs-missiles]] et\n"
        "[[event:2015-10-03-ancien-nom|le week-end]] avec [[entity:vladimir-poutine]].\n\n"
        "La syntaxe `[[event:ID]]` s'écrit ainsi :\n\n```md\n[[event:exemple]]\n```\n",
        encoding="utf-8",
    )
    return root


def problems(root: Path) -> list[str]:
    report = check_project(root, build_day=TODAY, build_fallback=False)
    return [str(p) for p in report.problems]


def test_clean_project_passes(project: Path, capsys):
    assert problems(project) == []
    assert main(["check", "--root", str(project), "--no-build"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("OK: 4 articles, 2 entities, 2 registered ids")


def test_references_outside_code_only(project: Path):
    refs = find_references(project / "docs")
    assert [(r.line, r.kind, r.id) for r in refs] == [
        (3, "event", "2015-10-07-tirs-missiles"),
        (4, "event", "2015-10-03-ancien-nom"),
        (4, "entity", "vladimir-poutine"),
    ]


def test_repository_docs_references_are_found():
    refs = find_references(ROOT / "docs")
    assert all(r.kind in ("event", "entity") and r.id != "ID" for r in refs)


@pytest.mark.parametrize(
    ("bad_file", "expected"),
    [
        ("impossible-date.md", ":3: invalid date '2015-02-30'"),
        ("future-date.md", ":3: date 2999-01-01 is in the future of the build"),
        ("ancient-date.md", ":3: date 0001-01-01 is before any printed news"),
        ("malformed-front-matter.md", ":5: malformed front matter"),
        ("no-front-matter.md", ":1: missing front matter"),
        ("empty.txt", ":1: empty file"),
        ("binary.png", ":3: binary file"),
        ("wrong-types.md", ":2: field 'title' must be text"),
    ],
)
def test_bad_articles_are_listed_with_file_and_line(project: Path, bad_file: str, expected):
    target = project / "content" / "2015-10-09-bad.md"
    shutil.copy(INPUTS / bad_file, target)
    found = problems(project)
    assert any(p.startswith(str(target)) and expected in p for p in found), found


def test_all_problems_at_once_and_exit_status(project: Path, capsys):
    content = project / "content"
    shutil.copy(INPUTS / "impossible-date.md", content / "2015-10-09-a.md")
    shutil.copy(INPUTS / "future-date.md", content / "2015-10-09-b.md")
    seed = sorted(content.glob("2015-10-07-*.md"))[0]
    shutil.copy(seed, content / "2015-10-07-zz-copie.md")
    (content / "2015-10-07-zz-script.md").write_text(
        "---\ntitle: T\ndate: 2015-10-07\nsource: s\n---\n\nTexte <script>alert(1)</script>\n",
        encoding="utf-8",
    )
    status = main(["check", "--root", str(project), "--no-build"])
    lines = capsys.readouterr().out.strip().splitlines()
    assert status == 1
    assert lines[-1].startswith("FAILED") and "4 problem(s)" in lines[-1]
    assert any("2015-10-07-zz-copie.md:1: same text as" in line for line in lines)
    assert any("zz-script.md:7: HTML markup '<script>" in line for line in lines)


def test_near_duplicate_is_found(project: Path):
    content = project / "content"
    seed = sorted(content.glob("2015-10-07-*.md"))[1]
    text = seed.read_text(encoding="utf-8").replace("mercredi", "jeudi", 2)
    (content / "2015-10-08-reprise.md").write_text(text.replace("2015-10-07", "2015-10-08"))
    (found,) = problems(project)
    assert "2015-10-08-reprise.md:1: near-duplicate of " + seed.name in found


@pytest.mark.parametrize(
    ("entities", "line", "fragment"),
    [
        ("- id: x\n  name: X\n  kind: country\n  aliases: []\n", 3, "kind 'country'"),
        ("- id: x\n  name: X\n  kind: place\n  aliases: Y\n", 4, "aliases must be a list"),
        ("- id: X Y\n  name: X\n  kind: place\n", 1, "entity id 'X Y'"),
        ("- name: X\n  kind: place\n", 1, "lacks required field 'id'"),
        ("- id: x\n  name: X\n  kind: place\n  wiki: Q1\n", 4, "unknown entity field 'wiki'"),
        ("- id: x\n  name: X\n  kind: place\n  wikidata: 7747\n", 4, "wikidata 7747"),
        ("- id: x\n  name: X\n  kind: place\n- id: x\n  name: Y\n  kind: place\n", 4, "duplicate"),
        ("id: x\n", 1, "expected a list of entities"),
        ("- [unclosed\n", 2, "malformed YAML"),
    ],
)
def test_entities_schema(project: Path, entities: str, line: int, fragment: str):
    path = project / "content" / "entities.yml"
    path.write_text(entities, encoding="utf-8")
    (found,) = [p for p in problems(project) if "entities.yml" in p]
    assert found.startswith(f"{path}:{line}: ") and fragment in found


@pytest.mark.parametrize(
    ("registry", "line", "fragment"),
    [
        ("events:\n- id: a\n  keys: [k1]\n- id: a\n  keys: [k2]\n", 4, "'a' already used"),
        ("events:\n- id: a\n  keys: [k1]\n- id: b\n  keys: [k2]\n  aliases: [a]\n", 4, "'a'"),
        ("events:\n- id: A B\n  keys: []\n", 2, "id 'A B'"),
        ("events:\n- keys: [k]\n", 2, "without an id"),
        ("events:\n- id: a\n  keys: [k1, k1]\n", 2, "key 'k1' listed twice"),
        ("- id: a\n", 1, "must have an 'events' list"),
        ("events: [\n", 2, "malformed YAML"),
    ],
)
def test_id_registry(project: Path, registry: str, line: int, fragment: str):
    path = project / "content" / "ids.yml"
    path.write_text(registry, encoding="utf-8")
    found = [p for p in problems(project) if "ids.yml" in p]
    assert found and found[0].startswith(f"{path}:{line}: ") and fragment in found[0], found


def test_a_key_shared_by_two_records_is_allowed(project: Path):
    """After an event splits, the part that leaves keeps the report key (events/ids.py)."""
    path = project / "content" / "ids.yml"
    path.write_text("events:\n- id: a\n  keys: [k1]\n- id: b\n  keys: [k1, k2]\n")
    assert [p for p in problems(project) if "ids.yml" in p] == []


def test_dangling_references_with_suggestion(project: Path):
    page = project / "docs" / "rapport.md"
    page.write_text(
        "Intro\n\n[[event:2015-10-07-tirs-misiles]] puis [[entity:hamma]]\n", encoding="utf-8"
    )
    found = problems(project)
    assert found == [
        f"{page}:3: unknown entity id 'hamma' (did you mean 'hama'?)",
        f"{page}:3: unknown event id '2015-10-07-tirs-misiles' "
        "(did you mean '2015-10-07-tirs-missiles'?)",
    ]


def test_unresolved_references_fall_back_to_the_built_chronology(project: Path, monkeypatch):
    import timeline.check as check

    page = project / "docs" / "rapport.md"
    page.write_text("[[event:2015-10-08-construit]] [[entity:ner-only]]\n", encoding="utf-8")
    calls = []

    def built(root: Path):
        calls.append(root)
        return {"2015-10-08-construit"}, {"ner-only"}

    monkeypatch.setattr(check, "_chronology_ids", built)
    report = check.check_project(project, build_day=TODAY)
    assert report.problems == [] and calls == [project]
    report = check.check_project(project, build_day=TODAY, build_fallback=False)
    assert len(report.problems) == 2


def test_files_the_build_would_ignore_are_reported(project: Path):
    shutil.copy(INPUTS / "latin1.txt", project / "content" / "depeche.txt")
    (project / "content" / ".add-1.tmp").write_text("temporary", encoding="utf-8")
    (found,) = problems(project)
    assert found.startswith(f"{project / 'content' / 'depeche.txt'}:1: not an article")
    assert "timeline add" in found


@pytest.mark.parametrize("name", ["entities.yml", "ids.yml"])
def test_unreadable_yaml_file_is_a_problem_not_a_traceback(project: Path, name: str):
    path = project / "content" / name
    path.unlink()
    path.mkdir()  # reading a directory fails with an OSError
    found = [p for p in problems(project) if name in p]
    assert found and found[0].startswith(f"{path}:1: cannot read file"), found


def _store_with_damaged_payloads(path: Path) -> None:
    """A cache whose payload pages are damaged (a build's open does not read them)."""
    from timeline.cache import ExtractionCache

    with ExtractionCache(path, "v1") as cache:
        cache.put_many((f"k{i}", {"texte": "Le maire a signé l'arrêté."}) for i in range(300))
    data = bytearray(path.read_bytes())
    for offset in range(4 * 4096, len(data), 4096):  # every page after the small tables'
        data[offset : offset + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("name", "damage", "found"),
    [
        ("cache.sqlite", _store_with_damaged_payloads, True),
        ("pages.sqlite", _store_with_damaged_payloads, True),
        ("cache.sqlite", None, False),
    ],
    ids=["damaged-cache", "damaged-memo", "sound"],
)
def test_check_cache_reads_every_page_of_the_stores(project: Path, capsys, name, damage, found):
    """``timeline check --cache`` finds damage that opening a store does not look for, names
    the file, and moves nothing."""
    from timeline.cache import ExtractionCache

    path = project / ".timeline" / name
    path.parent.mkdir()
    if damage is None:
        with ExtractionCache(path, "v1") as cache:
            cache.put_many([("k0", {"texte": "Le maire a signé."})])
    else:
        damage(path)
    before = path.read_bytes()
    assert main(["check", "--root", str(project), "--no-build", "--cache"]) == int(found)
    out = capsys.readouterr().out
    assert (f"{path}:1: damaged (" in out) is found
    assert path.read_bytes() == before and not path.with_name(name + ".corrupt").exists()
    assert main(["check", "--root", str(project), "--no-build"]) == 0  # on demand only
