"""Part of the generated pages rendered by a second, forked process
(timeline/mkdocs_plugin/forked.py): the same site byte for byte as one process gives, the
same warnings, and the whole site even when that process fails, dies or hangs."""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import signal
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from site_fixture import ART3, build, copy_project
from test_page_memo import differing, edit_config, plugin_log
from test_pipeline import _live_children

from timeline import collector, distributed, exports
from timeline.mkdocs_plugin import exporting, forked, memo, pages, plugin
from timeline.mkdocs_plugin.folders import FolderMaker, make_folder
from timeline.records import Event, Source

SCRIPT = "<script>alert('xss')</script>"


def with_second_process(project: Path, pages: int) -> None:
    """The plugin's threshold: a second process from ``pages`` pages to render (0: never)."""
    edit_config(project, lambda c: c["plugins"][1]["timeline"].update(second_process_pages=pages))


def handed_line(messages: list[str]) -> int:
    """How many pages the log says were handed to the second process (0: no such line)."""
    for message in messages:
        if message.endswith("generated pages rendered by a second process"):
            return int(message.split()[1])
    return 0


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "project").mkdir()
    return copy_project(tmp_path / "project")


@pytest.fixture
def one_process_site(project: Path, tmp_path: Path) -> Path:
    with_second_process(project, 0)
    with plugin_log() as messages:
        built = build(project, tmp_path / "one", use_fixture=True)
    assert handed_line(messages) == 0
    assert built.warnings == []
    return tmp_path / "one"


@pytest.mark.parametrize("share", [0.5, 1.0])
def test_the_second_process_gives_the_site_of_one_process(
    project, tmp_path, one_process_site, monkeypatch, share
):
    monkeypatch.setattr(plugin, "SECOND_PROCESS_SHARE", share)
    with_second_process(project, 1)
    with plugin_log() as messages:
        built = build(project, tmp_path / "two", use_fixture=True)
    handed = handed_line(messages)
    assert handed > 10
    assert f"timeline: the second process rendered {handed} pages" in " ".join(messages)
    assert built.warnings == []
    assert differing(one_process_site, tmp_path / "two") == []


def test_the_second_process_is_a_dask_worker_forked_from_the_build(project, tmp_path, monkeypatch):
    """Dask is the project's one parallel mechanism: the pages handed over are rendered by
    a Dask worker, in a process other than the build's, that inherited the build's state."""
    parent, seen = os.getpid(), tmp_path / "seen.txt"
    render_whole = forked.render_whole

    def noting(page, **kwargs):
        if os.getpid() != parent:
            from distributed import get_worker

            with seen.open("a") as out:
                out.write(f"forked from the build: {os.getppid() == parent}, ")
                out.write(f"a Dask worker: {bool(get_worker().address)}\n")
        return render_whole(page, **kwargs)

    monkeypatch.setattr(forked, "render_whole", noting)
    with_second_process(project, 1)
    build(project, tmp_path / "site", use_fixture=True)
    lines = set(seen.read_text().splitlines())
    assert lines == {"forked from the build: True, a Dask worker: True"}


def test_results_too_big_for_one_message_are_made_by_the_build(
    project, tmp_path, one_process_site, monkeypatch
):
    """A page or the exports whose bytes would pass ``MESSAGE_LIMIT`` are handed back (a
    forked Dask worker cannot send a message Dask would offload) and made by the build:
    the same site, with no stall: a message that never left would make the build give up
    on the worker after ``STALL_SECONDS`` and say it stopped (no wall-clock bound here: a
    loaded host made one fail)."""
    monkeypatch.setattr(forked, "MESSAGE_LIMIT", 2_000)
    with_second_process(project, 1)
    with collected() as notices:
        built = build(project, tmp_path / "two", use_fixture=True)
    assert not [m for m in notices.messages if "stopped" in m], notices.messages
    assert built.warnings == []
    assert differing(one_process_site, tmp_path / "two") == []


class HeldMaker(FolderMaker):
    """A folder maker held in its first folder until it is asked to stop (as a slow
    ``os.makedirs`` would be): ``start`` returns once its thread is in that folder."""

    def __init__(self, folders: list[str]) -> None:
        super().__init__(folders, make=self._held)
        self.entered = threading.Event()

    def _held(self, path: str) -> None:
        if not self.entered.is_set():
            self.entered.set()
            self.stopping.wait(timeout=60)  # (no stop ever asked: the build goes on)
        make_folder(path)

    def start(self) -> None:
        super().start()
        if self.made == 0 and self.folders:
            self.entered.wait(timeout=60)


def test_no_folder_maker_is_at_work_when_the_build_forks(
    project, tmp_path, one_process_site, monkeypatch
):
    """Dask forks the worker from its event loop's thread: the build's folder maker (held
    in its first folder until asked to stop) has ended by then, so that the worker inherits
    no lock it held; it goes on after the fork. Same site."""
    at_fork: list[bool] = []
    forked_worker = distributed.forked_worker

    @contextlib.contextmanager
    def noting():
        at_fork.append(any(t.name == "timeline-folders" for t in threading.enumerate()))
        with forked_worker() as client:
            yield client

    makers: list[HeldMaker] = []

    def held(folders: list[str]) -> HeldMaker:
        makers.append(HeldMaker(folders))
        return makers[-1]

    monkeypatch.setattr(plugin, "FolderMaker", held)
    monkeypatch.setattr(distributed, "forked_worker", noting)
    with_second_process(project, 1)
    build(project, tmp_path / "two", use_fixture=True)
    assert at_fork == [False, False]  # the exports' worker, then the pages'
    (maker,) = makers
    assert maker.entered.is_set() and len(maker.folders) > 1
    assert differing(one_process_site, tmp_path / "two") == []


def test_quiescing_stops_the_folder_maker_and_idles_the_memo(tmp_path):
    """The plugin's ``_quiesce`` (before each fork): the folder maker's thread ended, its
    current folder made (not all of them); the memo's thread has compressed every batch
    handed to it."""
    timeline = plugin.TimelinePlugin()
    maker = timeline.folder_maker = HeldMaker([str(tmp_path / name) for name in "xyz"])
    maker.start()
    timeline.memo = memo.PageMemo(tmp_path / "pages.sqlite")
    for i in range(2 * memo._BATCH):
        timeline.memo.put(f"key-{i}", f"<p>{i}</p>", ())
    timeline._quiesce()
    assert not maker.at_work and maker.made == 1 and (tmp_path / "x").is_dir()
    assert all(batch.done() for batch in timeline.memo._pending)
    timeline.memo.close()


def test_too_few_pages_keep_one_process(project, tmp_path):
    with_second_process(project, 100_000)
    with plugin_log() as messages:
        build(project, tmp_path / "site", use_fixture=True)
    assert handed_line(messages) == 0


def _in_the_fork(parent: int) -> bool:
    return os.getpid() != parent


@pytest.mark.parametrize("how", ["killed", "raises", "hangs"])
def test_a_second_process_that_stops_midway_still_gives_the_whole_site(
    project, tmp_path, one_process_site, monkeypatch, how
):
    """Killed after three pages, failing on the fourth, or hanging there: the build renders
    the pages still missing itself, says so, and the site is the one-process site."""
    parent, rendered = os.getpid(), []
    render_whole = forked.render_whole

    def stopping(page, **kwargs):
        if _in_the_fork(parent):
            rendered.append(page.file.src_uri)
            if len(rendered) > 3:
                if how == "killed":
                    os.kill(os.getpid(), signal.SIGKILL)
                elif how == "raises":
                    raise RuntimeError("boom")
                else:
                    time.sleep(600)
        return render_whole(page, **kwargs)

    monkeypatch.setattr(forked, "render_whole", stopping)
    monkeypatch.setattr(forked, "STALL_SECONDS", 2.0)
    monkeypatch.setattr(forked, "BATCH", 1)
    with_second_process(project, 1)
    with collected() as notices, collected("distributed.nanny") as dask_notices:
        started = time.monotonic()
        built = build(project, tmp_path / "two", use_fixture=True)
    assert time.monotonic() - started < 120
    stopped = [m for m in notices.messages if "second process rendering pages stopped" in m]
    assert len(stopped) == 1, notices.messages
    # given up on, a worker that raised or hangs is not replaced by another (one that died
    # by itself is, by its nanny, until the build gives up); nothing is left running
    restarts = [m for m in dask_notices.messages if "Restarting worker" in m]
    assert len(restarts) <= (1 if how == "killed" else 0), restarts
    assert _live_children() == []
    assert built.warnings == []
    assert differing(one_process_site, tmp_path / "two") == []


def test_exports_made_beside_are_those_made_here_even_when_their_process_dies(
    project, tmp_path, one_process_site, monkeypatch
):
    """The exports are made in a forked process while the pages are made; killed, the
    build makes them itself, says so, and writes the same files."""
    parent = os.getpid()
    export_files = exports.export_files

    def dying(*args, **kwargs):
        if _in_the_fork(parent):
            os.kill(os.getpid(), signal.SIGKILL)
        return export_files(*args, **kwargs)

    with_second_process(project, 1)
    build(project, tmp_path / "beside", use_fixture=True)
    assert differing(one_process_site, tmp_path / "beside") == []
    monkeypatch.setattr(exports, "export_files", dying)
    with collected() as notices:
        build(project, tmp_path / "died", use_fixture=True)
    assert [m for m in notices.messages if "making the exports stopped" in m]
    assert differing(one_process_site, tmp_path / "died") == []


def test_a_system_that_cannot_fork_gives_the_site_of_one_process(
    project, tmp_path, one_process_site, monkeypatch
):
    def cannot_fork(*args, **kwargs):
        raise OSError("Cannot allocate memory")

    monkeypatch.setattr(forked, "SecondProcess", cannot_fork)
    with_second_process(project, 1)
    with collected() as notices, plugin_log() as messages:
        built = build(project, tmp_path / "two", use_fixture=True)
    assert handed_line(messages) == 0
    assert sorted(m for m in notices.messages if m.startswith("timeline: no second process")) == [
        "timeline: no second process for making the exports (Cannot allocate memory): done here",
        "timeline: no second process for rendering pages (Cannot allocate memory): done here",
    ]
    assert built.warnings == []
    assert differing(one_process_site, tmp_path / "two") == []


def test_hostile_article_text_stays_escaped_in_pages_of_the_second_process(
    project, tmp_path, monkeypatch
):
    evil = Event(
        id="2015-10-07-piege",
        start="2015-10-07",
        end="2015-10-07",
        precision="day",
        value=SCRIPT,
        title=f"Titre {SCRIPT} *gras*",
        summary=SCRIPT,
        dated_by="explicit",
        sources=[Source(ART3, None, 1, f"Phrase {SCRIPT}", 0, 0, None)],
        audit={"expression": SCRIPT, "context": f"avant {SCRIPT} après"},
    )
    monkeypatch.setattr(plugin, "SECOND_PROCESS_SHARE", 1.0)  # every page to the fork
    with_second_process(project, 1)
    with plugin_log() as messages:
        built = build(project, tmp_path / "site", use_fixture=True, extra_events=[evil])
    assert handed_line(messages) > 10
    assert built.warnings == []
    page = (tmp_path / "site" / "evenements" / evil.id / "index.html").read_text()
    assert "Titre &lt;script&gt;alert(" in page
    assert SCRIPT not in page


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextlib.contextmanager
def collected(name: str = "timeline.site") -> Iterator[_Collect]:
    """The messages logged to logger ``name`` inside the block."""
    notices = _Collect()
    logging.getLogger(name).addHandler(notices)
    try:
        yield notices
    finally:
        logging.getLogger(name).removeHandler(notices)


def test_records_made_in_the_fork_are_replayed_as_they_were_made():
    """A record goes through the fork's collector, then the build's handlers, with its
    logger, level and message (MkDocs counts the warnings of --strict there)."""
    records = forked._Records()
    logger = logging.getLogger("mkdocs.plugins.timeline.probe")
    logger.addHandler(records)
    logger.propagate = False
    logger.setLevel(logging.INFO)
    try:
        logger.warning("a link to %s is broken", "x.md")
        logger.info("nothing wrong")
    finally:
        logger.removeHandler(records)
        logger.propagate = True
        logger.setLevel(logging.NOTSET)
    taken = records.take()
    assert records.take() == []
    seen = _Collect()
    seen.setLevel(logging.DEBUG)
    target = logging.getLogger("mkdocs")
    target.addHandler(seen)
    previous = target.level
    target.setLevel(logging.DEBUG)
    try:
        forked.replay(taken)
    finally:
        target.removeHandler(seen)
        target.setLevel(previous)
    assert seen.messages == ["a link to x.md is broken", "nothing wrong"]


class _File:
    def __init__(self, size: int) -> None:
        self.content_string = "x" * size


@pytest.mark.parametrize(
    ("sizes", "share", "handed"),
    [
        ([1000] * 10, 0.5, 5),  # equal pages: the last half
        ([1000] * 10, 1.0, 10),
        ([1000] * 10, 0.0, 0),
        ([100_000, 1000, 1000, 1000], 0.5, 3),  # one big page outweighs the rest
        ([1000, 1000, 1000, 100_000], 0.5, 1),
    ],
)
def test_pages_are_handed_over_from_the_end_by_their_work(sizes, share, handed):
    files = [_File(size) for size in sizes]
    chosen = forked.hand_over(files, share)  # type: ignore[arg-type]
    assert chosen == files[len(files) - handed :]


def test_a_result_bigger_than_dask_sends_from_a_fork_is_handed_back_at_once(monkeypatch):
    """30 MB from the forked worker (the exports of a large site) would wait in the offload
    pool the fork inherited without its thread: handed back at once, the build makes it
    (waiting for it would end in the build giving up on the worker, and a notice)."""
    with collected() as notices:
        second = forked.SecondProcess(
            ["exports"],
            prepare=lambda: None,
            render=lambda _: os.urandom(30_000_000),
            summary=dict,
            what="making the exports",
        )
        try:
            assert second.result("exports") is None
        finally:
            second.close()
            collector.thaw()  # what the fork inherited, frozen until a build's end
    assert notices.messages == []


def test_pages_of_the_second_process_are_written_from_their_compressed_bytes(
    project, tmp_path, one_process_site, monkeypatch
):
    """The build writes a page the fork rendered from the compressed bytes it sent, a
    piece at a time, never as the page's text (a megabyte page made whole in the build
    would be copied into the memory the two processes share): the same files, and no
    notice of an empty page from MkDocs, whose output the plugin emptied."""

    def whole(self):
        raise AssertionError("a page of the second process expanded whole in the build")

    monkeypatch.setattr(forked.Rendered, "html", property(whole))
    monkeypatch.setattr(plugin, "SECOND_PROCESS_SHARE", 1.0)
    with_second_process(project, 1)
    with collected("mkdocs.commands.build") as notices, plugin_log() as messages:
        built = build(project, tmp_path / "two", use_fixture=True)
    assert handed_line(messages) > 10
    assert [m for m in notices.messages if m.startswith("Page skipped")] == []
    assert built.warnings == []
    assert differing(one_process_site, tmp_path / "two") == []


@pytest.mark.parametrize(
    "text",
    [
        "",
        "<p>Le conseil municipal s’est réuni à Lille.</p>",
        "".join(f"<li>événement n° {n} — « citation »</li>" for n in range(200_000)),
    ],
)
def test_a_page_is_written_as_it_was_compressed(tmp_path, text):
    content = text.encode("utf-8")
    blob = memo.compressed(content)
    path = tmp_path / "a" / "b" / "index.html"
    memo.write_expanded(blob, path)
    assert path.read_bytes() == content
    assert zlib.decompress(blob) == content


def test_the_heap_shared_with_the_second_process_stays_frozen_until_the_build_ends(
    project, tmp_path, monkeypatch
):
    """A full collection in the build writes in every object it traverses, copying each
    page of memory it shares with the fork: what the fork inherited stays out of the
    build's collector while the fork's pages come back, and goes back to it at the end."""
    frozen: list[int] = []
    forked_output = plugin.TimelinePlugin._forked_output

    def noting(self, page, config):
        frozen.append(gc.get_freeze_count())
        return forked_output(self, page, config)

    monkeypatch.setattr(plugin.TimelinePlugin, "_forked_output", noting)
    with_second_process(project, 1)
    build(project, tmp_path / "site", use_fixture=True)
    assert len(frozen) > 10
    assert min(frozen) > 1000
    assert gc.get_freeze_count() == 0


def test_the_worker_lets_each_result_go_once_the_build_has_it():
    """Dask's worker keeps a task's result while the build holds its future: each batch
    is let go once taken, so that the worker does not keep half a site."""
    uris = [f"page-{n}" for n in range(3 * forked.BATCH)]
    second = forked.SecondProcess(
        uris, prepare=lambda: None, render=lambda uri: uri * 1000, summary=dict
    )
    try:
        for uri in uris:
            assert second.result(uri) == uri * 1000
        held = -1
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            held = sum(second._client.run(lambda dask_worker: len(dask_worker.data)).values())
            if held == 0:
                break
            time.sleep(0.1)
        assert held == 0
    finally:
        second.close()
        collector.thaw()


def test_the_exports_process_ends_as_soon_as_the_exports_are_back(project, tmp_path, monkeypatch):
    """The process making the exports beside ends when they are back, not when the pages
    are read: idle, it would only keep copies of the memory the build writes meanwhile."""
    jobs: list[exporting.ExportJob] = []
    start_beside = exporting.ExportJob.start_beside
    page_jobs = pages.SitePages.page_jobs
    at_nav: list[bool] = []

    def starting(self):
        jobs.append(self)
        start_beside(self)

    def waiting(self):
        for n, job in enumerate(page_jobs(self)):
            if n == 1 and jobs and jobs[0].beside is not None:  # the exports made by now
                deadline = time.monotonic() + 30
                while not jobs[0].beside.finished() and time.monotonic() < deadline:
                    time.sleep(0.05)
            yield job

    on_nav = plugin.TimelinePlugin.on_nav

    def noting(self, nav, *, config, files):
        at_nav.append(self.exports is not None and self.exports.beside is None)
        return on_nav(self, nav, config=config, files=files)

    monkeypatch.setattr(exporting.ExportJob, "start_beside", starting)
    monkeypatch.setattr(pages.SitePages, "page_jobs", waiting)
    monkeypatch.setattr(plugin.TimelinePlugin, "on_nav", noting)
    with_second_process(project, 1)
    build(project, tmp_path / "site", use_fixture=True)
    assert jobs and at_nav == [True]
    assert (tmp_path / "site" / "timeline.ics").is_file()
