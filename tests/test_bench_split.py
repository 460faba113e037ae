"""bench/build.py's measure of a build: its time split by MkDocs' events (the hooks of
bench/site_phases, named in the build's mkdocs.yml),
and the lines its figures are read from kept whatever the build logs after them."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import build as site_bench  # noqa: E402

SUMMARY = (
    "timeline.pipeline: chronology: 202 articles (202 cached, 0 extracted with 1 worker(s)) "
    "in 1.88s\n"
)
PHASES = ("startup", "on_files", "on_nav", "pages_read", "on_env", "pages_built")


@pytest.mark.parametrize("after", [0, 10, 2_000])
def test_the_figures_are_read_however_much_is_logged_after_them(after):
    """Dask's log lines of a build with a second process came after the pipeline's summary
    and pushed it out of the stderr kept: the figures were missing from the report."""
    stderr = SUMMARY + "distributed.worker: Starting Worker plugin shuffle\n" * after
    kept = "".join(site_bench.figure_lines(stderr)) + stderr[-4000:]
    match = site_bench._STATS_RE.search(kept)
    assert match is not None and match.groups()[:5] == ("202", "202", "0", "1", "1.88")


def test_a_build_is_split_by_mkdocs_events(tmp_path: Path):
    (tmp_path / "docs").mkdir()
    for name in ("index", "a", "b"):
        (tmp_path / "docs" / f"{name}.md").write_text(f"# {name}\n\ntexte\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Essai\n" + site_bench.hooks_setting(), encoding="utf-8"
    )
    command = [sys.executable, "-c", site_bench.MKDOCS_CHILD, "build", "-q", "-f", "mkdocs.yml"]
    result = site_bench.measure(command, tmp_path, timeout=120)
    assert result["returncode"] == 0 and (tmp_path / "site" / "a" / "index.html").is_file()
    split = result["site_phases"]
    assert tuple(split)[: len(PHASES)] == PHASES
    assert all(wall >= 0 and cpu >= 0 for wall, cpu in split.values())
    assert split["pages_built"][0] > 0
    # the phases follow one another: together, no more than the process's life
    assert sum(wall for wall, _ in split.values()) <= result["seconds"]


def test_every_dropped_round_starts_from_the_state_before_the_drop(tmp_path: Path):
    """The "+1 dropped" pairs: a round after the first found the article's titles, parts
    and pages the round before had kept (the cost of meeting it was the first round's
    only). Each round starts from the build state before the drop; the article stays."""
    project = tmp_path / "timeline-3"
    state = {
        ".timeline/titles.sqlite": "titres d'avant",
        ".timeline/parts.sqlite": "parties d'avant",
        "site/index.html": "site d'avant",
        "content/ids.yml": "ids d'avant",
        "content/2024-01-01-avant.md": "article d'avant",
    }
    for name, text in state.items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(text, encoding="utf-8")
    site_bench.keep_before_drop(project)
    dropped = project / "content" / "2024-01-02-ajoute.md"
    dropped.write_text("article ajouté", encoding="utf-8")
    for _ in range(2):  # two rounds, each building
        site_bench.restore_before_drop(project)
        assert {
            p.relative_to(project).as_posix(): p.read_text(encoding="utf-8")
            for p in project.rglob("*")
            if p.is_file()
        } == {**state, "content/2024-01-02-ajoute.md": "article ajouté"}
        for name in (".timeline/titles.sqlite", "site/index.html", "content/ids.yml"):
            (project / name).write_text("après la construction", encoding="utf-8")
        (project / "site" / "nouvelle.html").write_text("page", encoding="utf-8")
        (project / ".timeline" / "pages.sqlite").write_text("pages", encoding="utf-8")


def test_tree_memory_is_split_by_role():
    """Where the tree's peak is: each role's part of the tree's memory, adding up to it."""
    names: dict[int, str] = {}
    roles: dict[str, int] = {}
    total = site_bench._tree_pss_kb(os.getpid(), names=names, roles=roles)
    assert total > 0
    assert sum(roles.values()) == total
    assert roles["build"] > 0  # the measured process itself is the build's role


def test_peak_is_told_with_its_time_and_roles():
    result = {
        "tree_peak_mb": 962.5,
        "tree_peak_at": 71.3,
        "tree_peak_roles": {"build": 702.5, "fork server": 60.0, "worker": 200.0},
    }
    assert site_bench.peak_text(result) == (
        "tree peak 962.5 MB at 71.3 s (build 702.5, fork server 60.0, worker 200.0 MB)"
    )
    assert site_bench.peak_text({"tree_peak_mb": 1.0, "tree_peak_at": 0.0}) == (
        "tree peak 1.0 MB at 0.0 s"
    )


@pytest.mark.parametrize(
    ("memory", "with_memory"),
    [(True, True), (False, False)],
)
def test_a_sample_without_memory_reads_the_cpu_alone(memory: bool, with_memory: bool):
    """A sample of the tree's CPU alone reads no process's proportional set size (about
    13 ms of CPU for a process holding the model): it still finds the processes, their
    roles and CPU, and gives no memory."""
    cpu: dict[int, float] = {}
    names: dict[int, str] = {}
    alive: set[int] = set()
    roles: dict[str, int] = {}
    total = site_bench._tree_pss_kb(os.getpid(), cpu, names, alive, roles, memory=memory)
    assert (total > 0) is with_memory
    assert bool(roles) is with_memory
    assert os.getpid() in alive and names[os.getpid()] == "build" and os.getpid() in cpu


def test_the_memory_is_sampled_less_often_than_the_cpu(monkeypatch: pytest.MonkeyPatch):
    """A build measured for 1.2 s: its CPU sampled about every ``CPU_EVERY``, its memory
    (the costly read) every ``PSS_EVERY`` only, from the first sample on."""
    read: list[int] = []
    pss_kb = site_bench._pss_kb

    def counted(pid: int) -> int:
        read.append(pid)
        return pss_kb(pid)

    monkeypatch.setattr(site_bench, "_pss_kb", counted)
    result = site_bench.measure_child([sys.executable, "-c", "import time; time.sleep(1.2)"])
    seconds = result["seconds"]
    assert result["tree_peak_mb"] > 0
    # one process in the tree (the sleeping child): one read a memory sample
    assert 1 <= len(read) <= seconds / site_bench.PSS_EVERY + 1
    assert len(result["timeline"]) >= 1


def _descendants(root: int, parents: dict[int, int]) -> set[int]:
    found, stack = set(), [root]
    while stack:
        pid = stack.pop()
        found.add(pid)
        stack.extend(child for child, parent in parents.items() if parent == pid)
    return found


@pytest.mark.skipif(not site_bench.CHILDREN_LISTED, reason="Linux lists no thread's children")
@pytest.mark.parametrize("from_thread", [False, True])
def test_the_tree_walked_from_its_root_is_the_tree_of_the_whole_scan(from_thread: bool):
    """The processes of a tree found by walking each process's children (a child started
    by another thread than the main one too, as Dask's are) are those the scan of every
    process finds, with the same parents and their CPU, and no process outside it."""
    grandchild = (
        "import subprocess, sys, time; "
        "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(30)']); time.sleep(30)"
    )
    started: list[subprocess.Popen[bytes]] = []

    def start() -> None:
        started.append(subprocess.Popen([sys.executable, "-c", grandchild]))

    if from_thread:
        thread = threading.Thread(target=start)
        thread.start()
        thread.join()
    else:
        start()
    try:
        for _ in range(1200):  # until the grandchild runs (a minute at most, under load)
            walked = site_bench._processes(os.getpid(), walk=True)[0]
            if len(_descendants(os.getpid(), walked)) >= 3:
                break
            time.sleep(0.05)
        parents, used, in_user = site_bench._processes(os.getpid(), walk=True)
        everything = site_bench._processes(os.getpid(), walk=False)[0]
        tree = _descendants(os.getpid(), everything)
        assert started[0].pid in tree and len(tree) >= 3
        assert set(parents) == tree
        assert {pid: parents[pid] for pid in tree} == {pid: everything[pid] for pid in tree}
        assert set(used) == set(in_user) == tree
    finally:
        for proc in started:
            for child in site_bench._children(proc.pid):
                os.kill(child, 9)
            proc.kill()
            proc.wait()
