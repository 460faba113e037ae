"""The templates' compiled code kept from one build to the next (compiled.py): a build reads
what the last one compiled, compiles only what changed (the source, the environment's
settings, the namespace) and gives the same pages as a build that compiles everything."""

from __future__ import annotations

import logging
import marshal
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from site_fixture import build, copy_project
from test_page_memo import differing, edit_config

from timeline.mkdocs_plugin import compiled, memo
from timeline.mkdocs_plugin.compiled import CompiledTemplates

MAIN = "<p>{{ x }}</p>{% include 'part.html' %}\n"
PART = "<i>{{ x|upper }}</i>  \n"


def templates(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "main.html").write_text(MAIN, "utf-8")
    (folder / "part.html").write_text(PART, "utf-8")
    return folder


def counted(folder: Path, log: list[str], **settings: Any) -> Any:
    """An environment of ``folder``'s templates whose compilations are logged."""
    from jinja2 import Environment, FileSystemLoader

    env = Environment(loader=FileSystemLoader(str(folder)), **settings)
    original = env.compile

    def counting(source, name=None, filename=None, raw=False, defer_init=False):  # type: ignore[no-untyped-def]
        log.append(name)
        return original(source, name, filename, raw, defer_init)

    env.compile = counting  # type: ignore[method-assign]
    return env


def one_build(
    folder: Path, kept: Path, namespace: str = "n1", **settings: Any
) -> tuple[str, list[str]]:
    """A build's rendering of main.html (a new cache, as a new process has), what it
    compiled; its compiled templates kept in ``kept``."""
    log: list[str] = []
    cache = CompiledTemplates()
    cache.keep_in(kept, namespace)
    env = counted(folder, log, **settings)
    cache.share_with(env)
    html = env.get_template("main.html").render(x="<b>")
    cache.save()
    return html, sorted(log)


def test_the_next_build_reads_what_the_last_one_compiled(tmp_path):
    folder, kept = templates(tmp_path / "t"), tmp_path / "kept"
    first = one_build(folder, kept)
    assert first[1] == ["main.html", "part.html"]
    assert (kept / compiled.FILE_NAME).is_file()
    assert one_build(folder, kept) == (first[0], [])  # nothing compiled, the same page
    assert one_build(folder, kept) == (first[0], [])


def new_part(folder: Path) -> dict[str, Any]:
    (folder / "part.html").write_text("<b>{{ x }}</b>", "utf-8")
    return {}


# each row: what changes between two builds; what the second must compile again
CHANGES: list[tuple[str, Callable[[Path], dict[str, Any]], list[str]]] = [
    ("a template's source", new_part, ["part.html"]),
    ("the namespace", lambda f: {"namespace": "n2"}, ["main.html", "part.html"]),
    ("autoescaping", lambda f: {"autoescape": True}, ["main.html", "part.html"]),
    ("trim_blocks", lambda f: {"trim_blocks": True}, ["main.html", "part.html"]),
    ("lstrip_blocks", lambda f: {"lstrip_blocks": True}, ["main.html", "part.html"]),
    (
        "the variables' syntax",
        lambda f: {"variable_start_string": "{{{"},
        ["main.html", "part.html"],
    ),
    (
        "a trailing newline kept",
        lambda f: {"keep_trailing_newline": True},
        ["main.html", "part.html"],
    ),
    (
        "an extension",
        lambda f: {"extensions": ["jinja2.ext.loopcontrols"]},
        ["main.html", "part.html"],
    ),
]


@pytest.mark.parametrize(("change", "settings", "again"), CHANGES, ids=[c[0] for c in CHANGES])
def test_what_shapes_the_code_compiles_it_again(tmp_path, change, settings, again):
    folder, kept = templates(tmp_path / "t"), tmp_path / "kept"
    one_build(folder, kept)
    options = settings(folder)
    namespace = options.pop("namespace", "n1")
    html, log = one_build(folder, kept, namespace, **options)
    assert log == again
    # the page the code compiled from scratch gives
    fresh, _ = one_build(folder, tmp_path / "fresh", namespace, **options)
    assert html == fresh


def test_escaping_follows_the_environment_not_the_kept_code(tmp_path):
    folder, kept = templates(tmp_path / "t"), tmp_path / "kept"
    assert one_build(folder, kept)[0] == "<p><b></p><i><B></i>  "
    assert one_build(folder, kept, autoescape=True)[0] == "<p>&lt;b&gt;</p><i>&lt;B&gt;</i>  "
    assert one_build(folder, kept)[0] == "<p><b></p><i><B></i>  "


# each row: the kept file's bytes; a build then compiles everything and writes it again
DAMAGED = [
    ("not marshal", b"\x00\x01garbage"),
    ("cut short", None),
    ("empty", b""),
    ("another format", marshal.dumps(("other/1", "n1", {}))),
    ("a list", marshal.dumps(["timeline-templates/1", "n1", {}])),
    ("entries not a dict", marshal.dumps((compiled.FORMAT, "n1", [1, 2]))),
    ("an entry not code", marshal.dumps((compiled.FORMAT, "n1", {"k": ("c", "not code")}))),
    (
        "a key not text",
        marshal.dumps((compiled.FORMAT, "n1", {1: ("c", compile("1", "", "eval"))})),
    ),
]


@pytest.mark.parametrize(("what", "data"), DAMAGED, ids=[d[0] for d in DAMAGED])
def test_a_file_that_does_not_read_back_is_compiled_again_and_rewritten(tmp_path, what, data):
    folder, kept = templates(tmp_path / "t"), tmp_path / "kept"
    html, _ = one_build(folder, kept)
    path = kept / compiled.FILE_NAME
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2] if data is None else data)
    assert one_build(folder, kept) == (html, ["main.html", "part.html"])
    assert path.read_bytes() == whole
    assert one_build(folder, kept) == (html, [])


def test_a_build_that_compiled_nothing_new_writes_nothing(tmp_path):
    folder, kept = templates(tmp_path / "t"), tmp_path / "kept"
    one_build(folder, kept)
    path = kept / compiled.FILE_NAME
    before = path.stat().st_mtime_ns
    one_build(folder, kept)
    assert path.stat().st_mtime_ns == before


def test_a_folder_that_cannot_be_written_leaves_the_build_as_it_was(tmp_path, caplog):
    folder = templates(tmp_path / "t")
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be", "utf-8")
    with caplog.at_level(logging.INFO, logger=compiled.__name__):
        html, log = one_build(folder, blocked)
    assert log == ["main.html", "part.html"] and html == "<p><b></p><i><B></i>  "
    assert any("compiled templates not kept" in r.getMessage() for r in caplog.records)


def test_without_keep_in_nothing_is_kept(tmp_path):
    folder = templates(tmp_path / "t")
    cache = CompiledTemplates()
    log: list[str] = []
    env = counted(folder, log)
    cache.share_with(env)
    env.get_template("main.html").render(x="a")
    assert cache.save() is False
    assert list(tmp_path.iterdir()) == [folder]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "project").mkdir()
    return copy_project(tmp_path / "project")


def test_a_site_built_with_kept_templates_is_the_site_compiled_anew(project, tmp_path):
    """The page memo dropped before each build: every generated page rendered, with the
    templates the last build kept, then with none kept."""
    kept = project / ".timeline" / compiled.FILE_NAME
    build(project, tmp_path / "first", use_fixture=True)
    assert kept.is_file()
    (project / ".timeline" / memo.FILE_NAME).unlink()
    build(project, tmp_path / "kept", use_fixture=True)
    (project / ".timeline" / memo.FILE_NAME).unlink()
    kept.unlink()
    build(project, tmp_path / "anew", use_fixture=True)
    assert kept.is_file()
    assert differing(tmp_path / "first", tmp_path / "kept") == []
    assert differing(tmp_path / "first", tmp_path / "anew") == []


def test_no_templates_kept_where_the_memo_is_off(project, tmp_path):
    edit_config(project, lambda c: c["plugins"].insert(1, "tags"))
    build(project, tmp_path / "one", use_fixture=True)
    assert not (project / ".timeline" / compiled.FILE_NAME).exists()
    shutil.rmtree(project / ".timeline", ignore_errors=True)
    edit_config(project, lambda c: c["plugins"].remove("tags"))
    edit_config(project, lambda c: c["plugins"][1]["timeline"].update(memo=False))
    build(project, tmp_path / "two", use_fixture=True)
    assert not (project / ".timeline" / compiled.FILE_NAME).exists()
