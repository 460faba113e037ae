"""bench/speed_pairs.py: two versions of the code timed alternately (A B B A ...), so that
both meet the same load; each version's runs and medians, extraction's CPU time first.
The runs themselves load the model: not run here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import speed_pairs  # noqa: E402

ORDERS = [
    # (pairs, the runs' order)
    (1, ["a", "b"]),
    (2, ["a", "b", "b", "a"]),
    (3, ["a", "b", "b", "a", "a", "b"]),
    (4, ["a", "b", "b", "a", "a", "b", "b", "a"]),
]


@pytest.mark.parametrize(("pairs", "runs"), ORDERS, ids=[str(r[0]) for r in ORDERS])
def test_the_versions_alternate_abba(pairs: int, runs: list[str]) -> None:
    assert speed_pairs.order(("a", "b"), pairs) == runs


def run(version: str, cpu: float, wall: float, assembly: float) -> speed_pairs.Run:
    return speed_pairs.Run(version, wall, cpu, assembly + 0.1, assembly, (2.0, 3.5))


def test_each_version_s_runs_and_medians() -> None:
    runs = [
        run("38bc591", 38.0, 60.0, 0.9),
        run(".", 40.0, 70.0, 1.1),
        run(".", 36.0, 50.0, 1.0),
        run("38bc591", 39.0, 55.0, 1.2),
    ]
    assert speed_pairs.summary(runs) == [
        "38bc591: extraction CPU [38.0, 39.0] (median 38.5) ms an article, wall [60.0, 55.0]; "
        "assembly CPU [0.9, 1.2] (median 1.050) s",
        ".: extraction CPU [40.0, 36.0] (median 38.0) ms an article, wall [70.0, 50.0]; "
        "assembly CPU [1.1, 1.0] (median 1.050) s",
    ]


def test_a_run_s_line_puts_cpu_beside_wall_and_the_load() -> None:
    assert run(".", 37.25, 61.0, 0.95).line() == (
        ".: extraction 37.2 ms CPU (61.0 wall) an article, assembly 0.950 s CPU (1.050 wall), "
        "load 2.0-3.5"
    )


def test_best_is_the_shortest_of_the_calls() -> None:
    calls: list[int] = []
    wall, cpu = speed_pairs.best(lambda: calls.append(1), 3)
    assert len(calls) == 3
    assert 0 <= cpu <= 1 and 0 <= wall <= 1


@pytest.mark.parametrize("revision", ["HEAD", "."])
def test_a_revision_is_frozen_where_no_output_folder_is_yet(
    revision: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A clean clone has no ``bench/out``: freezing a revision makes the folder, not a
    traceback (``speed_pairs 38bc591 .`` on a fresh clone; ``.`` the working tree)."""
    import build

    out = tmp_path / "out" / "build"
    monkeypatch.setattr(build, "OUT", out)
    frozen = build.frozen_revision(revision)
    assert frozen.parent == out
    assert (frozen / "timeline" / "__init__.py").is_file()
