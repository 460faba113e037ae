"""bench/instructions.py: a build's work counted by cachegrind (instructions, estimated
cycles from the simulated caches, every process of the tree summed), and bench/archive.py's
verdict by those counts (``--instructions``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import archive  # noqa: E402
import instructions  # noqa: E402

EVENTS = "events: Ir I1mr ILmr Dr D1mr DLmr Dw D1mw DLmw\n"


def output(summary: str, events: str = EVENTS) -> str:
    """A cachegrind output file of one process, as cachegrind writes it."""
    return (
        "desc: I1 cache:         32768 B, 64 B, 8-way associative\n"
        "cmd: /bin/true\n" + events + "fl=???\nfn=0x0\n0 1 1 1 0 0 0 0 0 0\n" + summary
    )


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        pytest.param(
            output("summary: 1000 10 2 300 20 4 100 5 1\n"),
            instructions.Counts(1000, 1400, 35, 7),
            id="every event counted",
        ),
        pytest.param(
            output("summary: 7 0 0 2 0 0 1 0 0\n"),
            instructions.Counts(7, 10, 0, 0),
            id="no miss",
        ),
        pytest.param(
            output("summary: 1000 100 2 300 20 4 100 5 1 9\n", EVENTS.rstrip() + " Bc\n"),
            instructions.Counts(1000, 1400, 125, 7),
            id="more events than the caches'",
        ),
    ],
)
def test_a_processs_counts_are_read_from_its_summary(text, counts):
    assert instructions.parse(text) == counts


@pytest.mark.parametrize(
    ("text", "says"),
    [
        pytest.param(output(""), "no events and summary", id="no summary: a run cut short"),
        pytest.param(output("summary: 1 2 3\n"), "no events and summary", id="too few counts"),
        pytest.param(output("summary: 1 2 3\n", "events: Ir\n"), "no events", id="not as many"),
        pytest.param(output("summary: 12\n", "events: Ir\n"), "cache simulation", id="no cache"),
        pytest.param(output("summary: 1 x 2 3 4 5 6 7 8\n"), "not numbers", id="not numbers"),
    ],
)
def test_a_malformed_output_is_refused_by_name(text, says):
    with pytest.raises(ValueError, match=says) as refused:
        instructions.parse(text, "cachegrind.out.42")
    assert "cachegrind.out.42" in str(refused.value)


@pytest.mark.parametrize(
    ("counts", "cycles"),
    [
        pytest.param(instructions.Counts(10, 15, 0, 0), 15, id="every access from L1: one each"),
        pytest.param(instructions.Counts(10, 15, 5, 0), 10 + 5 * 5, id="five from the last level"),
        pytest.param(instructions.Counts(10, 15, 5, 5), 10 + 35 * 5, id="five from memory"),
        pytest.param(instructions.Counts(10, 15, 5, 2), 10 + 5 * 3 + 35 * 2, id="both"),
    ],
)
def test_cycles_weigh_each_access_by_where_it_was_served(counts, cycles):
    assert counts.cycles == cycles


def test_every_process_of_the_tree_is_summed(tmp_path):
    (tmp_path / "cachegrind.out.1").write_text(output("summary: 10 1 0 5 0 0 5 0 0\n"))
    (tmp_path / "cachegrind.out.2").write_text(output("summary: 20 0 0 5 1 1 5 0 0\n"))
    (tmp_path / "other.txt").write_text("summary: 1000\n")
    assert instructions.counted(tmp_path) == instructions.Counts(30, 50, 2, 1)
    assert instructions.counted(tmp_path / "none") == instructions.NOTHING


def pair(dossier: dict[str, object], plain: dict[str, object]) -> dict[str, object]:
    """A pair's builds as bench/archive.py measures them (timed under cachegrind too)."""
    return {
        "dossier_vs_plain": 1.0,
        "dossier_build": {"seconds": 120.0, **dossier},
        "plain_build": {"seconds": 80.0, **plain},
    }


def test_the_pairs_ratios_and_their_median():
    runs = [
        pair(
            {"instructions": 150, "estimated_cycles": 300},
            {"instructions": 100, "estimated_cycles": 200},
        ),
        pair(
            {"instructions": 170, "estimated_cycles": 320},
            {"instructions": 100, "estimated_cycles": 200},
        ),
        pair(
            {"instructions": 160, "estimated_cycles": 340},
            {"instructions": 100, "estimated_cycles": 200},
        ),
        pair({"error": "failed", "estimated_cycles": 900}, {"estimated_cycles": 100}),
        pair({"seconds": 8.0}, {"seconds": 4.0}),  # timed, not counted
    ]
    archive.count_runs(runs)
    assert [r.get("dossier_vs_plain_estimated_cycles") for r in runs] == [1.5, 1.6, 1.7, None, None]
    assert [r.get("dossier_vs_plain_instructions") for r in runs] == [1.5, 1.7, 1.6, None, None]
    summary = archive.pairs_summary(runs)
    assert summary["median_cycles_ratio"] == 1.6
    assert summary["median_instructions_ratio"] == 1.6
    assert summary["cycles_ratios"] == [1.5, 1.6, 1.7]


@pytest.mark.skipif(not instructions.available(), reason="valgrind is not installed")
def test_a_command_run_under_cachegrind_counts_its_children_and_its_work(tmp_path):
    """More work counts more instructions, and a child process is counted with its parent:
    a shell that runs a program twice counts more than the program once."""

    def count(command: list[str], folder: Path) -> instructions.Counts:
        folder.mkdir()
        subprocess.run([*instructions.prefix(folder), *command], check=True, timeout=300)
        return instructions.counted(folder)

    once = count(["/bin/true"], tmp_path / "once")
    twice = count(["/bin/sh", "-c", "/bin/true; /bin/true"], tmp_path / "twice")
    again = count(["/bin/true"], tmp_path / "again")
    assert len(list((tmp_path / "twice").iterdir())) >= 2
    assert twice.instructions > 2 * once.instructions > 0
    assert 0 < once.last_level_misses <= once.first_level_misses <= once.accesses
    assert abs(again.instructions - once.instructions) <= once.instructions // 100
