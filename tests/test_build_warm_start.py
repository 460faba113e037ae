"""A cold build's start: the local workers' fork server started with its preload before the
cluster, and the building thread getting ready to assemble meanwhile (``run_batches``'
``meanwhile``, ``pipeline._assembly_warmer``, ``warmup.warm_assembly``)."""

from __future__ import annotations

import threading

import dask
import pytest

from timeline import distributed, pipeline, warmup
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
