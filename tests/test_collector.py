"""The garbage collector paused around a build's bulk allocations (timeline.collector)."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline import collector
from timeline.pipeline import BuildSettings, run_build


@pytest.fixture
def collector_state() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    if enabled:
        gc.enable()
    else:
        gc.disable()


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The generation of every collection the test's own thread started while it runs.

    A callback runs in the thread that collects: collections of other threads (one left
    running by an earlier test in the same process, such as a Dask client's, which calls
    ``gc.collect()`` itself) are not the test's and are not recorded."""
    runs: list[int] = []
    owner = threading.get_ident()

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and threading.get_ident() == owner:
            runs.append(info["generation"])

    gc.callbacks.append(seen)
    yield runs
    gc.callbacks.remove(seen)


@pytest.mark.parametrize("enabled", [True, False])
@pytest.mark.parametrize("raises", [False, True])
def test_off_inside_and_as_found_after(collector_state, enabled: bool, raises: bool):
    (gc.enable if enabled else gc.disable)()
    inside = []
    with (
        pytest.raises(ZeroDivisionError) if raises else contextlib.nullcontext(),
        collector.paused(),
    ):
        inside.append(gc.isenabled())
        if raises:
            1 / 0  # noqa: B018
    assert inside == [False]
    assert gc.isenabled() is enabled


def test_no_automatic_collection_inside(collector_state, collections):
    gc.enable()
    with collector.paused():
        collections.clear()  # what ran before the pause aside
        kept = [[i] for i in range(50_000)]  # far past the youngest generation's threshold
        inside = len(collections)
    after = [[i] for i in range(50_000)]
    assert inside == 0 and len(kept) == len(after)
    assert collections  # the same allocations outside the block are collected


def test_no_full_collection_when_a_library_turns_it_on_inside(collector_state, collections):
    """spaCy turns the collector on again while it reads the model: young collections
    then, no full one; the thresholds are the same after the block."""
    gc.enable()
    thresholds = gc.get_threshold()
    with collector.paused():
        collections.clear()  # what ran before the pause (gc.enable above may start one) aside
        gc.enable()  # what the library does
        kept = [[i] for i in range(300_000)]
        # read inside: on the way out the oldest generation's own threshold is back, and
        # the young collections counted meanwhile may start a full one there, as they would
        # have without the pause (whether they do depends on what else the process holds)
        inside = list(collections)
    assert inside and 2 not in inside and len(kept) == 300_000
    assert gc.get_threshold() == thresholds and gc.isenabled()


def test_a_build_leaves_the_collector_on(collector_state, tmp_path: Path):
    gc.enable()
    root = tmp_path / "project"
    (root / "content").mkdir(parents=True)
    (root / "content" / "2015-10-07-a.md").write_text(
        "---\ntitle: A\ndate: 2015-10-07\nsource: s\n---\n\nUn texte.\n", encoding="utf-8"
    )
    for _ in range(2):  # assembled, then from the memo
        run_build(
            BuildSettings(root=root),
            extract_batch=lambda articles: [{"n": len(a.text)} for a in articles],
            assemble=_assembled_with_collector_off,
            memo=True,
        )
        assert gc.isenabled()


def _assembled_with_collector_off(articles, payloads, content_dir):
    from timeline.records import Chronology

    assert not gc.isenabled()
    return Chronology(generated="now", events=[], entities=[], articles=[])


def test_overlapping_pauses_in_two_threads_restore_the_state_found_before_the_first(
    collector_state,
):
    """The build reads the cache under a pause while a thread loads the model under
    another: whichever closes first, the collector is back on, with its thresholds, only
    once both have closed."""
    gc.enable()
    thresholds = gc.get_threshold()
    outer_open, inner_open, inner_closed = (threading.Event() for _ in range(3))

    def load_model() -> None:
        outer_open.wait()
        with collector.paused():
            inner_open.set()
            inner_closed.wait()

    thread = threading.Thread(target=load_model)
    thread.start()
    with collector.paused():
        outer_open.set()
        inner_open.wait()
    # the first pause closed while the thread's is still open: still paused
    still_paused = (gc.isenabled(), gc.get_threshold()[2])
    inner_closed.set()
    thread.join()
    assert still_paused == (False, collector.NO_FULL_COLLECTION)
    assert gc.isenabled() and gc.get_threshold() == thresholds


@pytest.fixture
def thawed() -> Iterator[None]:
    gc.unfreeze()
    yield
    collector.thaw()


def traversed(objects: list[list[int]]) -> int:
    """How many of ``objects`` the collector's collections may traverse (``gc.get_objects``:
    every generation, not what is frozen)."""
    ids = {id(o) for o in objects}
    return sum(id(o) in ids for o in gc.get_objects())


@pytest.mark.parametrize("keep", [False, True])
def test_what_a_keeping_pause_made_is_out_of_the_collectors_reach_until_thawed(
    collector_state, thawed, keep: bool
):
    """Records made in bulk and kept for the whole build are not traversed by the
    collections after the pause (a young one meeting every one of them, then the older
    ones they are promoted to); ``thaw`` gives them back at the build's end."""
    gc.enable()
    with collector.paused(keep=keep):
        kept = [[i] for i in range(20_000)]
    assert traversed(kept) == (0 if keep else len(kept))
    assert (gc.get_freeze_count() >= len(kept)) is keep and gc.isenabled()
    collector.thaw()
    assert traversed(kept) == len(kept) and gc.get_freeze_count() == 0


def test_a_keeping_pause_inside_another_freezes_when_the_last_closes(collector_state, thawed):
    gc.enable()
    with collector.paused():
        with collector.paused(keep=True):
            inner = [[i] for i in range(10_000)]
        inside = gc.get_freeze_count()
        outer = [[i] for i in range(10_000)]
    assert inside == 0 and gc.get_freeze_count() >= len(inner) + len(outer)
    with collector.paused():
        pass
    frozen = gc.get_freeze_count()
    with collector.paused():  # a pause that does not keep freezes nothing more
        [[i] for i in range(10_000)]
    assert gc.get_freeze_count() == frozen


def test_a_build_keeps_its_records_until_the_plugin_ends_it(collector_state, thawed, tmp_path):
    gc.enable()
    root = tmp_path / "project"
    (root / "content").mkdir(parents=True)
    (root / "content" / "2015-10-07-a.md").write_text(
        "---\ntitle: A\ndate: 2015-10-07\nsource: s\n---\n\nUn texte.\n", encoding="utf-8"
    )
    result = run_build(
        BuildSettings(root=root),
        extract_batch=lambda articles: [{"n": len(a.text)} for a in articles],
        assemble=_assembled_with_collector_off,
        memo=True,
    )
    assert gc.get_freeze_count() > 0 and result.chronology is not None
    from timeline.mkdocs_plugin.plugin import TimelinePlugin

    TimelinePlugin().on_build_error(error=RuntimeError("stopped"))
    assert gc.get_freeze_count() == 0
