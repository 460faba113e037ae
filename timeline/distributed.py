"""Where extraction runs: in this process, on an embedded Dask ``LocalCluster``, or on a
Dask cluster whose scheduler address is given (``TIMELINE_SCHEDULER`` or the plugin's
``scheduler:`` option). The project's one parallel mechanism: a site build's second
process (``forked_worker``, the plugin's ``forked.py``) is a Dask worker too.

The driver (the process that builds) cuts the work into batches of items (articles), keeps
a bounded number of batches in flight, and hands every finished batch to ``store`` as soon
as it completes: the caller writes it to its cache there, so an interrupted run keeps what
was done, and only the driver writes. A batch whose task raises is retried (``RETRIES``);
a batch whose workers kept dying (Dask's ``KilledWorker``) is run in this process instead.
Results are indexed by item, so the output does not depend on the number of workers or on
the order batches complete in.

Local workers are forked from a fork server (``multiprocessing``'s ``forkserver``: a fresh
single-threaded Python process started for the run, never the driver, which runs threads).
When the extractor needs the NLP model, the fork server loads it once
(``timeline.preload``) before forking the workers, which then share its memory
(copy-on-write: about 350 MB of model a worker is counted once) and start with it loaded:
the model is loaded once a run instead of once a worker (about 7 s of CPU each, 5 of them
compiling spaCy's French tokenizer patterns). A build that knows early it will need
local workers starts their fork server ahead (``start_fork_server``: a cold site build,
at MkDocs' ``on_config``), and the run finds it running. The fork server is stopped when
the run ends, so nothing holds the model through the site rendering. On a cluster at a scheduler
address (and on workers joining later) the ``timeline.warmup.LoadModel`` worker plugin
loads the model when a worker starts, and the extractor's per-process cache
(``timeline.events.nlp.get_nlp``) keeps it.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing.context
import multiprocessing.forkserver
import os
import resource
import signal
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, TypeVar

from timeline.errors import TimelineError

if TYPE_CHECKING:
    from dask.typing import Key
    from distributed import Client, Future

log = logging.getLogger(__name__)

SCHEDULER_ENV = "TIMELINE_SCHEDULER"
#: Below this many items to extract (and without a scheduler address) one process does it:
#: starting workers costs a model load each.
LOCAL_THRESHOLD = 20
#: Items per task, at most (fewer when that gives each worker less than four batches).
MAX_BATCH = 16
#: Batches in flight per worker thread (the rest wait in the driver).
IN_FLIGHT = 4
#: How many times a task that raised is run again before the run fails.
RETRIES = 2

T = TypeVar("T")
R = TypeVar("R")

Mode = Literal["in-process", "local", "cluster"]


@dataclass(frozen=True)
class Plan:
    """Where the batches of one run go."""

    mode: Mode
    workers: int  # local workers (1 in process; the cluster's count is known once connected)
    address: str | None = None

    def describe(self) -> str:
        if self.mode == "cluster":
            return f"Dask cluster at {self.address}"
        if self.mode == "local":
            return f"local Dask cluster of {self.workers} worker processes"
        return "this process"


@dataclass
class RunReport:
    """What a run used: workers, and each worker's peak resident memory (MB)."""

    plan: Plan
    workers: int = 1
    peak_memory_mb: dict[str, float] = field(default_factory=dict)
    cpu_seconds: dict[str, float] = field(default_factory=dict)  # each worker's, so far
    in_process_batches: int = 0  # batches run here after their workers kept dying


def scheduler_address(option: str | None = None) -> str | None:
    """The scheduler address: the option if given, else ``TIMELINE_SCHEDULER``, else None."""
    address = (option or os.environ.get(SCHEDULER_ENV) or "").strip()
    return address or None


def local_cpus() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def plan_run(to_do: int, *, workers: int = 0, scheduler: str | None = None) -> Plan:
    """Where ``to_do`` items go: the cluster at ``scheduler`` (when given, for any amount of
    work), else ``workers`` local processes (0 = one per CPU, and this process alone when
    fewer than ``LOCAL_THRESHOLD`` items need it); 1 worker = this process."""
    if scheduler:
        return Plan("cluster", 0, scheduler)
    if workers < 0:
        raise ValueError(f"workers must be 0 (automatic) or more, not {workers}")
    if workers == 0:
        workers = 1 if to_do < LOCAL_THRESHOLD else local_cpus()
    workers = min(workers, max(1, to_do))
    return Plan("local", workers) if workers > 1 else Plan("in-process", 1)


def batches(todo: Sequence[int], workers: int) -> list[list[int]]:
    """Indexes in batches, in order: about four per worker, at most ``MAX_BATCH`` long.
    With several workers each batch is cut from what remains (a quarter of a worker's
    share), so batches shrink towards the end and the workers finish together."""
    cut: list[list[int]] = []
    share = max(1, workers) * 4
    size = max(1, min(MAX_BATCH, -(-len(todo) // share)))
    start = 0
    while start < len(todo):
        if workers > 1:
            size = max(1, min(MAX_BATCH, -(-(len(todo) - start) // share)))
        cut.append(list(todo[start : start + size]))
        start += size
    return cut


def run_batches(
    items: Sequence[T],
    todo: Sequence[int],
    task: Callable[[list[T]], list[R]],
    store: Callable[[list[tuple[int, R]]], None],
    *,
    plan: Plan,
    load_model: bool = False,
    progress: Callable[[int], None] | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> RunReport:
    """Run ``task`` on ``items[i]`` for i in ``todo``, in batches, where ``plan`` says; give
    each finished batch to ``store`` as (index, result) pairs, in the driver, as it completes.

    ``task`` returns one result per item; on a cluster it and the items travel by pickle
    (cloudpickle for the function), so both must be importable there. ``load_model``: load
    the NLP model in every worker when it starts (the default extractor needs it).
    ``meanwhile``: called once, in this thread, on a local cluster, after its fork server
    has been started and before the cluster is (the fork server loads the model then, on
    one core: this process may use the other for work it would otherwise do after the run).
    """
    report = RunReport(plan)
    if not todo:
        return report
    if plan.mode == "in-process":
        for batch in batches(todo, 1):
            _store(batch, _checked(task, [items[i] for i in batch]), store, progress)
        return report
    with contextlib.ExitStack() as stack:
        try:
            client = stack.enter_context(_client(plan, preload=load_model, meanwhile=meanwhile))
        except (OSError, TimeoutError, RuntimeError) as exc:
            # RuntimeError: Dask's "Nanny failed to start" (a worker process that could
            # not start); the fork server, if it was started, is stopped by then
            if plan.mode == "cluster":
                raise TimelineError(
                    f"cannot reach the Dask scheduler at {plan.address} ({exc}); check "
                    f"{SCHEDULER_ENV} or the plugin's scheduler: option"
                ) from None
            log.warning("local Dask cluster not started (%s): extracting in this process", exc)
            return run_batches(
                items, todo, task, store, plan=Plan("in-process", 1), progress=progress
            )
        if load_model:
            from timeline.warmup import LoadModel

            client.register_plugin(LoadModel(), name="timeline-load-model")
        report.workers = max(1, len(client.scheduler_info().get("workers", {})))
        _submit_all(client, items, todo, task, store, report, progress)
        report.peak_memory_mb = _per_worker(client, _peak_rss_mb, "memory")
        report.cpu_seconds = _per_worker(client, _cpu_seconds, "CPU")
    return report


PRE_SPAWN_ENVIRON = "distributed.nanny.pre-spawn-environ"
START_METHOD = "distributed.worker.multiprocessing-method"
#: what the fork server of local workers imports before forking them, when the task needs
#: the NLP model
PRELOAD_MODEL = "timeline.preload"
#: Left out of the environment Dask gives the local workers it starts: a fixed glibc trim
#: threshold (Dask sets 64 KiB to give memory back sooner) makes spaCy's many short-lived
#: arrays fault their pages in again and again: about 13 times the page faults and 15 %
#: more CPU an article. Our workers live for one run; their memory goes with them.
NOT_FOR_WORKERS = ("MALLOC_TRIM_THRESHOLD_",)


#: Dask settings of the local clusters: the periodic work Dask does in every process for
#: its dashboard and diagnostics, made rare or left out (none of it is shown: no
#: dashboard). Idle, two workers and their driver spend 1.66 s of CPU every 20 s with
#: Dask's defaults, 0.26 s with these; busy, the profiler would sample each worker's deep
#: spaCy stack every 10 ms.
LOCAL_SETTINGS: dict[str, object] = {
    "distributed.worker.profile.enabled": False,  # the workers' statistical profiler
    "distributed.admin.tick.interval": "1s",  # event-loop health tick (20 ms)
    "distributed.admin.system-monitor.interval": "5s",  # CPU/memory/network gauges (0.5 s)
    "distributed.worker.memory.monitor-interval": "1s",  # the nannies' memory polls (0.1 s)
}


def worker_environ() -> dict[str, object]:
    """The environment variables Dask sets before it starts a local worker process (one
    BLAS/OpenMP thread each: the workers are the parallelism), without ``NOT_FOR_WORKERS``."""
    import dask

    environ: dict[str, object] = dict(dask.config.get(PRE_SPAWN_ENVIRON, default={}) or {})
    return {name: value for name, value in environ.items() if name not in NOT_FOR_WORKERS}


@contextlib.contextmanager
def _client(
    plan: Plan, *, preload: bool = False, meanwhile: Callable[[], None] | None = None
) -> Iterator[Client]:
    """A client of the plan's cluster; a local cluster lives as long as the client, its
    workers forked from a fork server that loads the NLP model first when ``preload``
    (started before the cluster, ``meanwhile`` called then)."""
    import dask
    from distributed import Client

    if plan.mode == "cluster":
        with Client(plan.address) as client:
            yield client
        return
    with (
        dask.config.set(
            {PRE_SPAWN_ENVIRON: worker_environ(), START_METHOD: "forkserver", **LOCAL_SETTINGS}
        ),
        fork_server([PRELOAD_MODEL] if preload else []),
    ):
        if meanwhile is not None:
            meanwhile()
        with _local_client(plan) as client:
            yield client


#: how long the build waits for the one worker of ``forked_worker`` to start
FORKED_START_SECONDS = 30


@contextlib.contextmanager
def forked_worker() -> Iterator[Client]:
    """A client of a local cluster of one worker process forked from this process as it
    is now (Dask's ``fork`` start method): the worker inherits the build's live objects
    (configuration, navigation, compiled templates), which no task could carry, and a task
    reads them where it finds them (module state set before the call). Used for the share
    of a site's work done beside the build (``mkdocs_plugin/forked.py``); extraction's
    workers come from ``_client``'s fork server instead, which holds the NLP model. A task
    that was running on a worker that died fails at once (``allowed-failures``: 0); no
    memory limit (the inherited pages are shared with the build)."""
    import dask
    from distributed import Client, LocalCluster

    settings = {
        PRE_SPAWN_ENVIRON: worker_environ(),
        START_METHOD: "fork",
        "distributed.scheduler.allowed-failures": 0,
        **LOCAL_SETTINGS,
    }
    with (
        dask.config.set(settings),
        LocalCluster(
            n_workers=1,
            threads_per_worker=1,
            processes=True,
            memory_limit=0,
            dashboard_address=None,
            worker_dashboard_address=None,
            scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
            silence_logs=logging.ERROR,
            timeout=FORKED_START_SECONDS,
        ) as cluster,
        Client(cluster, timeout=FORKED_START_SECONDS) as client,
    ):
        yield client


@contextlib.contextmanager
def fork_server(modules: list[str]) -> Iterator[None]:
    """The lifetime of the local workers' fork server for one run: the next one started
    imports ``modules`` before it forks any worker, and every fork server started inside
    the block is stopped on the way out, whatever happened (the run ended, failed, or the
    cluster failed to start after the fork server had loaded the model): no process keeps
    the model once the run is over."""
    before = fork_servers() - _AHEAD
    _fork_server_preload(modules)
    try:
        yield
    finally:
        _stop(fork_servers() - before)
        _AHEAD.clear()


#: the fork servers ``start_fork_server`` started ahead of the run they serve (process ids):
#: that run's ``fork_server`` stops them with its own, ``stop_fork_server_ahead`` if no run
#: came
_AHEAD: set[int] = set()


def start_fork_server(modules: list[str]) -> None:
    """Start the local workers' fork server now, importing ``modules`` (the NLP model)
    before it forks any worker, for a run on a local cluster that this process starts
    later (a cold build: started when the site's build starts, the fork server loads the
    model while MkDocs reads its configuration and files and this process imports Dask).
    That run's workers are forked from it (``multiprocessing`` keeps one fork server a
    process, and the run finds it running), and the run stops it when it ends. Nothing
    where the platform has no fork server, or one runs already."""
    if "forkserver" not in multiprocessing.get_all_start_methods() or fork_servers():
        return
    multiprocessing.get_context("forkserver").set_forkserver_preload(modules)
    multiprocessing.forkserver.ensure_running()
    _AHEAD.update(_started_fork_servers())


def _started_fork_servers() -> set[int]:
    """The fork server ``ensure_running`` has just started, once Linux shows it as one.
    The call returns while the child is still inside its ``execve`` (a vfork'd child lets
    its parent go on as soon as it has left the parent's memory, before the kernel has set
    the new program's arguments), and meanwhile its command line reads empty: a single
    look could miss it, and a server never recorded is never stopped (a CI run lost one
    this way). Empty when none shows up within ``STOP_SECONDS`` (or where there is no /proc)."""
    deadline = time.monotonic() + STOP_SECONDS
    found = fork_servers()
    while not found and os.path.isdir("/proc") and time.monotonic() < deadline:
        time.sleep(0.005)
        found = fork_servers()
    return found


def stop_fork_server_ahead() -> None:
    """The fork server ``start_fork_server`` started, stopped if no run stopped it (the
    build failed before its extraction, or took another way)."""
    _stop(set(_AHEAD))
    _AHEAD.clear()


def _fork_server_preload(modules: list[str]) -> None:
    """What the next fork server imports before it forks workers (Dask names its own
    packages the first time it makes the context: replaced, they are imported anyway).
    When it has modules to import (the NLP model), it is started at once: it imports them
    while the cluster's scheduler and nannies start (which would otherwise start it only
    with their first worker), and while this process does what ``run_batches`` is given to
    do meanwhile."""
    from distributed.utils import get_mp_context

    context = get_mp_context()  # the forkserver context, under the settings of _client
    if isinstance(context, multiprocessing.context.ForkServerContext):
        context.set_forkserver_preload(modules)
        if modules:
            multiprocessing.forkserver.ensure_running()
            _started_fork_servers()  # shown as one once this returns (it may be in its exec)


#: what the command line of ``multiprocessing``'s fork server runs
FORK_SERVER_MAIN = "multiprocessing.forkserver import main"


def fork_servers() -> set[int]:
    """The process ids of this process's running children that are fork servers (read
    from Linux's /proc; elsewhere none is found, and none is stopped)."""
    me, found = os.getpid(), set()
    with contextlib.suppress(OSError):
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                with open(f"/proc/{entry.name}/stat", encoding="ascii") as handle:
                    state, parent = handle.read().rsplit(")", 1)[1].split()[:2]
                if int(parent) != me or state in ("Z", "X"):
                    continue
                with open(f"/proc/{entry.name}/cmdline", "rb") as handle:
                    command = handle.read().decode("utf-8", "replace")
            except (OSError, ValueError):
                continue  # gone meanwhile
            if FORK_SERVER_MAIN in command:
                found.add(int(entry.name))
    return found


def _stop(servers: set[int]) -> None:
    """Stop the fork servers in ``servers`` (they hold the model): each is signalled, then
    awaited until it has exited; ``multiprocessing`` collects its exit status and starts a
    new one for the next run."""
    for pid in servers:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_SECONDS
    while servers and time.monotonic() < deadline:
        servers = {pid for pid in servers if _running(pid)}
        if servers:
            time.sleep(0.02)


#: how long the fork server is given to exit once asked
STOP_SECONDS = 5.0


def _running(pid: int) -> bool:
    """Whether process ``pid`` runs (an exited child not yet collected does not)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            state = handle.read().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


@contextlib.contextmanager
def _local_client(plan: Plan) -> Iterator[Client]:
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=plan.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            worker_dashboard_address=None,
            # no dashboard; its HTTP server (health checks) on any free local port
            scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _submit_all(
    client: Client,
    items: Sequence[T],
    todo: Sequence[int],
    task: Callable[[list[T]], list[R]],
    store: Callable[[list[tuple[int, R]]], None],
    report: RunReport,
    progress: Callable[[int], None] | None,
) -> None:
    from distributed import as_completed
    from distributed.scheduler import KilledWorker

    waiting: Iterator[list[int]] = iter(batches(todo, report.workers))
    batch_of: dict[Key, list[int]] = {}

    def submit() -> Future[list[R]] | None:
        batch = next(waiting, None)
        if batch is None:
            return None
        future = client.submit(
            _checked, task, [items[i] for i in batch], retries=RETRIES, pure=False
        )
        batch_of[future.key] = batch
        return future

    first = [f for f in (submit() for _ in range(report.workers * IN_FLIGHT)) if f is not None]
    running = as_completed(first)
    try:
        for future in running:
            batch = batch_of.pop(future.key)
            try:
                results = future.result()
            except KilledWorker as exc:
                log.warning("extraction workers kept dying (%s): this batch runs here", exc)
                report.in_process_batches += 1
                results = _checked(task, [items[i] for i in batch])
            _store(batch, results, store, progress)
            following = submit()
            if following is not None:
                running.add(following)
    except BaseException:
        client.cancel(list(running.futures))
        raise


def _checked(task: Callable[[list[T]], list[R]], batch: list[T]) -> list[R]:
    results = task(batch)
    if len(results) != len(batch):
        raise RuntimeError(f"the task returned {len(results)} results for {len(batch)} items")
    return results


def _store(
    batch: list[int],
    results: list[R],
    store: Callable[[list[tuple[int, R]]], None],
    progress: Callable[[int], None] | None,
) -> None:
    store(list(zip(batch, results, strict=True)))
    if progress is not None:
        progress(len(batch))


def _peak_rss_mb() -> float:
    """Peak resident memory of this process, MB (Linux: ``ru_maxrss`` is in KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds() -> float:
    """CPU time (user + system) this process has used."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _per_worker(client: Client, measure: Callable[[], float], what: str) -> dict[str, float]:
    """``measure`` run in every worker, by worker address; empty when it cannot be run."""
    try:
        found = client.run(measure)
    except Exception as exc:  # a report, never a reason to fail the run
        log.info("worker %s not known: %s", what, exc)
        return {}
    return {str(worker): float(value) for worker, value in sorted(found.items())}
