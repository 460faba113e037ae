"""Hostile and broken input (issue 15): no hang, no traceback, one line naming file and line,
and ``timeline check`` and the build judging every content file by the same validator."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.articles import load_articles, parse_article
from timeline.check import CheckReport, check_entities, check_project, check_registry
from timeline.cli import main
from timeline.content import entities as entities_file
from timeline.content import ids as ids_file
from timeline.content import yamlsafe
from timeline.errors import TimelineError
from timeline.events.entities import load_curated
from timeline.events.ids import load as load_registry

ROOT = Path(__file__).resolve().parent.parent
GOOD = "---\ntitle: Titre\ndate: 2015-10-07\nsource: exemple.fr\n---\n\nLe corps, mercredi.\n"
ALIAS_BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=True)
)


def one_line_error(err: str, path: Path | str, line: int | None = None) -> str:
    """The single error line, after checking it names ``path`` (and ``line``)."""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    where = f"{path}:{line}: " if line is not None else f"{path}"
    assert where in lines[0], (where, lines[0])
    return lines[0]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(ROOT / "content", root / "content")
    (root / "docs").mkdir()
    return root


# -- 1. one safe YAML loader ----------------------------------------------------------------

YAML_TRAPS = [
    (ALIAS_BOMB, "anchors (&a) are not allowed", 1),
    ("a: [1]\nb: *a\n", "aliases (*a) are not allowed", 2),
    ("a: " + "[" * 5000 + "]" * 5000 + "\n", "nested more than", 1),
    ("? [a, b]\n: 1\n", "a key must be a plain value", 1),
    ("? {a: 1}\n: 1\n", "a key must be a plain value", 1),
    ("x: !!python/object/apply:os.system [ls]\n", "tag", 1),
    ("x: !!binary aGk=\n", "tag", 1),
    ("a: 1\nb: 2\na: 3\n", "duplicate key 'a'", 3),
    ("n: 1" + "0" * 5000 + "\n", "unreadable value", 1),
    ('t: "\\ud800"\n', "malformed YAML", 1),
    ("a:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 60)) + "  v: 1\n", "nested", 41),
]


@pytest.mark.parametrize(("text", "fragment", "line"), YAML_TRAPS)
def test_the_yaml_loader_refuses_traps_with_file_and_line(text: str, fragment: str, line: int):
    with pytest.raises(TimelineError) as caught:
        yamlsafe.load(text, "f.yml")
    assert fragment in caught.value.message and caught.value.line == line
    assert str(caught.value).startswith(f"f.yml:{line}: ")


def test_the_yaml_loader_reads_ordinary_yaml():
    assert yamlsafe.load("a: [1, 2]\nb: {c: 2015-10-07}\n<<: x\n", "f.yml") == {
        "a": [1, 2],
        "b": {"c": "2015-10-07"},  # content keeps dates as text
        "<<": "x",
    }
    assert str(yamlsafe.load("d: 2015-10-07", "f.yml", dates=True)["d"]) == "2015-10-07"


def test_no_module_reads_yaml_without_the_safe_loader():
    """Every YAML the project reads goes through timeline/content/yamlsafe.py."""
    offenders = []
    for path in sorted((ROOT / "timeline").rglob("*.py")):
        if path.name == "yamlsafe.py":
            continue
        text = path.read_text(encoding="utf-8")
        for call in (
            "yaml.safe_load(",
            "yaml.load(",
            "yaml.compose(",
            "yaml.full_load(",
            "yaml.parse(",
        ):
            if call in text:
                offenders.append(f"{path.relative_to(ROOT)}: {call}")
    assert offenders == []


@pytest.mark.parametrize(("text", "fragment", "line"), YAML_TRAPS[:7])
def test_front_matter_traps_are_refused_by_check_add_tag_and_build(
    project: Path, tmp_path: Path, capsys, text: str, fragment: str, line: int
):
    body = "\n".join("  " + row if row else row for row in text.split("\n"))
    article = f"---\ntitle: T\ndate: 2015-10-07\nsource: s\nextra:\n{body}\n---\n\nCorps.\n"
    content = project / "content"
    before = {p.name: p.read_bytes() for p in content.iterdir()}
    outside = tmp_path / "piege.md"
    outside.write_text(article, encoding="utf-8")
    # add
    assert main(["add", str(outside), "--content", str(content), "--no-extract"]) == 2
    err = one_line_error(capsys.readouterr().err, outside, line + 5)
    assert fragment in err
    assert {p.name: p.read_bytes() for p in content.iterdir()} == before
    # tag
    assert main(["tag", str(outside)]) == 2
    assert fragment in one_line_error(capsys.readouterr().err, outside, line + 5)
    # check and build
    inside = content / "2015-10-08-piege.md"
    shutil.copy(outside, inside)
    report = check_project(project, build_fallback=False)
    assert [(p.path, p.line) for p in report.problems] == [(str(inside), line + 5)]
    with pytest.raises(TimelineError) as caught:
        load_articles(content)
    assert (caught.value.path, caught.value.line) == (str(inside), line + 5)


def test_an_alias_bomb_in_entities_yml_stops_check_and_build_at_once(project: Path):
    path = project / "content" / "entities.yml"
    path.write_text(
        "- id: x\n  name: X\n  kind: place\n  aliases:\n    " + ALIAS_BOMB.replace("\n", "\n    ")
    )
    report = CheckReport()
    check_entities(path, report)
    assert [str(p) for p in report.problems] == [
        f"{path}:5: malformed YAML: YAML anchors (&a) are not allowed"
    ]
    with pytest.raises(TimelineError, match="anchors"):
        load_curated(path)


# -- 3. check and the build judge by the same validator ------------------------------------------

ENTITY_FILES = [
    "- id: x\n  name: X\n  kind: place\n  wikidata: 42\n",
    "- id: x\n  name: X\n  kind: place\n  aliases: [[a, b], c]\n",
    "- id: '\"><svg onload=alert(1)>'\n  name: X\n  kind: place\n",
    "- name: X\n  kind: place\n",
    "entities:\n- id: x\n  name: X\n  kind: place\n",
    '- id: x\n  name: "X\\e[31m"\n  kind: place\n',
    '- id: x\n  name: X\n  kind: place\n  description: "a\\x00b"\n',
    "- id: x\n  name: X\n  kind: place\n- id: x\n  name: Y\n  kind: person\n",
    "- id: x\n  name: X\n  kind: place\n  aliases: [Y]\n",  # valid
    "[]\n",  # valid
]


@pytest.mark.parametrize("text", ENTITY_FILES)
def test_check_and_build_agree_on_entities_yml(tmp_path: Path, text: str):
    path = tmp_path / "entities.yml"
    path.write_text(text, encoding="utf-8")
    report = CheckReport()
    ids = check_entities(path, report)
    try:
        built = load_curated(path)
    except TimelineError as exc:
        assert report.problems, f"check accepts what the build refuses: {exc}"
        assert (exc.path, exc.line, exc.message) in {
            (p.path, p.line, p.message) for p in report.problems
        }
    else:
        assert report.problems == [], "check refuses what the build accepts"
        assert {e.id for e in built} == ids


REGISTRIES = [
    "events:\n- id: a\n  keys: [k1, k1]\n",
    "events:\n- id: a\n  keys: [k]\n  colour: red\n",
    "events:\n- id: a\n  keys: [k]\n- id: b\n  keys: [j]\n  aliases: [a]\n",
    "events:\n- id: '<svg>'\n  keys: []\n",
    "events:\n- id: a\n  keys: [[k]]\n",
    "events: 3\n",
    "events:\n- id: a\n  keys:\n  - x#1\n- id: b\n  keys: []\n",  # valid
]


@pytest.mark.parametrize("text", REGISTRIES)
def test_check_and_build_agree_on_ids_yml(tmp_path: Path, text: str):
    path = tmp_path / "ids.yml"
    path.write_text(text, encoding="utf-8")
    report = CheckReport()
    known = check_registry(path, report)
    try:
        records = load_registry(path)
    except TimelineError as exc:
        assert (exc.path, exc.line, exc.message) in {
            (p.path, p.line, p.message) for p in report.problems
        }
    else:
        assert report.problems == []
        assert {i for r in records for i in (r.id, *r.aliases)} == known


def test_validators_have_one_shape():
    """One module per content file: ``validate(text, path) -> (entries, problems)``."""
    for module in (entities_file, ids_file):
        entries, problems = module.validate("", "x.yml")
        assert (entries, problems) == ([], []) or problems


# -- 6. control characters in every front matter field, languages ------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", '"Titre \\e[31m rouge"'),
        ("title", '"Titre \\ud800"'),
        ("source", '"exemple\\x07.fr"'),
        ("via", '"afp\\u0085"'),
        ("auteur", '"Jean\\x1bDupont"'),
        ("tags", '["a", "b\\x00"]'),
        ("title", '"deux\\nlignes"'),
    ],
)
def test_control_characters_are_refused_in_every_field(field: str, value: str):
    text = (
        GOOD.replace("---\n\n", f"{field}: {value}\n---\n\n", 1)
        if field != "title"
        else (GOOD.replace("title: Titre", f"title: {value}"))
    )
    with pytest.raises(TimelineError) as caught:
        parse_article(text, Path("content/x.md"))
    assert caught.value.line is not None and caught.value.line >= 2
    assert any(word in str(caught.value) for word in ("character", "line break", "malformed"))


def test_an_unsupported_language_is_refused():
    with pytest.raises(TimelineError, match=r"language 'en' is not supported \(supported: fr\)"):
        parse_article(GOOD.replace("source:", "lang: en\nsource:"), Path("content/x.md"))
    assert parse_article(GOOD.replace("source:", "lang: fr\nsource:"), Path("c/x.md")).lang == "fr"


# -- 6. special files and encodings --------------------------------------------------------------


def run_cli(*args: str, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "timeline", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def test_a_fifo_is_refused_by_add_tag_and_eval_without_waiting(project: Path, tmp_path: Path):
    fifo = tmp_path / "tube.md"
    os.mkfifo(fifo)
    for args in (
        ["add", str(fifo), "--content", str(project / "content"), "--no-extract"],
        ["tag", "--dct", "2015-10-07", str(fifo)],
        ["eval", str(fifo), str(fifo)],
    ):
        done = run_cli(*args, cwd=tmp_path, timeout=30)
        assert done.returncode == 2, done
        assert "named pipe" in one_line_error(done.stderr, fifo)


@pytest.mark.parametrize("kind", ["fifo", "directory", "outside-link", "device-link"])
def test_special_files_in_content_are_refused_by_check_and_build(
    project: Path, tmp_path: Path, kind: str
):
    content = project / "content"
    path = content / "2015-10-08-special.md"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "directory":
        path.mkdir()
    elif kind == "outside-link":
        secret = tmp_path / "secret.md"
        secret.write_text(GOOD, encoding="utf-8")
        path.symlink_to(secret)
    else:
        path.symlink_to("/dev/zero")
    found = [
        p for p in check_project(project, build_fallback=False).problems if p.path == str(path)
    ]
    assert (
        len(found) == 1 and "cannot read file" in found[0].message or "outside" in found[0].message
    )
    with pytest.raises(TimelineError) as caught:
        load_articles(content)
    assert caught.value.path == str(path)


def test_a_symlink_inside_content_is_read(project: Path):
    content = project / "content"
    first = sorted(content.glob("*.md"))[0]
    (content / "2015-10-07-lien.md").symlink_to(first.name)
    assert "2015-10-07-lien" in {a.slug for a in load_articles(content)}


def test_a_file_mixing_utf8_and_cp1252_is_refused_at_its_first_bad_line(
    project: Path, tmp_path: Path, capsys
):
    path = tmp_path / "melange.txt"
    path.write_bytes(
        "07/10/2015 exemple.fr\n\nVisite à l'Élysée\n\n".encode()
        + "Le président est arrivé mercredi.\n".encode("cp1252")
    )
    before = sorted(p.name for p in (project / "content").iterdir())
    assert main(["add", str(path), "--content", str(project / "content"), "--no-extract"]) == 2
    err = one_line_error(capsys.readouterr().err, path, 5)
    assert "mixed encodings" in err and "line 3 is" in err
    assert sorted(p.name for p in (project / "content").iterdir()) == before


def test_a_whole_cp1252_file_is_still_converted(project: Path, tmp_path: Path, capsys):
    path = tmp_path / "latin.txt"
    path.write_bytes(
        "07/10/2015 exemple.fr\n\nVisite à l'Élysée\n\nArrivé mercredi à Paris.\n".encode("cp1252")
    )
    assert main(["add", str(path), "--content", str(project / "content"), "--no-extract"]) == 0
    (added,) = (project / "content").glob("*elysee*.md")
    assert "Visite à l'Élysée" in added.read_text(encoding="utf-8")


def test_a_file_name_with_a_newline_gives_a_one_line_error(project: Path, tmp_path: Path, capsys):
    path = tmp_path / "deux\nlignes.md"
    path.write_text("---\ntitle: [x\n---\n", encoding="utf-8")
    assert main(["add", str(path), "--content", str(project / "content"), "--no-extract"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "deux\\nlignes.md" in err


# -- 7. timeline tag ------------------------------------------------------------------------------


def test_tag_reads_crlf_and_bom_articles_as_the_others_do(tmp_path: Path, capsys):
    unix = tmp_path / "unix.md"
    windows = tmp_path / "windows.md"
    unix.write_text(GOOD, encoding="utf-8")
    windows.write_bytes(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode("utf-8"))
    outputs = []
    for path in (unix, windows):
        assert main(["tag", str(path)]) == 0
        outputs.append(json.loads(capsys.readouterr().out))
    assert outputs[0] == outputs[1] and outputs[0]["timexes"]


@pytest.mark.parametrize("dct", ["2015-10-07garbage", "2015-10-7", "07/10/2015", "2015-02-30", "x"])
def test_tag_dct_is_strict(tmp_path: Path, capsys, dct: str):
    path = tmp_path / "a.txt"
    path.write_text("Il est arrivé hier.", encoding="utf-8")
    assert main(["tag", "--dct", dct, str(path)]) == 2
    assert "expected an existing day as YYYY-MM-DD" in one_line_error(
        capsys.readouterr().err, "--dct"
    )


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        (
            '{"doc_id": ' + "[" * 100_000 + "]" * 100_000 + ', "dct": "2015-10-07", "text": "x"}',
            "nested",
        ),
        ('{"doc_id": [[["a"]]], "dct": "2015-10-07", "text": "x"}', "doc_id"),
        ('{"doc_id": true, "dct": "2015-10-07", "text": "x"}', "doc_id"),
        ('{"doc_id": "a", "dct": ' + "9" * 5000 + ', "text": "x"}', "invalid JSON"),
        ('{"doc_id": "a", "dct": "2015-10-07garbage", "text": "x"}', "YYYY-MM-DD"),
    ],
)
def test_tag_jsonl_refuses_bad_lines(tmp_path: Path, capsys, line: str, fragment: str):
    path = tmp_path / "docs.jsonl"
    path.write_text('{"doc_id": "ok", "dct": "2015-10-07", "text": "hier"}\n' + line + "\n")
    assert main(["tag", "--jsonl", str(path)]) == 2
    captured = capsys.readouterr()
    assert fragment in one_line_error(captured.err, path, 2) and captured.out == ""


# -- 7. timeline eval -----------------------------------------------------------------------------

GOLD_LINE = {
    "doc_id": "d1",
    "dct": "2015-10-07",
    "text": "Il est venu hier.",
    "timexes": [{"start": 13, "end": 17, "type": "DATE", "value": "2015-10-06"}],
}


@pytest.mark.parametrize(
    ("which", "doc", "fragment"),
    [
        ("system", {"doc_id": "d1", "timexes": [{"start": 17, "end": 13}]}, "not before"),
        ("system", {"doc_id": "d1", "timexes": [{"start": 13, "end": 900}]}, "past the end"),
        ("system", {"doc_id": "d1", "timexes": [{"start": True, "end": 2}]}, "integer"),
        ("system", {"doc_id": "d1", "timexes": [{"start": -1, "end": 2}]}, "integer"),
        ("system", {"doc_id": "d1", "timexes": [{"start": 1, "end": 10**400}]}, "past the end"),
        ("system", {"doc_id": "d1", "timexes": [{"start": 1.0, "end": 2}]}, "integer"),
        ("system", {"doc_id": [[["d1"]]], "timexes": []}, "doc_id"),
        ("gold", {**GOLD_LINE, "doc_id": "d2", "timexes": [{"start": 1, "end": 30}]}, "past the"),
        ("gold", GOLD_LINE, "already given at line 1"),
        (
            "system",
            {"doc_id": "d1", "timexes": [{"start": 1, "end": 2, "value": ["x"]}]},
            "'value'",
        ),
    ],
)
def test_eval_refuses_impossible_spans_and_ids(
    tmp_path: Path, capsys, which: str, doc, fragment: str
):
    gold = tmp_path / "gold.jsonl"
    system = tmp_path / "system.jsonl"
    gold.write_text(json.dumps(GOLD_LINE) + "\n")
    system.write_text(json.dumps({"doc_id": "d1", "timexes": GOLD_LINE["timexes"]}) + "\n")
    target = gold if which == "gold" else system
    with target.open("a") as out:
        out.write(json.dumps(doc) + "\n")
    if which == "system":  # the valid line first would be a duplicate: keep only the bad one
        system.write_text(json.dumps(doc) + "\n")
    assert main(["eval", str(gold), str(system)]) == 2
    line = 2 if which == "gold" else 1
    assert fragment in one_line_error(capsys.readouterr().err, target, line)


@pytest.mark.parametrize(
    "raw",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"doc_id": "d1", "timexes": [{"start": 1' + "0" * 5000 + ', "end": 2}]}',
    ],
)
def test_eval_survives_deep_nesting_and_huge_numbers(tmp_path: Path, capsys, raw: str):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD_LINE) + "\n")
    system = tmp_path / "system.jsonl"
    system.write_text(raw + "\n")
    assert main(["eval", str(gold), str(system)]) == 2
    assert "invalid JSON" in one_line_error(capsys.readouterr().err, system, 1)
