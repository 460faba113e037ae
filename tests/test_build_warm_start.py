"""A cold build's start: the local workers' fork server started with its preload before the
cluster, and the building thread getting ready to assemble meanwhile (``run_batches``'
``meanwhile``, ``pipeline._assembly_warmer``, ``warmup.warm_assembly``)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import dask
import pytest

from timeline import distributed, pipeline, warmup
from timeline.errors import TimelineError
from timeline.events import lexicon, merging_words, speakers, wordvectors


def stand_in_extract(articles: list[object]) -> list[dict[str, object]]:
    return [{} for _ in articles]


@pytest.mark.parametrize(
    ("modules", "running"),
    [
        ([], 0),  # nothing to preload: started by the cluster's first worker, as before
        (["json"], 1),  # something to preload: started at once
    ],
)
def test_a_fork_server_with_a_preload_is_started_at_once(modules: list[str], running: int):
    with dask.config.set({distributed.START_METHOD: "forkserver"}):
        with distributed.fork_server(modules):
            assert len(distributed.fork_servers()) == running
        assert distributed.fork_servers() == set()


def missing_twice_after_the_first(look: Callable[[], set[int]]) -> Callable[[], set[int]]:
    """``look`` (``distributed.fork_servers``) as it reads while a new fork server is
    inside its ``execve``: the first look (none runs yet) is true, the next two see nothing,
    every later one is true again."""
    looks: list[set[int]] = []

    def in_exec_twice() -> set[int]:
        found = look()
        looks.append(found)
        return found if len(looks) == 1 or len(looks) > 3 else set()

    return in_exec_twice


def test_a_preloading_fork_server_is_seen_running_once_its_block_is_entered(monkeypatch):
    """The run's own fork server (a preload: started at once) is looked for until it
    shows, as ``start_fork_server``'s is: what runs inside the block finds it running even
    when the first looks fell inside its ``execve``."""
    real = distributed.fork_servers
    monkeypatch.setattr(distributed, "fork_servers", missing_twice_after_the_first(real))
    with dask.config.set({distributed.START_METHOD: "forkserver"}):
        with distributed.fork_server(["json"]):
            assert len(distributed.fork_servers()) == 1
        assert real() == set()


def test_meanwhile_runs_once_in_this_thread_with_the_fork_server_running(monkeypatch):
    """Called before the cluster starts, in the calling thread, the fork server (loading
    its preload) already running; the run then goes on as before."""
    monkeypatch.setattr(distributed, "PRELOAD_MODEL", "json")  # cheap to preload
    seen: list[tuple[int, int]] = []

    def meanwhile() -> None:
        seen.append((threading.get_ident(), len(distributed.fork_servers())))

    with distributed._client(distributed.Plan("local", 1), preload=True, meanwhile=meanwhile) as c:
        assert c.submit(sum, [1, 2]).result() == 3
    assert seen == [(threading.get_ident(), 1)]
    assert distributed.fork_servers() == set()


def doubled(items: list[int]) -> list[int]:
    return [2 * i for i in items]


@pytest.mark.parametrize(("plan", "calls"), [(distributed.Plan("in-process", 1), 0)])
def test_meanwhile_is_not_called_without_a_local_cluster(plan: distributed.Plan, calls: int):
    called: list[int] = []
    found: list[tuple[int, int]] = []
    distributed.run_batches(
        [1, 2, 3], range(3), doubled, found.extend, plan=plan, meanwhile=lambda: called.append(1)
    )
    assert sorted(found) == [(0, 2), (1, 4), (2, 6)] and len(called) == calls


@pytest.mark.parametrize(
    ("mode", "keep", "default", "warms"),
    [
        ("local", True, True, True),  # a cold build: its fork server loads the model
        ("in-process", True, True, False),  # a few articles here: no idle core, no Dask
        ("cluster", True, True, False),  # no fork server here
        ("local", False, True, False),  # an archive filled: nothing assembled
        ("local", True, False, False),  # a stand-in extractor: no model loaded
    ],
)
def test_the_building_thread_warms_assembly_only_while_a_fork_server_loads_the_model(
    mode: distributed.Mode, keep: bool, default: bool, warms: bool
):
    extract = pipeline._default_extract_batch if default else stand_in_extract
    warmer = pipeline._assembly_warmer(distributed.Plan(mode, 2), keep, extract)
    assert (warmer is warmup.warm_assembly) == warms
    assert warms or warmer is None


LOADERS = [
    merging_words.vocabulary,
    lexicon.lexicon,
    lexicon.families,
    lexicon.titling,
    lexicon.calendar_words,
    speakers.words,
    wordvectors.vector,
]


@pytest.mark.parametrize("loader", LOADERS, ids=lambda f: f"{f.__module__}.{f.__name__}")
def test_warming_assembly_reads_its_language_data(loader, monkeypatch):
    """Each loader warmed is read once the warm-up has run (a fresh cache: as a building
    process meets it), and what it gives is what a later call gives."""
    loader.cache_clear()
    warmup.warm_assembly()
    assert loader.cache_info().currsize >= 1
    first = loader("le") if loader is wordvectors.vector else loader()
    again = loader("le") if loader is wordvectors.vector else loader()
    assert first is again


def parent_pids(items: list[int]) -> list[int]:
    return [os.getppid() for _ in items]


def test_a_run_forks_its_workers_from_the_fork_server_started_ahead_and_stops_it(monkeypatch):
    """``start_fork_server`` (a cold build's start) starts the fork server at once; the run
    that comes later forks its workers from that one (their parent), starts no other, and
    stops it when it ends."""
    monkeypatch.setattr(distributed, "PRELOAD_MODEL", "json")  # cheap to preload
    distributed.start_fork_server([distributed.PRELOAD_MODEL])
    ahead = distributed.fork_servers()
    assert len(ahead) == 1
    seen: list[set[int]] = []

    def store(done: list[tuple[int, int]]) -> None:
        found.extend(done)
        seen.append(distributed.fork_servers())

    found: list[tuple[int, int]] = []
    # (without load_model, which would have the workers load the real model: the run's
    # fork server is the one found running either way)
    distributed.run_batches(
        list(range(6)), range(6), parent_pids, store, plan=distributed.Plan("local", 2)
    )
    assert {parent for _, parent in found} == ahead
    assert seen and all(servers == ahead for servers in seen)
    assert distributed.fork_servers() == set()


def test_a_fork_server_started_ahead_and_never_used_is_stopped(monkeypatch):
    monkeypatch.setattr(distributed, "PRELOAD_MODEL", "json")
    distributed.start_fork_server([distributed.PRELOAD_MODEL])
    assert len(distributed.fork_servers()) == 1
    distributed.stop_fork_server_ahead()
    assert distributed.fork_servers() == set()
    distributed.stop_fork_server_ahead()  # nothing left: nothing done


def test_a_fork_server_still_inside_its_exec_is_recorded_and_stopped(monkeypatch):
    """``ensure_running`` may return while the new fork server is still inside its
    ``execve``, its command line empty: looked for then, it is not seen. The server is
    looked for again until it shows, so that the build that started it stops it."""
    monkeypatch.setattr(distributed, "PRELOAD_MODEL", "json")
    real = distributed.fork_servers
    monkeypatch.setattr(distributed, "fork_servers", missing_twice_after_the_first(real))
    try:
        distributed.start_fork_server([distributed.PRELOAD_MODEL])
        monkeypatch.setattr(distributed, "fork_servers", real)
        assert len(real()) == 1
        distributed.stop_fork_server_ahead()
        assert real() == set()
    finally:
        distributed.stop_fork_server_ahead()
        distributed._stop(real())  # a failed test leaves no server to the next


def make_articles(root: Path, count: int, start: int = 0) -> None:
    (root / "content").mkdir(parents=True, exist_ok=True)
    for i in range(start, start + count):
        (root / "content" / f"2015-10-{1 + i % 28:02d}-article-{i:03d}.md").write_text(
            f"---\ntitle: Article {i}\ndate: 2015-10-{1 + i % 28:02d}\nsource: Essai\n---\n\n"
            f"Le conseil municipal a voté le budget numéro {i} mardi.\n",
            encoding="utf-8",
        )


@pytest.mark.parametrize(
    ("workers", "default", "count", "cached", "before", "started"),
    [
        # a first build on local workers: the model loads before the articles are read
        (2, True, 30, 0, True, True),
        # a cache already: once the articles are looked up, many of them new
        (2, True, 30, 2, False, True),
        (0, True, 3, 25, False, False),  # a few new ones: in this process
        (2, False, 30, 0, False, False),  # a stand-in extractor: no model to load
        (1, True, 30, 0, False, False),  # extracted in this process
        (0, True, 3, 0, False, False),  # a few articles: in this process
    ],
)
def test_start_build_starts_the_fork_server_of_a_cold_build_and_the_build_stops_it(
    tmp_path: Path,
    monkeypatch,
    workers: int,
    default: bool,
    count: int,
    cached: int,
    before: bool,
    started: bool,
):
    """``start_build`` (the site plugin's on_config) starts the workers' fork server when
    the build will extract many articles on local workers with the default extractor:
    before it reads the articles when there is no cache yet; the plugin's end of an
    abandoned build (``on_build_error``) stops it."""
    from timeline.mkdocs_plugin.plugin import TimelinePlugin

    monkeypatch.setattr(distributed, "PRELOAD_MODEL", "json")
    make_articles(tmp_path, cached)
    if cached:  # those cached by an earlier build
        pipeline.run_build(
            pipeline.BuildSettings(root=tmp_path, workers=1),
            extract_batch=stand_in_extract,
            assemble=lambda articles, payloads, content: None,
        )
    make_articles(tmp_path, count, start=cached)
    servers_when_read: list[int] = []
    read_inputs = pipeline.read_inputs

    def reading(settings: pipeline.BuildSettings) -> pipeline.Inputs:
        servers_when_read.append(len(distributed.fork_servers()))
        return read_inputs(settings)

    monkeypatch.setattr(pipeline, "read_inputs", reading)
    settings = pipeline.BuildSettings(root=tmp_path, workers=workers)
    extract = None if default else stand_in_extract
    head = pipeline.start_build(settings, extract_batch=extract)
    assert servers_when_read == [1 if before else 0]
    assert head.fork_server is started
    assert len(distributed.fork_servers()) == (1 if started else 0)
    plugin = TimelinePlugin()
    plugin.started = head
    plugin.on_build_error(error=RuntimeError("a page failed"))
    assert distributed.fork_servers() == set() and not head.fork_server


def test_a_first_build_whose_articles_cannot_be_read_stops_its_fork_server(
    tmp_path: Path, monkeypatch
):
    monkeypatch.setattr(distributed, "PRELOAD_MODEL", "json")
    make_articles(tmp_path, 30)
    (tmp_path / "content" / "2015-10-30-broken.md").write_text("---\ntitle: [\n---\n")
    with pytest.raises(TimelineError):
        pipeline.start_build(pipeline.BuildSettings(root=tmp_path, workers=2))
    assert distributed.fork_servers() == set()
