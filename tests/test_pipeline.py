"""build_chronology: cache look-ups, incremental extraction, Dask workers, determinism.

A fake extractor and assembler stand in for the NLP stages (the cache and the workers must
not care what the payload is); one test runs the real pipeline on a copy of content/.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import importlib.util
import json
import logging
import multiprocessing
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from timeline import distributed, pipeline
from timeline.articles import Article
from timeline.pipeline import BuildSettings, article_key, run_build
from timeline.records import ArticleRef, Chronology
from timeline.versions import rules_version, sources_hash

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
CALLS: list[int] = []


def fake_extract(articles: list[Article]) -> list[dict]:
    """Deterministic, JSON-able, with a tuple (JSON turns it into a list)."""
    CALLS.append(len(articles))
    out = []
    for a in articles:
        digest = hashlib.sha1(a.text.encode()).hexdigest()
        out.append({"slug": a.slug, "words": len(a.body.split()), "pair": (a.body_start, digest)})
    return out


def fake_assemble(articles: list[Article], extractions: list[dict], content_dir: Path):
    refs = [
        ArticleRef(a.slug, a.title, a.date.isoformat(), a.source, a.url, a.path.name)
        for a in articles
    ]
    chronology = Chronology(generated="now", events=[], entities=[], articles=refs)
    chronology.extractions = extractions  # what the assembler was given, for the tests
    return chronology


def make_project(tmp_path: Path, copies: int = 0) -> Path:
    root = tmp_path / "project"
    shutil.copytree(CONTENT, root / "content")
    add_copies(root, range(copies))
    return root


def add_copies(root: Path, numbers: Iterable[int]) -> None:
    """Copies of the first article, each told apart by its number (in its text and name)."""
    seed = sorted((root / "content").glob("*.md"))[0].read_text(encoding="utf-8")
    for i in numbers:
        text = seed.replace("La Marine russe", f"La Marine russe ({i})", 1)
        (root / "content" / f"2015-10-07-copie-{i:03d}.md").write_text(text, encoding="utf-8")


def build(root: Path, **settings):
    return run_build(
        BuildSettings(root=root, **settings), extract_batch=fake_extract, assemble=fake_assemble
    )


def test_rebuild_extracts_only_new_or_changed_articles(tmp_path: Path):
    root = make_project(tmp_path)
    first = build(root)
    assert (first.stats.cached, first.stats.extracted) == (0, 4)
    assert (root / ".timeline" / "cache.sqlite").is_file()
    again = build(root)
    assert (again.stats.cached, again.stats.extracted) == (4, 0)
    changed = sorted((root / "content").glob("*.md"))[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nUn paragraphe.\n", "utf-8")
    (root / "content" / "2015-10-08-nouveau.md").write_text(
        "---\ntitle: N\ndate: 2015-10-08\nsource: s\n---\n\nNouveau.\n", encoding="utf-8"
    )
    third = build(root)
    assert (third.stats.cached, third.stats.extracted) == (3, 2)


def test_cached_and_fresh_payloads_are_identical(tmp_path: Path):
    root = make_project(tmp_path)
    fresh = build(root, use_cache=False).chronology.extractions
    cold = build(root).chronology.extractions
    warm = build(root).chronology.extractions
    assert fresh == cold == warm
    assert json.dumps(fresh) == json.dumps(warm)  # same key order, same types
    assert isinstance(warm[0]["pair"], list)


def test_renamed_file_is_extracted_again(tmp_path: Path):
    root = make_project(tmp_path)
    build(root)
    path = sorted((root / "content").glob("*.md"))[0]
    path.rename(path.with_name("2015-10-07-renomme.md"))
    result = build(root)
    assert result.stats.extracted == 1
    assert {e["slug"] for e in result.chronology.extractions} >= {"2015-10-07-renomme"}


@pytest.mark.parametrize(
    ("to_do", "workers", "scheduler", "expected"),
    [
        (4, 0, None, ("in-process", 1)),  # a handful: no cluster to start
        (distributed.LOCAL_THRESHOLD - 1, 0, None, ("in-process", 1)),
        (distributed.LOCAL_THRESHOLD, 0, None, ("local", 2)),  # one worker a CPU (2 here)
        (500, 1, None, ("in-process", 1)),
        (500, 3, None, ("local", 3)),
        (2, 3, None, ("local", 2)),  # never more workers than articles
        (1, 0, "tcp://10.0.0.5:8786", ("cluster", 0)),  # an address: always the cluster
    ],
)
def test_where_extraction_runs(monkeypatch, to_do, workers, scheduler, expected):
    monkeypatch.setattr(distributed, "local_cpus", lambda: 2)
    plan = distributed.plan_run(to_do, workers=workers, scheduler=scheduler)
    assert (plan.mode, plan.workers) == expected
    assert plan.address == scheduler


def test_scheduler_address_from_the_option_or_the_environment(monkeypatch):
    monkeypatch.delenv(distributed.SCHEDULER_ENV, raising=False)
    assert distributed.scheduler_address(None) is None
    monkeypatch.setenv(distributed.SCHEDULER_ENV, " tcp://sched:8786 ")
    assert distributed.scheduler_address(None) == "tcp://sched:8786"
    assert distributed.scheduler_address("tcp://other:8786") == "tcp://other:8786"


@pytest.mark.parametrize(
    ("todo", "workers", "sizes"),
    [
        (0, 2, []),
        (5, 1, [2, 2, 1]),
        (200, 1, [16] * 12 + [8]),  # one process: even batches
        # workers: a quarter of a worker's share of what remains, so they finish together
        (200, 2, [16] * 5 + [15, 14, 12, 10, 9, 8, 7, 6, 5, 5, 4, 4, 3, 3] + [2] * 4 + [1] * 7),
        (5, 2, [1] * 5),
    ],
)
def test_batches_cover_every_article_once_in_order(todo, workers, sizes):
    cut = distributed.batches(list(range(todo)), workers)
    assert [len(b) for b in cut] == sizes
    assert [i for b in cut for i in b] == list(range(todo))


def dask_config(settings: dict):
    """``dask.config.set`` once distributed's defaults are loaded: set before them, its
    undoing would remove them all (``distributed`` adds them on import) for later tests."""
    import dask
    import distributed as dask_distributed  # noqa: F401

    return dask.config.set(settings)


def test_an_unreachable_scheduler_is_one_line_naming_it(tmp_path: Path, monkeypatch, capsys):
    from timeline.cli import main

    root = make_project(tmp_path)
    monkeypatch.setenv(distributed.SCHEDULER_ENV, "tcp://127.0.0.1:9")  # nothing listens
    with dask_config({"distributed.comm.timeouts.connect": "2s"}):
        assert main(["events", "--root", str(root)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("timeline: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert err.count("\n") == 1 and "TIMELINE_SCHEDULER" in err


def test_two_local_workers_give_what_one_process_gives(tmp_path: Path, caplog):
    """The same chronology; every result cached by the driver; no worker process (they hold
    the NLP model) lives on through the site rendering. The log says where the time went:
    each phase, and each worker's CPU."""

    root = make_project(tmp_path, copies=30)
    with caplog.at_level(logging.INFO, logger="timeline.pipeline"):
        two = build(root, workers=2)
    assert len(two.stats.worker_cpu_s) == 2 and all(
        cpu > 0 for cpu in two.stats.worker_cpu_s.values()
    )
    (line,) = [
        r.getMessage() for r in caplog.records if r.getMessage().startswith("chronology phases:")
    ]
    phases, workers = line.removeprefix("chronology phases: ").split("; ")
    assert [p.split()[0] for p in phases.split(", ")] == [
        "load",
        "memo",
        "lookup",
        "read",
        "extract",
        "decode",
        "assemble",
    ]
    assert re.fullmatch(r"workers' CPU [\d.]+s \+ [\d.]+s", workers)
    one = build(root, workers=1, use_cache=False)
    assert (two.stats.workers, two.stats.where, one.stats.where) == (
        2,
        "local Dask cluster of 2 worker processes",
        "this process",
    )
    assert len(two.stats.worker_peak_mb) == 2
    assert one.chronology.extractions == two.chronology.extractions
    assert one.chronology.to_dict() == two.chronology.to_dict()
    assert [e["slug"] for e in two.chronology.extractions] == [
        a.slug for a in two.chronology.articles
    ]
    assert _live_children() == []
    again = build(root, workers=2)
    assert (again.stats.cached, again.stats.extracted) == (34, 0)


@pytest.mark.parametrize(
    "mode, workers, cached, model_here, long_lived, beside",
    [
        ("in-process", 0, pipeline.BESIDE_MIN_CACHED, False, False, True),
        ("in-process", 0, pipeline.BESIDE_MIN_CACHED - 1, False, False, False),  # little to read
        ("in-process", 0, pipeline.BESIDE_MIN_CACHED, True, False, False),  # no load to spare
        ("in-process", 1, pipeline.BESIDE_MIN_CACHED, False, False, False),  # one process asked
        ("local", 0, pipeline.BESIDE_MIN_CACHED, False, False, False),  # already on workers
        # mkdocs serve: the model loaded here once serves every later rebuild
        ("in-process", 0, pipeline.BESIDE_MIN_CACHED, False, True, False),
    ],
)
def test_when_new_articles_are_extracted_beside(
    mode, workers, cached, model_here, long_lived, beside
):
    plan = distributed.Plan(mode, 1 if mode == "in-process" else 2)
    settings = BuildSettings(workers=workers, long_lived=long_lived)
    assert pipeline._extract_beside(settings, plan, cached, model_here=model_here) is beside


@pytest.mark.parametrize("workers, beside", [(0, True), (1, False)])
def test_a_few_new_articles_are_extracted_beside_reading_the_cache(
    tmp_path: Path, monkeypatch, workers, beside
):
    """With workers chosen automatically and enough cached extractions to read, the few
    new articles go to one local worker while the cache is read (the NLP model then loads
    in its fork server, on the other core): the same chronology as one process, the new
    extractions cached, no process left; workers: 1 keeps them in this process."""
    root = make_project(tmp_path, copies=30)
    build(root, workers=1)
    add_copies(root, [31, 32])
    monkeypatch.setattr(pipeline, "BESIDE_MIN_CACHED", 34)
    result = build(root, workers=workers)
    assert (result.stats.cached, result.stats.extracted) == (34, 2)
    assert result.stats.where == (
        "local Dask cluster of 1 worker processes" if beside else "this process"
    )
    _as_one_process_and_cached(root, result)


def test_a_failure_beside_the_build_is_its_error(tmp_path: Path, monkeypatch):
    """An extraction that fails in the worker beside the build (after its retries) fails
    the build with the extractor's own error, once the cache is read: no hang, no process
    left, what was cached still there."""
    root = make_project(tmp_path, copies=30)
    build(root, workers=1)
    add_copies(root, [200])  # "copie-200": broken_extract fails on it
    monkeypatch.setattr(pipeline, "BESIDE_MIN_CACHED", 34)
    with pytest.raises(RuntimeError, match="extractor bug"):
        run_build(BuildSettings(root=root), extract_batch=broken_extract, assemble=fake_assemble)
    assert _live_children() == []
    again = build(root)
    assert (again.stats.cached, again.stats.extracted) == (34, 1)


def _as_one_process_and_cached(root: Path, result) -> None:
    """``result`` (a build of the 36 articles of ``root``) made the chronology one process
    makes without the cache, left no process, and cached all 36 extractions."""
    expected = build(root, workers=1, use_cache=False).chronology
    assert result.chronology.extractions == expected.extractions
    assert result.chronology.to_dict() == expected.to_dict()
    assert _live_children() == []
    again = build(root)
    assert (again.stats.cached, again.stats.extracted) == (36, 0)


def _two_new_articles_started(
    tmp_path: Path, monkeypatch, *, min_cached: int = 34, workers: int = 0
) -> tuple[Path, BuildSettings, pipeline.HeadStart]:
    """A project of 34 articles built and cached, two new ones added, and ``start_build``
    called on it (the site plugin's on_config) with ``BESIDE_MIN_CACHED`` = ``min_cached``."""
    root = make_project(tmp_path, copies=30)
    build(root, workers=1)
    add_copies(root, [31, 32])
    monkeypatch.setattr(pipeline, "BESIDE_MIN_CACHED", min_cached)
    settings = BuildSettings(root=root, workers=workers)
    return root, settings, pipeline.start_build(settings, extract_batch=fake_extract)


def test_a_build_started_ahead_equals_one_built_at_once(tmp_path: Path, monkeypatch):
    """``start_build`` (the site plugin's on_config) reads the articles and sets the few the
    cache lacks extracting beside at once; the build that takes it stores them and makes
    the same chronology as one built at once in one process; no process left."""
    root, settings, started = _two_new_articles_started(tmp_path, monkeypatch)
    assert started.running is not None
    assert sorted(started.inputs.articles[i].slug for i in started.todo) == [
        "2015-10-07-copie-031",
        "2015-10-07-copie-032",
    ]
    result = run_build(
        settings, extract_batch=fake_extract, assemble=fake_assemble, started=started
    )
    assert (result.stats.cached, result.stats.extracted) == (34, 2)
    assert result.stats.where == "local Dask cluster of 1 worker processes"
    assert result.articles is started.inputs.articles  # read once
    _as_one_process_and_cached(root, result)


@pytest.mark.parametrize(
    "cached, workers, running",
    [
        (35, 0, False),  # 34 cached, fewer than BESIDE_MIN_CACHED: extracted in the build
        (34, 1, False),  # one process asked
        (34, 0, True),
    ],
)
def test_what_a_build_starts_ahead(tmp_path: Path, monkeypatch, cached, workers, running):
    """Only what the build would extract beside itself is started ahead; whatever was
    started, the build that takes it extracts and stores the new articles once."""
    root, settings, started = _two_new_articles_started(
        tmp_path, monkeypatch, min_cached=cached, workers=workers
    )
    assert (started.running is not None) is running
    assert len(started.todo) == (2 if running else 0)
    result = run_build(
        settings, extract_batch=fake_extract, assemble=fake_assemble, started=started
    )
    assert (result.stats.cached, result.stats.extracted) == (34, 2)
    again = build(root)
    assert (again.stats.cached, again.stats.extracted) == (36, 0)


def _count_lookups(monkeypatch) -> list[int]:
    """The number of keys of each ``ExtractionCache.known`` call, from now on."""
    from timeline.cache import ExtractionCache

    calls: list[int] = []
    known = ExtractionCache.known

    def counted(self, keys):
        calls.append(len(keys))
        return known(self, keys)

    monkeypatch.setattr(ExtractionCache, "known", counted)
    return calls


@pytest.mark.parametrize("workers, running", [(0, True), (1, False)])
def test_a_build_started_ahead_looks_its_keys_up_once(
    tmp_path: Path, monkeypatch, workers, running
):
    """The keys ``start_build`` looked up in the cache are the build's: ``run_build``
    does not look them up again, whether an extraction was started ahead or not."""
    root = make_project(tmp_path, copies=30)
    build(root, workers=1)
    add_copies(root, [31, 32])
    monkeypatch.setattr(pipeline, "BESIDE_MIN_CACHED", 34)
    calls = _count_lookups(monkeypatch)
    settings = BuildSettings(root=root, workers=workers)
    started = pipeline.start_build(settings, extract_batch=fake_extract)
    assert (started.running is not None) is running
    result = run_build(
        settings, extract_batch=fake_extract, assemble=fake_assemble, started=started
    )
    assert calls == [36]
    assert (result.stats.cached, result.stats.extracted) == (34, 2)
    assert result.chronology.to_dict() == build(root, use_cache=False).chronology.to_dict()


@pytest.mark.parametrize("memo, lookups", [(True, []), (False, [38])])
def test_an_unchanged_build_started_ahead_looks_no_key_up(
    tmp_path: Path, monkeypatch, memo, lookups
):
    """When the chronology memo holds the chronology of the build's inputs (an unchanged
    rebuild), ``start_build`` looks no article up and starts nothing: the build takes the
    memoised chronology. Without the memo the keys are looked up (start, then the build)."""
    root = make_project(tmp_path, copies=34)
    memoised = dict(extract_batch=fake_extract, assemble=fake_assemble, memo=memo)
    first = run_build(BuildSettings(root=root, workers=1), **memoised)
    monkeypatch.setattr(pipeline, "BESIDE_MIN_CACHED", 34)
    calls = _count_lookups(monkeypatch)
    settings = BuildSettings(root=root)
    started = pipeline.start_build(settings, extract_batch=fake_extract, memo=memo)
    assert started.running is None and started.todo == []
    again = run_build(settings, **memoised, started=started)
    assert again.stats.memo_hit is memo
    assert calls == lookups
    assert again.chronology.to_dict() == first.chronology.to_dict()


def test_a_build_abandoned_after_its_start_leaves_the_cache_as_it_was(tmp_path: Path, monkeypatch):
    """A build that fails after ``start_build`` and before it assembles (the plugin's
    on_build_error awaits the extraction): nothing stored, no process left; the next build
    extracts the new articles. An extraction that fails ahead is the build's error."""
    root, settings, started = _two_new_articles_started(tmp_path, monkeypatch)
    assert started.wait().workers == 1
    assert _live_children() == []
    after = build(root)
    assert (after.stats.cached, after.stats.extracted) == (34, 2)

    add_copies(root, [200])  # "copie-200": broken_extract fails on it
    started = pipeline.start_build(settings, extract_batch=broken_extract)
    with pytest.raises(RuntimeError, match="extractor bug"):
        run_build(settings, extract_batch=broken_extract, assemble=fake_assemble, started=started)
    assert _live_children() == []
    with pytest.raises(ValueError, match="another extractor"):
        run_build(settings, extract_batch=fake_extract, started=started)


def _live_children() -> list[list[str]]:
    """The command lines of this process's children still running (an exited child whose
    status is not yet collected holds no memory), but multiprocessing's resource tracker."""
    import psutil

    left = []
    for child in psutil.Process().children(recursive=True):
        try:
            if child.status() != psutil.STATUS_ZOMBIE:
                left.append(child.cmdline())
        except psutil.NoSuchProcess:
            continue
    return [c for c in left if "multiprocessing.resource_tracker" not in " ".join(c)]


def model_in_worker(items: list[int]) -> list[tuple[int, bool, bool, bool]]:
    """The task of the test below: the worker's parent, whether the model was loaded before
    the worker started (by its fork server, which left the garbage collector on), whether
    the extractor finds it loaded, and whether the worker was warmed up
    (``timeline.warmup``: the tagger's rules compiled) before it ran any task."""
    import gc
    import os
    import sys

    from timeline import warmup
    from timeline.events import nlp
    from timeline.temporal.tagger import compiled_rules

    warm = warmup._READY and compiled_rules.cache_info().currsize > 0
    # and the garbage collector, paused while the fork server read the model, is on again
    preloaded = "timeline.preload" in sys.modules and gc.isenabled()
    return [(os.getppid(), preloaded, nlp._NLP is not None, warm)] * len(items)


def test_local_workers_are_forked_with_the_model_loaded_once(tmp_path: Path):
    """The fork server loads the NLP model once and forks both workers from it (they share
    its memory, and none loads a copy); it is stopped when the run ends, so no process
    holds the model through the site rendering; a second run in the same process starts
    a new one."""
    for _ in range(2):
        found: list[tuple[int, tuple[int, bool, bool, bool]]] = []
        distributed.run_batches(
            list(range(8)),
            range(8),
            model_in_worker,
            found.extend,
            plan=distributed.Plan("local", 2),
            load_model=True,
        )
        parents = {parent for _, (parent, *_) in found}
        assert len(found) == 8 and len(parents) == 1
        assert all(preloaded and loaded and warm for _, (_, preloaded, loaded, warm) in found)
        assert parents.pop() != os.getpid()  # not forked from the driver
        assert _live_children() == []


def doubled(items: list[int]) -> list[int]:
    return [2 * i for i in items]


def test_a_local_cluster_that_fails_to_start_leaves_no_fork_server(monkeypatch):
    """A local cluster that fails to start after its fork server did (Dask's "Nanny failed
    to start": a worker process that could not start) stops that fork server (it would hold
    the model for the life of the process, e.g. ``mkdocs serve``), and the run falls back
    to this process."""
    seen: list[set[int]] = []

    @contextlib.contextmanager
    def failing_cluster(plan: distributed.Plan) -> Iterator[None]:
        process = multiprocessing.get_context("forkserver").Process(target=os.getpid)
        process.start()  # starts the fork server, as the cluster's first worker does
        process.join()
        seen.append(distributed.fork_servers())
        raise RuntimeError("Nanny failed to start.")
        yield  # pragma: no cover

    monkeypatch.setattr(distributed, "_local_client", failing_cluster)
    found: list[tuple[int, int]] = []
    distributed.run_batches(
        list(range(8)), range(8), doubled, found.extend, plan=distributed.Plan("local", 2)
    )
    assert len(seen) == 1 and len(seen[0]) == 1  # a fork server was running
    assert sorted(found) == [(i, 2 * i) for i in range(8)]  # extracted here instead
    assert distributed.fork_servers() == set()
    assert _live_children() == []


def test_fork_server_is_stopped_even_when_the_run_fails():
    """The fork server's lifetime is a context: whatever ends the block stops it."""
    with pytest.raises(KeyError), distributed.fork_server([]):
        process = multiprocessing.get_context("forkserver").Process(target=os.getpid)
        process.start()
        process.join()
        assert len(distributed.fork_servers()) == 1
        raise KeyError("anything")
    assert distributed.fork_servers() == set()


# what a local worker process sees: environment variables, Dask settings (dotted names)
WORKER_SETTINGS = {
    "MALLOC_TRIM_THRESHOLD_": None,
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
}


def settings_of(names: list[str]) -> list[object]:
    """The task of the test below: what its worker process sees of its settings."""
    import os

    import dask

    return [
        dask.config.get(n) if n.startswith("distributed.") else os.environ.get(n) for n in names
    ]


def test_local_workers_run_one_blas_thread_glibc_trimming_and_no_profiler(monkeypatch):
    """Dask's defaults give each worker one BLAS/OpenMP thread (kept: the workers are the
    parallelism), a fixed 64 KiB malloc trim threshold (left out: spaCy's arrays would
    fault their pages in again and again), and periodic diagnostics (a profiler sampling
    the worker's stack every 10 ms, a 20 ms tick: off or rare, nobody looks at them)."""
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    names = list(WORKER_SETTINGS)
    found: list[tuple[int, object]] = []
    distributed.run_batches(
        names, range(len(names)), settings_of, found.extend, plan=distributed.Plan("local", 2)
    )
    assert {names[i]: value for i, value in found} == WORKER_SETTINGS


def broken_extract(articles: list[Article]) -> list[dict]:
    if any(a.slug.endswith(("copie-020", "copie-200")) for a in articles):
        raise RuntimeError("extractor bug")
    return fake_extract(articles)


def test_failed_extraction_keeps_completed_chunks(tmp_path: Path):
    root = make_project(tmp_path, copies=30)
    settings = BuildSettings(root=root, workers=1)
    with pytest.raises(RuntimeError, match="extractor bug"):
        run_build(settings, extract_batch=broken_extract, assemble=fake_assemble)
    result = build(root, workers=1)
    assert 0 < result.stats.cached < 34  # what was done before the crash is kept
    assert result.stats.cached + result.stats.extracted == 34


def test_unusable_cache_location_does_not_fail_the_build(tmp_path: Path):
    root = make_project(tmp_path)
    (root / ".timeline").write_text("a file where the cache folder should be", "utf-8")
    result = build(root)
    assert result.stats.cache_used is False
    assert result.stats.extracted == 4


def test_corrupt_cache_is_rebuilt_during_a_build(tmp_path: Path):
    root = make_project(tmp_path)
    build(root)
    (root / ".timeline" / "cache.sqlite").write_bytes(b"garbage" * 100)
    result = build(root)
    assert result.stats.cache_reset and result.stats.extracted == 4
    assert build(root).stats.cached == 4


def test_progress_bar_only_on_a_terminal(tmp_path: Path, capsys):
    root = make_project(tmp_path)
    build(root, progress=True, use_cache=False)
    assert capsys.readouterr().err == ""  # stderr is not a TTY under pytest


def test_article_key_depends_on_name_and_text(tmp_path: Path):
    article = Article(Path("a.md"), "a", "T", None, "s", None, "fr", "---\n", 4)
    renamed = dataclasses.replace(article, path=Path("b.md"), slug="b")
    edited = dataclasses.replace(article, text="---\n ")
    assert len({article_key(article), article_key(renamed), article_key(edited)}) == 3


def test_rules_version_follows_the_extraction_sources(tmp_path: Path):
    package = tmp_path / "pkg"
    (package / "temporal").mkdir(parents=True)
    (package / "temporal" / "rules.py").write_text("A = 1\n")
    (package / "cli.py").write_text("unrelated\n")
    before = sources_hash(package)
    (package / "cli.py").write_text("changed, but not an extraction source\n")
    assert sources_hash(package) == before
    (package / "temporal" / "rules.py").write_text("A = 2\n")
    assert sources_hash(package) != before
    assert rules_version() == rules_version() and "+" in rules_version()


REAL = importlib.util.find_spec("timeline.events.extract") and importlib.util.find_spec(
    "timeline.events.assemble"
)
SECOND = ROOT / "tests" / "data" / "second_article"


@pytest.mark.skipif(not REAL, reason="the events stage (extract/assemble) is not there yet")
def test_real_pipeline_cache_changes_nothing_but_time(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1444176000")
    root = make_project(tmp_path)
    cold = run_build(BuildSettings(root=root))
    warm = run_build(BuildSettings(root=root))
    assert (cold.stats.extracted, warm.stats.extracted, warm.stats.cached) == (4, 0, 4)
    # no cache and two workers (one article a chunk): still the same chronology
    uncached = run_build(BuildSettings(root=root, use_cache=False, workers=2))
    assert uncached.stats.workers == 2

    def comparable(result) -> dict:
        data = result.chronology.to_dict()
        data.pop("generated")
        return data

    assert comparable(cold) == comparable(warm) == comparable(uncached)
    assert cold.chronology.events
    if not SECOND.is_dir():
        return
    old_ids = {e["id"] for e in comparable(cold)["events"]}
    for path in SECOND.glob("*.md"):
        shutil.copy(path, root / "content" / path.name)
    added = run_build(BuildSettings(root=root))
    assert added.stats.cached == 4 and added.stats.extracted >= 1
    new = comparable(added)
    known = {e["id"] for e in new["events"]} | {a for e in new["events"] for a in e["aliases"]}
    assert old_ids <= known  # every old permalink still resolves


class _Terminal:
    """A stderr that says it is a terminal and keeps what is written."""

    def __init__(self) -> None:
        self.text = ""

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.text += text
        return len(text)

    def flush(self) -> None:
        pass


def test_progress_bar_on_a_terminal(tmp_path: Path, monkeypatch):
    root = make_project(tmp_path)
    terminal = _Terminal()
    monkeypatch.setattr(pipeline.sys, "stderr", terminal)
    build(root, progress=True, use_cache=False)
    assert "extraction" in terminal.text and "/4 " in terminal.text
    terminal.text = ""
    build(root, progress=False, use_cache=False)
    assert terminal.text == ""


def dying_extract(articles: list[Article]) -> list[dict]:
    """Fails on one batch, in a worker, as $DYING_MARKER's file name says: "once" kills
    the worker process (as the OOM killer would) the first time, "always" every time,
    "raise" raises an error the first time. The marker file is created when it fails."""
    import multiprocessing
    import os

    marker = Path(os.environ["DYING_MARKER"])
    in_worker = multiprocessing.parent_process() is not None
    hit = in_worker and any("copie-010" in a.slug for a in articles)
    if hit and (marker.name == "always" or not marker.exists()):
        marker.touch()
        if marker.name == "raise":
            raise RuntimeError("a passing failure")
        os._exit(9)
    return fake_extract(articles)


@pytest.mark.parametrize("marker", ["once", "always", "raise"])
def test_a_killed_worker_or_a_failed_task_loses_nothing(tmp_path: Path, monkeypatch, marker):
    """Killed once: Dask runs its batch on a worker again. Killed every time: after Dask's
    allowed failures (0 here) the batch runs in the building process. A task that raised
    is retried. Each time the run completes with every article, the same as one process,
    all in the cache."""
    monkeypatch.setenv("DYING_MARKER", str(tmp_path / marker))
    root = make_project(tmp_path, copies=30)
    settings = BuildSettings(root=root, workers=2)
    with dask_config({"distributed.scheduler.allowed-failures": 0 if marker == "always" else 3}):
        result = run_build(settings, extract_batch=dying_extract, assemble=fake_assemble)
    assert (tmp_path / marker).exists()  # the failure did happen
    expected = build(root, workers=1, use_cache=False).chronology.extractions
    assert result.chronology.extractions == expected
    assert build(root).stats.cached == 34


@pytest.mark.parametrize(("command", "long_lived"), [("serve", True), ("build", False)])
def test_the_site_plugin_keeps_the_model_in_a_serving_process(command, long_lived):
    """Under ``mkdocs serve`` the few articles an editor drops are extracted in the serving
    process, whose model then serves every later rebuild (beside it, each rebuild's worker
    would load the model again); a one-off build extracts them beside."""
    from timeline.mkdocs_plugin.plugin import TimelinePlugin

    plugin = TimelinePlugin()
    errors, _ = plugin.load_config({})
    assert not errors
    plugin.on_startup(command=command, dirty=False)
    settings = plugin.build_settings
    assert settings.long_lived is long_lived
    plan = distributed.Plan("in-process", 1)
    beside = pipeline._extract_beside(settings, plan, pipeline.BESIDE_MIN_CACHED)
    assert beside is not long_lived


def _count_opens(monkeypatch) -> list[str]:
    """The file name of each store ``timeline.cache.open_store`` opens (and checks), from
    now on."""
    import timeline.cache

    opened: list[str] = []
    open_store = timeline.cache.open_store

    def counted(path, schema, **kwargs):
        opened.append(Path(path).name)
        return open_store(path, schema, **kwargs)

    monkeypatch.setattr(timeline.cache, "open_store", counted)
    return opened


@pytest.mark.parametrize("workers, running", [(0, True), (1, False)])
def test_a_build_started_ahead_opens_its_cache_once(tmp_path: Path, monkeypatch, workers, running):
    """The cache ``start_build`` opened (and checked) is the one ``run_build`` reads and
    writes, whether an extraction was started ahead or not; the build closes it."""
    root = make_project(tmp_path, copies=30)
    build(root, workers=1)
    add_copies(root, [31, 32])
    monkeypatch.setattr(pipeline, "BESIDE_MIN_CACHED", 34)
    opened = _count_opens(monkeypatch)
    settings = BuildSettings(root=root, workers=workers)
    started = pipeline.start_build(settings, extract_batch=fake_extract)
    assert (started.running is not None) is running
    cache = started.cache
    result = run_build(
        settings, extract_batch=fake_extract, assemble=fake_assemble, started=started
    )
    assert opened == ["cache.sqlite"]
    assert started.cache is None and cache is not None and cache._conn is None  # closed
    assert (result.stats.cached, result.stats.extracted, result.stats.cache_used) == (34, 2, True)
    again = build(root)
    assert (again.stats.cached, again.stats.extracted) == (36, 0)


def test_the_cache_of_a_build_abandoned_after_its_start_is_closed(tmp_path: Path, monkeypatch):
    """A build that fails between ``start_build`` and ``run_build`` (the plugin's
    on_build_error): the cache opened at its start is closed with the head start."""
    from timeline.mkdocs_plugin.plugin import TimelinePlugin

    _, _, started = _two_new_articles_started(tmp_path, monkeypatch)
    cache = started.cache
    assert cache is not None and cache._conn is not None
    plugin = TimelinePlugin()
    plugin.started = started
    plugin.on_build_error(error=RuntimeError("a page failed"))
    assert started.cache is None and cache._conn is None


@pytest.mark.parametrize("started", [False, True], ids=["run_build", "start_build"])
def test_a_cache_damaged_in_its_payloads_is_set_aside_by_the_build_that_reads_it(
    tmp_path: Path, caplog, started: bool
):
    """An open checks the cache's small tables only: a build whose cache is damaged in the
    pages of its extractions opens it, finds the damage when it reads them (whether the
    build was started ahead or not), moves the file aside, extracts every article and
    succeeds; the next build makes a new cache and finds them there."""
    root = make_project(tmp_path)
    build(root)
    path = root / ".timeline" / "cache.sqlite"
    for side in path.parent.glob("cache.sqlite-*"):
        side.unlink()
    with sqlite3.connect(path) as db:
        small = {
            1,
            *(
                page
                for (page,) in db.execute(
                    "SELECT rootpage FROM sqlite_master WHERE tbl_name = 'meta'"
                )
            ),
        }
    db.close()
    data = bytearray(path.read_bytes())
    for page in range(1, len(data) // 4096 + 1):
        if page not in small:
            data[(page - 1) * 4096 : (page - 1) * 4096 + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    settings = BuildSettings(root=root)
    head = pipeline.start_build(settings, extract_batch=fake_extract) if started else None
    result = run_build(settings, extract_batch=fake_extract, assemble=fake_assemble, started=head)
    assert (result.stats.cached, result.stats.extracted) == (0, 4)
    assert path.with_name("cache.sqlite.corrupt").read_bytes() == bytes(data)
    assert f"{path} unusable" in caplog.text
    again = build(root)
    assert (again.stats.cached, again.stats.extracted) == (0, 4)  # a new cache, filled now
    assert (build(root).stats.cached, path.with_name("cache.sqlite.corrupt").is_file()) == (
        4,
        True,
    )


@pytest.mark.parametrize(
    "seconds, cpu, workers, told",
    [
        (
            {"load": 1.2, "extract": 30.5, "assemble": 26.81, "memo": 0.4, "total": 59.0},
            8.84,
            {},
            "load 1.20s, extract 30.50s, assemble 26.81s (CPU 8.84s), memo 0.40s",
        ),
        (  # the chronology memoised: nothing assembled, no CPU of assembly told
            {"load": 0.5, "memo": 0.1, "total": 0.6},
            None,
            {},
            "load 0.50s, memo 0.10s",
        ),
        (
            {"extract": 40.0, "assemble": 15.3},
            9.7,
            {"tcp://b": 39.8, "tcp://a": 40.1},
            "extract 40.00s, assemble 15.30s (CPU 9.70s); workers' CPU 40.1s + 39.8s",
        ),
    ],
)
def test_the_phases_tell_assemblys_wall_and_its_cpu(seconds, cpu, workers, told):
    """The log's phases give assembly's CPU beside its wall: on a shared host the wall of
    the same assembly swung from 9.7 to 15.3 s between builds of one cold pair."""
    stats = pipeline.BuildStats(seconds=seconds, assembly_cpu_s=cpu, worker_cpu_s=workers)
    assert pipeline.phases(stats) == told


def test_a_build_counts_the_cpu_its_assembly_spent(tmp_path: Path):
    """The building thread's CPU while it assembles, not the wall: an assembler that burns
    0.2 s of CPU, then sleeps 0.3 s, is told 0.2 s of CPU (and at least 0.5 s of wall)."""
    import time

    def busy_then_idle(articles, extractions, content_dir):
        until = time.thread_time() + 0.2
        while time.thread_time() < until:
            pass
        time.sleep(0.3)
        return fake_assemble(articles, extractions, content_dir)

    root = make_project(tmp_path)
    result = run_build(
        BuildSettings(root=root, workers=1), extract_batch=fake_extract, assemble=busy_then_idle
    )
    assert result.stats.seconds["assemble"] >= 0.5
    assert result.stats.assembly_cpu_s is not None
    assert 0.2 <= result.stats.assembly_cpu_s < 0.45
