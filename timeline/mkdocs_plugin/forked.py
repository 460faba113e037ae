"""Part of the generated pages rendered in a second, forked process.

A build that must render many generated pages (a cold build, a dossier's first build)
spends most of its site phase in MkDocs' per-page work: Python-Markdown, then the theme's
Jinja2 templates, on one core, while the machine's other core idles (extraction, the only
other stage on two cores, is over). When enough pages are to be rendered
(``second_process_pages``), the plugin hands the last of them in MkDocs' order, about half
the work by size, to a process forked once the pages it does not hand over are read and
converted (``on_env``): the fork inherits the whole build as it stands (configuration,
navigation with its titles, files, the theme's environment and its compiled templates,
the plugin's Markdown and stashes), renders each page it was given through MkDocs' own
public steps (``render_whole``: the page hooks, ``Page.render``, ``get_context``, the
template) and sends the final HTML back, with the anchors the page holds, the links it
makes to other pages' anchors and the log records it made.

In the building process those pages are stand-ins (``ForkedPage``, a ``MemoPage``): MkDocs
reads and converts nothing for them and writes the HTML that came back, exactly as it
writes a page found in the rendered-page memo (memo.py), and the plugin puts the page in
the memo, replays its log records (so ``--strict`` counts the same warnings) and gives
MkDocs its anchors and links to check. Why the same bytes: the memo already relies on a
page of this kind being a pure function of its Markdown and of the site around it, and
the fork renders it in that same site, with the same code, after every page the
navigation shows has been read (their titles are known); a page the search would index
(the memo's condition) is handed back unrendered.

Why a fork and not the project's Dask cluster: the work needs the build's live objects
(MkDocs' configuration and navigation, the plugin's state, the compiled templates), which
a fork shares as they are and a Dask worker would have to rebuild from scratch. The fork
never touches what it inherits outside memory: it writes no file, uses none of the
inherited SQLite connections (it puts nothing in the memo and closes nothing), and leaves
with ``os._exit`` (multiprocessing's own way out of a forked child). Its garbage
collector leaves the inherited heap alone (``gc.freeze``), so that the pages the two
processes share stay shared.

Failure: a page the fork could not render, a fork that died or was killed, or one that
sent nothing for ``STALL_SECONDS`` while the build waited (it is then killed): the
building process renders every page still missing itself, through the same
``render_whole``, and says so in one line. A result is used only whole (one message of
the pipe, read in full).
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import pickle
import threading
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

from jinja2 import Environment
from mkdocs.commands.build import get_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from timeline.mkdocs_plugin.memo import MemoPage, compressed

log = logging.getLogger("mkdocs.plugins.timeline")
#: outside "mkdocs": the fallback is worth a line, not a failed --strict build
notice = logging.getLogger("timeline.site")

#: seconds the build waits for the fork's next message before it gives up on it
STALL_SECONDS = 60.0
#: pages sent back in one message (each message is a whole number of pages)
BATCH = 8
#: each page's share of the work, besides its Markdown's length (the templates' fixed
#: cost, in characters of Markdown)
FIXED_COST = 3_000


@dataclass
class Rendered:
    """What rendering a page gives the build: its final HTML (after every plugin's
    ``on_post_page``), compressed as the page memo stores it (the build may receive half a
    site before it needs it), the anchor ids it holds and its links to anchors of other
    pages (by the ``src_uri`` of the page linked to)."""

    compressed: bytes
    anchors: set[str]
    links: dict[str, dict[str, str]]

    @property
    def html(self) -> str:
        return zlib.decompress(self.compressed).decode("utf-8")


class ForkedPage(MemoPage):
    """A generated page handed to the second process: to MkDocs, a page found in the memo
    (nothing to read or convert); its HTML, anchors and links come with the fork's result,
    or from rendering it here after all (``render_whole``)."""

    def __init__(self, file: File, config: MkDocsConfig) -> None:
        super().__init__(file, config, set())


def render_whole(
    page: Page,
    *,
    config: MkDocsConfig,
    files: Files,
    doc_files: Sequence[File],
    nav: Navigation,
    env: Environment,
    wanted: Callable[[Page], bool],
) -> str | None:
    """The final HTML of ``page`` as MkDocs' build makes it, through its public steps: the
    page hooks, reading, ``Page.render``, then the template with ``get_context`` (MkDocs'
    ``_populate_page`` then ``_build_page``, for a page that is neither a draft nor in the
    navigation; ``doc_files`` is ``files.documentation_pages()``). None, before any
    conversion, when its meta says it is not ``wanted``."""
    page = config.plugins.on_pre_page(page, config=config, files=files)
    page.read_source(config)
    if not wanted(page):
        return None
    assert page.markdown is not None
    page.markdown = config.plugins.on_page_markdown(
        page.markdown, page=page, config=config, files=files
    )
    page.render(config, files)
    assert page.content is not None
    page.content = config.plugins.on_page_content(
        page.content, page=page, config=config, files=files
    )
    page.active = True
    try:
        context = get_context(nav, doc_files, config, page)
        template = env.get_template(page.meta.get("template", "main.html"))
        context = config.plugins.on_page_context(context, page=page, config=config, nav=nav)
        output = template.render(context)
        return str(config.plugins.on_post_page(output, page=page, config=config))
    finally:
        page.active = False


def rendered(page: Page, html: str) -> Rendered:
    links = {
        target.src_uri: dict(anchors) for target, anchors in (page.links_to_anchors or {}).items()
    }
    blob = compressed(html.encode("utf-8"))
    return Rendered(blob, set(page.present_anchor_ids or ()), links)


class _Records(logging.Handler):
    """The log records a page makes in the fork, kept to be replayed by the build."""

    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.records: list[dict[str, Any]] = []

    def emit(self, record: logging.LogRecord) -> None:
        fields = dict(record.__dict__)
        fields.update(msg=record.getMessage(), args=None, exc_info=None)
        self.records.append(fields)

    def take(self) -> list[dict[str, Any]]:
        taken, self.records = self.records, []
        return taken

    def attach(self) -> None:
        """Every record of the fork comes here instead of its inherited handlers (the
        "mkdocs" logger does not propagate; the others reach the root's)."""
        for logger in (logging.getLogger(), logging.getLogger("mkdocs")):
            for handler in list(logger.handlers):
                logger.removeHandler(handler)
            logger.addHandler(self)


def replay(records: list[dict[str, Any]]) -> None:
    """The fork's log records, handled here as if this process had made them."""
    for fields in records:
        record = logging.makeLogRecord(fields)
        logging.getLogger(record.name).handle(record)


#: the messages of the pipe: a list of (kind, name, payload, log records)
PAGE, DECLINED, FAILED, DONE = "page", "declined", "failed", "done"
T = TypeVar("T")


def _child(
    writer: Connection,
    uris: list[str],
    prepare: Callable[[], None],
    render: Callable[[str], T | None],
    summary: Callable[[], dict[str, int]],
) -> None:
    gc.freeze()  # the inherited heap is never traversed: its pages stay shared
    started = time.process_time()
    prepare()
    records = _Records()
    records.attach()
    batch: list[tuple[str, str, Any, list[dict[str, Any]]]] = []
    for uri in uris:
        try:
            result = render(uri)
        except Exception:  # the build renders it again and reports the error itself
            batch.append((FAILED, uri, None, []))
            break
        if result is None:  # the build renders it again and makes the same records
            batch.append((DECLINED, uri, None, []))
            records.take()
        else:
            batch.append((PAGE, uri, result, records.take()))
        if len(batch) >= BATCH:
            writer.send_bytes(pickle.dumps(batch, pickle.HIGHEST_PROTOCOL))
            batch = []
    else:
        cpu_ms = round(1000 * (time.process_time() - started))
        batch.append((DONE, "", {**summary(), "cpu_ms": cpu_ms}, records.take()))
    writer.send_bytes(pickle.dumps(batch, pickle.HIGHEST_PROTOCOL))
    writer.close()


class SecondProcess(Generic[T]):
    """The fork rendering ``uris`` (in that order) and the build's side of its pipe: a
    thread receives its messages as they come (so that it never waits on a full pipe);
    ``result`` gives each page's in turn (and replays the log records rendering it made).
    In the fork, ``prepare`` runs first, then ``render`` for each page, and ``summary``
    (counts for the build's log) at the end. ``what`` names the work in the log."""

    def __init__(
        self,
        uris: list[str],
        *,
        prepare: Callable[[], None],
        render: Callable[[str], T | None],
        summary: Callable[[], dict[str, int]],
        what: str = "rendering pages",
    ) -> None:
        self.uris, self.what = list(uris), what
        self.results: dict[str, tuple[T | None, list[dict[str, Any]]]] = {}
        self.summary: dict[str, int] = {}
        self.given = 0  # pages whose result the build took
        self.waited = 0.0  # seconds the build waited for the fork's results
        self.stopped: str | None = None  # why the build stopped waiting for the fork
        self.done = False
        self._inbox: list[bytes] = []
        self._closed = False
        self._ready = threading.Condition()
        context = multiprocessing.get_context("fork")
        reader, writer = context.Pipe(duplex=False)
        self._reader = reader
        self.process = context.Process(
            target=_child,
            args=(writer, self.uris, prepare, render, summary),
            name="timeline-pages",
            daemon=True,
        )
        self.process.start()
        writer.close()  # the fork holds the only writing end: its end is our EOF
        self._thread = threading.Thread(target=self._receive, name="timeline-pages", daemon=True)
        self._thread.start()

    def _receive(self) -> None:
        try:
            while True:
                data = self._reader.recv_bytes()
                with self._ready:
                    self._inbox.append(data)
                    self._ready.notify()
        except (EOFError, OSError):
            pass
        finally:
            with self._ready:
                self._closed = True
                self._ready.notify()

    def _messages(self) -> Iterator[tuple[str, str, Any, list[dict[str, Any]]]]:
        """The messages received since the last call, waiting (at most ``STALL_SECONDS``)
        for one when there is none; nothing when the fork is gone."""
        with self._ready:
            if not self._inbox and not self._closed:
                start = time.perf_counter()
                self._ready.wait(STALL_SECONDS)
                self.waited += time.perf_counter() - start
            inbox, self._inbox = self._inbox, []
            closed = self._closed
        for data in inbox:
            yield from pickle.loads(data)
        if not inbox:
            self._give_up("it stopped" if closed else f"it sent nothing for {STALL_SECONDS:.0f} s")

    def result(self, uri: str) -> T | None:
        """The fork's rendering of ``uri``, or None when the build must render it itself
        (the fork handed it back, could not render it or is gone)."""
        while uri not in self.results and self.stopped is None and not self.done:
            for kind, page, payload, records in self._messages():
                if kind in (PAGE, DECLINED):
                    self.results[page] = (payload, records)
                elif kind == FAILED:
                    self._give_up(f"it could not render {page}")
                elif kind == DONE:
                    self.done, self.summary = True, dict(payload)
                    replay(records)
        if uri not in self.results:
            return None
        self.given += 1
        result, records = self.results.pop(uri)
        replay(records)
        return result

    def _give_up(self, why: str) -> None:
        if self.stopped is not None:
            return
        self.stopped = why
        self.process.kill()
        missing = len(self.uris) - self.given - len(self.results)
        notice.warning(
            "timeline: the second process %s stopped (%s, exit code %s); "
            "this process does its %d items left",
            self.what,
            why,
            self._exit_code(),
            missing,
        )

    def _exit_code(self) -> int | None:
        self.process.join(5)
        return self.process.exitcode

    def close(self) -> None:
        """The fork ended (killed if still there) and the pipe's thread joined."""
        if self.process.is_alive():
            self.process.join(1 if self.done else 0)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self._thread.join(5)
        self._reader.close()


def start(
    uris: list[str],
    *,
    prepare: Callable[[], None],
    render: Callable[[str], T | None],
    summary: Callable[[], dict[str, int]],
    what: str,
) -> SecondProcess[T] | None:
    """A ``SecondProcess``, or None (said in one line) when the system cannot fork one:
    the build then does the work itself."""
    try:
        return SecondProcess(uris, prepare=prepare, render=render, summary=summary, what=what)
    except OSError as exc:
        notice.warning("timeline: no second process for %s (%s): done here", what, exc)
        return None


def hand_over(files: list[File], share: float) -> list[File]:
    """The last of ``files`` (in MkDocs' order) whose work adds up to about ``share`` of
    the whole, by the length of each page's Markdown and a fixed cost per page."""
    costs = [len(file.content_string) + FIXED_COST for file in files]
    goal = share * sum(costs)
    taken = 0
    for start in range(len(files) - 1, -1, -1):
        if taken + costs[start] / 2 > goal:
            return files[start + 1 :]
        taken += costs[start]
    return list(files)
