"""Bad inputs: each gives one clear line naming the file (and line), and nothing is lost."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.errors import TimelineError
from timeline.pipeline import BuildSettings, run_build

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ROOT / "tests" / "data" / "inputs"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(ROOT / "content", root / "content")
    return root


def huge_article(folder: Path) -> Path:
    path = folder / "huge.txt"
    paragraph = "Les frappes se poursuivent mercredi en Syrie, selon Moscou. " * 40 + "\n\n"
    with path.open("w", encoding="utf-8") as out:
        out.write("07/10/2015 exemple.fr\n\nUn article démesuré\n\n")
        while out.tell() < 10_500_000:
            out.write(paragraph)
    return path


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timeline", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


# (input file, expected fragment of the one-line error, line expected in the message?)
REFUSED_BY_ADD = [
    ("empty.txt", "empty file", True),
    ("binary.png", "binary file", False),
    ("no-front-matter.md", "pass --date YYYY-MM-DD", False),
    ("malformed-front-matter.md", "malformed front matter", True),
    ("unclosed-front-matter.md", "not closed", True),
    ("impossible-date.md", "invalid date '2015-02-30'", True),
    ("future-date.md", "in the future of the build", False),
    ("ancient-date.md", "date 0001-01-01 is before any printed news", False),
    ("wrong-types.md", "invalid date", True),
]


@pytest.mark.parametrize(("name", "fragment", "has_line"), REFUSED_BY_ADD)
def test_add_refuses_with_one_clear_line(project: Path, name: str, fragment: str, has_line):
    before = snapshot(project / "content")
    result = run_cli("add", str(INPUTS / name), cwd=project)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert fragment in lines[0] and name in lines[0]
    if has_line:
        assert re.search(rf"{re.escape(name)}:\d+: ", lines[0]), lines[0]
    assert "Traceback" not in result.stderr
    assert snapshot(project / "content") == before


def test_ten_megabyte_article_is_refused_quickly(project: Path, tmp_path: Path):
    path = huge_article(tmp_path)
    before = snapshot(project / "content")
    result = run_cli("add", str(path), cwd=project)
    assert result.returncode == 2
    assert "too large (10.5 MB" in result.stderr and "huge.txt" in result.stderr
    assert snapshot(project / "content") == before


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("latin1.txt", lambda text: "ministère de la Défense à Moscou" in text),
        ("script.html", lambda text: "<script" not in text.lower() and "alert" not in text),
        ("untitled.txt", lambda text: 'title: "!!! ??? !!!"' in text),
    ],
)
def test_add_accepts_and_cleans(project: Path, name: str, check):
    before = snapshot(project / "content")
    result = run_cli("add", str(INPUTS / name), cwd=project)
    assert result.returncode == 0, result.stderr
    after = snapshot(project / "content")
    # no article touched; the ID registry only grows (add merges the article into the
    # chronology, which may give new events their IDs)
    registry = "ids.yml"
    assert after[registry].startswith(before[registry])
    assert {k: v for k, v in after.items() if k in before and k != registry} == {
        k: v for k, v in before.items() if k != registry
    }
    (new,) = set(after) - set(before)
    assert check(after[new].decode("utf-8"))


# Bad files dropped straight into content/: the build stops with file:line, the content
# folder and the cache are left as they were.
IN_CONTENT = [
    ("empty.txt", "empty file", 1),
    ("binary.png", "binary file", 3),
    ("malformed-front-matter.md", "malformed front matter", 5),
    ("impossible-date.md", "invalid date '2015-02-30'", 3),
    ("future-date.md", "in the future of the build", 3),
    ("ancient-date.md", "before any printed news", 3),
    ("no-front-matter.md", "missing front matter", 1),
]


def fake_extract(articles):
    return [{"slug": a.slug} for a in articles]


def fake_assemble(articles, extractions, content_dir):
    return extractions


@pytest.mark.parametrize(("name", "fragment", "line"), IN_CONTENT)
def test_bad_file_in_content_stops_the_build_and_loses_nothing(
    project: Path, name: str, fragment: str, line: int | None
):
    settings = BuildSettings(root=project)
    run_build(settings, extract_batch=fake_extract, assemble=fake_assemble)
    cache = project / ".timeline" / "cache.sqlite"
    target = project / "content" / f"2015-10-09-{Path(name).stem}.md"
    shutil.copy(INPUTS / name, target)
    before = snapshot(project / "content")
    with pytest.raises(TimelineError) as caught:
        run_build(settings, extract_batch=fake_extract, assemble=fake_assemble)
    assert fragment in caught.value.message
    assert caught.value.path == str(target) and caught.value.line == line
    assert snapshot(project / "content") == before
    rows = sqlite3.connect(cache).execute("SELECT count(*) FROM extractions").fetchone()[0]
    assert rows == 4


def test_latin1_file_in_content_is_reported_with_its_line(project: Path):
    target = project / "content" / "2015-10-09-latin.md"
    target.write_bytes(
        "---\ntitle: Noël\ndate: 2015-10-09\nsource: s\n---\n\nÉté.\n".encode("latin-1")
    )
    result = run_cli("check", cwd=project)
    assert result.returncode == 1
    assert f"{target.relative_to(project)}:2: not valid UTF-8 text" in result.stdout
    assert "Latin-1" in result.stdout


def test_huge_file_in_content_is_refused(project: Path):
    path = huge_article(project / "content")
    target = path.rename(project / "content" / "2015-10-07-huge.md")
    with pytest.raises(TimelineError, match="too large"):
        run_build(BuildSettings(root=project), extract_batch=fake_extract, assemble=fake_assemble)
    assert target.stat().st_size > 10_000_000
