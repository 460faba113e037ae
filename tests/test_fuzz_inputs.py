"""Fuzzing every input path (issue 15): whatever a content file or a JSON Lines file holds,
each command ends in its normal output or in one line naming the file (and line), exit
status 2 (``timeline check``: 1 and one ``file:line: message`` line per problem), never a
traceback, and ``content/`` is unchanged.

Hypothesis draws valid YAML and JSON, then breaks it (aliases, anchors, deep nesting,
control characters, odd keys, truncation, random bytes). Each command is called in-process
(``timeline.cli.main``) with a small ``max_examples`` so that the file takes seconds; a
few hostile files also go through the real command line in a subprocess.

To fuzz a new content file, add a ``ContentTarget`` to ``CONTENT_TARGETS``.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.cli import main
from timeline.errors import TimelineError

ROOT = Path(__file__).resolve().parent.parent
#: TIMELINE_FUZZ_EXAMPLES=2000 for a longer, random hunt (by hand, not in `make test`)
DEEPER = os.environ.get("TIMELINE_FUZZ_EXAMPLES")
FUZZ = settings(
    max_examples=int(DEEPER or 25),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    derandomize=DEEPER is None,  # in the suite, the same examples every run: no luck
    database=None,
)
PROBLEM_RE = re.compile(r"^(?P<path>.+):(?P<line>\d+): .+$")

# -- drawing hostile text ----------------------------------------------------------------------

NASTY_CHARS = "\x00\x07\x1b\x7f\x85\u2028\ufeff\r\t\"'&*!%@`|>-:?[]{}#,\n "
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True),
    st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(NASTY_CHARS), max_size=20),
    st.sampled_from(["2015-10-07", "2015-02-30", "fr", "en", "Q42", "https://a.fr/x", "yes"]),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _break(text: str, data: st.DataObject) -> str:
    """One of several ways of making YAML hostile."""
    how = data.draw(st.sampled_from(["keep", "alias", "deep", "insert", "cut", "key", "tag"]))
    if how == "alias":
        return "x: &a [1, 2]\n" + text + "\ny: *a\n"
    if how == "deep":
        depth = data.draw(st.integers(min_value=30, max_value=3000))
        return text + "\nz: " + "[" * depth + "]" * depth + "\n"
    if how == "insert" and text:
        at = data.draw(st.integers(min_value=0, max_value=len(text)))
        return (
            text[:at] + data.draw(st.text(alphabet=NASTY_CHARS, min_size=1, max_size=3)) + text[at:]
        )
    if how == "cut" and text:
        return text[: data.draw(st.integers(min_value=0, max_value=len(text)))]
    if how == "key":
        return "? [a, b]\n: 1\n" + text
    if how == "tag":
        return text + "\nw: !!python/object/apply:os.system [true]\n"
    return text


def _dump(value: Any) -> str:
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False)


@st.composite
def yaml_documents(draw: st.DrawFn, shape: Callable[[st.DrawFn], Any]) -> str:
    """YAML of a value shaped like the file (``shape``), often broken; or plain noise."""
    if draw(st.integers(min_value=0, max_value=9)) == 0:
        return draw(st.text(max_size=200))
    return _break(_dump(shape(draw)), draw(st.data()))


def front_matter_shape(draw: st.DrawFn) -> Any:
    fields: dict[str, Any] = {
        "title": draw(st.one_of(st.just("Un titre"), scalars, values)),
        "date": draw(st.one_of(st.just("2015-10-07"), scalars)),
        "source": draw(st.one_of(st.just("exemple.fr"), scalars)),
    }
    fields.update(
        draw(st.dictionaries(st.sampled_from(["url", "lang", "via", "auteur"]), values, max_size=3))
    )
    return fields


def entities_shape(draw: st.DrawFn) -> Any:
    entity = st.fixed_dictionaries(
        {"id": st.one_of(st.just("x"), scalars), "name": st.one_of(st.just("X"), scalars)},
        optional={
            "kind": st.one_of(st.sampled_from(["person", "place", "organization"]), scalars),
            "aliases": values,
            "wikidata": scalars,
            "description": scalars,
        },
    )
    return draw(st.one_of(st.lists(entity, max_size=4), values))


def ids_shape(draw: st.DrawFn) -> Any:
    record = st.fixed_dictionaries(
        {"id": st.one_of(st.just("2015-10-07-a"), scalars)},
        optional={
            "keys": st.one_of(st.lists(st.text(max_size=10), max_size=3), values),
            "aliases": values,
        },
    )
    return {"events": draw(st.one_of(st.lists(record, max_size=4), values))}


def corrections_shape(draw: st.DrawFn) -> Any:
    day = st.one_of(st.sampled_from(["2015-10-07", "2015-10-03", "2015-02-30"]), scalars)
    entry = st.fixed_dictionaries(
        {"event": st.one_of(st.just("2015-10-07-armee-syrienne-lance-vaste-operation"), scalars)},
        optional={
            "date": day,
            "start": day,
            "end": day,
            "title": st.one_of(st.just("Un titre"), scalars, values),
            "context": scalars,
            "hide": scalars,
            "merge_into": st.one_of(
                st.just("2015-10-03-turquie-denonce-deux-violations-espace"), scalars
            ),
            "note": scalars,
            "when": day,
        },
    )
    return draw(st.one_of(st.lists(entry, max_size=4), values))


# -- a project to run the commands on ----------------------------------------------------------


@pytest.fixture(scope="module")
def project() -> Any:
    with tempfile.TemporaryDirectory(prefix="timeline-fuzz-") as folder:
        root = Path(folder) / "project"
        shutil.copytree(ROOT / "content", root / "content")
        (root / "docs").mkdir()
        yield root


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def run(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(args)
        except SystemExit as exc:  # argparse
            status = int(exc.code or 0)
    return status, out.getvalue(), err.getvalue()


def assert_one_line_error(status: int, err: str, path: Path, allowed: set[int]) -> None:
    assert status in allowed, (status, err)
    assert "Traceback" not in err
    if status == 2:
        lines = err.strip().split("\n")
        assert len(lines) == 1, err
        assert lines[0].startswith("timeline: error: ") and str(path) in lines[0], lines[0]


def assert_check_output(status: int, out: str, err: str) -> None:
    assert status in (0, 1), (status, err)
    assert err == "" and "Traceback" not in out
    *problems, summary = out.strip().split("\n")
    assert summary.startswith("OK: " if status == 0 else "FAILED: "), summary
    for line in problems:
        assert PROBLEM_RE.match(line), line


# -- content files -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ContentTarget:
    """A content file: where it goes in content/, how its text is made from a fuzzed YAML
    document, and the build's loader of it (raises TimelineError or returns)."""

    name: str
    wrap: Callable[[str], str]
    load: Callable[[Path], Any]


def _load_entities(path: Path) -> Any:
    from timeline.events.entities import load_curated

    return load_curated(path)


def _load_ids(path: Path) -> Any:
    from timeline.events.ids import load

    return load(path)


def _load_corrections(path: Path) -> Any:
    from timeline.content.corrections import load

    return load(path)


def _load_article(path: Path) -> Any:
    from timeline.articles import load_article

    return load_article(path)


CONTENT_TARGETS = {
    "front matter": (
        ContentTarget(
            "2015-10-08-fuzz.md", lambda doc: f"---\n{doc}---\n\nCorps, mercredi.\n", _load_article
        ),
        front_matter_shape,
    ),
    "entities.yml": (
        ContentTarget("entities.yml", lambda doc: doc, _load_entities),
        entities_shape,
    ),
    "ids.yml": (ContentTarget("ids.yml", lambda doc: doc, _load_ids), ids_shape),
    "corrections.yml": (
        ContentTarget("corrections.yml", lambda doc: doc, _load_corrections),
        corrections_shape,
    ),
}


@pytest.mark.parametrize("kind", sorted(CONTENT_TARGETS))
def test_fuzzed_content_files_never_break_check_or_the_build(project: Path, kind: str):
    target, shape = CONTENT_TARGETS[kind]
    content = project / "content"
    path = content / target.name
    original = path.read_bytes() if path.exists() else None

    @FUZZ
    @given(yaml_documents(shape))
    def one(document: str) -> None:
        text = target.wrap(document)
        try:
            path.write_bytes(text.encode("utf-8", "surrogatepass"))
            others = {k: v for k, v in snapshot(content).items() if k != target.name}
            status, out, err = run(["check", "--root", str(project), "--no-build"])
            assert_check_output(status, out, err)
            mine = [line for line in out.split("\n") if line.startswith(f"{path}:")]
            try:
                target.load(path)
            except TimelineError as exc:
                # the build refuses: check said so, with the same file and line
                assert exc.path == str(path) and "\n" not in str(exc)
                assert str(exc) in mine, ("the build and check disagree", str(exc), mine)
            else:
                if kind != "front matter":
                    assert mine == [], "check refuses what the build accepts"
            assert {k: v for k, v in snapshot(content).items() if k != target.name} == others
        finally:
            if original is None:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(original)

    one()


@FUZZ
@given(yaml_documents(front_matter_shape))
def test_fuzzed_articles_given_to_add_and_tag(project: Path, document: str):
    content = project / "content"
    before = snapshot(content)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.md"
        path.write_bytes(
            f"---\n{document}---\n\nIl est arrivé mercredi.\n".encode("utf-8", "surrogatepass")
        )
        status, _, err = run(
            ["add", str(path), "--content", str(content), "--dry-run", "--no-extract"]
        )
        assert_one_line_error(status, err, path, {0, 1, 2})
        status, out, err = run(["tag", str(path)])
        assert_one_line_error(status, err, path, {0, 2})
        if status == 0:
            assert "timexes" in json.loads(out)
    assert snapshot(content) == before


# -- JSON Lines: timeline tag --jsonl, timeline eval -------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=10,
)
timex = st.fixed_dictionaries(
    {
        "start": st.one_of(st.integers(min_value=-5, max_value=40), json_values),
        "end": st.one_of(st.integers(min_value=-5, max_value=40), json_values),
    },
    optional={"value": json_values, "type": st.sampled_from(["DATE", "TIME", "DURATION", "SET"])},
)
doc_ids = st.one_of(st.sampled_from(["d1", "d2", 1]), json_values)


@st.composite
def jsonl_files(draw: st.DrawFn, fields: dict[str, Any]) -> str:
    lines = []
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        kind = draw(st.integers(min_value=0, max_value=9))
        if kind == 0:
            lines.append(draw(st.text(max_size=60)))
        elif kind == 1:
            depth = draw(st.integers(min_value=10, max_value=50_000))
            lines.append('{"doc_id": ' + "[" * depth + "]" * depth + "}")
        elif kind == 2:
            lines.append('{"doc_id": "d1", "timexes": [{"start": 1' + "0" * 5000 + ', "end": 2}]}')
        else:
            lines.append(
                json.dumps(draw(st.fixed_dictionaries(fields, optional={"extra": json_values})))
            )
    return "\n".join(lines) + "\n"


GOLD = {
    "doc_id": "d1",
    "dct": "2015-10-07",
    "text": "Il est venu hier, mercredi.",
    "timexes": [{"start": 13, "end": 17, "type": "DATE", "value": "2015-10-06"}],
}


@FUZZ
@given(jsonl_files({"doc_id": doc_ids, "timexes": st.lists(timex, max_size=3) | json_values}))
def test_fuzzed_system_files_given_to_eval(project: Path, system_text: str):
    with tempfile.TemporaryDirectory() as folder:
        gold, system = Path(folder) / "gold.jsonl", Path(folder) / "system.jsonl"
        gold.write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
        system.write_text(system_text, encoding="utf-8", errors="surrogatepass")
        status, out, err = run(["eval", str(gold), str(system)])
        assert_one_line_error(status, err, system, {0, 2})
        if status == 2:
            assert re.search(rf"{re.escape(str(system))}(:\d+)?: ", err), err


@FUZZ
@given(
    jsonl_files(
        {
            "doc_id": doc_ids,
            "dct": st.one_of(st.sampled_from(["2015-10-07", "2015-10-07garbage"]), json_values),
            "text": st.one_of(
                st.sampled_from(["Il est venu hier.", "le 3 mars 2014"]), json_values
            ),
            "timexes": json_values,
        }
    )
)
def test_fuzzed_documents_given_to_tag_jsonl(project: Path, docs_text: str):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "docs.jsonl"
        path.write_text(docs_text, encoding="utf-8", errors="surrogatepass")
        status, out, err = run(["tag", "--jsonl", str(path)])
        assert_one_line_error(status, err, path, {0, 2})
        if status == 2:
            assert out == "" and re.search(rf"{re.escape(str(path))}:\d+: ", err), err


# -- the real command line, a few hostile files ------------------------------------------------

ALIAS_BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=True)
)


def test_hostile_files_through_the_command_line(tmp_path: Path):
    root = tmp_path / "project"
    shutil.copytree(ROOT / "content", root / "content")
    content = root / "content"
    (content / "entities.yml").write_text(
        "- id: x\n  name: X\n  kind: place\n  aliases:\n    " + ALIAS_BOMB.replace("\n", "\n    ")
    )
    (content / "2015-10-08-profond.md").write_text(
        "---\ntitle: T\ndate: 2015-10-07\nsource: s\nx: "
        + "[" * 100_000
        + "]" * 100_000
        + "\n---\n\nCorps.\n"
    )
    before = snapshot(content)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "check", "--no-build"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr + done.stdout
    problems = done.stdout.strip().split("\n")[:-1]
    assert sorted(p.split(": ", 1)[0] for p in problems) == [
        "content/2015-10-08-profond.md:5",
        "content/entities.yml:5",
    ]
    bomb = tmp_path / "bombe.md"
    bomb.write_text(
        "---\ntitle: T\ndate: 2015-10-07\nsource: s\nextra:\n  "
        + ALIAS_BOMB.replace("\n", "\n  ")
        + "\n---\n\nCorps.\n"
    )
    for args in (["add", str(bomb), "--no-extract"], ["tag", str(bomb)]):
        done = subprocess.run(
            [sys.executable, "-m", "timeline", *args],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            stdin=subprocess.DEVNULL,
        )
        assert done.returncode == 2, done
        assert (
            done.stderr.count("\n") == 1
            and f"{bomb}:6: " in done.stderr
            and "anchors" in done.stderr
        )
    assert snapshot(content) == before
