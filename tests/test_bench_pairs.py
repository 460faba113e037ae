"""bench/archive.py's verdict on the dossier's pairs of builds: a pair whose dossier build
extracted articles (the first after the extraction code changed) measures extraction, not
the site, and is left out of the median; by CPU, the ratio of the medians (in user mode:
the steadiest). bench/build.py's verdict on its "+1 dropped" rebuilds, each paired with a
plain build."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import archive  # noqa: E402
import build as site_bench  # noqa: E402


def pair(dossier: float, plain: float, extracted: int = 0) -> dict[str, Any]:
    return {
        "dossier_build": {"seconds": dossier, "extracted": extracted},
        "plain_build": {"seconds": plain},
        "dossier_vs_plain": round(dossier / plain, 2),
        "dossier_vs_plain_cpu": round(dossier / plain, 2),
    }


def test_a_pair_that_extracted_is_left_out_of_the_verdict():
    runs = [pair(19.0, 4.4, extracted=202), pair(6.0, 5.0), pair(7.0, 5.0), pair(8.0, 5.0)]
    verdict = archive.pairs_summary(runs)
    assert verdict["pairs"] == 3 and verdict["pairs_left_out"] == 1
    assert verdict["median_ratio"] == 1.4
    assert verdict["dossier_seconds"]["max"] == 8.0


def test_every_pair_counts_when_none_extracted():
    runs = [pair(6.0, 5.0), pair(9.0, 5.0)]
    verdict = archive.pairs_summary(runs)
    assert verdict["pairs"] == 2 and verdict["pairs_left_out"] == 0
    assert verdict["median_ratio"] == 1.5


def test_no_verdict_from_extracting_pairs_alone():
    assert archive.pairs_summary([pair(19.0, 4.4, extracted=202)]) == {}


def cpu_pair(dossier: tuple[float, float], plain: tuple[float, float]) -> dict[str, Any]:
    """A pair whose builds took (CPU, CPU in user mode) each."""
    runs = pair(6.0, 4.0)
    runs["dossier_build"].update(cpu_seconds=dossier[0], user_seconds=dossier[1])
    runs["plain_build"].update(cpu_seconds=plain[0], user_seconds=plain[1])
    return runs


@pytest.mark.parametrize(
    "phases, cpu",
    [
        (
            "load 0.00s, memo 0.84s, lookup 0.00s, read 0.00s, extract 175.10s, decode 6.02s, "
            "assemble 26.81s (CPU 8.84s); workers' CPU 29.3s + 28.6s",
            8.84,
        ),
        ("load 0.70s, extract 216.21s, decode 6.46s, assemble 41.83s; workers' CPU 26.0s", None),
        ("load 0.50s, memo 0.10s", None),  # the chronology memoised: nothing assembled
    ],
)
def test_the_cold_pairs_read_assemblys_cpu_from_the_phases(phases, cpu):
    """What a cold pair compares of assembly: the building thread's CPU the build's phases
    tell (pipeline.phases), not its wall; none from a build that did not tell it."""
    assert site_bench.assembly_cpu(phases) == cpu


@pytest.mark.parametrize(
    ("cpus", "cpu", "user"),
    [
        ([((4.0, 3.0), (2.5, 2.0))], 1.6, 1.5),
        # the kernel's share of a build swells in a busy minute: the medians hold
        ([((4.0, 3.0), (2.5, 2.0)), ((6.0, 3.2), (2.6, 1.9)), ((4.16, 2.9), (3.4, 2.1))], 1.6, 1.5),
        ([((4.0, 3.0), (3.4, 2.0)), ((6.1, 3.1), (2.5, 2.1)), ((5.2, 2.9), (2.6, 1.9))], 2.0, 1.5),
    ],
)
def test_the_cpu_verdicts_are_the_ratios_of_the_medians(cpus, cpu, user):
    verdict = archive.pairs_summary([cpu_pair(d, p) for d, p in cpus])
    assert verdict["cpu_ratio_of_medians"] == cpu
    assert verdict["user_ratio_of_medians"] == user
    assert verdict["dossier_user_seconds"]["min"] == min(d[1] for d, _ in cpus)


def dropped(wall: float, plain: float, cpu: float, plain_cpu: float, extracted: int = 1):
    return site_bench.pair_figures(
        {"seconds": wall, "cpu_seconds": cpu, "user_seconds": cpu / 2, "extracted": extracted},
        {"seconds": plain, "cpu_seconds": plain_cpu, "user_seconds": plain_cpu / 2},
    )


@pytest.mark.parametrize(
    ("pairs", "wall", "cpu", "counted"),
    [
        ([dropped(15.0, 10.0, 20.0, 10.0)], 1.5, 2.0, 1),
        # the plain build of the second pair ran in a busy minute, the rebuild of the third
        (
            [
                dropped(15.0, 10.0, 20.0, 10.0),
                dropped(14.0, 13.0, 19.0, 12.0),
                dropped(19.0, 9.0, 24.0, 9.5),
            ],
            1.5,
            2.0,
            3,
        ),
        # a rebuild that extracted every article measures extraction: left out
        (
            [dropped(90.0, 10.0, 120.0, 10.0, extracted=1000), dropped(14.0, 10.0, 18.0, 9.0)],
            1.4,
            2.0,
            1,
        ),
        ([dropped(90.0, 10.0, 120.0, 10.0, extracted=1000)], None, None, 0),
    ],
)
def test_the_dropped_verdict_is_the_ratio_of_the_medians(pairs, wall, cpu, counted):
    verdict = site_bench.dropped_verdict(pairs)
    assert verdict["plus_one_dropped_ratio"] == wall
    assert verdict["plus_one_dropped_cpu_ratio"] == cpu
    assert verdict["plus_one_dropped_user_ratio"] == cpu
    assert verdict["plus_one_dropped_pairs"] == counted


def test_a_tree_set_aside_is_out_of_the_way_and_deleted_only_with_the_trash(
    tmp_path: Path, monkeypatch
):
    """The benchmark deletes no tree just before a build it measures: a tree it is done
    with is renamed into the trash (the inodes it holds stay taken) and deleted when the
    trash is emptied, once nothing is measured."""
    monkeypatch.setattr(site_bench, "OUT", tmp_path / "out")
    site = tmp_path / "out" / "projet" / "site"
    for name in ("index.html", "evenements/ev-1/index.html"):
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text("<p>une page</p>", encoding="utf-8")
    inode = (site / "index.html").stat().st_ino
    site_bench.set_aside(site)
    site_bench.set_aside(tmp_path / "out" / "absent")  # nothing there: nothing done
    assert not site.exists()
    kept = list((tmp_path / "out" / "trash").rglob("index.html"))
    assert len(kept) == 2 and inode in {path.stat().st_ino for path in kept}
    site_bench.empty_trash()
    assert not (tmp_path / "out" / "trash").exists()
    assert (tmp_path / "out" / "projet").is_dir()


def test_a_dossier_measured_on_an_archive_nobody_extracted_is_extracted_by_the_warm_up(
    tmp_path, monkeypatch
):
    """``--dossier-only`` on a new machine (no cache: the archive was never extracted): no
    exit; the warm-up build, asked for whatever the options said, extracts the dossier's
    articles, and the report says so."""
    project = tmp_path / "archive-10-1"
    (project / "archive").mkdir(parents=True)
    (project / "archive" / "ids.yml").write_text("[]\n", encoding="utf-8")
    monkeypatch.setattr(archive, "make_archive", lambda n, seed: project)
    seen: dict[str, Any] = {}

    def runs(proj: Path, args: Any, results: dict[str, Any]) -> dict[str, Any]:
        seen["warm_up"] = args.warm_up
        seen["forgot"] = archive.forget_chronologies(proj)
        return results

    monkeypatch.setattr(archive, "dossier_runs", runs)
    args = archive.argparse.Namespace(articles=10, seed=1, dossier_only=True, warm_up=False)
    results = archive.bench(args)
    assert seen == {"warm_up": True, "forgot": 0}
    assert results["dossier_extracted_by_warm_up"] is True
    assert not (project / "archive" / "ids.yml").exists()
    assert "extracted the dossier's articles alone" in archive.report(results)


@pytest.mark.parametrize(("cold", "kept"), [(False, True), (True, False)])
def test_the_dossier_build_finds_the_kept_templates_unless_cold(tmp_path, monkeypatch, cold, kept):
    """Each dossier build of the pairs starts without the page memo; the compiled templates
    an earlier build kept (compiled.py) stay, as in a project that has built before, unless
    ``--cold-templates`` (a project's first build)."""
    project = tmp_path / "archive-10-1"
    (project / ".timeline").mkdir(parents=True)
    for name in ("pages.sqlite", "templates.marshal"):
        (project / ".timeline" / name).write_bytes(b"kept")
    seen: dict[str, bool] = {}

    def timed(proj: Path, args: Any, probes: Any, **kwargs: Any) -> dict[str, Any]:
        for name in ("pages.sqlite", "templates.marshal"):
            seen[name] = (proj / ".timeline" / name).exists()
        return {"seconds": 1.0}

    monkeypatch.setattr(archive, "timed_build", timed)
    monkeypatch.setattr(archive, "plain_build", lambda *a, **k: {"seconds": 1.0})
    args = archive.argparse.Namespace(cold_templates=cold)
    archive.dossier_run(project, args, "lemonde.fr", *[archive.dt.date(2015, 1, 5)] * 2)
    assert seen == {"pages.sqlite": False, "templates.marshal": kept}
