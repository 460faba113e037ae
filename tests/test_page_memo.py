"""The rendered-page memo (timeline/mkdocs_plugin/memo.py): a rebuild reuses the HTML of
unchanged generated pages, and gives exactly the site a build from scratch gives."""

from __future__ import annotations

import contextlib
import filecmp
import logging
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from site_fixture import ROOT, Collect, build, copy_project

from timeline import exports
from timeline.exports import export_files
from timeline.mkdocs_plugin import exporting, memo
from timeline.mkdocs_plugin.pages import SitePages
from timeline.pipeline import BuildSettings, run_build
from timeline.present import show

EVENT_PAGE = Path("evenements") / "2015-09-30-frappes-aeriennes-russes"


@contextlib.contextmanager
def plugin_log() -> Iterator[list[str]]:
    handler = Collect(logging.INFO)
    logger = logging.getLogger("mkdocs.plugins.timeline")
    previous = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    try:
        yield handler.messages
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)


def memo_line(messages: list[str]) -> tuple[int, int]:
    """(unchanged, generated) from the plugin's 'page memo' log line."""
    line = next(m for m in messages if m.startswith("timeline: page memo:"))
    words = line.split()
    return int(words[3]), int(words[5])


def site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def differing(a: Path, b: Path) -> list[str]:
    files_a, files_b = site_files(a), site_files(b)
    names = sorted(set(files_a) | set(files_b))
    return [n for n in names if files_a.get(n) != files_b.get(n)]


def edit_config(project: Path, change) -> None:
    path = project / "mkdocs.yml"
    config = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(config)
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")


def real_project(tmp_path: Path) -> Path:
    """A copy of the real project (built by the real pipeline, spaCy included)."""
    project = tmp_path / "real"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(ROOT / "content", project / "content")
    return project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "project").mkdir()
    return copy_project(tmp_path / "project")


def test_rebuild_reuses_generated_pages_and_gives_the_same_site(project, tmp_path):
    with plugin_log() as first:
        build(project, tmp_path / "cold", use_fixture=True)
    unchanged, total = memo_line(first)
    assert unchanged == 0 and total > 20
    with plugin_log() as second:
        build(project, tmp_path / "warm", use_fixture=True)
    assert memo_line(second) == (total, total)
    assert differing(tmp_path / "cold", tmp_path / "warm") == []


def test_the_plugins_code_is_hashed_once_a_build(project, tmp_path, monkeypatch):
    """The site's key, the page digests' key and the kept templates' namespace name the
    plugin's code: read once a build, and again at the next build of the same plugin
    object (under ``serve`` the templates and data may have changed in between)."""
    hashed: list[str] = []
    real = memo.plugin_code_hash

    def counted() -> str:
        hashed.append("code")
        return real()

    monkeypatch.setattr(memo, "plugin_code_hash", counted)
    build(project, tmp_path / "one", use_fixture=True)
    assert len(hashed) == 1
    with plugin_log() as messages:
        build(project, tmp_path / "two", use_fixture=True)
    assert len(hashed) == 2
    unchanged, total = memo_line(messages)
    assert unchanged == total > 20  # the one reading keys the memo as the three did
    assert differing(tmp_path / "one", tmp_path / "two") == []


def test_deleting_the_memo_changes_nothing_but_time(project, tmp_path):
    build(project, tmp_path / "one", use_fixture=True)
    build(project, tmp_path / "two", use_fixture=True)
    (project / ".timeline" / memo.FILE_NAME).unlink()
    with plugin_log() as messages:
        build(project, tmp_path / "three", use_fixture=True)
    assert memo_line(messages)[0] == 0
    assert differing(tmp_path / "two", tmp_path / "three") == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda c: c.update(site_name="Un autre nom de site"), "Un autre nom de site"),
        (
            lambda c: c["theme"]["palette"][0].update(primary="deep orange"),
            'data-md-color-primary="deep-orange"',
        ),
        (lambda c: c["nav"].append({"Nouvelle page": "nouvelle.md"}), "Nouvelle page"),
    ],
    ids=["site-name", "palette", "navigation"],
)
def test_a_change_of_the_site_reaches_every_generated_page(
    project, tmp_path, request, change, expected
):
    build(project, tmp_path / "before", use_fixture=True)
    if "navigation" in request.node.name:
        (project / "docs" / "nouvelle.md").write_text("# Nouvelle page\n", encoding="utf-8")
    edit_config(project, change)
    with plugin_log() as messages:
        built = build(project, tmp_path / "after", use_fixture=True)
    event_html = (built.site_dir / EVENT_PAGE / "index.html").read_text(encoding="utf-8")
    assert memo_line(messages)[0] == 0
    assert expected in event_html
    # and the memoised rebuild of the changed site is the changed site
    with plugin_log() as again:
        build(project, tmp_path / "again", use_fixture=True)
    assert memo_line(again)[0] == memo_line(again)[1]
    assert differing(tmp_path / "after", tmp_path / "again") == []


def test_a_custom_template_change_reaches_every_generated_page(project, tmp_path):
    overrides = project / "overrides"
    overrides.mkdir()
    edit_config(project, lambda c: c["theme"].update(custom_dir="overrides"))
    (overrides / "main.html").write_text(
        '{% extends "base.html" %}{% block footer %}ancien pied{% endblock %}', encoding="utf-8"
    )
    build(project, tmp_path / "before", use_fixture=True)
    (overrides / "main.html").write_text(
        '{% extends "base.html" %}{% block footer %}nouveau pied{% endblock %}', encoding="utf-8"
    )
    build(project, tmp_path / "after", use_fixture=True)
    page = (tmp_path / "after" / EVENT_PAGE / "index.html").read_text(encoding="utf-8")
    assert "nouveau pied" in page and "ancien pied" not in page


def test_an_unknown_plugin_turns_the_memo_off(project, tmp_path):
    edit_config(project, lambda c: c["plugins"].insert(1, "tags"))
    for name in ("one", "two"):
        with plugin_log() as messages:
            build(project, tmp_path / name, use_fixture=True)
        assert any("page memo off (plugins material/tags)" in m for m in messages)
        assert not any(m.startswith("timeline: page memo:") for m in messages)
    assert not (project / ".timeline" / memo.FILE_NAME).exists()


@pytest.mark.parametrize("declared", [True, False])
def test_a_hook_turns_the_memo_off_unless_declared_inert(project, tmp_path, declared):
    """A hook (MkDocs' ``hooks:``) counts as a plugin the memo does not know, unless the
    plugin's ``inert_hooks`` names it (a timing hook: bench/site_phases); then the memo
    works as without it and the site is the same."""
    hook = project / "timing.py"
    hook.write_text("def on_files(files, **kwargs):\n    return None\n", encoding="utf-8")

    def declare(config):
        config["hooks"] = ["timing.py"]
        if declared:
            config["plugins"][1]["timeline"]["inert_hooks"] = ["timing.py"]

    build(project, tmp_path / "plain", use_fixture=True)
    shutil.rmtree(project / ".timeline", ignore_errors=True)
    edit_config(project, declare)
    for name in ("one", "two"):
        with plugin_log() as messages:
            build(project, tmp_path / name, use_fixture=True)
        if declared:  # the second build finds every generated page in the memo
            unchanged, generated = memo_line(messages)
            assert generated > 0 and unchanged == (generated if name == "two" else 0)
        else:
            assert any("page memo off (plugins timing.py)" in m for m in messages)
    assert (project / ".timeline" / memo.FILE_NAME).exists() == declared
    assert differing(tmp_path / "plain", tmp_path / "two") == []


def test_the_memo_can_be_switched_off(project, tmp_path):
    edit_config(project, lambda c: c["plugins"][1]["timeline"].update(memo=False))
    build(project, tmp_path / "site", use_fixture=True)
    assert not (project / ".timeline" / memo.FILE_NAME).exists()


def test_a_memoised_page_is_encoded_once_and_written_by_the_plugin(project, tmp_path, monkeypatch):
    """A page the memo keeps is encoded once, as MkDocs would write it: the memo keeps
    those bytes and the plugin writes them (MkDocs writes none of those pages); the site
    is the one built without the memo, byte for byte."""
    from mkdocs import utils

    from timeline.mkdocs_plugin import plugin

    written: dict[str, list[str]] = {"mkdocs": [], "plugin": []}

    def counted(who: str, real):
        def write(content: bytes, output_path: str) -> None:
            # the page's place in the site (the build writes into a staging folder)
            written[who].append(Path(output_path).relative_to(tmp_path).as_posix().split("/", 1)[1])
            real(content, output_path)

        return write

    monkeypatch.setattr(utils, "write_file", counted("mkdocs", utils.write_file))
    monkeypatch.setattr(plugin, "write_file", counted("plugin", plugin.write_file))
    with plugin_log() as messages:
        build(project, tmp_path / "memo", use_fixture=True)
    total = memo_line(messages)[1]
    assert total > 20
    assert len(written["plugin"]) == total
    assert f"{EVENT_PAGE.as_posix()}/index.html" in written["plugin"]
    assert not set(written["plugin"]) & set(written["mkdocs"])
    by_plugin, by_mkdocs = set(written["plugin"]), set(written["mkdocs"])
    written["mkdocs"].clear()
    written["plugin"].clear()
    edit_config(project, lambda c: c["plugins"][1]["timeline"].update(memo=False))
    build(project, tmp_path / "plain", use_fixture=True)
    assert written["plugin"] == []  # without the memo, MkDocs writes every page
    assert set(written["mkdocs"]) == by_plugin | by_mkdocs
    assert differing(tmp_path / "memo", tmp_path / "plain") == []


@pytest.mark.parametrize(
    "damage", [b"not a database at all", b"SQLite format 3\x00" + b"\x07" * 2000]
)
def test_a_damaged_memo_file_is_set_aside_and_rebuilt(project, tmp_path, damage):
    build(project, tmp_path / "cold", use_fixture=True)
    path = project / ".timeline" / memo.FILE_NAME
    for side in path.parent.glob(memo.FILE_NAME + "-*"):
        side.unlink()
    path.write_bytes(damage)
    with plugin_log() as messages:
        build(project, tmp_path / "after", use_fixture=True)
    assert memo_line(messages)[0] == 0
    assert path.with_name(memo.FILE_NAME + ".corrupt").read_bytes() == damage
    assert differing(tmp_path / "cold", tmp_path / "after") == []


def test_damaged_rows_are_misses_and_unused_rows_are_forgotten(tmp_path):
    store = memo.PageMemo(tmp_path / "pages.sqlite")
    store.put("a", "<p>a</p>", ["x"])
    store.put("b", "<p>b</p>", [])
    store.finish()
    store = memo.PageMemo(tmp_path / "pages.sqlite")
    assert store.get_many(["a"]) == {"a": ("<p>a</p>", {"x"})}
    store.finish()  # "b" was not used by this "build"
    store = memo.PageMemo(tmp_path / "pages.sqlite")
    assert store.get_many(["a", "b"]) == {"a": ("<p>a</p>", {"x"})}
    store._conn.execute("UPDATE pages SET html = x'00ff' WHERE key = 'a'")
    assert store.get_many(["a"]) == {}
    store.close()


@pytest.mark.parametrize("had_pages", [False, True], ids=["first-build", "rebuild"])
def test_only_a_memo_that_held_pages_looks_for_rows_to_forget(tmp_path, had_pages):
    """A memo empty when opened holds, at its end, only what its build put: ``finish``
    keeps every row without looking them up; one that held pages forgets those unused."""
    path = tmp_path / "pages.sqlite"
    if had_pages:
        before = memo.PageMemo(path)
        before.put("old", "<p>old</p>", [])
        before.finish()
    store = memo.PageMemo(path)
    assert store.had_pages is had_pages
    store.put("a", "<p>a</p>", ["x"])
    store.put_bytes("b", b"export")
    statements: list[str] = []
    assert store._conn is not None
    store._conn.set_trace_callback(statements.append)
    store.finish()
    forgets = [s for s in statements if s.startswith("DELETE FROM pages")]
    assert len(forgets) == (1 if had_pages else 0)
    with contextlib.closing(sqlite3.connect(path)) as db:
        keys = sorted(k for (k,) in db.execute("SELECT key FROM pages"))
    assert keys == ["a", "b"]


def test_no_row_this_process_stores_is_digested(tmp_path, monkeypatch):
    """A page, an export or a record this process puts is stored without a digest of its
    bytes (``NO_DIGEST``: a later lookup compares the bytes themselves); each reads back
    as it was put."""
    digested: list[bytes] = []
    real = memo.content_digest

    def counted(content: bytes) -> str:
        digested.append(content)
        return real(content)

    monkeypatch.setattr(memo, "content_digest", counted)
    store = memo.PageMemo(tmp_path / "pages.sqlite")
    store.put("page", "<p>été</p>", ["x"])
    store.put_bytes("export", b"BEGIN:VCALENDAR")
    store.finish()
    assert digested == []
    with contextlib.closing(sqlite3.connect(tmp_path / "pages.sqlite")) as db:
        digests = dict(db.execute("SELECT key, digest FROM pages"))
    assert digests == {"page": memo.NO_DIGEST, "export": memo.NO_DIGEST}
    store = memo.PageMemo(tmp_path / "pages.sqlite")
    assert store.get_bytes(["export"]) == {"export": b"BEGIN:VCALENDAR"}
    assert store.get_many(["page"]) == {"page": ("<p>été</p>", {"x"})}
    store.close()


@pytest.mark.parametrize(
    ("held", "linked"),
    [("<p>été</p>", True), ("<p>ete</p>", False), ("<p>été</p>\n", False), ("", False)],
    ids=["same-bytes", "other-bytes-same-length", "one-byte-more", "empty"],
)
def test_a_row_whose_bytes_a_file_holds_gives_no_html(tmp_path, held, linked):
    """A lookup asks whether a file holds each row's bytes: a compressed row (a second
    process's page, ``put_compressed``) by its digest, never decompressed (damaged here);
    a stored row (``put``) by its bytes. A row a file holds gives no HTML; the others
    their HTML."""
    store = memo.PageMemo(tmp_path / "pages.sqlite")
    store.put("a", "<p>été</p>", ["x"])
    b = b"<p>b</p>"
    store.put_compressed("b", memo.compressed(b), [], memo.content_digest(b))
    store.finish()
    store = memo.PageMemo(tmp_path / "pages.sqlite")
    store._conn.execute("UPDATE pages SET html = x'00ff' WHERE key = 'b'")
    asked: list[tuple[str, str | bytes]] = []

    def same(key: str, expected: str | bytes) -> bool:
        asked.append((key, expected))
        if key == "b":
            return expected == memo.content_digest(b)
        return expected == held.encode()

    page_a = None if linked else "<p>été</p>"
    assert store.get_pages(["a", "b"], same) == {"a": (page_a, {"x"}), "b": (None, set())}
    assert sorted(asked) == [("a", "<p>été</p>".encode()), ("b", memo.content_digest(b))]
    assert store.get_many(["a", "b"]) == {"a": ("<p>été</p>", {"x"})}  # b damaged: a miss
    store.close()


class _CountedZlib:
    """The memo's zlib, counting the pages it decompresses."""

    def __init__(self) -> None:
        import zlib

        self.zlib, self.error, self.calls = zlib, zlib.error, 0

    def compress(self, data: bytes, level: int = -1) -> bytes:
        return self.zlib.compress(data, level)

    def decompress(self, data: bytes) -> bytes:
        self.calls += 1
        return self.zlib.decompress(data)


def test_a_page_whose_previous_file_has_its_bytes_is_linked_without_its_html(
    project, tmp_path, monkeypatch
):
    """A rebuild of the same site: each unchanged generated page's previous file holds the
    memo's bytes of the page (stored, expanded by a copy and compared, never digested), so
    the page is linked from it and no HTML is decoded for it; the site is the one the
    first build gave."""
    from timeline.mkdocs_plugin import swap

    site = tmp_path / "site"
    build(project, site, use_fixture=True)
    before = site_files(site)
    inodes = {p: p.stat().st_ino for p in site.rglob("*.html")}
    counted = _CountedZlib()
    monkeypatch.setattr(memo, "zlib", counted)
    digested: list[bytes] = []
    monkeypatch.setattr(swap, "content_digest", lambda content: digested.append(content) or "")
    with plugin_log() as messages:
        build(project, site, use_fixture=True)
    unchanged, total = memo_line(messages)
    assert unchanged == total > 20
    # each page expanded once to be compared, and the site's records (the pages'
    # digests, the exports)
    assert counted.calls <= total + 3
    assert digested == []
    assert site_files(site) == before
    kept = [p for p, inode in inodes.items() if p.exists() and p.stat().st_ino == inode]
    assert len(kept) >= total


def test_a_page_whose_previous_file_changed_during_the_build_has_the_memos_html(
    project, tmp_path, monkeypatch
):
    """The previous site's file found to hold a page's bytes changes before the page is
    written: the page is not linked to it but written with the memo's HTML."""
    from timeline.mkdocs_plugin.swap import SiteSwap

    site = tmp_path / "site"
    build(project, site, use_fixture=True)
    before = site_files(site)
    touched: list[Path] = []
    real_same = SiteSwap.same

    def same_then_changed(swap: SiteSwap, dest: Path, digest: str) -> bool:
        found = real_same(swap, dest, digest)
        if found and not touched:
            previous = swap.site_dir / Path(dest).relative_to(swap.staging)
            previous.write_bytes(previous.read_bytes() + b"<!-- edited -->")
            touched.append(previous)
        return found

    monkeypatch.setattr(SiteSwap, "same", same_then_changed)
    build(project, site, use_fixture=True)
    assert touched and site_files(site) == before


def test_real_rebuild_reuses_pages_markdown_and_exports(tmp_path, monkeypatch):
    """The real pipeline: the second build renders no page and writes remembered exports."""
    project = real_project(tmp_path)
    build(project, tmp_path / "cold", use_fixture=False)

    def must_not_run(*args, **kwargs):
        raise AssertionError("recomputed on an unchanged rebuild")

    # the exports are those of the chronology
    chronology = run_build(BuildSettings(root=project)).chronology
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    site_url, name = config["site_url"], config["site_name"]
    for filename, content in export_files(show(chronology), site_url, name).items():
        assert (tmp_path / "cold" / filename).read_bytes() == content, filename
    monkeypatch.setattr(SitePages, "render_all", must_not_run)
    monkeypatch.setattr("timeline.exports.export_files", must_not_run)
    build(project, tmp_path / "warm", use_fixture=False)
    assert differing(tmp_path / "cold", tmp_path / "warm") == []
    assert filecmp.cmp(tmp_path / "cold" / "events.json", tmp_path / "warm" / "events.json")


def test_pages_missing_from_the_memo_are_rendered_again(tmp_path):
    """Unchanged chronology, but some pages lost from the memo: only their Markdown is made
    again (the others come from the memo) and the site is the same."""
    import sqlite3

    project = real_project(tmp_path)
    build(project, tmp_path / "cold", use_fixture=False)
    with contextlib.closing(sqlite3.connect(project / ".timeline" / memo.FILE_NAME)) as db:
        pages = [k for (k,) in db.execute("SELECT key FROM pages") if ":" not in k]
        db.executemany("DELETE FROM pages WHERE key = ?", [(k,) for k in pages[::2]])
        db.commit()
    with plugin_log() as messages:
        build(project, tmp_path / "warm", use_fixture=False)
    unchanged, total = memo_line(messages)
    assert 0 < unchanged < total
    assert differing(tmp_path / "cold", tmp_path / "warm") == []


def test_blocks_put_back_late_give_the_site_put_back_at_once(project, tmp_path, monkeypatch):
    """Generated pages that mkdocs-material's search skips keep their HTML blocks out of the
    content until their final HTML (stash.py, plugin.on_page_content): the same site as
    with the blocks put back into the content at once."""
    from timeline.mkdocs_plugin import plugin
    from timeline.mkdocs_plugin.stash import HtmlBlocks

    late: list[int] = []
    restore_page = HtmlBlocks.restore_page

    def counted(self: HtmlBlocks, page_html: str) -> str:
        late.append(1)
        return restore_page(self, page_html)

    monkeypatch.setattr(HtmlBlocks, "restore_page", counted)
    edit_config(project, lambda c: c["plugins"][1]["timeline"].update(memo=False))
    build(project, tmp_path / "late", use_fixture=True)
    assert len(late) > 20  # the event, day, entity and source pages
    monkeypatch.setattr(plugin, "BLOCKS_WAIT_PLUGINS", frozenset())
    late.clear()
    build(project, tmp_path / "at-once", use_fixture=True)
    assert late == []
    assert differing(tmp_path / "late", tmp_path / "at-once") == []


def test_templates_compiled_by_the_probe_are_not_compiled_again(tmp_path):
    """The memo's probe and MkDocs render with two environments of the same theme: each
    template is compiled once (compiled.py); a changed source is compiled anew."""
    from jinja2 import Environment, FileSystemLoader

    from timeline.mkdocs_plugin.compiled import CompiledTemplates

    (tmp_path / "main.html").write_text("<p>{{ x }}</p>{% include 'part.html' %}", "utf-8")
    (tmp_path / "part.html").write_text("<i>{{ x|upper }}</i>", "utf-8")
    compiled: list[str] = []

    def environment() -> Environment:
        env = Environment(loader=FileSystemLoader(str(tmp_path)))
        original = env.compile

        def counting(source, name=None, filename=None, raw=False, defer_init=False):
            compiled.append(name)
            return original(source, name, filename, raw, defer_init)

        env.compile = counting  # type: ignore[method-assign]
        return env

    shared = CompiledTemplates()
    probe, build = environment(), environment()
    shared.share_with(probe)
    shared.share_with(build)
    assert probe.get_template("main.html").render(x="a") == "<p>a</p><i>A</i>"
    assert sorted(compiled) == ["main.html", "part.html"]
    assert build.get_template("main.html").render(x="b") == "<p>b</p><i>B</i>"
    assert sorted(compiled) == ["main.html", "part.html"]  # loaded, not compiled again
    (tmp_path / "part.html").write_text("<b>{{ x }}</b>", "utf-8")
    other = environment()
    shared.share_with(other)
    assert other.get_template("main.html").render(x="c") == "<p>c</p><b>c</b>"
    assert sorted(compiled) == ["main.html", "part.html", "part.html"]  # the changed one


@pytest.mark.parametrize(
    "count", [0, 1, memo._BATCH - 1, memo._BATCH, memo._BATCH + 1, memo._IN_CHUNK + 7]
)
def test_pages_compressed_by_batches_come_back_as_they_were_put(tmp_path, count):
    """Whatever the number of pages and where the batches end (compressed on the memo's
    thread, written every ``_IN_CHUNK`` pages and at the end), each comes back whole."""
    pages = {
        f"key-{i:04d}": (f"<p>page {i} — é « à » {'x' * (i % 97)}</p>", {f"a{i}", "toc"})
        for i in range(count)
    }
    store = memo.PageMemo(tmp_path / "pages.sqlite")
    for key, (html, anchors) in pages.items():
        store.put(key, html, anchors)
    store.finish()
    store = memo.PageMemo(tmp_path / "pages.sqlite")
    assert store.get_many(list(pages)) == pages
    store.close()


def test_a_quiesced_memo_has_no_batch_at_work_and_keeps_them_all(tmp_path, monkeypatch):
    """Before a fork the build waits for the memo's thread to be idle (``quiesce``): every
    batch handed to it compressed (here slowed), none written yet, all written after."""
    compress, done = memo._compressed, []

    def slow(rows):
        time.sleep(0.3)
        rows = compress(rows)
        done.append(len(rows))
        return rows

    monkeypatch.setattr(memo, "_compressed", slow)
    pages = {f"key-{i:04d}": (f"<p>page {i}</p>", {f"a{i}"}) for i in range(2 * memo._BATCH)}
    store = memo.PageMemo(tmp_path / "pages.sqlite")
    for key, (html, anchors) in pages.items():
        store.put(key, html, anchors)
    store.quiesce()
    assert done == [memo._BATCH, memo._BATCH]
    other = memo.PageMemo(tmp_path / "pages.sqlite")
    assert other.get_many(list(pages)) == {}
    other.close()
    store.finish()
    store = memo.PageMemo(tmp_path / "pages.sqlite")
    assert store.get_many(list(pages)) == pages
    store.close()


# -- the pages' Markdown kept by what each page reads (SitePages.page_inputs) ---------------


def _rename_event(records, articles):
    records.events[1].title = "Les avions d'un pays voisin survolent la frontière"


def _move_event(records, articles):
    records.events[2].start = records.events[2].end = "2015-10-03"


def _withdraw_event(records, articles):
    records.events[1].status = "hidden"


def _another_paragraph(records, articles):
    records.events[0].sources[0].paragraph += 1


def _rename_entity(records, articles):
    records.entities[0].name = "Un autre nom d'acteur"


def _retitle_article(records, articles):
    records.articles[0].title = "Un autre titre pour le même article"


def _relayed_article(records, articles):
    articles[records.articles[1].slug].meta["via"] = "un site relais"


def _undated_expression(records, articles):
    for ref in records.articles:
        for timex in ref.timexes:
            timex["event"] = None


def _meeting(records, article):
    """An event more, "Une réunion est annoncée" on 5 October, told by the first paragraph
    of ``article`` (the records' first article) and involving their first entity."""
    from timeline.records import Event, Source

    ref = records.articles[0]
    start, end = article.paragraphs()[0]
    return Event(
        id="2015-10-05-une-reunion-est-annoncee",
        start="2015-10-05",
        end="2015-10-05",
        precision="day",
        value="2015-10-05",
        title="Une réunion est annoncée",
        summary="Une réunion est annoncée pour lundi.",
        dated_by="explicit",
        actors=[records.entities[0].id],
        sources=[Source(ref.slug, ref.url, 1, article.text[start:end], start, end)],
        audit={"article": ref.slug},
    )


def _one_event_more(records, articles):
    records.events.append(_meeting(records, articles[records.articles[0].slug]))
    records.events.sort(key=lambda e: (e.start, e.id))
    records.entities[0].events.append("2015-10-05-une-reunion-est-annoncee")


@pytest.mark.parametrize(
    "change",
    [
        _rename_event,
        _move_event,
        _withdraw_event,
        _another_paragraph,
        _rename_entity,
        _retitle_article,
        _relayed_article,
        _undated_expression,
        _one_event_more,
    ],
)
def test_a_page_whose_inputs_are_unchanged_has_the_same_markdown(change):
    """``SitePages.page_inputs``: after any change of the chronology or its articles, a
    page whose inputs digest is the one it had has the same Markdown (what lets a build
    keep the Markdown of such pages); the change reaches some pages, not all."""
    from site_fixture import make_records

    from timeline.articles import load_articles
    from timeline.generate import page_url, relative_url

    def pages(records, articles):
        site = SitePages(show(records), articles, url_of=page_url, relative=relative_url)
        return site.page_inputs(), site.render_all()

    articles = {a.slug: a for a in load_articles(ROOT / "content")}
    before = pages(make_records(ROOT / "content"), articles)
    records = make_records(ROOT / "content")
    articles = {a.slug: a for a in load_articles(ROOT / "content")}
    change(records, articles)
    after = pages(records, articles)
    kept = [uri for uri, digest in after[0].items() if digest and before[0].get(uri) == digest]
    assert [uri for uri in kept if after[1][uri] != before[1][uri]] == []
    changed = [uri for uri in after[1] if after[1][uri] != before[1].get(uri)]
    assert changed and kept
    assert set(after[0]) == set(after[1])  # a digest (or None) for every page


def markdown_line(messages: list[str]) -> tuple[int, int]:
    """(made, generated) from the plugin's "pages' Markdown made" log line."""
    line = next(m for m in messages if m.startswith("timeline: pages' Markdown made"))
    words = line.split()
    return int(words[5]), int(words[7])


def test_one_event_more_makes_the_markdown_of_the_pages_it_touches(project, tmp_path, monkeypatch):
    """A rebuild whose chronology has one event more makes the Markdown of the pages that
    read it (its page, its neighbours', its day's, its actor's, its article's, the indexes)
    and keeps the others'; the site is the one a build without memo gives. A first build
    (an empty memo) takes no page's inputs: the next one does, for the builds after it."""
    from site_fixture import make_records

    from timeline.articles import load_articles

    records = make_records(project / "content")
    ref = records.articles[0]
    article = next(a for a in load_articles(project / "content") if a.slug == ref.slug)
    extra = _meeting(records, article)
    page_inputs = SitePages.page_inputs

    def refused(site):
        raise AssertionError("a first build took the pages' inputs")

    monkeypatch.setattr(SitePages, "page_inputs", refused)
    with plugin_log() as first:
        build(project, tmp_path / "first", use_fixture=True)
    monkeypatch.setattr(SitePages, "page_inputs", page_inputs)
    made, total = markdown_line(first)
    assert made == total
    with plugin_log() as again:
        build(project, tmp_path / "before", use_fixture=True)
    assert markdown_line(again) == (total, total)  # (the fixture's chronology has no digest)
    with plugin_log() as second:
        build(project, tmp_path / "after", use_fixture=True, extra_events=[extra])
    made, total = markdown_line(second)
    assert 0 < made < total / 2
    (project / ".timeline" / memo.FILE_NAME).unlink()
    build(project, tmp_path / "fresh", use_fixture=True, extra_events=[extra])
    assert differing(tmp_path / "after", tmp_path / "fresh") == []


# pages of every size: none, a line, past what write_expanded expands at a time (1 MB)
STORED_PAGES = [
    "",
    "<p>Le conseil municipal s’est réuni à Lille.</p>",
    "".join(f"<li>séance n° {n} — « délibération »</li>" for n in range(40_000)),
]


@pytest.mark.parametrize("html", STORED_PAGES)
def test_the_memos_own_pages_are_stored_not_compressed_and_read_back_whole(tmp_path, html):
    """The pages this process renders are kept in zlib's stored blocks (copied: compressing
    them was a twentieth of a dossier's first build); those a second process hands over
    compressed are kept so. Both come back byte for byte, read or written to a file."""
    import sqlite3
    import zlib

    content = html.encode("utf-8")
    store = memo.PageMemo(tmp_path / "pages.sqlite")
    store.put("rendu-ici", html, {"a"})
    blob = memo.compressed(content)
    store.put_compressed("rendu-a-cote", blob, {"b"}, memo.content_digest(content))
    store.finish()
    with contextlib.closing(sqlite3.connect(tmp_path / "pages.sqlite")) as conn:
        rows = dict(conn.execute("SELECT key, html FROM pages"))
    assert len(rows["rendu-ici"]) >= len(content)  # not compressed
    assert rows["rendu-a-cote"] == blob  # as handed over
    for key, row in rows.items():
        assert zlib.decompress(row) == content
        memo.write_expanded(row, tmp_path / key / "index.html")
        assert (tmp_path / key / "index.html").read_bytes() == content
    store = memo.PageMemo(tmp_path / "pages.sqlite")
    assert store.get_many(["rendu-ici", "rendu-a-cote"]) == {
        "rendu-ici": (html, {"a"}),
        "rendu-a-cote": (html, {"b"}),
    }
    store.close()


def test_the_memo_caches_a_transaction_of_pages_without_spilling_it(tmp_path):
    """The memo's connection has a page cache that holds one transaction of pages as large
    as a dossier's (about 32 KB of HTML each, ``_IN_CHUNK`` a transaction): SQLite's default
    (2 MB) spilled it and read it back. Pages of that size round-trip."""
    store = memo.PageMemo(tmp_path / "pages.sqlite")
    assert store._conn is not None
    assert store._conn.execute("PRAGMA cache_size").fetchone()[0] == -memo.CACHE_KIB
    assert memo.CACHE_KIB * 1024 >= memo._IN_CHUNK * 32_000 * 1.2
    pages = {f"k{n:04d}": f"<p>{n}</p>" + "x" * 32_000 for n in range(memo._IN_CHUNK + 20)}
    for key, html in pages.items():
        store.put(key, html, [key])
    store.finish()
    store = memo.PageMemo(tmp_path / "pages.sqlite")
    found = store.get_many(list(pages))
    assert found == {key: (html, {key}) for key, html in pages.items()}
    store.close()


BYTES_ROWS = [
    b"",
    "« Chronologie » — été".encode(),
    b"\xff\xfe not UTF-8 \x80",
    b'{"events": [' + b'{"id": "e"},' * 50_000 + b"]}",
]


@pytest.mark.parametrize("content", BYTES_ROWS)
def test_bytes_put_come_back_as_they_were_put(tmp_path, content):
    """``put_bytes`` keeps bytes as they are (an export: never decoded, escaped and encoded
    again); ``get_bytes`` gives them back, and only them (a row of bytes that are not
    UTF-8 is no page's HTML: ``get_pages`` leaves it out)."""
    store = memo.PageMemo(tmp_path / "pages.sqlite")
    store.put_bytes("export", content)
    store.put("page", "<p>été</p>", ["x"])
    store.finish()
    store = memo.PageMemo(tmp_path / "pages.sqlite")
    assert store.get_bytes(["export", "absent"]) == {"export": content}
    assert store.get_bytes(["page"]) == {"page": "<p>été</p>".encode()}
    valid = content.decode("utf-8", errors="replace").encode("utf-8") == content
    assert ("export" in store.get_pages(["export"])) is valid
    store.finish()
    store = memo.PageMemo(tmp_path / "pages.sqlite")  # both were used: both kept
    assert store.get_bytes(["export", "page"]) == {
        "export": content,
        "page": "<p>été</p>".encode(),
    }
    store.close()


@pytest.mark.parametrize("lost", [None, *exports.EXPORTS])
def test_the_exports_are_remembered_each_as_its_bytes(tmp_path, monkeypatch, lost):
    """A build remembers each export as its own row of bytes, and the next build with the
    same chronology, site URL and name writes them without making them; one export
    missing from the memo makes them all again."""
    made = {name: f'{name}: « é » \\ "\n'.encode() * 1_000 for name in exports.EXPORTS}
    calls: list[int] = []

    def export_files(*args):
        calls.append(1)
        return dict(made)

    monkeypatch.setattr(exports, "export_files", export_files)
    settings = {"site_url": "https://example.org/", "site_name": "Dossier", "digest": "d"}

    def job(store: memo.PageMemo, site: Path) -> exporting.ExportJob:
        site.mkdir()
        return exporting.ExportJob(None, site_dir=site, page_memo=store, **settings)

    store = memo.PageMemo(tmp_path / "pages.sqlite")
    first = job(store, tmp_path / "cold")
    assert first.remembered is None
    first.finish()
    store.finish()
    assert len(calls) == 1
    if lost is not None:
        with contextlib.closing(sqlite3.connect(tmp_path / "pages.sqlite")) as db, db:
            db.execute("DELETE FROM pages WHERE key LIKE ?", [f"exports:%/{lost}"])
    store = memo.PageMemo(tmp_path / "pages.sqlite")
    second = job(store, tmp_path / "warm")
    assert second.remembered == (made if lost is None else None)
    second.finish()
    store.close()
    assert len(calls) == (1 if lost is None else 2)
    for name, content in made.items():
        assert (tmp_path / "warm" / name).read_bytes() == content


# -- the memo's journal: each page written once (the rollback journal, not WAL) ------------


def _wal_file(tmp_path: Path, rows: dict[str, str]) -> Path:
    """A memo file as the code before the rollback journal left it: in WAL mode, holding
    ``rows`` (key -> HTML)."""
    path = tmp_path / "pages.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.executescript(memo._SCHEMA)
    conn.executemany(
        "INSERT INTO pages VALUES (?, ?, '[]', ?)",
        [(k, memo.stored(h.encode()), memo.content_digest(h.encode())) for k, h in rows.items()],
    )
    conn.close()
    return path


@pytest.mark.parametrize(
    ("before", "held"),
    [
        ({}, False),  # a first build: a new file
        ({"old": "<p>old</p>"}, False),  # a memo in WAL mode: its rows kept, journal changed
        ({"old": "<p>old</p>"}, True),  # another connection holds it in WAL: no wait, works
    ],
)
def test_the_memo_writes_its_pages_once(tmp_path, before, held):
    """The memo's writes go through SQLite's rollback journal (``SCHEMA.journal``): no
    WAL log beside the file while pages are written (WAL wrote each page twice); a memo a
    build left in WAL mode is read as before and changed over when it is alone, and one
    another connection holds in WAL is used as it is, without waiting on that connection."""
    path = _wal_file(tmp_path, before) if before else tmp_path / "pages.sqlite"
    other = sqlite3.connect(path, isolation_level=None) if held else None
    if other is not None:
        other.execute("SELECT count(*) FROM pages").fetchone()
    start = time.perf_counter()
    store = memo.PageMemo(path, timeout=10.0)
    assert time.perf_counter() - start < 5.0
    pages = {f"key-{i:04d}": f"<p>page {i}</p>" for i in range(2 * memo._BATCH)}
    for key, html in pages.items():
        store.put(key, html, [])
    store.flush()
    mode = store._conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == ("wal" if held else "delete")
    assert path.with_name(path.name + "-wal").exists() == held
    assert store.get_many(list(before)) == {k: (h, set()) for k, h in before.items()}
    store.finish()
    if other is not None:
        other.close()
    store = memo.PageMemo(path)
    assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not path.with_name(path.name + "-wal").exists()
    assert store.get_many(list(pages)) == {k: (h, set()) for k, h in pages.items()}
    store.close()


def test_the_extraction_cache_keeps_wal(tmp_path):
    """Only the page memo leaves WAL: the extraction cache, read by other commands while a
    build writes it, stays in WAL mode."""
    from timeline.cache import SCHEMA, open_store

    conn, _ = open_store(tmp_path / "cache.sqlite", SCHEMA)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
