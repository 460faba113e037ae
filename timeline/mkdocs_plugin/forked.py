"""Part of the generated pages rendered in a second process, a Dask worker forked from the
build.

A build that must render many generated pages (a cold build, a dossier's first build)
spends most of its site phase in MkDocs' per-page work: Python-Markdown, then the theme's
Jinja2 templates, on one core, while the machine's other core idles (extraction, the only
other stage on two cores, is over). When enough pages are to be rendered
(``second_process_pages``), the plugin hands the last of them in MkDocs' order, about half
the work by size, to a worker process forked once the pages it does not hand over are
read and converted (``on_env``): it inherits the whole build as it stands (configuration,
navigation with its titles, files, the theme's environment and its compiled templates,
the plugin's Markdown and stashes), renders each page it was given through MkDocs' own
public steps (``render_whole``: the page hooks, ``Page.render``, ``get_context``, the
template) and sends the final HTML back, with the anchors the page holds, the links it
makes to other pages' anchors and the log records it made.

In the building process those pages are stand-ins (``ForkedPage``, a ``MemoPage``): MkDocs
reads and converts nothing for them; the plugin writes the HTML that came back itself,
expanded from its compressed bytes a piece at a time (``memo.write_expanded``: a page is
never whole in the build's memory, which it shares with the worker), puts the page in the
memo, replays its log records (so ``--strict`` counts the same warnings) and gives MkDocs
its anchors and links to check. Why the same bytes: the memo already relies on a
page of this kind being a pure function of its Markdown and of the site around it, and
the fork renders it in that same site, with the same code, after every page the
navigation shows has been read (their titles are known); a page the search would index
(the memo's condition) is handed back unrendered.

Why a forked worker: the work needs the build's live objects (MkDocs' configuration and
navigation, the plugin's state, the compiled templates), which no task could carry. The
project's one parallel mechanism, Dask, gives it: a local cluster of one worker started
with Dask's ``fork`` method (``distributed.forked_worker``) once those objects are ready,
so the worker inherits them; each task (a batch of ``BATCH`` pages, submitted in order)
finds its job in this module, where it was set before the fork. The worker never touches
what it inherits outside memory: it writes no file and uses none of the inherited SQLite
connections (it puts nothing in the memo and closes nothing). The build's own threads
(the folder maker, the memo's compressor) are not there; the build joins the first and
waits for the second to be idle before it forks (the plugin's ``_quiesce``), so that the
worker inherits no lock one of them held (it would stall on it, and the build would do the
work itself). Its garbage collector leaves the inherited heap alone (frozen at the fork),
and so does the build's until the build ends, so that the pages the two processes share
stay shared; the worker's results are let go as soon as the build has them.

Failure: a page the worker could not render, a worker that died or was killed (Dask
reports ``KilledWorker`` at once: no task is retried), or one that sent nothing for
``STALL_SECONDS`` while the build waited (it is then killed): the building process
renders every page still missing itself, through the same ``render_whole``, and says so
in one line. A batch's result is used only whole.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import pickle
import signal
import threading
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from jinja2 import Environment
from mkdocs.commands.build import get_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from timeline import distributed
from timeline.mkdocs_plugin.memo import MemoPage, compressed, content_digest

if TYPE_CHECKING:
    from distributed import Future

log = logging.getLogger("mkdocs.plugins.timeline")
#: outside "mkdocs": the fallback is worth a line, not a failed --strict build
notice = logging.getLogger("timeline.site")

#: seconds the build waits for the fork's next message before it gives up on it
STALL_SECONDS = 60.0
#: pages rendered by one task of the worker and sent back in one message (each task's
#: result reaches the build through Dask's event loop, a thread of the building process:
#: few and large)
BATCH = 32
#: the most bytes of results one task sends back; a page (or the exports) beyond it is
#: handed back and made by the build. Dask (de)serialises a message of more than its
#: ``distributed.comm.offload`` size (10 MiB) in a thread pool made once per process,
#: which a forked worker inherits without its thread: such a message would never leave.
MESSAGE_LIMIT = 8 * 2**20
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
    digest: str  # of its bytes, as the memo stores it (``memo.content_digest``)

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
    theme: Callable[[Page, str], str] | None = None,
) -> str | None:
    """The final HTML of ``page`` as MkDocs' build makes it, through its public steps: the
    page hooks, reading, ``Page.render``, then the template with ``get_context`` (MkDocs'
    ``_populate_page`` then ``_build_page``, for a page that is neither a draft nor in the
    navigation; ``doc_files`` is ``files.documentation_pages()``), or ``theme``'s output
    for the page and its template's name when given (the theme's frame of the page:
    frames.py). None, before any conversion, when its meta says it is not ``wanted``."""
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
        name = page.meta.get("template", "main.html")
        context = config.plugins.on_page_context(context, page=page, config=config, nav=nav)
        output = env.get_template(name).render(context) if theme is None else theme(page, name)
        return str(config.plugins.on_post_page(output, page=page, config=config))
    finally:
        page.active = False


def rendered(page: Page, html: str) -> Rendered:
    links = {
        target.src_uri: dict(anchors) for target, anchors in (page.links_to_anchors or {}).items()
    }
    content = html.encode("utf-8")
    return Rendered(
        compressed(content), set(page.present_anchor_ids or ()), links, content_digest(content)
    )


class _Records(logging.Handler):
    """The log records a page makes in the fork, kept to be replayed by the build."""

    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.records: list[dict[str, Any]] = []
        self.thread: int | None = None  # when set, only the records this thread makes

    def emit(self, record: logging.LogRecord) -> None:
        if self.thread is not None and record.thread != self.thread:
            return
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


#: the messages of a batch's result: a list of (kind, name, payload, log records); a
#: page's payload is its result pickled once, in the worker, where its size is measured
PAGE, DECLINED, FAILED, DONE = "page", "declined", "failed", "done"
T = TypeVar("T")
Message = tuple[str, str, Any, list[dict[str, Any]]]


@dataclass
class _Job(Generic[T]):
    """What the worker does, set in this module before the fork (so the worker finds it
    where it was) and taken out of the build's process right after."""

    prepare: Callable[[], None]
    render: Callable[[str], T | None]
    summary: Callable[[], dict[str, int]]
    records: _Records | None = None
    started: float = 0.0


#: the jobs of second processes being started, by token (read in the forked worker)
_JOBS: dict[str, _Job[Any]] = {}


def _run_batch(token: str, uris: list[str], last: bool) -> list[Message]:
    """In the forked worker: render ``uris`` in turn; the first call prepares the job,
    the last (``last``) adds the summary. A page that raises ends the batch (the build
    then does what is left, and reports the error itself)."""
    job = _JOBS[token]
    if job.records is None:
        job.started = time.process_time()
        job.prepare()
        job.records = _Records()
        job.records.attach()
    records = job.records
    records.thread = threading.get_ident()  # Dask's own records (its event loop) left out
    batch: list[Message] = []
    sent = 0  # bytes of results in the batch
    for uri in uris:
        try:
            result = job.render(uri)
        except Exception:  # the build renders it again and reports the error itself
            batch.append((FAILED, uri, None, []))
            return batch
        blob = None if result is None else pickle.dumps(result, pickle.HIGHEST_PROTOCOL)
        if blob is None or sent + len(blob) > MESSAGE_LIMIT:
            # the build renders it again and makes the same records
            batch.append((DECLINED, uri, None, []))
            records.take()
        else:
            sent += len(blob)
            batch.append((PAGE, uri, blob, records.take()))
    if last:
        cpu_ms = round(1000 * (time.process_time() - job.started))
        batch.append((DONE, "", {**job.summary(), "cpu_ms": cpu_ms}, records.take()))
    return batch


class SecondProcess(Generic[T]):
    """The forked worker rendering ``uris`` (in that order, in batches of ``BATCH``) and
    the build's side of it: ``result`` gives each page's in turn (and replays the log
    records rendering it made), waiting at most ``STALL_SECONDS`` for a batch. In the
    worker, ``prepare`` runs first, then ``render`` for each page, and ``summary`` (counts
    for the build's log) at the end. ``what`` names the work in the log."""

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
        self.results: dict[str, tuple[bytes | None, list[dict[str, Any]]]] = {}
        self.summary: dict[str, int] = {}
        self.given = 0  # pages whose result the build took
        self.waited = 0.0  # seconds the build waited for the worker's results
        self.stopped: str | None = None  # why the build stopped waiting for the worker
        self.done = False
        self._stack = contextlib.ExitStack()
        token = f"{what}:{id(self)}"
        _JOBS[token] = _Job(prepare, render, summary)
        # the worker's collector leaves the inherited heap alone, and so does the build's
        # until the build ends (``collector.thaw``): a full collection writes in every
        # object it traverses, which copies each page of the heap the two processes share
        gc.freeze()
        try:
            self._client = self._stack.enter_context(distributed.forked_worker())
        finally:
            del _JOBS[token]  # the worker has its own
        pids = self._client.run(os.getpid)
        self._pid: int | None = next(iter(pids.values()), None)
        cut = [self.uris[i : i + BATCH] for i in range(0, len(self.uris), BATCH)] or [[]]
        self._futures: list[Future[list[Message]]] = [
            self._client.submit(
                _run_batch, token, batch, n == len(cut) - 1, pure=False, priority=len(cut) - n
            )
            for n, batch in enumerate(cut)
        ]
        self._next = 0  # the next batch to take

    def finished(self) -> bool:
        """Whether every batch is back (or the build gave up on the worker)."""
        left = self._futures[self._next :]
        return self.stopped is not None or all(future.done() for future in left)

    def _take_batch(self) -> list[Message]:
        """The next batch's messages, waiting for them (at most ``STALL_SECONDS``);
        nothing, once the build gave up on the worker."""
        from distributed.scheduler import KilledWorker

        future = self._futures[self._next]
        self._next += 1
        start = time.perf_counter()
        try:
            messages = future.result(timeout=STALL_SECONDS)
            future.release()  # the worker keeps a result as long as the build holds it
            return messages
        except TimeoutError:
            self._give_up(f"it sent nothing for {STALL_SECONDS:.0f} s")
        except KilledWorker:
            self._give_up("it stopped")
        except Exception as exc:  # noqa: BLE001 - whatever failed there, the build does it
            self._give_up(f"its task failed: {exc}")
        finally:
            self.waited += time.perf_counter() - start
        return []

    def result(self, uri: str) -> T | None:
        """The worker's rendering of ``uri``, or None when the build must render it itself
        (the worker handed it back, could not render it or is gone)."""
        while uri not in self.results and self.stopped is None and not self.done:
            if self._next >= len(self._futures):
                self._give_up("it sent no summary")
                break
            for kind, page, payload, records in self._take_batch():
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
        blob, records = self.results.pop(uri)
        replay(records)
        return None if blob is None else cast(T, pickle.loads(blob))

    def _give_up(self, why: str) -> None:
        if self.stopped is not None:
            return
        self.stopped = why
        self._kill()
        missing = len(self.uris) - self.given - len(self.results)
        notice.warning(
            "timeline: the second process %s stopped (%s); this process does its %d items left",
            self.what,
            why,
            missing,
        )

    def _kill(self) -> None:
        """The worker's batches dropped and its cluster closed, the nanny first (so that it
        does not start another worker), the worker killed if it is still there (it may be
        stuck in a page)."""
        for future in self._futures[self._next :]:
            future.cancel()
        self._stack.close()
        if self._pid is not None:
            with contextlib.suppress(OSError):
                os.kill(self._pid, signal.SIGKILL)
            self._pid = None

    def close(self) -> None:
        """The worker and its one-worker cluster ended (killed if still at work)."""
        if self.done or self.stopped is not None:
            self._stack.close()  # a second call does nothing
        else:
            self._kill()


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
    except (OSError, RuntimeError, TimeoutError) as exc:  # RuntimeError: "Nanny failed to start"
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
