"""The site is replaced whole (timeline/mkdocs_plugin/swap.py), and the page memo and the
caches are an optimisation: when they cannot be used the build still succeeds."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from site_fixture import ART3, ROOT, build, copy_project, fixture_chronology

from timeline.mkdocs_plugin import memo
from timeline.mkdocs_plugin import swap as swap_module
from timeline.mkdocs_plugin.swap import SiteSwap, SkippedPages, recover, wait_deleted
from timeline.records import Event, Source


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(done.stdout)


def old_site(folder: Path) -> dict[str, bytes]:
    (folder / "evenements").mkdir(parents=True)
    (folder / "index.html").write_text("ancien site", encoding="utf-8")
    (folder / "events.json").write_text("{}", encoding="utf-8")
    (folder / "evenements" / "index.html").write_text("ancien", encoding="utf-8")
    return tree(folder)


# -- swap.py --------------------------------------------------------------------------------------


def test_a_committed_build_replaces_the_site_whole(tmp_path: Path):
    site = tmp_path / "site"
    old_site(site)
    swap = SiteSwap.start(site)
    assert swap is not None and swap.staging.parent == tmp_path and swap.staging.is_dir()
    (swap.staging / "index.html").write_text("nouveau", encoding="utf-8")
    swap.commit()
    assert tree(site) == {"index.html": b"nouveau"}
    wait_deleted()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_the_previous_site_is_deleted_beside_the_commit(tmp_path: Path, monkeypatch):
    """The commit publishes the new site and hands the previous one, renamed to a name
    never put back, to a deletion of its own (``delete_beside``): it deletes nothing."""
    handed: list[list[Path]] = []
    monkeypatch.setattr(swap_module, "delete_beside", lambda paths: handed.append(list(paths)))
    site = tmp_path / "site"
    before = old_site(site)
    for n, text in enumerate(["premier", "second"]):
        swap = SiteSwap.start(site)
        assert swap is not None
        (swap.staging / "index.html").write_text(text, encoding="utf-8")
        swap.commit()
        assert tree(site) == {"index.html": text.encode()}
        assert len(handed) == n + 1  # the same process: each previous site a name of its own
    (first,), (second,) = handed
    assert first != second and first.parent == second.parent == tmp_path
    assert tree(first) == before and tree(second) == {"index.html": b"premier"}
    shutil.rmtree(site)
    recover(site)  # a site gone is never put back from a deletion, even unfinished
    assert not site.exists()


def test_a_deletion_left_unfinished_is_taken_up_by_the_next_build(tmp_path: Path):
    site = tmp_path / "site"
    old_site(site)
    pid = dead_pid()
    unfinished = tmp_path / f".site.deleted-{pid}"
    old_site(unfinished)
    swap = SiteSwap.start(site)
    assert swap is not None
    (swap.staging / "index.html").write_text("nouveau", encoding="utf-8")
    swap.commit()
    wait_deleted()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_an_abandoned_build_leaves_the_site_as_it_was(tmp_path: Path):
    site = tmp_path / "site"
    before = old_site(site)
    swap = SiteSwap.start(site)
    assert swap is not None
    (swap.staging / "index.html").write_text("à moitié", encoding="utf-8")
    swap.abandon()
    assert tree(site) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_what_a_killed_build_left_is_put_back_or_removed(tmp_path: Path):
    site = tmp_path / "site"
    pid = dead_pid()
    # killed between the two renames: the site is aside, the new one still staged
    before = old_site(tmp_path / f".site.old-{pid}")
    (tmp_path / f".site.building-{pid}").mkdir()
    (tmp_path / f".site.building-{pid}" / "index.html").write_text("partiel", encoding="utf-8")
    live = tmp_path / f".site.building-{os.getpid()}"  # a build under way: left alone
    live.mkdir()
    recover(site)
    assert tree(site) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [live.name, "site"]


def previous_file(site: Path, content: bytes | None) -> None:
    (site / "page").mkdir(parents=True)
    if content is not None:
        (site / "page" / "index.html").write_bytes(content)


PREVIOUS_FILES = {
    # the previous site's file at the page's place -> linked?
    "the same bytes": (lambda site: previous_file(site, b"<p>page</p>"), True),
    "other bytes, same length": (lambda site: previous_file(site, b"<p>PAGE</p>"), False),
    "longer": (lambda site: previous_file(site, b"<p>page</p>\n"), False),
    "no file": (lambda site: previous_file(site, None), False),
    "a symbolic link to the same bytes": (
        lambda site: (
            previous_file(site, None),
            (site / "elsewhere.html").write_bytes(b"<p>page</p>"),
            (site / "page" / "index.html").symlink_to(site / "elsewhere.html"),
        ),
        False,
    ),
}


@pytest.mark.parametrize("case", sorted(PREVIOUS_FILES))
def test_a_page_is_linked_only_to_a_previous_file_of_the_same_bytes(tmp_path: Path, case: str):
    make, linked = PREVIOUS_FILES[case]
    site = tmp_path / "site"
    make(site)
    swap = SiteSwap.start(site)
    assert swap is not None
    dest = swap.staging / "page" / "index.html"
    assert swap.reuse(dest, b"<p>page</p>") is linked
    assert dest.exists() is linked
    if linked:
        assert dest.stat().st_ino == (site / "page" / "index.html").stat().st_ino
        swap.commit()
        assert (site / "page" / "index.html").read_bytes() == b"<p>page</p>"


def test_a_previous_file_found_the_same_is_linked_unless_it_changed_since(tmp_path: Path):
    """``same`` checks the previous site's file against the digest of the page's bytes;
    ``link_same`` links it only if it is still the file ``same`` read."""
    site = tmp_path / "site"
    previous_file(site, b"<p>page</p>")
    (site / "autre").mkdir()
    (site / "autre" / "index.html").write_bytes(b"<p>autre</p>")
    swap = SiteSwap.start(site)
    assert swap is not None
    page, other = swap.staging / "page" / "index.html", swap.staging / "autre" / "index.html"
    assert not swap.same(page, hashlib.sha256(b"<p>PAGE</p>").hexdigest())
    assert not swap.same(swap.staging / "nulle-part.html", hashlib.sha256(b"").hexdigest())
    assert swap.same(page, hashlib.sha256(b"<p>page</p>").hexdigest())
    assert swap.link_same(page)
    assert page.stat().st_ino == (site / "page" / "index.html").stat().st_ino
    assert swap.same(other, hashlib.sha256(b"<p>autre</p>").hexdigest())
    (site / "autre" / "index.html").write_bytes("<p>autre, changé</p>".encode())
    assert not swap.link_same(other) and not other.exists()
    assert not swap.link_same(swap.staging / "jamais-vu.html")  # never found the same


# -- the plugin ------------------------------------------------------------------------------------


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "project").mkdir()
    return copy_project(tmp_path / "project")


def test_a_failed_strict_build_leaves_the_previous_site(project: Path, tmp_path: Path):
    site = tmp_path / "site"
    build(project, site, use_fixture=True)
    before = tree(site)
    assert "events.json" in before
    (project / "docs" / "casse.md").write_text("[lien](nulle-part.md)\n", encoding="utf-8")
    with pytest.raises(Exception, match="strict"):
        build(project, site, use_fixture=True)
    assert tree(site) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site")) == []


COMMANDS = {
    # MkDocs command -> (on_startup's command, dirty): builds the plugin does not swap in
    "mkdocs serve": ("serve", False),
    "mkdocs build --dirty": ("build", True),
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_command_shut_down_leaves_no_state_to_the_next_build(
    project: Path, tmp_path: Path, monkeypatch, command: str
):
    """MkDocs keeps one plugin object per process (its ``plugins`` option caches it): after
    a command whose build failed and which MkDocs shut down, a strict build in the same
    process (MkDocs' ``build`` called without ``on_startup``, as a program does) is a plain
    one, built beside the site: its failure leaves the previous site."""
    from mkdocs.config import load_config

    name, dirty = COMMANDS[command]
    monkeypatch.chdir(project)
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "served"))
    with fixture_chronology():
        config.plugins.on_startup(command=name, dirty=dirty)
        try:
            config = config.plugins.on_config(config)
            config.plugins.on_build_error(error=RuntimeError("a rebuild failed"))
        finally:
            config.plugins.on_shutdown()
    again = load_config(str(project / "mkdocs.yml"))
    assert again.plugins["timeline"] is config.plugins["timeline"]  # the same object
    site = tmp_path / "site"
    build(project, site, use_fixture=True)
    before = tree(site)
    (project / "docs" / "casse.md").write_text("[lien](nulle-part.md)\n", encoding="utf-8")
    with pytest.raises(Exception, match="strict"):
        build(project, site, use_fixture=True)
    assert tree(site) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site")) == []


DAMAGES = {
    "a file named .timeline": lambda root: (root / ".timeline").write_text("x"),
    "a folder at .timeline/pages.sqlite": lambda root: (root / ".timeline" / memo.FILE_NAME).mkdir(
        parents=True
    ),
}


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_a_memo_that_cannot_be_written_is_not_used_and_the_strict_build_succeeds(
    project: Path, tmp_path: Path, damage: str, caplog
):
    DAMAGES[damage](project)
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.timeline"):
        built = build(project, tmp_path / "site", use_fixture=True)
    assert built.warnings == []
    assert (tmp_path / "site" / "events.json").is_file()
    notes = [r for r in caplog.records if "page memo not used" in r.getMessage()]
    assert notes and all(r.levelno == logging.INFO for r in notes)


def test_a_memo_failing_during_the_build_is_dropped_quietly(
    project: Path, tmp_path: Path, monkeypatch, caplog
):
    def fail(self: memo.PageMemo) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(memo.Transaction, "__enter__", fail)
    with caplog.at_level(logging.INFO):
        build(project, tmp_path / "site", use_fixture=True)
    assert (tmp_path / "site" / "events.json").is_file()
    dropped = [r for r in caplog.records if "not used for the rest of this build" in r.getMessage()]
    assert dropped and all(r.levelno == logging.INFO for r in dropped)


def test_a_build_killed_with_sigkill_leaves_the_previous_site_complete(tmp_path: Path):
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(ROOT / "content", project / "content")
    site = project / "site"
    before = old_site(site)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q"],
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    staging = project / f".site.building-{process.pid}"
    deadline = time.monotonic() + 300
    try:
        # kill it once it has started writing the new site
        while not (staging / "assets").exists():
            assert process.poll() is None, "the build ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert tree(site) == before
    recover(site)  # what the next build does first
    assert tree(site) == before and not staging.exists()


CACHE_DAMAGES = {
    "a file named .timeline": lambda root: (root / ".timeline").write_text("x"),
    "a folder at .timeline/cache.sqlite": lambda root: (root / ".timeline" / "cache.sqlite").mkdir(
        parents=True
    ),
}


@pytest.mark.parametrize("damage", sorted(CACHE_DAMAGES))
def test_an_unusable_extraction_cache_is_not_used_and_the_build_succeeds(
    tmp_path: Path, damage: str, caplog
):
    from timeline.pipeline import BuildSettings, run_build

    root = tmp_path / "project"
    shutil.copytree(ROOT / "content", root / "content")
    CACHE_DAMAGES[damage](root)
    with caplog.at_level(logging.INFO, logger="timeline"):
        result = run_build(
            BuildSettings(root=root),
            extract_batch=lambda articles: [{"slug": a.slug} for a in articles],
            assemble=lambda articles, extractions, content_dir: extractions,
        )
    assert result.stats.cache_used is False and len(result.articles) == 4
    notes = [r for r in caplog.records if "not used" in r.getMessage()]
    assert notes and all(r.levelno == logging.INFO for r in notes)


def changed_event() -> Event:
    """An event the hand-made chronology lacks: its pages, the day's, the source's and the
    home page change, as when an article is dropped into content/."""
    return Event(
        id="2015-10-06-nouvel-evenement",
        start="2015-10-06",
        end="2015-10-06",
        precision="day",
        value="2015-10-06",
        title="Un nouvel événement",
        summary="Un nouvel événement",
        dated_by="explicit",
        sources=[Source(ART3, None, 1, "Une phrase", 0, 0, None)],
    )


def test_a_rebuild_links_the_unchanged_pages_and_equals_a_build_from_scratch(
    project: Path, tmp_path: Path, caplog
):
    """The memo's pages are hard links to the previous site's files (swap.py), not written
    again; the site is the one a build without memo nor previous site makes, a previous
    file edited by hand included."""
    site = tmp_path / "site"
    build(project, site, use_fixture=True)
    unchanged = site / "entites" / "russie" / "index.html"
    inode = unchanged.stat().st_ino
    edited = site / "evenements" / "2015-09-30-frappes-aeriennes-russes" / "index.html"
    edited.write_bytes(edited.read_bytes().replace(b"</body>", b"<!-- edited --></body>"))
    with caplog.at_level(logging.INFO):
        build(project, site, use_fixture=True, extra_events=[changed_event()])
    linked = [
        r.getMessage() for r in caplog.records if "linked from the previous" in r.getMessage()
    ]
    assert len(linked) == 1 and int(linked[0].split()[1]) > 10
    # MkDocs' notice of each empty page is dropped, whatever its wording: no record of
    # MkDocs' build names a page
    build_notices = [r.getMessage() for r in caplog.records if r.name == SkippedPages.LOGGER]
    assert not [m for m in build_notices if ".md" in m], build_notices
    assert unchanged.stat().st_ino == inode
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    build(
        copy_project(fresh),
        tmp_path / "fresh-site",
        use_fixture=True,
        extra_events=[changed_event()],
    )
    assert tree(site) == tree(tmp_path / "fresh-site")
    # the previous site is deleted by a detached process (delete_beside) that may still be
    # at work on a loaded machine: wait for it before looking beside the site
    wait_deleted()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site")) == []


def test_mkdocs_writes_nothing_for_an_empty_page_and_says_so_in_the_words_filtered(
    tmp_path: Path, caplog
):
    """What the links rely on (swap.py), MkDocs' own behaviour, no documented event gives
    it: a page whose ``on_post_page`` returns an empty output is not written (the hard link
    put in its place stays as it is) and MkDocs logs the notice ``SkippedPages`` drops
    for it. A new MkDocs that changes either fails here."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Accueil\n", encoding="utf-8")
    (tmp_path / "docs" / "vide.md").write_text("# Vide\n", encoding="utf-8")
    # as the plugin does for a page it links (plugin._linked): the file put in its place,
    # an empty output returned
    (tmp_path / "hooks.py").write_text(
        "import pathlib\n"
        "def on_post_page(output, page, config):\n"
        "    if page.file.src_uri != 'vide.md':\n"
        "        return output\n"
        "    path = pathlib.Path(page.file.abs_dest_path)\n"
        "    path.parent.mkdir(parents=True, exist_ok=True)\n"
        "    path.write_text('la page du site précédent', encoding='utf-8')\n"
        "    return ''\n",
        encoding="utf-8",
    )
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Essai\nhooks: [hooks.py]\nplugins: []\n", encoding="utf-8"
    )
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    site = tmp_path / "site"
    config = load_config(str(tmp_path / "mkdocs.yml"), site_dir=str(site))
    with caplog.at_level(logging.INFO):
        mkdocs_build(config)
    linked = site / "vide" / "index.html"
    assert linked.read_text(encoding="utf-8") == "la page du site précédent"
    assert (site / "index.html").stat().st_size > 0
    records = [r for r in caplog.records if r.name == SkippedPages.LOGGER]
    skipped = SkippedPages()
    skipped.uris.add("vide.md")
    dropped = [r.getMessage() for r in records if not skipped.filter(r)]
    assert dropped == ["Page skipped: 'vide.md'. Generated empty output."]
